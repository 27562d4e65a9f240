package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which articles of a DISCREPANCY take no side: their values are vague enough to fit every side
 * (a weekday without a date, when the sides disagree on the date). The aligner lists them after
 * the sides ("fits either"); a report that colours articles by whether they disagree asks this
 * so as not to show them disagreeing, which would be a false discrepancy.
 */
public final class DiscrepancySides {
  private DiscrepancySides() {}

  /**
   * The articles of {@code finding} whose every value is compatible with every side's value.
   * Empty for other kinds, or when the sides' values cannot be found among the claims.
   *
   * @param finding a finding
   * @param claims its claims (others are ignored)
   */
  public static ImmutableSet<String> neutralArticles(Finding finding, List<Claim> claims) {
    if (finding.kind() != Kind.DISCREPANCY) {
      return ImmutableSet.of();
    }
    List<SlotValue> sides = new ArrayList<>();
    Map<String, List<SlotValue>> byArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (!finding.claims().contains(c.id())) {
        continue;
      }
      SlotValue v = SlotValue.of(c);
      if (v == null) {
        return ImmutableSet.of();
      }
      byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(v);
      if (finding.values().contains(v.display()) && !sides.contains(v)) {
        sides.add(v);
      }
    }
    if (sides.size() < 2) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    byArticle.forEach((article, values) -> {
      if (values.stream().filter(Objects::nonNull)
          .allMatch(v -> sides.stream().allMatch(v::compatible))) {
        out.add(article);
      }
    });
    return out.build();
  }
}
