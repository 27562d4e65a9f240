package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.slots.SlotFinder;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the claims of many articles and reports what the outlets agree on, where they
 * differ, what only one reports, which articles are copies of one another and which names are
 * spelled two ways. The front door: each kind of finding has its finder, run in this order.
 *
 * <ol>
 *   <li>{@link DuplicateFinder}: near-duplicate articles are a DUPLICATE and count as one
 *       outlet in agreements; {@link Translations}: an article and its translation likewise,
 *       and a value the translation changed is a DISCREPANCY.
 *   <li>{@link SlotFinder}: value slots (DURATION, EVENT_DATE, LOCATION of the main event,
 *       COMMITMENT, QUANTITY; see {@link dev.claimdiff.align.slots.Slot}): AGREEMENT,
 *       DISCREPANCY, UNIQUE, UPDATE of a count that changed over time, and a headline that
 *       contradicts its body (INCONSISTENCY).
 *   <li>{@link WeekdayFinder}: a stated weekday that is not the date's is an INCONSISTENCY.
 *   <li>{@link SpeechFinder}: quotations and statements that say the same thing agree; one
 *       quotation credited to two speakers is a DISCREPANCY.
 *   <li>{@link VariantFinder}: one entity spelled two close ways is a VARIANT, never a
 *       discrepancy.
 *   <li>{@link SoleReports}: a UNIQUE ("only X reports it") that other outlets report too, under
 *       other words or in another finding, is dropped; UNIQUEs of copies of one story are one.
 * </ol>
 *
 * <p>The findings are then sorted (by {@link Finding.Kind}, type, slot, first claim) and
 * numbered F1, F2, … Claims are compared only within their slot (and speech only with claims
 * sharing content words), so the cost grows with the number of claims, not with its square.
 */
public final class ClaimAligner {
  private final SlotFinder slots = new SlotFinder();
  private final SpeechFinder speech = new SpeechFinder();

  /** An aligner with the default thresholds. */
  public ClaimAligner() {}

  /**
   * What the comparison found: the findings, numbered F1, F2, … in the order of
   * {@link Finding.Kind}, and notes on what was seen but not called a finding (figures of a
   * changing count that cannot be ordered in time).
   */
  public record Alignment(ImmutableList<Finding> findings, ImmutableList<String> notes) {}

  /** The findings about these articles and claims, discrepancies first, numbered F1, F2, … */
  public ImmutableList<Finding> align(List<ArticleDigest> digests, List<Claim> claims) {
    return alignWithNotes(digests, claims).findings();
  }

  /**
   * The claims without the counts a translation changed ({@code changed}) in a count that
   * changes as a story unfolds, and the same value of the same slot elsewhere in that article
   * (its headline): a mistranslated toll is reported as such, never as a step of the count's
   * time line (1,356 houses translated as 1.536 between 1,356 and 1,590). A fixed value keeps
   * its translation's side: a changed length still contradicts the other outlets' own.
   */
  private static List<Claim> withoutChanged(List<Claim> claims, java.util.Set<String> changed) {
    if (changed.isEmpty()) {
      return claims;
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Claim c : claims) {
      dev.claimdiff.align.slots.Slot slot = dev.claimdiff.align.slots.Slot.of(c);
      if (changed.contains(c.id()) && slot != null && slot.running() != null) {
        keys.add(changedKey(c));
      }
    }
    return keys.isEmpty() ? claims
        : claims.stream().filter(c -> !keys.contains(changedKey(c))).toList();
  }

  private static String changedKey(Claim c) {
    dev.claimdiff.align.slots.SlotValue v = dev.claimdiff.align.slots.SlotValue.of(c);
    return c.article() + "|" + dev.claimdiff.align.slots.Slot.nameOf(c) + "|"
        + (v == null ? c.id() : v.display());
  }

  /** The findings about these articles and claims, with notes. */
  public Alignment alignWithNotes(List<ArticleDigest> digests, List<Claim> claims) {
    Map<String, ArticleDigest> articles = new LinkedHashMap<>();
    digests.forEach(d -> articles.put(d.article(), d));
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    UnionFind<String> outlets = DuplicateFinder.find(digests, findings);
    SameOutlets.join(digests, outlets);
    List<Translations.Pair> translations = Translations.find(digests, claims);
    Translations.report(translations, articles, outlets, findings);
    java.util.Set<String> changed =
        Translations.changedValues(translations, claims, articles, findings);
    java.util.function.BiPredicate<String, String> translated = (a, b) -> translations.stream()
        .anyMatch(p -> p.translation().equals(a) && p.original().equals(b)
            || p.translation().equals(b) && p.original().equals(a));
    slots.find(withoutChanged(claims, changed), articles, outlets, translated, findings, notes);
    WeekdayFinder.find(claims, articles, findings);
    speech.find(claims, articles, outlets, findings);
    VariantFinder.find(digests, findings);
    findings = new ArrayList<>(SoleReports.check(findings, claims, translations, outlets, articles));
    findings = new ArrayList<>(Translations.annotate(findings, translations, articles, claims));
    Map<String, Integer> claimOrder = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      claimOrder.put(claims.get(i).id(), i);
    }
    findings.sort(Comparator.comparing(Finding::kind)
        .thenComparing(f -> f.type())
        .thenComparing(f -> f.slot() == null ? "" : f.slot())
        .thenComparingInt(f -> f.claims().isEmpty() ? -1 : claimOrder.getOrDefault(f.claims().get(0), -1))
        .thenComparing(f -> String.join(",", f.articles()))
        .thenComparing(Finding::summary));
    ImmutableList.Builder<Finding> numbered = ImmutableList.builder();
    for (int i = 0; i < findings.size(); i++) {
      numbered.add(findings.get(i).withId("F" + (i + 1))
          .withLanguages(languages(findings.get(i), articles)));
    }
    return new Alignment(numbered.build(), ImmutableList.copyOf(notes));
  }

  /** The languages of a finding's articles, as codes in alphabetical order. */
  private static ImmutableList<String> languages(Finding f, Map<String, ArticleDigest> articles) {
    return f.articles().stream().map(articles::get)
        .filter(d -> d != null && d.language() != null).map(d -> d.language().code())
        .distinct().sorted().collect(ImmutableList.toImmutableList());
  }
}
