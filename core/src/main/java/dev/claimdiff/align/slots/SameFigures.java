package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.align.UnionFind;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Agreements on figures that have no slot: an amount that does not say what it is
 * ({@code Rp 118,6 miliar}, {@code 51,1 persen}) or counts something too vague to compare as one
 * figure ({@code 96 orang}, a goal's minute; {@code align/generic-counts.txt}). Such a figure may
 * be one of several things, so two different figures never contradict each other; but the same
 * number, stated by two or more independent outlets, is an AGREEMENT. An amount of the same unit
 * that does say what it is ({@code denda Rp 750 juta}, {@code state losses of Rp 118.6 billion})
 * joins the bare figure it equals, so an outlet that names the thing agrees with one that does
 * not. Numbers are compared exactly (the same number and bound): there is no slot to tell which
 * of two near figures is meant.
 */
final class SameFigures {
  private SameFigures() {}

  /**
   * The key of a figure without a slot ({@code IDR}, {@code people}), or null for a claim that
   * has a slot or is no count. An increment ('three more') and an expected figure keep their own
   * meaning and stay out.
   */
  static @Nullable String bareKey(Claim c) {
    if (!(c.value() instanceof QuantityValue q) || Slot.isIncrement(q.what())) {
      return null;
    }
    if (q.unit() != null && q.unit().equals(q.what())) {
      return q.unit();
    }
    return Slot.isGeneric(q.what()) ? q.what() : null;
  }

  /** The unit of an amount that says what it is ({@code IDR} of a fine), or null. */
  private static @Nullable String namedUnit(Claim c) {
    return c.value() instanceof QuantityValue q && q.unit() != null && !q.unit().equals(q.what())
        && !Slot.isIncrement(q.what()) ? q.unit() : null;
  }

  /** Adds an AGREEMENT for each bare figure that two or more independent outlets give. */
  static void find(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    Map<String, Map<String, List<Claim>>> byKey = new LinkedHashMap<>();
    Map<String, Map<String, List<Claim>>> named = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.zone() == Zone.RELATED || c.zone() == Zone.CAPTION) {
        continue;
      }
      String bare = bareKey(c);
      String unit = namedUnit(c);
      if (bare != null) {
        byKey.computeIfAbsent(bare, k -> new LinkedHashMap<>())
            .computeIfAbsent(figure(c), k -> new ArrayList<>()).add(c);
      } else if (unit != null) {
        named.computeIfAbsent(unit, k -> new LinkedHashMap<>())
            .computeIfAbsent(figure(c), k -> new ArrayList<>()).add(c);
      }
    }
    byKey.forEach((key, figures) -> figures.forEach((figure, bare) -> {
      List<Claim> all = new ArrayList<>(bare);
      all.addAll(named.getOrDefault(key, Map.of()).getOrDefault(figure, List.of()));
      List<String> side = all.stream().map(Claim::article).distinct().toList();
      long independent = side.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        return;
      }
      SlotValue value = SlotValue.of(bare.get(0));
      String description = "The same figure (" + key + ")";
      java.util.Set<Claim> members = new java.util.HashSet<>(all);
      out.add(new Finding("", Kind.AGREEMENT, ClaimType.QUANTITY.name(), FindingText.ids(
          claims.stream().filter(members::contains).toList()),
          description + ": " + value.display() + " (" + independent + " independent outlets: "
              + FindingText.named(articles, side) + ")",
          ClaimType.QUANTITY + " / figure in " + key, ImmutableList.copyOf(side),
          ImmutableList.of(value.display())));
    }));
  }

  /** The number and its bound, as stated ({@code 61.0 exact}). */
  private static String figure(Claim c) {
    QuantityValue q = (QuantityValue) c.value();
    return q.amount() + " " + (q.bound() == null ? (q.approximate() ? "about" : "exact") : q.bound());
  }
}
