package dev.claimdiff;

import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.LoadResult;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The year of a wire's dateline that gives only a month and a day ({@code JAKARTA, Aug 19
 * (Reuters) -}, {@code VIENNA, Oct 20 (Reuters) -}), as text copies of wire stories carry it:
 * the page's date stamp, which had the year, did not come with the text. Without a year the
 * article's relative days ('on Wednesday') and the times of its figures ('as of 6 p.m.') cannot
 * be placed, so tolls that rose through the day could not be ordered. The year is the one that
 * puts the day nearest the dates of the run's other articles, when that is within
 * {@link #MAX_GAP_DAYS} of one of them; otherwise it stays unknown (never the clock's year: the
 * same inputs must give the same report on any day).
 */
final class YearlessDatelines {
  /**
   * How far (days) a dateline's day may lie from the nearest dated article of the run: a story's
   * coverage spans days, a month at most between a wire and the reports beside it.
   */
  static final int MAX_GAP_DAYS = 31;

  private YearlessDatelines() {}

  /** A result's publication day ({@code 2026-08-19}, or its date-time's day), or null. */
  static @Nullable LocalDate day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The day {@code dateline} falls on in the year that puts it nearest one of {@code dates}
   * (each date's year, the one before and the one after are tried; the earlier day on a tie),
   * or null when no date is within {@link #MAX_GAP_DAYS} of it.
   */
  static @Nullable LocalDate year(@Nullable MonthDay dateline, Collection<LocalDate> dates) {
    if (dateline == null || dates.isEmpty()) {
      return null;
    }
    TreeSet<Integer> years = new TreeSet<>();
    for (LocalDate d : dates) {
      years.add(d.getYear() - 1);
      years.add(d.getYear());
      years.add(d.getYear() + 1);
    }
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (int y : years) {
      if (!dateline.isValidYear(y)) {
        continue; // 29 February
      }
      LocalDate candidate = dateline.atYear(y);
      for (LocalDate d : dates) {
        long gap = Math.abs(ChronoUnit.DAYS.between(candidate, d));
        if (gap < bestGap) { // years ascend: a tie keeps the earlier day
          best = candidate;
          bestGap = gap;
        }
      }
    }
    return bestGap <= MAX_GAP_DAYS ? best : null;
  }

  /**
   * The loaded article dated on its dateline's day in the year {@code dates} give, with the
   * note saying so in its message; null when it has no yearless dateline or the dates give no
   * year ({@link #year}).
   */
  static @Nullable LoadResult dated(LoadResult loaded, Collection<LocalDate> dates) {
    Article article = loaded.article();
    MonthDay dateline = article == null ? null : article.metadata().datelineDay();
    LocalDate day = year(dateline, dates);
    if (day == null) {
      return null;
    }
    Article dated = new Article(article.id(), article.path(), article.text(), article.clean(),
        article.metadata().withPublished(day.toString()), article.warnings(), article.url());
    String note = note(dateline, day);
    return new LoadResult(loaded.id(), loaded.path(), loaded.status(),
        loaded.message() == null ? note : loaded.message() + "; " + note, dated);
  }

  /** What the report says of an article so dated. */
  static String note(MonthDay dateline, LocalDate day) {
    return "the dateline gives " + dateline.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        + " " + dateline.getDayOfMonth() + " without a year: read as " + day
        + ", the year of the other articles' dates";
  }
}
