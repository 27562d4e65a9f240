package dev.claimdiff.extract;

import org.jspecify.annotations.Nullable;

/**
 * Reads the interval a hedge word asserts, by {@code extract/<lang>/bounds.txt}: which bound
 * ({@code lebih dari}: more-than) a hedge of {@code approximators.txt} puts on its number.
 */
final class Hedges {
  /** How far a vague amount reaches: {@code puluhan} (10) is below 100, {@code ratusan} 1000. */
  private static final double VAGUE_SPAN = 10;

  private Hedges() {}

  /**
   * The interval of a value.
   *
   * @param hedge the hedge as written, or null
   * @param value the number it hedges
   * @param vague whether the number itself is vague ({@code puluhan ribu}: a lower bound)
   */
  static Interval interval(LanguageRules rules, @Nullable String hedge, double value,
      boolean vague) {
    if (hedge != null) {
      String bound = rules.lexicon().mapping("bounds").get(Texts.key(hedge));
      return Interval.of(value, bound == null ? Interval.ABOUT : bound);
    }
    if (vague) {
      return Interval.range(value, value * VAGUE_SPAN);
    }
    return Interval.of(value, Interval.EXACT);
  }
}
