package dev.claimdiff.align.slots;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Interval;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim's value as the aligner compares it. Two values are <em>compatible</em> when they can
 * both be true: equal; an approximate value ({@code hampir 90 menit}) within {@value #TOLERANCE}
 * of the other; a date with the year left out and the same day; two places the gazetteer does
 * not show disjoint (a city and its province or country, a place it does not know).
 */
public sealed interface SlotValue {
  double TOLERANCE = 0.2;

  /** The unit of a length's amount: minutes, as reports keep lengths. */
  String DURATION_UNIT = "min";

  /** Whether both can be true. */
  boolean compatible(SlotValue other);

  /**
   * Whether the two may be told as one value in an AGREEMENT: compatible, and for amounts as
   * close as their rounding allows ({@link Amount#agrees}); a written date whose own weekday
   * does not fall on it is no value to agree on.
   */
  default boolean agrees(SlotValue other) {
    return compatible(other);
  }

  /**
   * Whether a value said in passing backs this one: compatible, and saying the same rather than
   * merely not contradicting it (a day reckoned from a weekday is no evidence for a written day,
   * a place the gazetteer does not know none for a known one).
   */
  default boolean corroborates(SlotValue other) {
    return compatible(other);
  }

  /** How specific the value is (a day beats a weekday, a city its country). */
  int precision();

  /** The value as a reader sees it. */
  String display();

  /** The comparable value of a claim, or null when it has none to compare. */
  static @Nullable SlotValue of(Claim claim) {
    if (claim.value() instanceof DurationValue d) {
      return Amount.of(d.minutes(), d.approximate(), DURATION_UNIT, d.low(), d.high(), d.bound());
    }
    if (claim.value() instanceof QuantityValue q) {
      return Amount.ofCount(q.amount(), q.approximate(), q.unit() == null ? q.what() : q.unit(),
          q.low(), q.high(), q.bound());
    }
    if (claim.value() instanceof EventDateValue d) {
      return day(d);
    }
    if (claim.value() instanceof LocationValue l) {
      return new Place(l.place(), l.country());
    }
    if (claim.value() instanceof CommitmentValue c) {
      return new Due(c.due());
    }
    return null;
  }

  /**
   * The day a conversion to another time zone puts a date on ({@code otherZoneDate}: the
   * Thursday of '12:25 a.m. Friday Bali time (1625 GMT Thursday)'), or null when it names none.
   */
  static @Nullable SlotValue otherZoneDay(Claim claim) {
    if (!(claim.value() instanceof EventDateValue d) || d.otherZoneDate() == null
        || day(d) == null) {
      return null;
    }
    // written or reckoned as the date it converts, with no weekday of its own
    java.time.LocalDate other = java.time.LocalDate.parse(d.otherZoneDate());
    return new Day(other.getYear(), other.getMonthValue(), other.getDayOfMonth(), null, null,
        day(d).written());
  }

  /** The comparable value of a date, or null when it has none. */
  private static @Nullable Day day(EventDateValue d) {
    {
      Integer year = null;
      Integer month = null;
      Integer day = null;
      if (d.date() != null) {
        String[] parts = d.date().split("-");
        year = Integer.parseInt(parts[0]);
        month = parts.length > 1 ? Integer.parseInt(parts[1]) : null;
        day = parts.length > 2 ? Integer.parseInt(parts[2]) : null;
      } else if (d.monthDay() != null) {
        month = Integer.parseInt(d.monthDay().substring(2, 4));
        day = Integer.parseInt(d.monthDay().substring(5, 7));
      }
      if (year == null && month == null && d.weekday() == null) {
        return null;
      }
      Integer endDay = d.endDate() == null ? null : Integer.parseInt(d.endDate().substring(8, 10));
      // a day reckoned from the publication day ('on Tuesday', 'kemarin') rather than written
      boolean written = day != null && d.relative() == null
          && (d.weekday() == null || d.consistent() != null || d.monthDay() != null);
      return new Day(year, month, day, endDay, d.weekday(), written);
    }
  }

  /**
   * A number and the interval the text asserts for it ({@code kurang dari dua jam} is below 120
   * minutes). Two amounts are compatible when their intervals can hold the same truth, where
   * {@code about} reaches {@value SlotValue#TOLERANCE} either side and {@code nearly} as far
   * below: {@code kurang dari dua jam} fits {@code hampir dua jam} but not {@code lebih dari dua
   * jam}, and {@code sekitar 40 menit} fits {@code 45 menit}. A plain number may be rounded, so
   * it fits a bound that stops at it ({@code dua jam} and {@code lebih dari dua jam}); two
   * approximate numbers must lie within the tolerance of each other.
   *
   * @param value the number
   * @param approximate hedged or vague
   * @param unit what it counts or measures, for display
   * @param bound {@code exact}, {@code about}, {@code nearly}, {@code more-than},
   *     {@code less-than}, {@code at-least}, {@code at-most} or {@code range}
   * @param low the interval's least value, or null when unbounded below
   * @param high the interval's greatest value, or null when unbounded above
   */
  record Amount(double value, boolean approximate, String unit, String bound,
      @Nullable Double low, @Nullable Double high) implements SlotValue {

    /** An amount from a claim's fields; a claim without a bound is exact or about. */
    static Amount of(double value, boolean approximate, String unit, @Nullable Double low,
        @Nullable Double high, @Nullable String bound) {
      return of(value, approximate, unit, low, high, bound, TOLERANCE);
    }

    /**
     * A counted amount from a claim's fields: as {@link #of}, but 'about N' of a count reaches
     * only as far as {@link #countTolerance} says ('about 1,590 houses' is not 1,356 houses).
     */
    static Amount ofCount(double value, boolean approximate, String unit, @Nullable Double low,
        @Nullable Double high, @Nullable String bound) {
      return of(value, approximate, unit, low, high, bound, countTolerance(value));
    }

    /**
     * How far either side 'about N' of a count reaches, as a share of N: half the unit N is
     * rounded to ('about 40': 35 to 45; 'about 4,300': to the hundred), at least half and at most
     * all of {@value SlotValue#TOLERANCE}. A figure given to the ten ('about 1,590') is a
     * precise figure hedged, not a round one.
     */
    static double countTolerance(double value) {
      double unit = 1;
      if (value >= 10 && value == Math.rint(value) && value < 1e15) {
        long v = (long) value;
        while (v % 10 == 0) {
          unit *= 10;
          v /= 10;
        }
      }
      return Math.min(TOLERANCE, Math.max(TOLERANCE / 2, unit / 2 / Math.max(value, 1)));
    }

    private static Amount of(double value, boolean approximate, String unit, @Nullable Double low,
        @Nullable Double high, @Nullable String bound, double tolerance) {
      String b = bound != null ? bound : approximate ? Interval.ABOUT : Interval.EXACT;
      return switch (b) {
        case Interval.ABOUT -> new Amount(value, approximate, unit, b, value * (1 - tolerance),
            value * (1 + tolerance));
        case Interval.NEARLY ->
            new Amount(value, approximate, unit, b, value * (1 - TOLERANCE), value);
        case Interval.EXACT -> new Amount(value, approximate, unit, b, value, value);
        default -> new Amount(value, approximate, unit, b, low, high);
      };
    }

    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Amount a)) {
        return false;
      }
      if (vague() || a.vague()) { // 'puluhan' fits what lies inside its interval, no more
        return meets(a);
      }
      if (value == a.value && bound.equals(a.bound)) {
        return true;
      }
      if (bound.equals(Interval.ABOUT) && a.bound.equals(Interval.ABOUT)) {
        return Math.abs(value - a.value) <= TOLERANCE * Math.max(value, a.value);
      }
      boolean rounded = bound.equals(Interval.EXACT) || a.bound.equals(Interval.EXACT);
      return below(high, openAbove(), a.low, a.openBelow(), rounded)
          && below(a.high, a.openAbove(), low, openBelow(), rounded);
    }

    /**
     * Whether the two amounts may be told as one value in an AGREEMENT: compatible, and their
     * intervals meet when {@code about} and {@code nearly} reach only as far as the rounding of
     * the number as written ({@link #roundingReach}): {@code sekitar 12 jam} is 11.5 to 12.5
     * hours and {@code hampir 13 jam} 12.5 to 13, so they are not one value, though neither
     * contradicts the other (a writer's {@code about} is often looser); {@code sekitar 100
     * menit} and {@code hampir dua jam} still meet. A missed agreement costs less than a false
     * one.
     */
    @Override
    public boolean agrees(SlotValue other) {
      if (!(other instanceof Amount a) || !compatible(a)) {
        return false;
      }
      if (vague() || a.vague() || value == a.value && bound.equals(a.bound)) {
        return true;
      }
      double[] mine = tight();
      double[] theirs = a.tight();
      // a tight 'about' interval is open above (12.5 hours rounds to 13), 'nearly' below its
      // number; a plain number may be rounded, so it meets a bound that stops at it
      boolean rounded = bound.equals(Interval.EXACT) || a.bound.equals(Interval.EXACT);
      return reaches(mine[1], openAbove() || bound.equals(Interval.ABOUT), theirs[0],
              a.openBelow(), rounded)
          && reaches(theirs[1], a.openAbove() || a.bound.equals(Interval.ABOUT), mine[0],
              openBelow(), rounded);
    }

    /** Whether an interval ending at {@code high} reaches one starting at {@code low}. */
    private static boolean reaches(double high, boolean highOpen, double low, boolean lowOpen,
        boolean rounded) {
      return high > low || high == low && (rounded || !highOpen && !lowOpen);
    }

    /**
     * The interval an AGREEMENT reads the amount as, {@code [low, high]} with infinities for an
     * open side: {@code about} and {@code nearly} reach {@link #roundingReach}, other bounds as
     * the claim asserts.
     */
    private double[] tight() {
      double reach = roundingReach();
      double lo = low == null ? Double.NEGATIVE_INFINITY : low;
      double hi = high == null ? Double.POSITIVE_INFINITY : high;
      return switch (bound) {
        case Interval.ABOUT -> new double[] {value - reach, value + reach};
        case Interval.NEARLY -> new double[] {value - reach, value};
        default -> new double[] {lo, hi};
      };
    }

    /**
     * How far {@code about} or {@code nearly} a number reaches when read as rounded: half the
     * unit it is rounded to, at most {@value SlotValue#TOLERANCE} of it. A length is read in the
     * unit it was most likely written in (days, hours, else minutes: 720 minutes are twelve
     * hours, rounded to the hour); a count as {@link #countTolerance} says.
     */
    double roundingReach() {
      if (!unit.equals(DURATION_UNIT)) {
        return value * countTolerance(value);
      }
      double scale = value >= 1440 && value % 1440 == 0 ? 1440
          : value >= 60 && value % 60 == 0 ? 60 : 1;
      double written = value / scale;
      double step = 1;
      if (written >= 10 && written == Math.rint(written) && written < 1e15) {
        long v = (long) written;
        while (v % 10 == 0) {
          step *= 10;
          v /= 10;
        }
      }
      return Math.min(TOLERANCE * value, step * scale / 2);
    }

    /**
     * A vague number ({@code dozens}) backs only another vague number whose interval shares more
     * than an end with its own ({@code puluhan}); it never backs a figure, nor a figure it.
     */
    @Override
    public boolean corroborates(SlotValue other) {
      if (other instanceof Amount a && (vague() || a.vague())) {
        return vague() && a.vague() && meets(a);
      }
      return compatible(other);
    }

    /** Whether this is a vague number word's interval ({@link Interval#VAGUE}). */
    boolean vague() {
      return bound.equals(Interval.VAGUE);
    }

    /** Whether the two intervals share more than an end. */
    private boolean meets(Amount a) {
      return (high == null || a.low == null || high > a.low)
          && (a.high == null || low == null || a.high > low);
    }

    /** Whether an interval ending at {@code high} reaches one starting at {@code low}. */
    private static boolean below(@Nullable Double high, boolean highOpen, @Nullable Double low,
        boolean lowOpen, boolean rounded) {
      if (high == null || low == null) {
        return true;
      }
      return high > low || high.equals(low) && (rounded || !highOpen && !lowOpen);
    }

    private boolean openAbove() {
      return bound.equals(Interval.LESS_THAN);
    }

    private boolean openBelow() {
      return bound.equals(Interval.MORE_THAN);
    }

    @Override
    public int precision() {
      return bound.equals(Interval.EXACT) ? 1 : 0;
    }

    @Override
    public String display() {
      // a length in minutes reads in days or months when it is a whole number of them
      dev.claimdiff.report.DurationScale scale = unit.equals(DURATION_UNIT)
          ? bound.equals(Interval.RANGE) || bound.equals(Interval.VAGUE)
              ? dev.claimdiff.report.DurationScale.of(value, low, high)
              : dev.claimdiff.report.DurationScale.of(value)
          : dev.claimdiff.report.DurationScale.MINUTES;
      String number = number(scale.in(value));
      String unit = scale == dev.claimdiff.report.DurationScale.MINUTES ? " " + this.unit : "";
      String shown = switch (bound) {
        case Interval.EXACT -> number + unit;
        case Interval.NEARLY -> "nearly " + number + unit;
        case Interval.MORE_THAN -> "more than " + number + unit;
        case Interval.LESS_THAN -> "less than " + number + unit;
        case Interval.AT_LEAST -> "at least " + number + unit;
        case Interval.AT_MOST -> "at most " + number + unit;
        case Interval.VAGUE -> number(scale.in(low == null ? value : low)) + "–"
            + (high == null ? "" : number(scale.in(high))) + unit + " (vague)";
        case Interval.RANGE -> low != null && high != null && !(low == value && high >= value * 10)
            ? number(scale.in(low)) + "–" + number(scale.in(high)) + unit
            : "about " + number + unit;
        default -> "about " + number + unit;
      };
      return scale == dev.claimdiff.report.DurationScale.MINUTES ? shown
          : scale.words(shown, dev.claimdiff.report.ReportWords.english());
    }

    /** The number as people write it: no exponent, no float noise ({@code 4230000000}). */
    private static String number(double v) {
      return new java.math.BigDecimal(v).round(new java.math.MathContext(12))
          .stripTrailingZeros().toPlainString();
    }

    /** Whether this amount is certainly greater than the other (their intervals do not meet). */
    boolean above(Amount other) {
      return !compatible(other) && value > other.value;
    }
  }

  /**
   * A date, possibly partial, with the weekday the article states. {@code written} says whether
   * the day of the month stands in the text; a day reckoned from a weekday or a relative word and
   * the publication day ('on Tuesday' in a story published on Wednesday) may be another moment's
   * (a report's day, a later update), so it never contradicts a written date: it fits it.
   */
  record Day(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day,
      @Nullable Integer endDay, @Nullable String weekday, boolean written) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Day d)) {
        return false;
      }
      if (wrongWeekdayOf(d) || d.wrongWeekdayOf(this)) {
        return false; // 'Rabu (17/11/2026)' against 'Selasa (17/11/2026)', a Tuesday, or
        // against 'pada Selasa' reckoned to that day
      }
      if (day != null && d.day != null && written != d.written) {
        // a reckoned day against a written one: no evidence of a contradiction, unless the
        // written date is a day its own weekday does not fit and the reckoned day is that
        // weekday ('late on Thursday' under a 15 May dateline against 'Thursday, May 15'): the
        // two outlets name one weekday and different dates
        Day w = written ? this : d;
        Day r = written ? d : this;
        return !(w.mismatched() && w.weekday.equals(r.weekday) && !w.day.equals(r.day))
            // a weekday reckoned onto the very date written with another weekday ('pada Kamis'
            // for 15 October against 'Rabu (15/10)'): one date, two weekdays, as two written
            && !(w.mismatched() && r.weekday != null && !w.weekday.equals(r.weekday)
                && w.day.equals(r.day) && same(w.month, r.month) && same(w.year, r.year));
      }
      if (written && d.written && day != null && day.equals(d.day) && weekday != null
          && d.weekday != null && !weekday.equals(d.weekday) && mismatched() != d.mismatched()) {
        // one date, two weekdays, and only one of them falls on it ('Rabu (15/10)' against
        // 'Kamis (15/10/2026)', a Thursday): the outlets disagree on the day the event was held
        return false;
      }
      boolean days = day == null || d.day == null
          || day <= (d.endDay == null ? d.day : d.endDay) && d.day <= (endDay == null ? day : endDay);
      return same(year, d.year) && same(month, d.month) && days
          && (weekday == null || d.weekday == null || weekday.equals(d.weekday)
              || day != null && d.day != null);
    }

    /**
     * A date whose own weekday does not fall on it ('Thursday, 15 May' in a year where 15 May is
     * a Friday) is flagged as wrong: two outlets that both write such a date do not agree on it
     * (it may join an outlet that writes the day rightly, whose value the agreement names).
     */
    @Override
    public boolean agrees(SlotValue other) {
      return compatible(other) && !(mismatched() && other instanceof Day d && d.mismatched());
    }

    /**
     * Whether this value writes the other's full date, which the other writes (or reckons from a
     * weekday) with the weekday that falls on it, under a weekday that does not: the two outlets
     * name one day and differ on its weekday, a discrepancy (the weekday finder leaves such a date
     * to it when another article writes the day rightly).
     */
    boolean wrongWeekdayOf(Day other) {
      return mismatched() && other.weekday != null && !other.mismatched()
          && !weekday.equals(other.weekday) && year.equals(other.year)
          && month.equals(other.month) && day.equals(other.day);
    }

    /** Whether the value writes a full date and a weekday that does not fall on it. */
    boolean mismatched() {
      if (!written || weekday == null || year == null || month == null || day == null) {
        return false;
      }
      try {
        return !java.time.LocalDate.of(year, month, day).getDayOfWeek().name().equals(weekday);
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }

    /**
     * Backs another day: compatible, the same day of the month where both give one, and saying
     * something the other says too (a weekday, a day of the month, a month): 'December 5' does
     * not contradict 'Wednesday', but it is no evidence for it either.
     */
    @Override
    public boolean corroborates(SlotValue other) {
      return other instanceof Day d && compatible(d)
          && (day == null || d.day == null || day.equals(d.day))
          && (weekday != null && weekday.equals(d.weekday) || day != null && d.day != null
              || month != null && month.equals(d.month) || year != null && year.equals(d.year));
    }

    /**
     * Whether another value is a day whose days of the month meet this one's (either without a
     * day of the month meets any), in the same month and year where both say them.
     */
    boolean overlaps(SlotValue other) {
      return other instanceof Day d && same(year, d.year) && same(month, d.month)
          && (day == null || d.day == null
              || day <= (d.endDay == null ? d.day : d.endDay) && d.day <= (endDay == null ? day : endDay));
    }

    private static boolean same(@Nullable Integer a, @Nullable Integer b) {
      return a == null || b == null || a.equals(b);
    }

    @Override
    public int precision() {
      return (year != null ? 1 : 0) + (month != null ? 2 : 0) + (day == null ? 0 : written ? 4 : 3);
    }

    @Override
    public String display() {
      StringBuilder sb = new StringBuilder();
      if (month != null && year != null) {
        sb.append(String.format(Locale.ROOT, "%04d-%02d", year, month));
        if (day != null) {
          sb.append(String.format(Locale.ROOT, "-%02d", day));
        }
        if (endDay != null) {
          sb.append(String.format(Locale.ROOT, " to %02d", endDay));
        }
      } else if (month != null) {
        String name = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT,
            Locale.ENGLISH);
        sb.append(day != null ? day + " " : "").append(name).append(" (no year)");
      } else if (year != null) {
        sb.append(year);
      }
      if (weekday != null) {
        String w = weekday.charAt(0) + weekday.substring(1).toLowerCase(Locale.ROOT);
        sb.append(sb.length() == 0 ? w + " (no date)" : " (" + w + ")");
      }
      return sb.toString();
    }
  }

  /**
   * A place, with the country it lies in when known. Two places fit unless the gazetteer shows
   * them disjoint ({@link Gazetteer#disjoint}): say what is known.
   */
  record Place(String place, @Nullable String country) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Place p)) {
        return false;
      }
      if (place.equals(p.place) || place.equals(p.country) || Objects.equals(country, p.place)) {
        return true;
      }
      // two places contradict only when the gazetteer shows them disjoint (two cities, two
      // provinces, two countries); a region and the island or province around it ('West
      // Sulawesi', 'Sulawesi'), a city whose province is unknown against a province, and a place
      // the gazetteer does not know ('Juwana' in Pati) are no evidence of a contradiction
      return !Gazetteer.standard().disjoint(place, p.place);
    }

    @Override
    public boolean corroborates(SlotValue other) {
      if (!(other instanceof Place p)) {
        return false;
      }
      Gazetteer gazetteer = Gazetteer.standard();
      return place.equals(p.place) || place.equals(p.country) || Objects.equals(country, p.place)
          || gazetteer.liesWithin(place, p.place) || gazetteer.liesWithin(p.place, place);
    }

    @Override
    public int precision() {
      return country != null ? 1 : 0;
    }

    @Override
    public String display() {
      return place;
    }
  }

  /**
   * When a promise is due, as the extractor writes it: a phrase ({@code next week}), a weekday
   * ({@code by Wednesday}) or a written date ({@code by 2026-03-11 (Wednesday)}). Two dues are
   * compatible unless both name days that differ (two dates, a date and another weekday, two
   * weekdays) or both are different phrases; a phrase and a day may both be true. Only two
   * written dates are {@linkplain #firm() firm}: a difference between them may be a
   * discrepancy, any other difference only a note.
   */
  record Due(@Nullable String due) implements SlotValue {
    private static final java.util.regex.Pattern ISO_DAY =
        java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH_DAY =
        java.util.regex.Pattern.compile("--\\d{2}-\\d{2}");

    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Due d)) {
        return false;
      }
      if (due == null || d.due == null || due.equals(d.due)) {
        return true;
      }
      Long window = windowMinutes();
      Long theirWindow = d.windowMinutes();
      if (window != null && theirWindow != null) {
        return window.equals(theirWindow); // 'within 2 weeks' is 'within 14 days'
      }
      java.time.LocalDate mine = date();
      java.time.LocalDate theirs = d.date();
      if (mine != null && theirs != null) {
        return mine.equals(theirs);
      }
      java.time.MonthDay myDay = monthDay();
      java.time.MonthDay theirDay = d.monthDay();
      if (myDay != null && theirDay != null) {
        return myDay.equals(theirDay); // a year left out may be either's
      }
      java.time.DayOfWeek day = mine != null ? mine.getDayOfWeek() : weekday();
      java.time.DayOfWeek otherDay = theirs != null ? theirs.getDayOfWeek() : d.weekday();
      if (day != null && otherDay != null) {
        return day == otherDay;
      }
      return day != null || otherDay != null; // a phrase and a day: both may be true
    }

    /**
     * Whether the two dues name one day: the same due, or each a day (a written date, a
     * weekday) and the two compatible ({@code by Monday} and {@code by 2026-12-07 (Monday)}). A
     * phrase ({@code next week}) names no day.
     */
    public boolean sameDay(Due other) {
      if (due != null && due.equals(other.due)) {
        return true;
      }
      Long window = windowMinutes();
      if (window != null && window.equals(other.windowMinutes())) {
        return true; // one window written in two units: 'within 2 weeks', 'within 14 days'
      }
      boolean day = monthDay() != null || weekday() != null;
      boolean otherDay = other.monthDay() != null || other.weekday() != null;
      return day && otherDay && compatible(other);
    }

    /**
     * The length in minutes of a window the due is written as ({@code within 14 days}, the form
     * extraction gives 'dalam dua pekan' and 'within two weeks' alike), or null: a window of
     * minutes, hours, days or weeks, units of a fixed length, so that one window written in two
     * units ({@code within 2 weeks}, {@code within 14 days}; {@code within 2 days}, {@code within
     * 48 hours}) is one due. Months and years have no fixed length in days and are compared as
     * written.
     */
    @Nullable Long windowMinutes() {
      if (due == null) {
        return null;
      }
      java.util.regex.Matcher m = WINDOW.matcher(due);
      if (!m.matches()) {
        return null;
      }
      long count = Long.parseLong(m.group(1));
      // the unit as CountedUnits writes it: a fixed-length ChronoUnit's name ('days', '1 week')
      for (ChronoUnit unit : FIXED_UNITS) {
        String plural = unit.name().toLowerCase(Locale.ROOT);
        if (m.group(2).equals(plural) || m.group(2).equals(plural.substring(0,
            plural.length() - 1))) {
          return count * unit.getDuration().toMinutes();
        }
      }
      return null;
    }

    /** The units of a window that have one length in minutes each. */
    private static final java.util.List<ChronoUnit> FIXED_UNITS =
        java.util.List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.WEEKS);

    /** A window due as extraction writes it ({@code within 14 days}, {@code within 1 week}). */
    private static final java.util.regex.Pattern WINDOW =
        java.util.regex.Pattern.compile("within (\\d{1,6}) (\\p{L}+)");

    /** Whether the due is a written date (with or without its year). */
    public boolean firm() {
      return monthDay() != null;
    }

    /** The day of the month the due names ({@code --04-21}, or that of its date), or null. */
    private java.time.@Nullable MonthDay monthDay() {
      java.time.LocalDate date = date();
      if (date != null) {
        return java.time.MonthDay.from(date);
      }
      if (due == null) {
        return null;
      }
      java.util.regex.Matcher m = MONTH_DAY.matcher(due);
      return m.find() ? java.time.MonthDay.parse(m.group()) : null;
    }

    /** The full date the due writes ({@code by 2026-12-07 (Monday)}), or null. */
    java.time.@Nullable LocalDate date() {
      if (due == null) {
        return null;
      }
      java.util.regex.Matcher m = ISO_DAY.matcher(due);
      return m.find() ? java.time.LocalDate.parse(m.group()) : null;
    }

    /** The weekday the due names as a word ({@code by Wednesday}), or null. */
    private java.time.@Nullable DayOfWeek weekday() {
      if (due == null) {
        return null;
      }
      for (String word : due.split("[^\\p{L}]+")) {
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
          if (day.name().equalsIgnoreCase(word)) {
            return day;
          }
        }
      }
      return null;
    }

    @Override
    public int precision() {
      return due == null ? 0 : firm() ? 3 : weekday() != null ? 2 : 1;
    }

    @Override
    public String display() {
      if (due == null) {
        return "no date given";
      }
      // a day with no year ('by April 21', kept as '--04-21') reads as a day does
      java.util.regex.Matcher m = NO_YEAR.matcher(due);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Integer.parseInt(m.group(2)) + " " + java.time.Month.of(
            Integer.parseInt(m.group(1))).getDisplayName(java.time.format.TextStyle.SHORT,
            Locale.ENGLISH) + " (no year)");
      }
      return m.appendTail(out).toString();
    }

    /** An ISO day with no year, {@code --MM-DD}. */
    private static final java.util.regex.Pattern NO_YEAR =
        java.util.regex.Pattern.compile("--(0[1-9]|1[0-2])-([0-2]\\d|3[01])");
  }
}
