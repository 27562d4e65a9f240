package dev.claimdiff.align;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim's value as the aligner compares it. Two values are <em>compatible</em> when they can
 * both be true: equal; an approximate value ({@code hampir 90 menit}) within {@value #TOLERANCE}
 * of the other; a date with the year left out and the same day; a city and its country, or a
 * place the gazetteer does not know (it may lie inside the other).
 */
sealed interface SlotValue {
  double TOLERANCE = 0.2;

  /** Whether both can be true. */
  boolean compatible(SlotValue other);

  /** How specific the value is (a day beats a weekday, a city its country). */
  int precision();

  /** The value as a reader sees it. */
  String display();

  /** The comparable value of a claim, or null when it has none to compare. */
  static @Nullable SlotValue of(Claim claim) {
    if (claim.value() instanceof DurationValue d) {
      return new Amount(d.minutes(), d.approximate(), "min");
    }
    if (claim.value() instanceof QuantityValue q) {
      return new Amount(q.amount(), q.approximate(), q.unit() == null ? q.what() : q.unit());
    }
    if (claim.value() instanceof EventDateValue d) {
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
      return new Day(year, month, day, endDay, d.weekday());
    }
    if (claim.value() instanceof LocationValue l) {
      return new Place(l.place(), l.country());
    }
    if (claim.value() instanceof CommitmentValue c) {
      return new Due(c.due());
    }
    return null;
  }

  /** A number, exact or approximate. */
  record Amount(double value, boolean approximate, String unit) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Amount a)) {
        return false;
      }
      if (value == a.value) {
        return true;
      }
      if (!approximate && !a.approximate) {
        return false;
      }
      return Math.abs(value - a.value) <= TOLERANCE * Math.max(value, a.value);
    }

    @Override
    public int precision() {
      return approximate ? 0 : 1;
    }

    @Override
    public String display() {
      String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
      return (approximate ? "about " : "") + number + " " + unit;
    }
  }

  /** A date, possibly partial, with the weekday the article states. */
  record Day(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day,
      @Nullable Integer endDay, @Nullable String weekday) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Day d)) {
        return false;
      }
      boolean days = day == null || d.day == null
          || day <= (d.endDay == null ? d.day : d.endDay) && d.day <= (endDay == null ? day : endDay);
      return same(year, d.year) && same(month, d.month) && days
          && (weekday == null || d.weekday == null || weekday.equals(d.weekday)
              || day != null && d.day != null);
    }

    private static boolean same(@Nullable Integer a, @Nullable Integer b) {
      return a == null || b == null || a.equals(b);
    }

    @Override
    public int precision() {
      return (year != null ? 1 : 0) + (month != null ? 2 : 0) + (day != null ? 4 : 0);
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

  /** A place, with the country it lies in when known. */
  record Place(String place, @Nullable String country) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      if (!(other instanceof Place p)) {
        return false;
      }
      if (place.equals(p.place) || place.equals(p.country) || Objects.equals(country, p.place)) {
        return true;
      }
      // a place the gazetteer does not know may lie inside the other ('Juwana' in Pati): no
      // evidence of a contradiction
      Gazetteer gazetteer = Gazetteer.standard();
      return gazetteer.lookup(place).isEmpty() || gazetteer.lookup(p.place).isEmpty();
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

  /** When a promise is due. */
  record Due(@Nullable String due) implements SlotValue {
    @Override
    public boolean compatible(SlotValue other) {
      return other instanceof Due d && (due == null || d.due == null || due.equals(d.due));
    }

    @Override
    public int precision() {
      return due == null ? 0 : 1;
    }

    @Override
    public String display() {
      return due == null ? "no date given" : due;
    }
  }
}
