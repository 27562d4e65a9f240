package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

/**
 * The interval a hedged number asserts: {@code kurang dari dua jam} is below 120 minutes,
 * {@code sedikitnya 58} is 58 or more, {@code sekitar 200} lies within a tolerance of 200. Two
 * values agree when their intervals can hold the same truth. Amounts are never negative, so a
 * bound from above starts at 0.
 *
 * @param low the least value allowed, or null when unbounded below
 * @param high the greatest value allowed, or null when unbounded above
 * @param bound the kind of bound, one of {@link #BOUNDS}
 */
public record Interval(@Nullable Double low, @Nullable Double high, String bound) {
  public static final String EXACT = "exact";
  public static final String ABOUT = "about";
  public static final String AT_LEAST = "at-least";
  public static final String MORE_THAN = "more-than";
  public static final String AT_MOST = "at-most";
  public static final String LESS_THAN = "less-than";
  public static final String NEARLY = "nearly";
  public static final String RANGE = "range";
  /**
   * A vague number word ({@code puluhan}, {@code dozens}, {@code tens of thousands}): no amount,
   * only the interval the word asserts. It is never one figure that agrees with or contradicts
   * another.
   */
  public static final String VAGUE = "vague";
  /** The bounds of the report contract ({@code docs/report-schema.md}). */
  public static final ImmutableSet<String> BOUNDS = ImmutableSet.of(EXACT, ABOUT, AT_LEAST,
      MORE_THAN, AT_MOST, LESS_THAN, NEARLY, RANGE, VAGUE);
  /** How far {@code sekitar} reaches either side, as a share of the value. */
  static final double ABOUT_TOLERANCE = 0.1;
  /** How far below the value {@code hampir} reaches, as a share of the value. */
  static final double NEARLY_TOLERANCE = 0.1;

  public Interval {
    check(low, high, bound);
  }

  /** Checks the fields of an interval as the value records carry them. */
  static void check(@Nullable Double low, @Nullable Double high, @Nullable String bound) {
    checkArgument(bound == null || BOUNDS.contains(bound), "unknown bound: %s", bound);
    checkArgument(low == null || high == null || low <= high, "empty interval: %s..%s", low, high);
  }

  /** The interval a value with a bound asserts; a {@link #RANGE} needs {@link #range}. */
  public static Interval of(double value, String bound) {
    return switch (bound) {
      case EXACT -> new Interval(value, value, bound);
      case ABOUT -> new Interval(round(value * (1 - ABOUT_TOLERANCE)),
          round(value * (1 + ABOUT_TOLERANCE)), bound);
      case NEARLY -> new Interval(round(value * (1 - NEARLY_TOLERANCE)), value, bound);
      case AT_LEAST, MORE_THAN -> new Interval(value, null, bound);
      case AT_MOST, LESS_THAN -> new Interval(0.0, value, bound);
      default -> throw new IllegalArgumentException("no interval for bound " + bound);
    };
  }

  /** A range between two values ({@code 10–15 detik}, {@code tiga hingga empat jam}). */
  public static Interval range(double from, double to) {
    return new Interval(Math.min(from, to), Math.max(from, to), RANGE);
  }

  /** The interval a vague number word asserts ({@code puluhan}: 20 to 100). */
  public static Interval vague(double low, double high) {
    return new Interval(Math.min(low, high), Math.max(low, high), VAGUE);
  }

  /** Whether the two intervals share a value: both can be true at once. */
  public boolean overlaps(Interval other) {
    boolean belowOther = high != null && other.low != null && high < other.low;
    boolean aboveOther = low != null && other.high != null && low > other.high;
    boolean strictTouch = high != null && other.low != null && high.equals(other.low)
        && (bound.equals(LESS_THAN) || other.bound.equals(MORE_THAN))
        || low != null && other.high != null && low.equals(other.high)
        && (bound.equals(MORE_THAN) || other.bound.equals(LESS_THAN));
    return !belowOther && !aboveOther && !strictTouch;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
