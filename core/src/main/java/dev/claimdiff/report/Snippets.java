package dev.claimdiff.report;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.ClaimValue.StatementValue;

/** Short human renderings of claims, shared by the text, Markdown and HTML writers. */
final class Snippets {
  private Snippets() {}

  /** What was said, in a claim's value for people, is cut to this many characters. */
  static final int MAX_SPEECH_LENGTH = 70;

  /** The value of a claim in a few English words ({@code 90 min}, {@code 2022-01-22 (Friday)}). */
  static String value(Claim claim) {
    return value(claim, ReportWords.english());
  }

  /** The value of a claim in a few words of the report's language. */
  static String value(Claim claim, ReportWords words) {
    ClaimValue v = claim.value();
    if (v instanceof DurationValue d) {
      // the interval's ends are shown only for a range; a hedge's reach is no length of its own
      DurationScale scale = dev.claimdiff.extract.Interval.RANGE.equals(d.bound())
          ? DurationScale.of(d.minutes(), d.low(), d.high()) : DurationScale.of(d.minutes());
      return scale.words(bounded(d.bound(), d.approximate(), scale.in(d.minutes()),
          d.low() == null ? null : scale.in(d.low()), d.high() == null ? null : scale.in(d.high()),
          words), words);
    }
    if (v instanceof EventDateValue d) {
      String date = d.date() != null ? d.date()
          : d.monthDay() != null ? words.get("value.noYear",
              d.monthDay().substring(5) + "/" + d.monthDay().substring(2, 4))
          : d.relative() != null ? words.term(d.relative()) : words.get("value.noDate");
      String weekday = d.weekday() == null ? "" : " (" + weekday(d.weekday(), words) + ")";
      String check = Boolean.FALSE.equals(d.consistent()) ? " " + words.get("value.weekdayMismatch")
          : "";
      return date + weekday + check;
    }
    if (v instanceof LocationValue l) {
      return l.place() + (l.venue() != null ? ", " + l.venue() : "");
    }
    if (v instanceof CommitmentValue c) {
      return c.actor() + " → " + words.term(c.action())
          + (c.recipient() != null ? " " + words.get("value.to", c.recipient()) : "")
          + (c.due() != null ? ", " + due(c.due(), words) : "");
    }
    if (v instanceof SourceValue s) {
      return s.source();
    }
    if (v instanceof QuantityValue q) {
      if (dev.claimdiff.extract.Interval.VAGUE.equals(q.bound()) && q.low() != null
          && q.high() != null) { // 'puluhan': no amount, the interval its word asserts
        return number(q.low()) + "–" + number(q.high()) + " " + words.term(q.what());
      }
      return bounded(q.bound(), q.approximate(), q.amount(), q.low(), q.high(), words) + " "
          + words.term(q.what());
    }
    if (v instanceof QuoteValue || v instanceof StatementValue) {
      return (claim.speaker() == null ? words.get("value.unattributed") : claim.speaker()) + ": \""
          + shorten(claim.text(), MAX_SPEECH_LENGTH) + "\"";
    }
    return claim.text();
  }

  /** An ISO day with no year, {@code --MM-DD}. */
  private static final java.util.regex.Pattern NO_YEAR =
      java.util.regex.Pattern.compile("--(0[1-9]|1[0-2])-([0-2]\\d|3[01])");

  /** When a promise is due, in words; a day with no year ('--04-21') as a date's cell shows it. */
  private static String due(String due, ReportWords words) {
    String term = words.term(due);
    java.util.regex.Matcher m = NO_YEAR.matcher(term);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          words.get("value.noYear", m.group(2) + "/" + m.group(1))));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The part of a claim's value its slot compares: for a promise, when it is due (what was
   * promised and by whom name the slot); else the whole value.
   */
  static String slotValue(Claim claim, ReportWords words) {
    if (claim.value() instanceof CommitmentValue c && c.due() != null) {
      return due(c.due(), words);
    }
    return value(claim, words);
  }

  /** A weekday ({@code FRIDAY}, or {@code Friday} as the engine's labels write it) in words. */
  static String weekday(String weekday, ReportWords words) {
    return words.get("weekday." + weekday.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * A number with the bound its text gives ({@code more than 5000}, {@code 150–600}, {@code ~40}
   * for 'about'), so a value reads as its finding's title does; a claim without a bound is exact,
   * or about when approximate.
   */
  private static String bounded(@org.jspecify.annotations.Nullable String bound,
      boolean approximate, double amount, @org.jspecify.annotations.Nullable Double low,
      @org.jspecify.annotations.Nullable Double high, ReportWords words) {
    String b = bound != null ? bound : approximate ? dev.claimdiff.extract.Interval.ABOUT
        : dev.claimdiff.extract.Interval.EXACT;
    if (b.equals(dev.claimdiff.extract.Interval.RANGE) && low != null && high != null) {
      return words.get("value.bound.range", number(low), number(high));
    }
    if (b.equals(dev.claimdiff.extract.Interval.EXACT)) {
      return number(amount);
    }
    String key = "value.bound." + b;
    return !words.getOr(key, "").isEmpty() ? words.get(key, number(amount))
        : words.get("value.bound.about", number(amount));
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** The text on one line, cut to {@code max} characters with an ellipsis. */
  static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)).strip() + "…";
  }
}
