package dev.claimdiff.align.slots;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The time a figure is stated for, as precise as the text or the article's publication line
 * allows: a year, a month, a day, or a day and a clock time (with the zone's offset when known).
 * Two moments are ordered only when the text lets them be: 4 deaths at 11:00 and 37 at 19:30 of
 * one day are; a figure of 10 April and one of 10 April 19:30 are not, nor two of one day with
 * no clock time.
 *
 * @param day {@code 2023-04-10}, {@code 2023-04} or {@code 2023}
 * @param minutes minutes after midnight, or null when no clock time is known
 * @param offset minutes east of UTC, or null when the zone is not known
 * @param iso the moment as written in the report ({@code 2023-04-10T19:30+07:00})
 */
record Moment(String day, @Nullable Integer minutes, @Nullable Integer offset, String iso) {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T(\\d{2}):(\\d{2})(?::\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?");

  /** The moment an ISO date or date-time names, or null when it is missing or unreadable. */
  static @Nullable Moment parse(@Nullable String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) {
      return null;
    }
    Integer minutes = m.group(2) == null ? null
        : Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    Integer offset = null;
    if (m.group(4) != null) {
      String z = m.group(4).replace(":", "");
      offset = z.equals("Z") ? 0
          : (z.charAt(0) == '-' ? -1 : 1)
              * (Integer.parseInt(z.substring(1, 3)) * 60 + Integer.parseInt(z.substring(3, 5)));
    }
    return new Moment(m.group(1), minutes, offset, iso.strip());
  }

  /** How far east of UTC a clock with no zone may be (UTC+14), in minutes. */
  private static final int MAX_EAST = 14 * 60;
  /** How far west of UTC a clock with no zone may be (UTC-12), in minutes. */
  private static final int MAX_WEST = 12 * 60;

  /**
   * Negative when this moment is before the other, positive when after, zero when both name the
   * same clock time of the same day, and null when the text does not let them be ordered (one
   * day against the same day with a time, a month against a day of it, one day with no time).
   * Two clock times with zones are ordered as instants (23:20 UTC is after 08:00 WIT of the next
   * day's morning); a clock time without a zone and one with a local zone as clocks of one
   * zone (a figure's '20.00' and an outlet's stamp in WITA); a clock time without a zone
   * against a UTC stamp (a wire's, which says nothing of the local clock) only when no zone on
   * Earth would reverse them: an AFP stamp '10:32' is not ordered against 09:18 UTC that day.
   */
  @Nullable Integer compare(Moment other) {
    if (day.length() == 10 && other.day.length() == 10 && minutes != null
        && other.minutes != null && validDay() && other.validDay()) {
      long mine = localMinutes();
      long theirs = other.localMinutes();
      if (offset != null && other.offset != null) {
        return Long.compare(mine - offset, theirs - other.offset);
      }
      if (offset == null && other.offset == null || offset != null && offset != 0
          || other.offset != null && other.offset != 0) {
        // clocks of one story's zone (a local outlet's stamp and a figure's local time)
        return Long.compare(mine, theirs);
      }
      // a zone-less clock against a UTC stamp (a wire's): the clock's instant lies between its
      // time at UTC+14 and at UTC-12
      long known = offset != null ? mine - offset : theirs - other.offset;
      long unknown = offset != null ? theirs : mine;
      int sign = offset != null ? 1 : -1; // this moment's order against the zone-less one
      if (known < unknown - MAX_EAST) {
        return -sign;
      }
      if (known > unknown + MAX_WEST) {
        return sign;
      }
      return null;
    }
    int common = Math.min(day.length(), other.day.length());
    int byDay = day.substring(0, common).compareTo(other.day.substring(0, common));
    if (byDay != 0) {
      return byDay;
    }
    return null;
  }

  /** Whether the day is a date of the calendar (the text may name a 30 February). */
  private boolean validDay() {
    try {
      java.time.LocalDate.parse(day);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /**
   * This moment's clock time in the zone {@code offset} minutes east of UTC (the day may change);
   * a moment with no zone or no clock time is returned as it is (a clock with no zone is read in
   * the story's zone already). The {@code iso} stays as written.
   */
  Moment in(int offset) {
    if (this.offset == null || minutes == null || day.length() != 10 || this.offset == offset) {
      return this;
    }
    long local = localMinutes() - this.offset + offset;
    return new Moment(java.time.LocalDate.ofEpochDay(Math.floorDiv(local, 1440)).toString(),
        (int) Math.floorMod(local, 1440), offset, iso);
  }

  /** A zone as an offset from UTC: {@code UTC}, {@code UTC+7}, {@code UTC+5:30}, {@code UTC-3}. */
  static String zoneName(int offset) {
    if (offset == 0) {
      return "UTC";
    }
    int abs = Math.abs(offset);
    return "UTC" + (offset < 0 ? "-" : "+") + abs / 60
        + (abs % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", abs % 60));
  }

  /** Minutes since the epoch of this day's clock time, read as if in UTC. */
  private long localMinutes() {
    return java.time.LocalDate.parse(day).toEpochDay() * 1440 + minutes;
  }

  /**
   * How a reader sees this moment after {@code previous} in a sequence: the clock time alone on
   * the same day ({@code 19:30}), {@code next day 07:00} on the day after, else the date and time.
   */
  String display(@Nullable Moment previous) {
    String time = minutes == null ? null
        : String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    if (previous != null && time != null && previous.day.equals(day)) {
      return time;
    }
    if (previous != null && time != null && day.length() == 10 && previous.day.length() == 10
        && java.time.LocalDate.parse(previous.day).plusDays(1).toString().equals(day)) {
      return "next day " + time;
    }
    return time == null ? day : day + " " + time;
  }
}
