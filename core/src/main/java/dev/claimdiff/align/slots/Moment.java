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

  /**
   * Negative when this moment is before the other, positive when after, zero when both name the
   * same clock time of the same day, and null when the text does not let them be ordered (one
   * day against the same day with a time, a month against a day of it, one day with no time).
   */
  @Nullable Integer compare(Moment other) {
    int common = Math.min(day.length(), other.day.length());
    int byDay = day.substring(0, common).compareTo(other.day.substring(0, common));
    if (byDay != 0) {
      return byDay;
    }
    if (day.length() != other.day.length() || minutes == null || other.minutes == null) {
      return null;
    }
    int mine = minutes;
    int theirs = other.minutes;
    if (offset != null && other.offset != null) {
      mine -= offset;
      theirs -= other.offset;
    }
    return Integer.compare(mine, theirs);
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
