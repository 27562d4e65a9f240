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
import java.util.Locale;

/** Short human renderings of claims, shared by the text and Markdown writers. */
final class Snippets {
  private Snippets() {}

  /** The value of a claim in a few words ({@code 90 min}, {@code 2022-01-22 (FRIDAY)}). */
  static String value(Claim claim) {
    ClaimValue v = claim.value();
    if (v instanceof DurationValue d) {
      return (d.approximate() ? "~" : "") + number(d.minutes()) + " min";
    }
    if (v instanceof EventDateValue d) {
      String date = d.date() != null ? d.date()
          : d.monthDay() != null ? d.monthDay().substring(5) + "/" + d.monthDay().substring(2, 4)
              + " (no year)"
          : d.relative() != null ? d.relative() : "no date";
      String weekday = d.weekday() == null ? "" : " (" + d.weekday().charAt(0)
          + d.weekday().substring(1).toLowerCase(Locale.ROOT) + ")";
      String check = Boolean.FALSE.equals(d.consistent()) ? " [weekday does not match]" : "";
      return date + weekday + check;
    }
    if (v instanceof LocationValue l) {
      return l.place() + (l.venue() != null ? ", " + l.venue() : "");
    }
    if (v instanceof CommitmentValue c) {
      return c.actor() + " → " + c.action()
          + (c.recipient() != null ? " to " + c.recipient() : "")
          + (c.due() != null ? ", " + c.due() : "");
    }
    if (v instanceof SourceValue s) {
      return s.source();
    }
    if (v instanceof QuantityValue q) {
      return (q.approximate() ? "~" : "") + number(q.amount()) + " " + q.what();
    }
    if (v instanceof QuoteValue || v instanceof StatementValue) {
      return (claim.speaker() == null ? "(unattributed)" : claim.speaker()) + ": \""
          + shorten(claim.text(), 70) + "\"";
    }
    return claim.text();
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
