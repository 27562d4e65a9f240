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
      return (d.approximate() ? "~" : "") + words.get("value.minutes", number(d.minutes()));
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
      return (q.approximate() ? "~" : "") + number(q.amount()) + " " + words.term(q.what());
    }
    if (v instanceof QuoteValue || v instanceof StatementValue) {
      return (claim.speaker() == null ? words.get("value.unattributed") : claim.speaker()) + ": \""
          + shorten(claim.text(), MAX_SPEECH_LENGTH) + "\"";
    }
    return claim.text();
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

  /** A day of the month without its year in a due ('by --04-21'), as the report writes one. */
  private static final java.util.regex.Pattern MONTH_DAY =
      java.util.regex.Pattern.compile("--(\\d{2})-(\\d{2})");

  /** When a promise is due, in words; a day written without its year reads 'by 21/04 (no year)'. */
  static String due(String due, ReportWords words) {
    java.util.regex.Matcher m = MONTH_DAY.matcher(due);
    if (!m.find()) {
      return words.term(due);
    }
    return due.substring(0, m.start()) + words.get("value.noYear", m.group(2) + "/" + m.group(1))
        + due.substring(m.end());
  }

  /** A weekday ({@code FRIDAY}, or {@code Friday} as the engine's labels write it) in words. */
  static String weekday(String weekday, ReportWords words) {
    return words.get("weekday." + weekday.toUpperCase(java.util.Locale.ROOT));
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
