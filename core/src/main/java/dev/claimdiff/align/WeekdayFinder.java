package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a stated weekday that is not its date's weekday ('Jumat (22/1/2022)', a Saturday): an
 * INCONSISTENCY of its article, unless another article writes that day with its right weekday
 * (then the two differ on the weekday: a DISCREPANCY of the slot). The extractor marks such a date; this finder words the finding.
 * (A headline that contradicts its body is the other INCONSISTENCY, found per value slot.)
 */
final class WeekdayFinder {
  private WeekdayFinder() {}

  /**
   * Whether another article writes the same day of the same event with the weekday that falls on
   * it ('Selasa (17/11/2026)' beside 'Rabu (17/11/2026)'): the wrong weekday is then a
   * DISCREPANCY with that article (SlotValue.Day), not an INCONSISTENCY of its own.
   */
  private static boolean writtenRightElsewhere(List<Claim> claims, Claim c, EventDateValue d) {
    return claims.stream().anyMatch(o -> !o.article().equals(c.article())
        && o.value() instanceof EventDateValue e && Boolean.TRUE.equals(e.consistent())
        && d.date().equals(e.date()) && d.event() != null && d.event().equals(e.event()));
  }

  /** Adds an INCONSISTENCY to {@code out} for each date claim whose weekday is not the date's. */
  static void find(List<Claim> claims, Map<String, ArticleDigest> articles, List<Finding> out) {
    for (Claim c : claims) {
      if (c.value() instanceof EventDateValue d && Boolean.FALSE.equals(d.consistent())
          && !writtenRightElsewhere(claims, c, d)) {
        LocalDate date = LocalDate.parse(d.date());
        String stated = d.weekday().charAt(0) + d.weekday().substring(1).toLowerCase(Locale.ROOT);
        String actual = date.getDayOfWeek().name().charAt(0)
            + date.getDayOfWeek().name().substring(1).toLowerCase(Locale.ROOT);
        out.add(new Finding("", Kind.INCONSISTENCY, c.type().name(), ImmutableList.of(c.id()),
            FindingText.label(articles, c.article()) + ": '" + c.evidence().strip() + "' names a "
                + stated + ", but " + d.date() + " was a " + actual,
            c.type() + " / " + (d.event() == null ? "?" : d.event()),
            ImmutableList.of(c.article()), ImmutableList.of(stated, actual)));
      }
    }
  }
}
