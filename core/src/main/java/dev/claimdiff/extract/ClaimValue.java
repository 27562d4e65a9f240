package dev.claimdiff.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The normalised slots of a claim, one record per claim type. Field names are part of the report
 * contract ({@code docs/report-schema.md}); a null slot is written as JSON null.
 */
public sealed interface ClaimValue extends java.io.Serializable {

  /** Direct speech. {@code fragment}: one or two quoted words (scare quotes). */
  record QuoteValue(boolean fragment, @Nullable String nestedIn) implements ClaimValue {}

  /** Reported speech: the verb that reports it ({@code mengatakan}). */
  record StatementValue(String verb) implements ClaimValue {}

  /**
   * How long an event lasted.
   *
   * @param event the event it belongs to ({@code meeting}), null when the clause names none
   * @param main whether that is the article's main event
   * @param minutes the length in minutes
   * @param approximate true for hampir/sekitar/lebih dari/kurang dari
   * @param qualifier the hedge word as written, or null
   * @param low the least length the text allows, in minutes; null when unbounded below
   * @param high the greatest length the text allows, in minutes; null when unbounded above
   * @param bound how the text bounds it: one of {@link Interval#BOUNDS}
   * @param expected a scheduled, planned or estimated length, not one that happened
   * @param part the part of the event the length is of ({@code one-on-one}, {@code first day}:
   *     the keys of {@code duration-parts.txt}), or null for the whole event; {@code main} then
   *     says whether the part is of the article's main event. Written only when set (added within
   *     report-v1).
   */
  record DurationValue(
      @Nullable String event, boolean main, double minutes, boolean approximate,
      @Nullable String qualifier, @Nullable Double low, @Nullable Double high,
      @Nullable String bound, boolean expected,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String part) implements ClaimValue {
    public DurationValue {
      Interval.check(low, high, bound);
    }

    /** The length of a whole event (no part). */
    public DurationValue(@Nullable String event, boolean main, double minutes,
        boolean approximate, @Nullable String qualifier, @Nullable Double low,
        @Nullable Double high, @Nullable String bound, boolean expected) {
      this(event, main, minutes, approximate, qualifier, low, high, bound, expected, null);
    }

    /** A length with the interval of a plain hedge: exact, or about when approximate. */
    public DurationValue(@Nullable String event, boolean main, double minutes,
        boolean approximate, @Nullable String qualifier) {
      this(event, main, minutes, approximate, qualifier,
          Interval.of(minutes, approximate ? Interval.ABOUT : Interval.EXACT), false);
    }

    private DurationValue(@Nullable String event, boolean main, double minutes,
        boolean approximate, @Nullable String qualifier, Interval interval, boolean expected) {
      this(event, main, minutes, approximate, qualifier, interval.low(), interval.high(),
          interval.bound(), expected);
    }

    /** A copy with another {@code main}. */
    public DurationValue withMain(boolean newMain) {
      return new DurationValue(event, newMain, minutes, approximate, qualifier, low, high, bound,
          expected, part);
    }

    /** Whether this is the length of the article's main event as a whole (no part of it). */
    public boolean mainWhole() {
      return main && part == null;
    }
  }

  /**
   * When an event happened.
   *
   * @param date ISO date, {@code YYYY-MM}, {@code YYYY}, or null when only a weekday is known
   * @param weekday the weekday as stated ({@code FRIDAY}), or null
   * @param consistent false when the stated weekday is not the date's; null when not checkable
   * @param monthDay {@code --MM-DD} when day and month are given without a year that could be
   *     inferred, else null
   * @param relative the relative expression as normalised ({@code last week}), or null
   * @param endDate for a span of days ('19-20 Maret 2024'), its last day (ISO); else null
   * @param otherZoneDate the day the same moment falls on in another time zone, when the text
   *     converts a clock time near midnight to it ('12:25 a.m. Friday local time (1625 GMT
   *     Thursday)': the Thursday); else null, and then left out of the JSON
   * @param due true when the date is a deadline, the day by which something is to be done ('paling
   *     lambat Jumat (23/10/2026)', 'no later than March 1, 2027'): it dates no event that
   *     happened ({@code event} null, {@code main} false); else null, and then left out of the JSON
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record EventDateValue(
      @Nullable String event, boolean main, @Nullable String date, @Nullable String weekday,
      @Nullable Boolean consistent, @Nullable String monthDay, @Nullable String relative,
      @Nullable String endDate,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String otherZoneDate,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean due)
      implements ClaimValue {
    /** A date that no conversion to another time zone puts on another day. */
    public EventDateValue(@Nullable String event, boolean main, @Nullable String date,
        @Nullable String weekday, @Nullable Boolean consistent, @Nullable String monthDay,
        @Nullable String relative, @Nullable String endDate) {
      this(event, main, date, weekday, consistent, monthDay, relative, endDate, null, null);
    }

    /** A date that is no deadline. */
    public EventDateValue(@Nullable String event, boolean main, @Nullable String date,
        @Nullable String weekday, @Nullable Boolean consistent, @Nullable String monthDay,
        @Nullable String relative, @Nullable String endDate, @Nullable String otherZoneDate) {
      this(event, main, date, weekday, consistent, monthDay, relative, endDate, otherZoneDate,
          null);
    }

    /** This date, of the article's main event or not. */
    public EventDateValue withMain(boolean isMain) {
      return new EventDateValue(event, isMain, date, weekday, consistent, monthDay, relative,
          endDate, otherZoneDate, due);
    }

    /** Whether this date is a deadline ({@link #due}). */
    public boolean isDue() {
      return Boolean.TRUE.equals(due);
    }
  }

  /** Where an event happened: canonical place, the venue if named, the country if known. */
  record LocationValue(
      @Nullable String event, boolean main, String place, @Nullable String venue,
      @Nullable String country) implements ClaimValue {}

  /**
   * A promise.
   *
   * @param actor who promised (canonical)
   * @param action what, normalised ({@code written response})
   * @param recipient to whom, or null
   * @param due by when, normalised ({@code next week}), or null
   * @param dueWeek the ISO week that {@code due} names when the event date is known
   */
  record CommitmentValue(
      String actor, String action, @Nullable String recipient, @Nullable String due,
      @Nullable String dueWeek) implements ClaimValue {}

  /** Whom the outlet credits (canonical name). */
  record SourceValue(String source) implements ClaimValue {}

  /**
   * A number with what it counts.
   *
   * @param what what is counted, normalised ({@code troops}, {@code deaths})
   * @param amount the number (a lower bound when approximate)
   * @param unit the unit as normalised, or null for counts
   * @param approximate true for puluhan, ratusan, sekitar, lebih dari, hampir
   * @param low the least amount the text allows; null when unbounded below
   * @param high the greatest amount the text allows; null when unbounded above
   * @param bound how the text bounds it: one of {@link Interval#BOUNDS}
   * @param expected a scheduled, planned, targeted or estimated amount
   * @param asOf the ISO date or date-time the figure is stated for, or null
   * @param revision the revision words as written ({@code bertambah menjadi}), or null
   * @param asOfOffset the offset from UTC of the zone written after {@code asOf}'s clock time
   *     ({@code +07:00} for 'hingga pukul 14.00 WIB'), or null (then absent from the JSON): a
   *     clock with no zone written is a local time
   */
  record QuantityValue(
      @Nullable String event, String what, double amount, @Nullable String unit,
      boolean approximate, @Nullable Double low, @Nullable Double high, @Nullable String bound,
      boolean expected, @Nullable String asOf, @Nullable String revision,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String asOfOffset)
      implements ClaimValue {
    public QuantityValue {
      Interval.check(low, high, bound);
    }

    /** A figure whose time, if any, has no zone written. */
    public QuantityValue(@Nullable String event, String what, double amount, @Nullable String unit,
        boolean approximate, @Nullable Double low, @Nullable Double high, @Nullable String bound,
        boolean expected, @Nullable String asOf, @Nullable String revision) {
      this(event, what, amount, unit, approximate, low, high, bound, expected, asOf, revision,
          null);
    }

    /** {@link #asOf} with its zone's offset when one was written, for ordering in time. */
    public @Nullable String asOfWithOffset() {
      return asOf == null || asOfOffset == null ? asOf : asOf + asOfOffset;
    }

    /** An amount with the interval of a plain hedge, no time and no revision. */
    public QuantityValue(@Nullable String event, String what, double amount,
        @Nullable String unit, boolean approximate) {
      this(event, what, amount, unit, approximate,
          Interval.of(amount, approximate ? Interval.ABOUT : Interval.EXACT));
    }

    private QuantityValue(@Nullable String event, String what, double amount,
        @Nullable String unit, boolean approximate, Interval interval) {
      this(event, what, amount, unit, approximate, interval.low(), interval.high(),
          interval.bound(), false, null, null);
    }
  }
}
