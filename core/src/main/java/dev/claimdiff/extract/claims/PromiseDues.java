package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.CountedUnits;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a promise is due, read from the text after its verb. A day or date after a word of
 * {@code due-date-markers.txt} ('paling lambat Rabu (11/3/2026)', 'by Wednesday, Nov. 25', 'on
 * April 1', 'from Tuesday', 'at 6 a.m. Saturday') wins when it names a calendar date, which is
 * written as an ISO date ({@code by 2026-03-11 (Wednesday)}, or {@code by --04-21} when no year
 * can be known) so that two outlets' dues are compared as dates; then a phrase of {@code due-expressions.txt} ('next week'); then a window
 * ('within 30 days'); then a weekday alone after a marker ({@code by Wednesday}). The marker's
 * key ({@code by}, {@code on}, {@code from}) leads the value. A weekday alone is not resolved to
 * a day: which week it names is a question of the article's time, not of the promise.
 */
final class PromiseDues {
  /** At most this many small words (a clock time, 'hari') between a marker and its day. */
  private static final int FILLER_WORDS = 3;

  /** A date written without its year this many days before publication is next year's. */
  private static final int PAST_DAYS = 31;

  /** The canonical due expression of the day after publication ({@code due-expressions.txt}). */
  private static final String TOMORROW = "tomorrow";

  private PromiseDues() {}

  /** A due date found: its value and where its words end. */
  record Found(String value, int end) {}

  /** The due date of a promise whose text after the verb is {@code [from, to)}, or null. */
  static @Nullable Found find(ArticleContext ctx, int from, int to) {
    Matcher dated = dated(ctx).matcher(ctx.text);
    dated.region(from, to);
    Found weekdayOnly = null;
    int weekdayStart = -1;
    while (dated.find()) {
      String value = datedValue(ctx, dated);
      if (value != null) {
        return new Found(value, dated.end());
      }
      if (weekdayOnly == null && dated.group("weekday") != null) {
        DayOfWeek day = ctx.rules.calendar().weekday(dated.group("weekday")).orElse(null);
        if (day != null) {
          weekdayOnly = new Found(marker(ctx, dated) + " " + name(day), dated.end());
          weekdayStart = dated.start();
        }
      }
    }
    Found monthEnd = monthEnd(ctx, from, to, weekdayOnly == null ? to : weekdayStart);
    if (monthEnd != null) {
      return monthEnd;
    }
    Lexicon lexicon = ctx.rules.lexicon();
    Matcher due = expressions(ctx).matcher(ctx.text);
    due.region(from, to);
    if (due.find() && (weekdayOnly == null || due.start() < weekdayStart)) {
      String value = lexicon.mapping(LanguageFile.DUE_EXPRESSIONS).get(Texts.key(due.group()));
      LocalDate published = ctx.publishedDay();
      if (TOMORROW.equals(value) && published != null) {
        // 'besok' is the weekday after publication ('tomorrow (Saturday)'), so that it meets
        // another outlet's 'on Saturday'; no written date, as the day it was said may differ
        value = value + " (" + name(published.plusDays(1).getDayOfWeek()) + ")";
      }
      if (value != null) {
        return new Found(value, due.end());
      }
    }
    Matcher window = windows(ctx).matcher(ctx.text);
    window.region(from, to);
    if (window.find() && (weekdayOnly == null || window.start() < weekdayStart)) {
      String value = window(ctx, window);
      if (value != null) {
        return new Found(value, window.end());
      }
    }
    return weekdayOnly;
  }

  /**
   * A marker, a word of {@code due-month-ends.txt} and a month's name, with or without its year
   * ('paling lambat akhir Oktober', 'by the end of October 2027'): the month's last day, as a
   * written date ({@code by 2026-10-31 (Saturday)}). Without a year the month is the one of the
   * publication's year, or of the next when it ended more than {@value #PAST_DAYS} days before;
   * with no publication day and no year written, no due. A month with its year and no month-end
   * word after a deadline's marker ('paling lambat Maret 2027', 'by June 2027') is that
   * month's last day too, as news writes a month's deadline with or without 'the end of'; a
   * month alone after 'by' may be a day's first word ('by March 15') and is left to the dates.
   * Only a match starting before {@code before} counts.
   */
  private static @Nullable Found monthEnd(ArticleContext ctx, int from, int to, int before) {
    Pattern pattern = monthEnds(ctx);
    if (pattern == null) {
      return null;
    }
    Matcher m = pattern.matcher(ctx.text);
    m.region(from, to);
    while (m.find() && m.start() < before) {
      Month month = ctx.rules.calendar().month(m.group("month")).orElse(null);
      if (month == null) {
        continue;
      }
      if (m.group("end") == null && (m.group("year") == null || !deadlineKey(ctx).equals(marker(ctx, m)))) {
        continue; // 'pada Maret 2027' is when, not a deadline; 'by March' may open 'by March 15'
      }
      LocalDate published = ctx.publishedDay();
      int year;
      if (m.group("year") != null) {
        year = Integer.parseInt(m.group("year"));
      } else if (published != null) {
        year = published.getYear();
        if (YearMonth.of(year, month).atEndOfMonth().isBefore(published.minusDays(PAST_DAYS))) {
          year++; // 'by the end of January' written in late December
        }
      } else {
        continue;
      }
      LocalDate last = YearMonth.of(year, month).atEndOfMonth();
      return new Found(marker(ctx, m) + " " + last + " (" + name(last.getDayOfWeek()) + ")", m.end());
    }
    return null;
  }

  /** A marker, a month-end word and a month: null when the language lists no month-end words. */
  private static @Nullable Pattern monthEnds(ArticleContext ctx) {
    if (ctx.rules.lexicon().words(LanguageFile.DUE_MONTH_ENDS).isEmpty()) {
      return null;
    }
    return ctx.rules.pattern("promise-month-end-dues", lexicon -> Pattern.compile(
        "(?<marker>" + WordPatterns.alternation(lexicon.words(LanguageFile.DUE_DATE_MARKERS)) + ")"
            + "\\s+(?:(?<end>" + WordPatterns.alternation(lexicon.words(LanguageFile.DUE_MONTH_ENDS))
            + ")\\s+)?(?<month>" + ctx.rules.calendar().monthPattern() + ")(?![\\p{L}])"
            + "(?:\\s+(?<year>\\d{4})(?!\\d))?"));
  }

  /** The value of a marker and a calendar date, or null when it names no valid date. */
  private static @Nullable String datedValue(ArticleContext ctx, Matcher m) {
    Calendar calendar = ctx.rules.calendar();
    String dayText = first(m, "d1", "d2", "d3");
    if (dayText == null) {
      return null;
    }
    Month month;
    if (m.group("m1") != null) {
      int number = Integer.parseInt(m.group("m1"));
      if (number < 1 || number > 12) {
        return null;
      }
      month = Month.of(number);
    } else {
      String name = first(m, "mn2", "mn3");
      month = name == null ? null : calendar.month(name).orElse(null);
    }
    if (month == null) {
      return null;
    }
    String yearText = first(m, "y1", "y2", "y3");
    LocalDate published = ctx.publishedDay();
    try {
      LocalDate date;
      if (yearText != null) {
        date = LocalDate.of(Integer.parseInt(yearText), month, Integer.parseInt(dayText));
      } else if (published != null) {
        date = LocalDate.of(published.getYear(), month, Integer.parseInt(dayText));
        if (date.isBefore(published.minusDays(PAST_DAYS))) {
          date = date.plusYears(1); // a due is ahead: 'by Jan. 5' written in late December
        }
      } else {
        // no publication day: the year the article's own dates give, as for its event dates
        Integer year = DateExtractor.referenceYear(ctx);
        if (year == null) {
          // no year anywhere: the day of the month alone, as ISO writes it ('--04-21')
          return marker(ctx, m) + " " + java.time.MonthDay.of(month, Integer.parseInt(dayText));
        }
        date = LocalDate.of(year, month, Integer.parseInt(dayText));
      }
      return marker(ctx, m) + " " + date + " (" + name(date.getDayOfWeek()) + ")";
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable String first(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  /**
   * The key due-date-markers.txt gives a deadline: the key of the first word of
   * deadline-markers.txt ('by' for 'paling lambat' and for 'by').
   */
  private static String deadlineKey(ArticleContext ctx) {
    String first = ctx.rules.lexicon().list(LanguageFile.DEADLINE_MARKERS).get(0);
    String key = ctx.rules.lexicon().mapping(LanguageFile.DUE_DATE_MARKERS).get(Texts.key(first));
    return key == null ? Texts.key(first) : key;
  }

  /** The marker's key ('by', 'on', 'from'). */
  private static String marker(ArticleContext ctx, Matcher m) {
    String key = ctx.rules.lexicon().mapping(LanguageFile.DUE_DATE_MARKERS)
        .get(Texts.key(m.group("marker")));
    return key == null ? Texts.key(m.group("marker")) : key;
  }

  /** A weekday's name as the report writes it ({@code Wednesday}). */
  static String name(DayOfWeek day) {
    String upper = day.name();
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * A marker, up to {@value #FILLER_WORDS} small words (a clock time, lower-case words), then a
   * weekday with or without a date, or a date: '(11/3/2026)', '21 April 2023', 'Nov. 25'.
   */
  private static Pattern dated(ArticleContext ctx) {
    return ctx.rules.pattern("promise-dated-dues", lexicon -> {
      Calendar calendar = ctx.rules.calendar();
      String weekday = calendar.weekdayPattern();
      String markers = WordPatterns.alternation(lexicon.words(LanguageFile.DUE_DATE_MARKERS));
      return Pattern.compile("(?<marker>" + markers + ")"
          + "\\s+(?:(?!" + markers + ")[\\p{Ll}\\d][\\p{L}\\d.:]*\\s+){0," + FILLER_WORDS + "}?"
          + "(?=" + weekday + "|" + date(calendar, false) + ")"
          + "(?<weekday>" + weekday + ")?(?:\\s*,?\\s*" + date(calendar, true) + ")?");
    });
  }

  /** A written date, with its parts as named groups or without groups. */
  private static String date(Calendar calendar, boolean named) {
    String months = calendar.monthPattern();
    String date = "(?:\\((?<d1>\\d{1,2})/(?<m1>\\d{1,2})(?:/(?<y1>\\d{4}))?\\)"
        + "|(?<d2>\\d{1,2})\\s+(?<mn2>" + months + ")(?:\\s+(?<y2>\\d{4}))?"
        + "|(?<mn3>" + months + ")\\.?\\s+(?<d3>\\d{1,2})(?!\\d)(?:,\\s*(?<y3>\\d{4}))?)";
    return named ? date : date.replaceAll("\\(\\?<[a-z0-9]+>", "(?:");
  }

  /** The words of due-date-markers.txt ('paling lambat', 'by'), where a due may start. */
  static Pattern markers(ArticleContext ctx) {
    return ctx.rules.pattern("promise-due-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.words(LanguageFile.DUE_DATE_MARKERS))));
  }

  /** The phrases of due-expressions.txt. */
  private static Pattern expressions(ArticleContext ctx) {
    return ctx.rules.pattern("due-expressions", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.words(LanguageFile.DUE_EXPRESSIONS))));
  }

  /** A window a promise is due within: 'dalam 48 jam', 'dalam waktu dua pekan', 'dalam sepekan'. */
  private static Pattern windows(ArticleContext ctx) {
    return ctx.rules.pattern("due-windows", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DUE_WINDOW_MARKERS))
            + "\\s+(?:(?<count>\\d+|" + WordPatterns.alternation(lexicon.words(LanguageFile.NUMBER_WORDS))
            + ")\\s+(?<unit>" + WordPatterns.alternation(lexicon.words(LanguageFile.DURATION_UNITS))
            + ")|(?<fused>" + WordPatterns.alternation(lexicon.words(LanguageFile.FUSED_DURATIONS))
            + "))(?![\\p{L}])"));
  }

  /** 'within 48 hours' for a window match, or null when its count or unit does not parse. */
  private static @Nullable String window(ArticleContext ctx, Matcher window) {
    if (window.group("fused") != null) {
      // 'dalam sepekan': one unit written into its word (fused-durations.txt: minutes: words)
      String minutes = ctx.rules.lexicon().mapping(LanguageFile.FUSED_DURATIONS)
          .get(Texts.key(window.group("fused")));
      return minutes == null ? null
          : "within " + CountedUnits.phrase(1, Double.parseDouble(minutes));
    }
    NumberParser.Parsed count = ctx.rules.numbers().parse(window.group("count"));
    Double minutes = CountedUnits.minutesPerUnit(ctx.rules, window.group("unit"));
    if (count == null || minutes == null || count.value() < 1) {
      return null;
    }
    return "within " + CountedUnits.phrase(Math.round(count.value()), minutes);
  }
}
