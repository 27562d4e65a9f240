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
 * INCONSISTENCY of its article. The extractor marks such a date; this finder words the finding.
 * (A headline that contradicts its body is the other INCONSISTENCY, found per value slot.)
 */
final class WeekdayFinder {
  private WeekdayFinder() {}

  /** Adds an INCONSISTENCY to {@code out} for each date claim whose weekday is not the date's. */
  static void find(List<Claim> claims, Map<String, ArticleDigest> articles, List<Finding> out) {
    for (Claim c : claims) {
      if (c.value() instanceof EventDateValue d && Boolean.FALSE.equals(d.consistent())) {
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
