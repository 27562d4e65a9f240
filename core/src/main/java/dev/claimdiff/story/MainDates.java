package dev.claimdiff.story;

import com.google.common.collect.ImmutableMap;
import dev.claimdiff.lang.WordList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The dates an article gives its main event (its {@code d:} features), as epoch days, for
 * keeping apart reports of two events of one kind that happened far apart in time: two
 * earthquakes in two years share the agencies, the words and often the figures of their reports,
 * but not their dates. Two groups of articles are far apart when even their nearest main-event
 * dates are more than {@value #MAX_GAP_DAYS} days apart. An article whose claims give no full
 * date of its main event stands by its publication date; a group with no date at all is never
 * far from another (a month or a weekday alone proves nothing).
 *
 * <p>A main-event date more than the gap before the article's publication date is not the date
 * of what a news report reports: it is a past event the article recalls for background (an
 * earlier disaster of the same kind, the last round of talks) that its claims took for the main
 * one. Such dates are left out, and an article left with none stands by its publication date, so
 * that a report recalling a crush of 2001 still meets the other reports of this week's crush.
 * Dates after publication are kept (a preview names the day of an event weeks ahead). The cost:
 * an article written long after its event (an anniversary piece) stands by when it appeared and
 * joins the event's first reports only if they too appeared within the gap.
 *
 * <p>Events held on one day at one place (talks, summits, matches: {@code one-day-events.txt})
 * have a narrower gap of their own: two groups whose articles, every one that types its main
 * event, give such an event are far apart when their nearest dates are more than the wider of
 * their events' gaps apart. Two rounds of talks a month apart share their parties' names,
 * capitals and ministries, but not their day. A group where one article types its main event as
 * anything else (a flood, a search) keeps the 60-day gap, and so do two groups where no article
 * types it.
 *
 * <p>Sudden events (an accident, a crowd crush, an earthquake: {@code sudden-events.txt}) happen
 * in a moment, and every report of one dates it to its day: an article whose every typed main
 * event is sudden and whose claims date it gives that date as a sudden date
 * ({@link #suddenOf}). Two groups that both give sudden dates are far apart when even their
 * nearest are more than the sudden events' gap (7 days) apart, whatever their other articles
 * type ({@link EventDates#farFrom}): a ferry sinking and a train collision two weeks apart share
 * the safety committee, the ministry and the rescue agency, and extraction types both as an
 * accident. A follow-up typed as the search, or undated, gives no sudden date and joins by the
 * other gaps; the group it joins still gives its sudden date, so it bridges no two accidents.
 */
final class MainDates {
  /** The widest gap, in days, between the nearest main-event dates of one story's articles. */
  static final int MAX_GAP_DAYS = 60;
  private static final long[] NONE = new long[0];
  /** No article of the group types its main event: the group keeps the widest gap. */
  static final int UNTYPED = 0;
  private static final ImmutableMap<String, Integer> ONE_DAY_GAPS =
      gaps("dev/claimdiff/story/one-day-events.txt");
  private static final ImmutableMap<String, Integer> SUDDEN_GAPS =
      gaps("dev/claimdiff/story/sudden-events.txt");

  private MainDates() {}

  /**
   * The article's main-event dates that are full dates and not more than the gap before its
   * publication date, ascending, each once; its publication date when its claims give none.
   */
  static long[] of(StoryFeatures article) {
    long[] main = claimDates(article);
    return main.length > 0 ? main : datesOf(article, StoryFeatures.PUBLISHED);
  }

  /** The main-event dates of the article's claims, without those it recalls (see {@link #of}). */
  static long[] claimDates(StoryFeatures article) {
    long[] main = datesOf(article, "d:");
    long[] published = datesOf(article, StoryFeatures.PUBLISHED);
    if (published.length > 0) {
      long appeared = published[0];
      main = Arrays.stream(main).filter(day -> day >= appeared - MAX_GAP_DAYS).toArray();
    }
    return main;
  }

  /**
   * The dates the article's claims give its sudden main event: those of {@link #of} when every
   * main event it types is a sudden one ({@code sudden-events.txt}) and its claims date it; else
   * none (an untyped article, one that stands by its publication date, one that also types a
   * search or a flood, whose dates might be the other event's).
   */
  static long[] suddenOf(StoryFeatures article) {
    return suddenGapOf(article) > 0 ? claimDates(article) : NONE;
  }

  /** The widest gap of the article's sudden main events when every one it types is sudden, else 0. */
  static int suddenGapOf(StoryFeatures article) {
    int gap = 0;
    for (String key : article.features().subMap("e:", "e:" + Character.MAX_VALUE).keySet()) {
      Integer days = SUDDEN_GAPS.get(key.substring(2));
      if (days == null) {
        return 0;
      }
      gap = Math.max(gap, days);
    }
    return gap;
  }

  private static long[] datesOf(StoryFeatures article, String prefix) {
    long[] days = new long[4];
    int count = 0;
    for (String key : article.features().subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
      if (key.length() >= prefix.length() + 10) {
        try {
          long day = LocalDate.parse(key.substring(prefix.length(), prefix.length() + 10))
              .toEpochDay();
          if (count == days.length) {
            days = Arrays.copyOf(days, 2 * count);
          }
          days[count++] = day;
        } catch (DateTimeParseException e) {
          // not a full date: left out
        }
      }
    }
    if (count == 0) {
      return NONE;
    }
    long[] out = Arrays.copyOf(days, count);
    Arrays.sort(out);
    return Arrays.stream(out).distinct().toArray();
  }

  /**
   * The gap of an article's main event: {@link #UNTYPED} when its claims type no main event, the
   * widest gap of its main events when every one of them is a one-day event, else
   * {@value #MAX_GAP_DAYS}.
   */
  static int gapOf(StoryFeatures article) {
    int gap = UNTYPED;
    for (String key : article.features().subMap("e:", "e:" + Character.MAX_VALUE).keySet()) {
      Integer days = ONE_DAY_GAPS.get(key.substring(2));
      gap = Math.max(gap, days == null ? MAX_GAP_DAYS : days);
    }
    return gap;
  }

  /** The gap of two groups together: the wider one (an untyped group adds nothing). */
  static int unionGap(int a, int b) {
    return Math.max(a, b);
  }

  /** Whether both groups give dates and even their nearest two are more than the widest gap apart. */
  static boolean farApart(long[] a, long[] b) {
    return farApart(a, MAX_GAP_DAYS, b, MAX_GAP_DAYS);
  }

  /**
   * Whether both groups give dates and even their nearest two are more than the gap of the two
   * groups apart: the wider of their gaps, or {@value #MAX_GAP_DAYS} when both are untyped. An
   * untyped group (an article whose claims date no typed main event, or that stands by its
   * publication date) meets a one-day event's group only within that event's gap: it cannot
   * bridge two rounds of talks a month apart.
   */
  static boolean farApart(long[] a, int gapA, long[] b, int gapB) {
    int gap = gapA == UNTYPED && gapB == UNTYPED ? MAX_GAP_DAYS : Math.max(gapA, gapB);
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (Math.abs(a[i] - b[j]) <= gap) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /** The dates of two groups together, ascending, each once. */
  static long[] union(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    return Arrays.stream(all).distinct().toArray();
  }

  private static ImmutableMap<String, Integer> gaps(String resource) {
    ImmutableMap.Builder<String, Integer> gaps = ImmutableMap.builder();
    for (String entry : WordList.load(resource)) {
      int colon = entry.lastIndexOf(':');
      int days = Integer.parseInt(entry.substring(colon + 1).strip());
      if (days < 1 || days > MAX_GAP_DAYS) {
        throw new IllegalStateException(resource + ": gap out of range: " + entry);
      }
      gaps.put(entry.substring(0, colon).strip(), days);
    }
    return gaps.buildOrThrow();
  }
}
