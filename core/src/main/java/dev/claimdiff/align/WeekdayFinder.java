package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  private static boolean writtenRightElsewhere(Map<DayOf, Set<String>> rightlyWritten, Claim c,
      EventDateValue d) {
    if (d.event() == null) {
      return false;
    }
    Set<String> writing = rightlyWritten.getOrDefault(new DayOf(d.date(), d.event()), Set.of());
    return writing.size() > 1 || !writing.isEmpty() && !writing.contains(c.article());
  }

  /** One event's day, as the extractor writes it. */
  private record DayOf(String date, String event) {}

  /**
   * The articles that write each event's day with the weekday that falls on it: made once, so a
   * story of thousands of copies is read once, not once per wrong weekday.
   */
  private static Map<DayOf, Set<String>> rightlyWritten(List<Claim> claims) {
    Map<DayOf, Set<String>> out = new HashMap<>();
    for (Claim o : claims) {
      if (o.value() instanceof EventDateValue e && Boolean.TRUE.equals(e.consistent())
          && e.event() != null) {
        out.computeIfAbsent(new DayOf(e.date(), e.event()), k -> new HashSet<>()).add(o.article());
      }
    }
    return out;
  }

  /** Adds an INCONSISTENCY to {@code out} for each date claim whose weekday is not the date's. */
  static void find(List<Claim> claims, Map<String, ArticleDigest> articles, List<Finding> out) {
    Map<DayOf, Set<String>> rightlyWritten = rightlyWritten(claims);
    for (Claim c : claims) {
      if (c.value() instanceof EventDateValue d && Boolean.FALSE.equals(d.consistent())
          && !writtenRightElsewhere(rightlyWritten, c, d)) {
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
