package dev.claimdiff.report;

/**
 * The unit a length in minutes is shown in: hours for whole hours, days for whole days, months
 * for a whole number of 30-day months of at least two, else minutes ({@code 720} minutes read
 * '12 h', as the text said 'twelve hours'; {@code 20160} '14 days', {@code 216000} '5 months').
 * Only the display changes: reports keep lengths in minutes.
 */
public enum DurationScale {
  MINUTES(1, "value.minutes", "value.minutes"),
  HOURS(60, "value.hours", "value.hour"),
  DAYS(1440, "value.days", "value.day"),
  MONTHS(43200, "value.months", "value.month");

  private final double minutes;
  private final String key;
  private final String one;

  DurationScale(double minutes, String key, String one) {
    this.minutes = minutes;
    this.key = key;
    this.one = one;
  }

  /**
   * The largest unit every one of these lengths is a whole number of (nulls aside); the first
   * length, the one that is shown, must be at least one of the unit (two for months).
   */
  public static DurationScale of(double shown, Double... others) {
    DurationScale best = MINUTES;
    for (DurationScale s : new DurationScale[] {HOURS, DAYS, MONTHS}) {
      boolean whole = shown >= (s == MONTHS ? 2 : 1) * s.minutes && whole(shown, s);
      for (Double o : others) {
        whole &= o == null || whole(o, s);
      }
      if (whole) {
        best = s;
      }
    }
    return best;
  }

  private static boolean whole(double length, DurationScale s) {
    double n = length / s.minutes;
    return n == Math.rint(n);
  }

  /** The length in this unit. */
  public double in(double lengthMinutes) {
    return lengthMinutes / minutes;
  }

  /** A number of this unit in words ({@code 14 days}); {@code number} is already formatted. */
  public String words(String number, ReportWords words) {
    return words.get(number.equals("1") ? one : key, number);
  }
}
