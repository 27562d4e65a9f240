package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.CountedUnits;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Hedges;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.SentenceWords;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * EVENT_DATE claims from {@code lang/<lang>/extract/rules/event-date.rules}. Dates without a year
 * take the publication year, else the year the article's other dates give; relative dates resolve
 * against the publication day when it is known. A stated weekday is checked against the date.
 */
public final class DateExtractor extends RuleExtractor {
  /** A clock time right after a date: the date is the article's time stamp, not an event's. */
  private static final Pattern STAMP = Pattern.compile(
      "\\s*[,|–-]?\\s*(?:\\d{1,2}/\\d{1,2}/\\d{2,4}\\s*[,|–-]?\\s*)?(?:\\p{L}{2,8}\\s+)?"
          + "\\d{1,2}[:.]\\d{2}(?![\\d.,])",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SLASH_YEAR = Pattern.compile("(?<![\\d])/((?:19|20)\\d{2})(?!\\d)");
  // a credited name right after a citation word: capitalised words ('Irish Examiner', 'Reuters')
  private static final Pattern CITED_NAME = Pattern.compile(
      "\\s*(?:\\p{Ll}{2,5}\\s+)?[\\p{Lu}\\d][\\p{L}\\d.&'-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'-]*){0,4}"
          + "\\s*,?\\s*");

  /**
   * How far back a relative date may reach ('N tahun lalu'): 2 000 years, in minutes. A count
   * beyond it, or one that reaches before year 1 from the publication day, gives no claim: it is
   * not an event's date, and no four-digit ISO year could write it.
   */
  static final double MAX_MINUTES_AGO = 2_000 * 525_600.0;
  /** How far before a date a figure-time marker may end ('per Rabu'), in characters. */
  private static final int FIGURE_TIME_MARKER_REACH = 15;
  /** How far before a date a deadline marker may end ('paling lambat'), in characters. */
  private static final int DEADLINE_MARKER_REACH = 30;
  /** How far before a date a verb of occurrence-verbs.txt may end ('digelar pada'), in characters. */
  private static final int OCCURRENCE_REACH = 25;
  /** How far before a date a range marker may end ('sejak'), in characters. */
  private static final int RANGE_MARKER_REACH = 25;

  public DateExtractor() {
    super("event-date");
  }

  /**
   * As {@link #produce(ArticleContext, Events, Sentence, Rule, Matcher)}, except that a date
   * whose clause names no event does not date the main event when an earlier date of the same
   * sentence, in another clause, already does ('The death toll from Friday's collision has risen
   * to eight after an injured passenger died early on Saturday': Saturday is the death's day).
   */
  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m, List<Draft> earlier) {
    Draft draft = produce(ctx, events, sentence, rule, m);
    if (draft == null || !(draft.value() instanceof EventDateValue v) || !v.main()
        || !datedInOtherClause(ctx, events, sentence, m.start(), m.end(), earlier)) {
      return draft;
    }
    return draft.withValue(v.withMain(false));
  }

  /**
   * Whether the clause of a date (bounded by words of {@code event-clause-breakers.txt}) names no
   * event while an earlier main-event date of the sentence stands outside that clause.
   */
  private static boolean datedInOtherClause(ArticleContext ctx, Events events, Sentence sentence,
      int start, int end, List<Draft> earlier) {
    int[] clause = clause(ctx, sentence, start, end);
    if (events.eventBetween(sentence, clause[0], clause[1])) {
      return false;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft d = earlier.get(i);
      if (d.cleanStart() < sentence.start()) {
        break; // drafts come in sentence order: the rest are of earlier sentences
      }
      if (d.value() instanceof EventDateValue e && e.main() && d.cleanEnd() <= sentence.end()
          && (d.cleanEnd() <= clause[0] || d.cleanStart() >= clause[1])) {
        return true;
      }
    }
    return false;
  }

  /** The clause of [start, end) in its sentence, bounded by words of event-clause-breakers.txt. */
  private static int[] clause(ArticleContext ctx, Sentence sentence, int start, int end) {
    Pattern breakers = ctx.rules.pattern("date-clause-breakers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS))));
    // the whole sentence is looked at: a clause that reaches its start has no breaker before
    int from = sentence.start();
    Matcher b = breakers.matcher(ctx.text).region(from, start);
    while (b.find()) {
      from = b.end();
    }
    int to = sentence.end();
    Matcher a = breakers.matcher(ctx.text).region(end, to);
    if (a.find()) {
      to = a.start();
    }
    return new int[] {from, to};
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    String text = ctx.text;
    DayOfWeek weekday = null;
    String weekdayWord = group(m, "weekday");
    if (weekdayWord != null) {
      if (!Character.isUpperCase(weekdayWord.charAt(0))
          || startsPeriodPhrase(ctx, weekdayWord, text, m.end("weekday"))) {
        return null; // 'minggu depan', 'dua minggu': a week, not Sunday
      }
      weekday = ctx.rules.calendar().weekday(weekdayWord).orElse(null);
    }
    if (afterListWord(ctx, sentence, m.start(), LanguageFile.FIGURE_TIME_MARKERS,
        FIGURE_TIME_MARKER_REACH)) {
      return null; // 'menjadi 31 orang per Rabu': the time the figure is stated for (its asOf)
    }
    if (ZONED_CLOCK_BEFORE.matcher(text)
        .region(Math.max(sentence.start(), m.start() - ZONED_CLOCK_REACH), m.start()).find()) {
      return null; // '(1930 GMT Monday)': a conversion for readers elsewhere, not a local day
    }
    // a deadline ('paling lambat Jumat (23/10/2026)', 'no later than March 1, 2027'): the day by
    // which something is to be done, kept as a date of no event; any other date a marker of
    // deadline-markers.txt stands shortly before ('before dawn Sunday') is not read
    boolean due = isDeadline(ctx, sentence, m.start());
    if (isCitationDate(ctx, sentence, m.start())
        || !due && afterDeadlineMarker(ctx, sentence, m.start())
        || STAMP.matcher(text).region(m.end(), text.length()).lookingAt()
            && (!clockWordAfter(ctx, m.end()) || afterRangeMarker(ctx, sentence, m.start()))) {
      // a clock word makes it a time in the story, unless 'hingga'/'sampai' make it the time a
      // figure is stated for ('16 orang hilang hingga Minggu pukul 12.00'): that is its asOf
      return null; // a cited report's date, a publication stamp 'Senin, 05 Feb 2024 16:47 WIB'
    }
    String rel = group(m, "rel");
    String relative = null;
    if (rel != null) {
      String key = Texts.key(rel);
      relative = ctx.rules.lexicon().mapping(LanguageFile.RELATIVE_DATES).getOrDefault(key, key);
    }
    if (ctx.quotationAt(m.start()) != null && weekday == null && group(m, "day") == null
        && group(m, "year") == null && isDeictic(ctx, m.group())) {
      return null; // "… hari ini" in a quotation is the speaker's today
    }

    String modifier = relative + " ";
    if (relative != null && weekday == null && group(m, "month") == null
        && group(m, "monthname") == null && group(m, "agonum") == null
        && ctx.rules.lexicon().mapping(LanguageFile.RELATIVE_DATES).values().stream()
            .anyMatch(v -> v.startsWith(modifier))) {
      // a modifier alone ('lalu' of 'sebulan lalu', 'last' with nothing after it): it names no
      // day the rules could resolve, so it says nothing comparable
      return null;
    }
    if (relative != null && relative.startsWith("this ")) {
      return null; // 'tahun ini', 'pekan ini': a period named in passing, not a dated event
    }
    String date = null;
    String endDate = null;
    String monthDay = null;
    Integer year = parseYear(group(m, "year"));
    Month month = null;
    if (group(m, "month") != null) {
      int number = Integer.parseInt(group(m, "month"));
      if (number < 1 || number > 12) {
        return null;
      }
      month = Month.of(number);
    } else if (group(m, "monthname") != null) {
      month = ctx.rules.calendar().month(group(m, "monthname")).orElse(null);
    }
    LocalDate published = ctx.publishedDay();
    Integer referenceYear = referenceYear(ctx);
    boolean ahead = false; // a bare weekday a future cue puts after the publication day
    // a preview: a date in a speech's attribution ('kata X di Berlin, Senin (10/4)') is when it
    // was announced, and a weekday tied to the event is the one to come
    boolean preview = events.preview();
    boolean saying = preview && isSayingDate(ctx, events, sentence, m.start());
    if (group(m, "day") != null && month != null) {
      int day = Integer.parseInt(group(m, "day"));
      Integer y = year != null ? year : referenceYear;
      try {
        if (y != null) {
          date = LocalDate.of(y, month, day).toString();
          if (group(m, "endDay") != null) {
            LocalDate end = LocalDate.of(y, month, Integer.parseInt(group(m, "endDay")));
            endDate = end.isAfter(LocalDate.parse(date)) ? end.toString() : null;
          }
        } else {
          LocalDate.of(2000, month, day); // a valid day of that month in a leap year
          monthDay = java.time.MonthDay.of(month, day).toString(); // '--01-21'
        }
      } catch (DateTimeException e) {
        return null;
      }
    } else if (group(m, "agonum") != null) {
      // 'tiga tahun lalu': counted back from the publication day, as precisely as the unit allows
      NumberParser.Parsed n = ctx.rules.numbers().parse(m.group("agonum"));
      Double minutes = CountedUnits.minutesPerUnit(ctx.rules, m.group("agounit"));
      if (n == null || minutes == null) {
        return null;
      }
      long count = Math.round(n.value());
      if (count < 0 || count * minutes > MAX_MINUTES_AGO) {
        return null; // '4,5 miliar tahun lalu': geology, not the date of an event
      }
      relative = CountedUnits.phrase(count, minutes) + " ago";
      java.time.temporal.ChronoUnit unit = CountedUnits.unit(minutes);
      if (published != null && unit.compareTo(java.time.temporal.ChronoUnit.DAYS) >= 0) {
        LocalDate then = published.minus(count, unit);
        if (then.getYear() < 1) {
          return null; // before year 1: no ISO date of four digits can say it
        }
        date = switch (unit) {
          case YEARS -> String.format(Locale.ROOT, "%04d", then.getYear());
          case MONTHS -> then.toString().substring(0, 7);
          default -> then.toString();
        };
      }
    } else if (month != null && year != null) {
      date = java.time.YearMonth.of(year, month).toString(); // '2022-01'
    } else if (month != null && relative != null) {
      if (referenceYear != null) {
        int y = relative.equals("last year") ? referenceYear - 1 : referenceYear;
        String publishedMonth = ctx.publishedMonth();
        if (relative.equals("last") && publishedMonth != null
            && month.getValue() > Integer.parseInt(publishedMonth.substring(5, 7))) {
          y--; // 'Desember lalu' in January is last year's December
        }
        date = String.format(Locale.ROOT, "%04d-%02d", y, month.getValue());
      }
    } else if (year != null) {
      date = String.valueOf(year);
    } else if (weekday != null && published != null) {
      LocalDate day;
      if (due) {
        day = published.with(TemporalAdjusters.nextOrSame(weekday)); // a deadline lies ahead
      } else if (relative != null && relative.equals("last week")) {
        day = published.minusWeeks(1).with(weekday);
      } else if (relative != null && relative.equals("last")) {
        day = published.with(TemporalAdjusters.previous(weekday)); // 'Rabu lalu' on a Wednesday
      } else if (preview && !saying && relative == null) {
        day = published.with(TemporalAdjusters.nextOrSame(weekday)); // 'akan bertemu pada Kamis'
      } else if (relative == null && !saying && group(m, "day") == null
          && Hedges.ahead(ctx, sentence, m.start())) {
        // 'akan kembali turun ke jalan pada Jumat', 'mulai Selasa': a day to come
        day = published.with(TemporalAdjusters.nextOrSame(weekday));
        ahead = true;
      } else {
        day = published.with(TemporalAdjusters.previousOrSame(weekday));
      }
      LocalDate written = relative == null && ctx.zones.at(m.start()) == Zone.HEADLINE
          ? writtenDayOf(ctx, weekday, published) : null;
      if (written != null) {
        // a headline's weekday alone ('60 Nelayan Pulang Jumat') is the day the body writes in
        // full with that weekday ('pada Jumat (20/11/2026)'), whichever side of publication
        day = written;
        ahead = written.isAfter(published);
      }
      date = day.toString();
    } else if (relative != null && published != null) {
      date = switch (relative) {
        case "today" -> published.toString();
        case "yesterday" -> published.minusDays(1).toString();
        case "last month" -> published.minusMonths(1).toString().substring(0, 7);
        case "last year" -> String.valueOf(published.getYear() - 1);
        case "this month" -> published.toString().substring(0, 7);
        case "this year" -> String.valueOf(published.getYear());
        default -> null;
      };
    }
    if (!preview && !saying && relative == null && group(m, "day") != null
        && afterPublication(date, published) && Hedges.ahead(ctx, sentence, m.start())) {
      // 'akan memulangkan 60 nelayan pada Jumat (20/11/2026)', 'will cross on Friday, Nov. 20'
      // in an article that is no preview: a written day to come, after the publication day, is
      // when something is planned, never the day of the event the article reports
      ahead = true;
    }
    if (due && year == null && date != null && date.length() == 10 && published != null
        && group(m, "day") != null && LocalDate.parse(date).isBefore(published)) {
      // 'paling lambat 1 Maret' written in December: a deadline lies ahead, in the next year
      try {
        date = LocalDate.parse(date).plusYears(1).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }
    Boolean consistent = null;
    if (weekday != null && date != null && date.length() == 10 && group(m, "day") != null) {
      consistent = LocalDate.parse(date).getDayOfWeek() == weekday;
    }
    String event = saying ? null : events.eventOfDayOrPlace(sentence, m.start(), m.end());
    String named = group(m, "event") != null ? events.eventAt(sentence, m.start("event")) : null;
    if (named != null) {
      event = named; // 'said on Tuesday after talks with …': the rule names the day's event
    }
    if (preview && !events.namesEvent(sentence)) {
      event = null; // in a preview, only a clause that names the event dates it
    }
    // only a day can date the main event: a month or a year alone dates something around it
    boolean dayLevel = weekday != null || group(m, "day") != null
        || "today".equals(relative) || "yesterday".equals(relative);
    boolean main = dayLevel && events.isMainDate(event, sentence) && !(ahead && !preview)
        && (!afterRangeMarker(ctx, sentence, m.start()) || possessiveOfEvent(ctx, events, sentence, m))
        && ctx.quotationAt(m.start()) == null
        && tiedToEvent(ctx, events, sentence, m, preview)
        && !(preview && beforePublication(date, published))
        && !longBeforePublication(date, published);
    if (!main && event != null
        && events.eventWithin(sentence, m.start(), m.end(), Integer.MAX_VALUE, Integer.MAX_VALUE) == null
        && (ctx.quotationAt(m.start()) != null || isSayingDate(ctx, events, sentence, m.start())
            || speechVerbAfter(ctx, m.end()) || !preview && Hedges.expected(ctx, sentence, m.start()))) {
      // the day something was said, in a sentence that names no event ('ujar Syamsul di
      // kantornya, Jumat pagi'), a day in a quotation, or a day planned in an article that is no
      // preview ('is scheduled to announce the official result on December 5'): the main event
      // was only the fallback, and such a day is no evidence of the event's
      event = null;
    }
    if (due) {
      event = null; // a deadline dates no event that happened, and never the main one
      main = false;
    }
    return Draft.of(ClaimType.EVENT_DATE,
        new EventDateValue(event, main, date,
            weekday == null ? null : weekday.name(), consistent, monthDay, relative, endDate,
            otherZoneDate(ctx, sentence, m.end(), date), due ? Boolean.TRUE : null),
        m.start(), m.end(), ruleName("date", rule));
  }

  /**
   * Whether a date's only event word stands after it in a later clause (past a comma or
   * semicolon) that gives a day of its own ('The festival on the field began on Saturday, Nov. 28,
   * and the crush happened at about 12:15 a.m. on Sunday, Nov. 29'): the event's day is the later
   * one, and the earlier date is another happening's (the festival's start).
   */
  private static boolean laterClauseHasItsOwnDay(ArticleContext ctx, Events events,
      Sentence sentence, Matcher m) {
    if (events.eventBetween(sentence, sentence.start(), m.start())) {
      return false;
    }
    java.util.List<Events.Span> after = events.eventsBetween(sentence, m.end(), sentence.end());
    if (after.isEmpty()) {
      return false;
    }
    Events.Span first = after.get(0);
    String between = ctx.text.substring(m.end(), first.start());
    if (between.indexOf(',') < 0 && between.indexOf(';') < 0) {
      return false;
    }
    Pattern day = ctx.rules.pattern("date-later-clause-day", lexicon -> Pattern.compile(
        "(?<![\\p{L}])" + WordPatterns.alternation(java.util.stream.Stream.concat(
            ctx.rules.calendar().weekdayWords().stream(),
            ctx.rules.calendar().monthWords().stream()).toList()) + "(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    Matcher d = day.matcher(ctx.text).region(first.end(), sentence.end());
    while (d.find()) {
      if (Character.isUpperCase(ctx.text.charAt(d.start()))) {
        return true; // a weekday or month is written capitalised ('may' is no month)
      }
    }
    return false;
  }

  /** A possessive right after a date ('Friday's '). */
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s+");

  /**
   * Whether a date is a possessive that modifies an event word ('the death toll from Friday's
   * collision'): it names the day of that event, whatever word stands before it ('from' opens no
   * span of time here).
   */
  private static boolean possessiveOfEvent(ArticleContext ctx, Events events, Sentence sentence,
      Matcher m) {
    Matcher after = POSSESSIVE.matcher(ctx.text).region(m.end(), sentence.end());
    return after.lookingAt() && events.eventBetween(sentence, after.end(),
        Math.min(sentence.end(), after.end() + EVENT_WORD_CHARS));
  }

  /** The most characters of the event word after a possessive date ('collision'). */
  private static final int EVENT_WORD_CHARS = 30;

  /**
   * Whether a date ends more than {@value #BACKGROUND_YEARS} year before the publication day:
   * news reports its event within days, so such a date is a background event's, a precedent
   * or an anniversary ('126 people died in a crush at the Accra stadium on May 9, 2001', 'the
   * 2018 quake'), never the main event's. A date of the year before still may be ('on Dec. 30,
   * 2025' in an article of January 2026).
   */
  static boolean longBeforePublication(@Nullable String date, @Nullable LocalDate published) {
    if (date == null || published == null) {
      return false;
    }
    LocalDate last;
    try {
      last = switch (date.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(date), Month.DECEMBER, 31);
        case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
        case 10 -> LocalDate.parse(date);
        default -> null;
      };
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
    return last != null && last.plusYears(BACKGROUND_YEARS).isBefore(published);
  }

  /** How many years before the publication day a date may end and still date the main event. */
  private static final int BACKGROUND_YEARS = 1;

  /**
   * Whether a full date falls before the publication day: in a preview, whose event is still to
   * come, such a date is an earlier stage or a background event ('Pada sidang tuntutan, Kamis
   * (15/10)' in a preview of the verdict), never the event's.
   */
  private static boolean beforePublication(@Nullable String date, @Nullable LocalDate published) {
    return date != null && date.length() == 10 && published != null
        && LocalDate.parse(date).isBefore(published);
  }

  /** How many days either side of the publication day a headline's weekday may name. */
  private static final int HEADLINE_WEEKDAY_DAYS = 6;

  /**
   * The day the article writes in full with the given weekday, in numbers ('Jumat (20/11/2026)',
   * 'Friday (20/11)'), within {@link #HEADLINE_WEEKDAY_DAYS} of the publication day and on that
   * weekday: the first such in the text, or null when none is written.
   */
  private static @Nullable LocalDate writtenDayOf(ArticleContext ctx, DayOfWeek weekday,
      LocalDate published) {
    Pattern full = ctx.rules.pattern("date-written-weekday-day", lexicon -> Pattern.compile(
        "(?<![\\p{L}])(" + ctx.rules.calendar().weekdayPattern()
            + ")[,\\s]*\\(?\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?(?![\\d/])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    Matcher d = full.matcher(ctx.text);
    while (d.find()) {
      if (ctx.rules.calendar().weekday(d.group(1)).orElse(null) != weekday) {
        continue;
      }
      try {
        int year = d.group(4) == null ? published.getYear()
            : d.group(4).length() == 2 ? 2000 + Integer.parseInt(d.group(4))
            : Integer.parseInt(d.group(4));
        LocalDate day = LocalDate.of(year, Integer.parseInt(d.group(3)),
            Integer.parseInt(d.group(2)));
        if (day.getDayOfWeek() == weekday
            && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(published, day))
                <= HEADLINE_WEEKDAY_DAYS) {
          return day;
        }
      } catch (DateTimeException e) {
        // not a day of the calendar: look further
      }
    }
    return null;
  }

  /** Whether a full date falls after the publication day (a day to come when it was written). */
  private static boolean afterPublication(@Nullable String date, @Nullable LocalDate published) {
    return date != null && date.length() == 10 && published != null
        && LocalDate.parse(date).isAfter(published);
  }

  /**
   * Whether the clause ties a date to the event it names, so that it may date the main event. It
   * does not when the sentence names no event at all (the day villages were still cut off, the
   * day of the next fixture), when the date is the day something was said ('kata X di Ambon,
   * Senin', 'X di Ambon, Senin, mengatakan', 'told reporters in Palu on Thursday'), when it is
   * the time a figure is stated for ('naik menjadi 31 orang pada Rabu', 'hingga pukul 16.00 WITA,
   * Rabu'), when its clause is about another happening ({@link #datesAnotherHappening}: 'dibuka
   * kembali Senin'), when it is promised or planned in an article that is no preview ('berjanji bantuan
   * tiba Rabu'), or when it stands in a photo caption (the day the photo was taken).
   */
  private static boolean tiedToEvent(ArticleContext ctx, Events events, Sentence sentence,
      Matcher m, boolean preview) {
    if (events.eventWithin(sentence, m.start(), m.end(), Integer.MAX_VALUE, Integer.MAX_VALUE)
        == null && !isLead(ctx, sentence)
        && (!afterListWord(ctx, sentence, m.start(), LanguageFile.OCCURRENCE_VERBS, OCCURRENCE_REACH)
            // 'when it was struck on Nov. 14': what was hit, not the event happening
            || ctx.rules.lexicon().has(LanguageFile.PASSIVE_IMPACTS) && afterListWord(ctx,
                sentence, m.start(), LanguageFile.PASSIVE_IMPACTS, OCCURRENCE_REACH))) {
      // only the lead, or a verb of happening ('yang digelar pada Rabu'), dates the main event
      // without naming it
      return false;
    }
    if (laterClauseHasItsOwnDay(ctx, events, sentence, m)) {
      return false; // 'The festival began on Saturday, and the crush happened on Sunday'
    }
    // a rule that names the day's event after the day ('said on Tuesday after talks', 'kata …
    // pada Selasa usai perundingan') dates that event, though the day is also when it was said
    boolean named = group(m, "event") != null;
    if (!named && isSayingDate(ctx, events, sentence, m.start())
            && closeAttribution(ctx, sentence, m.start())
        || speechVerbAfter(ctx, m.end())
            && events.eventWithin(sentence, m.start(), m.end(), EVENT_BEFORE_SPEECH, 0) == null) {
      return false;
    }
    if (developmentVerbAfter(ctx, m.end())
        && events.eventWithin(sentence, m.start(), m.end(), EVENT_BEFORE_SPEECH, 0) == null) {
      return false; // 'authorities on Friday lowered the toll', 'Polisi pada Senin mengatakan'
    }
    if (datesAnotherHappening(ctx, events, sentence, m.start(), m.end())) {
      return false; // 'dibuka kembali Senin, sehari setelah pesawat tergelincir': the reopening's
    }
    if (afterClockOfFigure(ctx, sentence, m.start()) || afterRevision(ctx, events, sentence, m.start())
        || afterRevisedCountOfEvent(ctx, events, sentence, m.start())
        || ZONED_CLOCK_BEFORE.matcher(ctx.text)
            .region(Math.max(sentence.start(), m.start() - ZONED_CLOCK_REACH), m.start()).find()) {
      return false;
    }
    if (!preview && Hedges.expected(ctx, sentence, m.start())) {
      return false;
    }
    return ctx.zones.at(m.start()) != Zone.CAPTION;
  }

  /** How far a date's clause may reach either side of it, in characters. */
  private static final int CLAUSE_REACH = 120;

  /**
   * Whether the date's clause (bounded by words of {@code event-clause-breakers.txt}: 'setelah',
   * 'after', 'dan') is about another happening than an event word names: a verb of {@code
   * aftermath-verbs.txt} stands nearer before the date than any event word ('Bandara itu dibuka
   * kembali Senin, sehari setelah pesawat tergelincir pada Minggu', 'The airport reopened on
   * Monday, a day after …'), or, when the clause holds neither before the date, right after it
   * ('Senin (16/11), bandara kembali dibuka'). Such a date is that happening's, not the event's.
   */
  static boolean datesAnotherHappening(ArticleContext ctx, Events events, Sentence sentence,
      int start, int end) {
    Pattern breakers = ctx.rules.pattern("date-clause-breakers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS))));
    Pattern verbs = ctx.rules.pattern("aftermath-verbs", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.AFTERMATH_VERBS))));
    int from = Math.max(sentence.start(), start - CLAUSE_REACH);
    Matcher b = breakers.matcher(ctx.text).region(from, start);
    while (b.find()) {
      from = b.end();
    }
    int to = Math.min(sentence.end(), end + CLAUSE_REACH);
    Matcher a = breakers.matcher(ctx.text).region(end, to);
    if (a.find()) {
      to = a.start();
    }
    Matcher v = verbs.matcher(ctx.text).region(from, start);
    int last = -1;
    while (v.find()) {
      last = v.end();
    }
    if (last >= 0) {
      return !events.eventBetween(sentence, last, start);
    }
    if (events.eventBetween(sentence, from, start)) {
      return false;
    }
    // after the date: anywhere in the clause when the date opens it ('Pada Senin (16/11),
    // bandara kembali dibuka'), else only right after it ('Bandara X, Jumat sore (6/11),
    // sudah beroperasi kembali'); not past a subject of its own ('… pesawat AdamAir Senin pagi,
    // Bandara Hang Nadim Batam dibuka kembali': the date may be the event's)
    v = verbs.matcher(ctx.text).region(end, to);
    return v.find() && !events.eventBetween(sentence, end, v.start())
        && (opensClause(ctx.text, from, start) || v.start() - end <= VERB_AFTER_REACH);
  }

  /** How far after a date that does not open its clause an aftermath verb may start, in characters. */
  private static final int VERB_AFTER_REACH = 12;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

  /** Whether at most one word (a preposition: 'Pada', 'On') stands between a clause's start and a date. */
  private static boolean opensClause(String text, int from, int start) {
    Matcher w = WORD.matcher(text).region(from, start);
    return !(w.find() && w.find());
  }

  /**
   * A clock time in a named zone right before a date ('(2147 GMT Monday)', and in the dotted
   * form inside brackets: '(21.52 GMT Kamis)'): the day in that zone, a conversion for readers
   * elsewhere, not the local day of the event. A dotted clock outside brackets ('pukul 19.30 WIB
   * Senin') is the local time and keeps its day.
   */
  private static final Pattern ZONED_CLOCK_BEFORE = Pattern.compile(
      "(?:(?<![\\d:.])\\d{3,4}|\\(\\s*\\d{1,2}[.:]\\d{2})\\s*\\p{Lu}{3,4}\\s*,?\\s*\\z");
  private static final int ZONED_CLOCK_REACH = 14;

  /**
   * The day a date falls on in another time zone, when a clock time in a named zone with that
   * zone's weekday follows it in brackets ('12:25 a.m. Friday Bali time (1625 GMT Thursday)',
   * 'Jumat (4/12) pukul 00.25 WITA (16.25 GMT Kamis)'): one moment near midnight, a day apart in
   * the two zones. The other day is the day before or after the date that falls on the weekday
   * the conversion names; null when there is none, or the date is not a full one.
   */
  private static @Nullable String otherZoneDate(ArticleContext ctx, Sentence sentence, int end,
      @Nullable String date) {
    if (date == null || date.length() != 10) {
      return null;
    }
    Pattern conversion = ctx.rules.pattern("zone-conversion-after", lexicon -> Pattern.compile(
        "(?:[^.;()\"“”]|(?<=\\d)[.:](?=\\d)){0," + ZONE_CONVERSION_REACH + "}?\\(\\s*(?:(?<![\\d:.])\\d{3,4}|\\d{1,2}[.:]\\d{2})"
            + "\\s*\\p{Lu}{3,4}\\s*,?\\s*(?<weekday>" + ctx.rules.calendar().weekdayPattern()
            + ")\\s*\\)"));
    Matcher c = conversion.matcher(ctx.text).region(end, sentence.end());
    if (!c.lookingAt()) {
      return null;
    }
    DayOfWeek other = ctx.rules.calendar().weekday(c.group("weekday")).orElse(null);
    try {
      LocalDate day = LocalDate.parse(date);
      for (int shift : new int[] {-1, 1}) {
        if (day.plusDays(shift).getDayOfWeek() == other) {
          return day.plusDays(shift).toString();
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** How far after a date its conversion to another zone may stand ('Bali time', 'pukul 00.25 WITA'). */
  private static final int ZONE_CONVERSION_REACH = 30;

  /**
   * Whether a sentence is the article's lead, the first one that ends in the body: news writing
   * puts the main event's 'when' there, often without naming the event by a word of events.txt
   * ('The court on Thursday sentenced …', 'Kapal … tenggelam … pada Kamis (14/5/2026) malam').
   */
  private static boolean isLead(ArticleContext ctx, Sentence sentence) {
    for (Sentence s : ctx.sentences) {
      if (s.end() > s.start() && ctx.zones.at(s.end() - 1) == Zone.BODY) {
        return s.index() == sentence.index();
      }
      if (s.index() >= sentence.index()) {
        return false;
      }
    }
    return false;
  }

  /** The most lower-case words longer than three letters an attribution may hold before its date. */
  private static final int ATTRIBUTION_COMMON_WORDS = 1;

  /**
   * Where the last word of {@code speech-verbs.txt} or {@code reporting-verbs.txt} ends within
   * {@code SAYING_REACH} characters before {@code dateStart} in its sentence, or -1.
   */
  private static int lastSayingVerbEnd(ArticleContext ctx, Sentence sentence, int dateStart) {
    Pattern verbs = ctx.rules.pattern("saying-verbs", lexicon -> Pattern.compile(
        WordPatterns.prefixAlternation(java.util.stream.Stream.concat(
            lexicon.list(LanguageFile.SPEECH_VERBS).stream(), lexicon.list(LanguageFile.REPORTING_VERBS).stream())
            .toList()) + ctx.rules.morphology().optionalEnclitic() + "(?![\\p{L}])"));
    int from = Math.max(sentence.start(), dateStart - SAYING_REACH);
    Matcher v = verbs.matcher(ctx.text).region(from, dateStart);
    int lastEnd = -1;
    while (v.find()) {
      lastEnd = v.end();
    }
    return lastEnd;
  }

  /**
   * Whether the stretch from the last speech verb to the date is an attribution's tail: names,
   * a place and short words ('kata Kepala BNPB Arief di Mamasa, Rabu', 'told reporters in Palu
   * on Thursday'), not a clause of its own ('menyebut kemenangan atas Oman di GBK, Selasa').
   */
  static boolean closeAttribution(ArticleContext ctx, Sentence sentence, int dateStart) {
    int lastEnd = lastSayingVerbEnd(ctx, sentence, dateStart);
    if (lastEnd < 0) {
      return false;
    }
    java.util.Set<String> roles = attributionWords(ctx);
    // a speaker's title written in lower case ('kata juru bicara Kemlu RI Arif Saragih di
    // Jakarta', 'said the foreign minister in Jakarta': titles.txt) belongs to the attribution
    Pattern titles = ctx.rules.pattern("attribution-titles", lexicon -> Pattern.compile(
        "(?<![\\p{L}])" + WordPatterns.alternation(lexicon.list(LanguageFile.TITLES))
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    String stretch = titles.matcher(ctx.text.substring(lastEnd, dateStart)).replaceAll(" ");
    int common = 0;
    Matcher w = COMMON_WORD.matcher(stretch);
    while (w.find()) {
      if (!roles.contains(w.group().toLowerCase(Locale.ROOT))) {
        common++;
      }
    }
    return common <= ATTRIBUTION_COMMON_WORDS;
  }

  /**
   * Lower-case words an attribution's tail may hold without becoming a clause of its own: a
   * speaker's title ({@code titles.txt}) and its portfolio ({@code title-portfolios.txt}) when
   * no name follows ('kata pejabat kesehatan pada Minggu', 'said health officials on Sunday'),
   * and the date's own preposition ({@code date-prepositions.txt}). One-word entries only.
   */
  private static java.util.Set<String> attributionWords(ArticleContext ctx) {
    return ctx.rules.cached("date-attribution-words", lexicon -> java.util.stream.Stream.of(
            LanguageFile.TITLES, LanguageFile.TITLE_PORTFOLIOS, LanguageFile.DATE_PREPOSITIONS)
        .flatMap(file -> lexicon.list(file).stream())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .filter(word -> word.chars().allMatch(Character::isLetter))
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  private static final Pattern COMMON_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}{4,}(?![\\p{L}])");

  /** How far a clock time of a figure ('hingga pukul 16.00 WITA, ') may reach before a date. */
  private static final int FIGURE_CLOCK_REACH = 45;

  /**
   * Whether a figure-time or range marker and a clock time stand right before the date
   * ('per pukul 08.00 WITA, Kamis', 'hingga pukul 16.00 WITA, Rabu'): the time of a figure.
   */
  private static boolean afterClockOfFigure(ArticleContext ctx, Sentence sentence, int start) {
    Pattern clock = ctx.rules.pattern("figure-clock-before-date", lexicon -> Pattern.compile(
        "(?:" + WordPatterns.alternation(java.util.stream.Stream.concat(
            lexicon.list(LanguageFile.FIGURE_TIME_MARKERS).stream(),
            lexicon.list(LanguageFile.DATE_RANGE_MARKERS).stream()).toList())
            + ")\\s+(?:\\p{L}+\\s+)?\\d{1,2}[.:]\\d{2}(?:\\s*\\p{L}{1,5}\\.?){0,2}\\s*,?\\s*\\z"));
    int from = Math.max(sentence.start(), start - FIGURE_CLOCK_REACH);
    return clock.matcher(ctx.text).region(from, start).find();
  }

  /** How far before a date a revision ('bertambah menjadi 31 orang pada') may stand. */
  private static final int REVISION_REACH = 60;

  /**
   * Whether a revision of a figure ('naik menjadi 31 orang pada Rabu', 'rose to 15 on Monday')
   * stands shortly before the date with no event word between: the date is the figure's.
   */
  private static boolean afterRevision(ArticleContext ctx, Events events, Sentence sentence,
      int start) {
    Pattern revisions = ctx.rules.pattern("revision-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.REVISION_MARKERS))));
    int from = Math.max(sentence.start(), start - REVISION_REACH);
    Matcher r = revisions.matcher(ctx.text).region(from, start);
    int last = -1;
    while (r.find()) {
      last = r.end();
    }
    return last >= 0 && !events.eventBetween(sentence, last, start);
  }

  /**
   * What may stand between a revision verb and a counted noun ('jumlah'), and between that noun
   * and the event word that names what the count is of ('tragedi', 'from a'): up to two words.
   */
  private static final String COUNT_WORDS = "(?:\\s+\\p{L}[\\p{L}-]*){0,2}";

  /**
   * Whether the only event word between a revision and the date names what the revised count is
   * of ('Dinas Kesehatan merevisi jumlah korban meninggal dunia tragedi desak-desakan di Lapangan
   * X, Makassar, pada Senin'): a word of counted-nouns.txt stands up to two words after the
   * revision word and the event word up to two words after it. The date is the revision's, not
   * the event's, however far the place between them reaches.
   */
  private static boolean afterRevisedCountOfEvent(ArticleContext ctx, Events events,
      Sentence sentence, int start) {
    Pattern revisions = ctx.rules.pattern("revision-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.REVISION_MARKERS))));
    Matcher r = revisions.matcher(ctx.text).region(sentence.start(), start);
    int last = -1;
    while (r.find()) {
      last = r.end();
    }
    if (last < 0) {
      return false;
    }
    java.util.List<Events.Span> between = events.eventsBetween(sentence, last, start);
    if (between.size() != 1) {
      return false;
    }
    Pattern countOf = ctx.rules.pattern("date-revised-count-of-event", lexicon -> Pattern.compile(
        "^" + COUNT_WORDS + "?\\s+"
            + WordPatterns.alternation(lexicon.words(LanguageFile.COUNTED_NOUNS))
            + "(?![\\p{L}])" + COUNT_WORDS + "\\s+$"));
    return countOf.matcher(ctx.text).region(last, between.get(0).start()).find();
  }

  /**
   * How far before a date followed by a speech verb an event word ties it to the event anyway
   * ('Ketua Majelis Hakim dalam sidang di Jakarta, Kamis, menyatakan …': said at the hearing).
   */
  private static final int EVENT_BEFORE_SPEECH = 60;

  /** How far after a date a speech verb may stand ('di Ambon, Senin, mengatakan'), in characters. */
  private static final int SPEECH_AFTER_REACH = 4;

  /** Whether a speech or reporting verb follows the date right after a comma. */
  static boolean speechVerbAfter(ArticleContext ctx, int end) {
    Pattern verbs = ctx.rules.pattern("saying-verbs-after", lexicon -> Pattern.compile(
        "\\s*,\\s{0," + SPEECH_AFTER_REACH + "}" + WordPatterns.prefixAlternation(
            java.util.stream.Stream.concat(lexicon.list(LanguageFile.SPEECH_VERBS).stream(),
                lexicon.list(LanguageFile.REPORTING_VERBS).stream()).toList())
            + ctx.rules.morphology().optionalEnclitic() + "(?![\\p{L}])"));
    return verbs.matcher(ctx.text).region(end, ctx.text.length()).lookingAt();
  }

  /**
   * Whether the word right after the date, with no comma between, is the verb of a development
   * whose subject stands before the date: a word of {@code speech-verbs.txt} or {@code
   * reporting-verbs.txt} ('Police on Monday said', 'Polisi pada Senin mengatakan') or of {@code
   * revision-markers.txt} ('authorities on Friday lowered the death toll', 'on Monday revised').
   * The date is when something was said or a count changed, not when the event happened. (A
   * comma before a speech verb is {@link #speechVerbAfter}.)
   */
  static boolean developmentVerbAfter(ArticleContext ctx, int end) {
    Pattern verbs = ctx.rules.pattern("development-verbs-after", lexicon -> Pattern.compile(
        "[ \\t]{1,3}(?:" + WordPatterns.prefixAlternation(
            java.util.stream.Stream.concat(lexicon.list(LanguageFile.SPEECH_VERBS).stream(),
                lexicon.list(LanguageFile.REPORTING_VERBS).stream()).toList())
            + ctx.rules.morphology().optionalEnclitic() + "|"
            + WordPatterns.alternation(lexicon.list(LanguageFile.REVISION_MARKERS))
            + ")(?![\\p{L}])"));
    return verbs.matcher(ctx.text).region(end, ctx.text.length()).lookingAt();
  }

  /**
   * Whether a weekday name and the word after it start a relative or due phrase ('Minggu depan',
   * 'Minggu lalu' at the start of a sentence): a weekday that doubles as 'week'.
   */
  private static boolean startsPeriodPhrase(ArticleContext ctx, String weekday, String text, int at) {
    java.util.Set<String> phrases = ctx.rules.cached("period-phrase-starts", lexicon -> {
      java.util.Set<String> starts = new java.util.HashSet<>();
      for (LanguageFile list : List.of(LanguageFile.RELATIVE_DATES, LanguageFile.DUE_EXPRESSIONS)) {
        for (String phrase : lexicon.words(list)) {
          String[] words = Texts.key(phrase).split(" ");
          if (words.length >= 2) {
            starts.add(words[0] + " " + words[1]);
          }
        }
      }
      return java.util.Set.copyOf(starts);
    });
    int from = at;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return phrases.contains(Texts.key(weekday) + " " + Texts.key(text.substring(from, to)));
  }

  /** Whether a word of deadline-markers.txt ('paling lambat') stands right before the date. */
  private static boolean afterDeadlineMarker(ArticleContext ctx, Sentence sentence, int start) {
    return afterListWord(ctx, sentence, start, LanguageFile.DEADLINE_MARKERS, DEADLINE_MARKER_REACH);
  }

  /**
   * Whether the date is a deadline: a word of deadline-markers.txt stands right before it, with
   * nothing but white space between ('paling lambat Jumat', 'paling lambat hari Sabtu' through its
   * own entry, 'by Friday, Dec. 4', 'no later than March 1, 2027'). A marker of
   * deadline-cued-markers.txt ('by', 'before', 'sebelum') also says where a count stood or what
   * came first ('By Monday morning the toll had risen'), so it makes a deadline only when a word of
   * future-cues.txt or deadline-duties.txt stands before it in the sentence ('the province would
   * pay … by Friday', 'must be registered by Friday').
   */
  private static boolean isDeadline(ArticleContext ctx, Sentence sentence, int start) {
    Pattern markers = ctx.rules.pattern("deadline-right-before", lexicon -> Pattern.compile(
        "(?<![\\p{L}\\d])(" + WordPatterns.alternation(lexicon.list(LanguageFile.DEADLINE_MARKERS))
            + ")\\s+\\z"));
    int from = Math.max(sentence.start(), start - DEADLINE_MARKER_REACH);
    Matcher m = markers.matcher(ctx.text).region(from, start);
    if (!m.find()) {
      return false;
    }
    if (!ctx.rules.lexicon().set(LanguageFile.DEADLINE_CUED_MARKERS).contains(Texts.key(m.group(1)))) {
      return true;
    }
    Pattern cues = ctx.rules.pattern("deadline-cues", lexicon -> Pattern.compile(
        WordPatterns.alternation(java.util.stream.Stream.concat(
            lexicon.list(LanguageFile.FUTURE_CUES).stream(),
            lexicon.list(LanguageFile.DEADLINE_DUTIES).stream()).toList())));
    return cues.matcher(ctx.text).region(sentence.start(), m.start()).find();
  }

  /** Whether a word of date-range-markers.txt ('sejak') stands right before the date. */
  private static boolean afterRangeMarker(ArticleContext ctx, Sentence sentence, int start) {
    return afterListWord(ctx, sentence, start, LanguageFile.DATE_RANGE_MARKERS, RANGE_MARKER_REACH);
  }

  /**
   * Whether a word of a list stands right before {@code start} (one more word may stand between),
   * within {@code reach} characters and the sentence.
   */
  private static boolean afterListWord(ArticleContext ctx, Sentence sentence, int start,
      LanguageFile list, int reach) {
    Pattern markers = ctx.rules.pattern("word-before:" + list, lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(list)) + "\\s+(?:\\p{L}+\\s+)?\\z"));
    CharTrie words = ctx.rules.cached("words:" + list,
        lexicon -> CharTrie.of(lexicon.list(list), true));
    int from = Math.max(sentence.start(), start - reach);
    String window = ctx.text.substring(from, start);
    // find() would try every character; a match starts only where a word of the list can
    Matcher m = null;
    for (int at = 0; at < window.length(); at++) {
      if ((at == 0 || !Character.isLetterOrDigit(window.charAt(at - 1)))
          && words.mayStartAt(window, at, window.length())) {
        if (m == null) {
          m = markers.matcher(window);
        }
        if (m.region(at, window.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDeictic(ArticleContext ctx, String phrase) {
    String p = Texts.key(phrase);
    return ctx.rules.lexicon().set(LanguageFile.DEICTIC_DATES).contains(p);
  }

  /**
   * The longest stretch between a citation cue and a date that can hold the cited name (at most
   * five words: 'dilansir dari The Sydney Morning Herald, Sabtu'); a longer one is not read.
   */
  private static final int MAX_CITED_NAME_CHARS = 150;

  /**
   * A date that stands right after a citation ('dilansir dari X, Sabtu, 22 Januari 2022'). The
   * sentence's citation cues are found once ({@link #citationCues}); each date looks up the last
   * one before it, so a sentence of many dates costs linear time, not a rescan per date.
   */
  private static boolean isCitationDate(ArticleContext ctx, Sentence sentence, int dateStart) {
    int[] cues = ctx.perSentence("citation-cues", sentence, s -> citationCues(ctx, s));
    // the last cue that starts before the date and ends by it (cues are in order of start)
    int lo = 0;
    int hi = cues.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cues[2 * mid] < dateStart) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int lastCueEnd = -1;
    for (int i = lo - 1; i >= 0; i--) {
      if (cues[2 * i + 1] <= dateStart) {
        lastCueEnd = cues[2 * i + 1];
        break;
      }
    }
    if (lastCueEnd < 0 || dateStart - lastCueEnd > MAX_CITED_NAME_CHARS) {
      return false;
    }
    return CITED_NAME.matcher(ctx.text).region(lastCueEnd, dateStart).matches();
  }

  /**
   * The citation cues of a sentence as {start, end} pairs in order, tried only at words that can
   * begin one (a scan of every character costs more than the rest of the date's checks).
   */
  private static int[] citationCues(ArticleContext ctx, Sentence sentence) {
    Pattern cues = ctx.rules.pattern("citation-cues",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.list(LanguageFile.CITATION_CUES))));
    java.util.Set<String> firstWords = ctx.rules.firstWords(LanguageFile.CITATION_CUES);
    SentenceWords words = ctx.words(sentence);
    Matcher c = null;
    int[] found = new int[8];
    int n = 0;
    for (int k = 0; k < words.size(); k++) {
      if (firstWords.contains(words.lower(k))) {
        if (c == null) {
          c = cues.matcher(ctx.text);
          c.useTransparentBounds(true);
        }
        c.region(words.start(k), sentence.end());
        if (c.lookingAt()) {
          if (n + 2 > found.length) {
            found = java.util.Arrays.copyOf(found, found.length * 2);
          }
          found[n++] = c.start();
          found[n++] = c.end();
        }
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /**
   * Whether a word of {@code clock-words.txt} follows the date ('Selasa (5/3/2024) pukul 00.00'):
   * a time in the story, not a publication stamp.
   */
  private static boolean clockWordAfter(ArticleContext ctx, int at) {
    Pattern clock = ctx.rules.pattern("clock-words", lexicon -> Pattern.compile(
        "[\\s,]*" + WordPatterns.alternation(lexicon.list(LanguageFile.CLOCK_WORDS))));
    return clock.matcher(ctx.text).region(at, ctx.text.length()).lookingAt();
  }

  /** How far before a date the speech verb of its attribution may stand, in characters. */
  private static final int SAYING_REACH = 100;

  /**
   * Whether a date closes a speech's attribution: a word of {@code speech-verbs.txt} or
   * {@code reporting-verbs.txt} stands shortly before it in its sentence, with no event word and
   * no quotation between ('…, kata Menteri X di Berlin, Senin (10/4/2023)'): the day it was said.
   */
  static boolean isSayingDate(ArticleContext ctx, Events events, Sentence sentence,
      int dateStart) {
    int lastEnd = lastSayingVerbEnd(ctx, sentence, dateStart);
    if (lastEnd < 0 || events.eventBetween(sentence, lastEnd, dateStart)) {
      return false;
    }
    for (int i = lastEnd; i < dateStart; i++) {
      if (ctx.quotationAt(i) != null) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Integer parseYear(@Nullable String year) {
    if (year == null) {
      return null;
    }
    int y = Integer.parseInt(year);
    return year.length() == 2 ? 2000 + y : y;
  }

  /** The publication year, else the year most often written in the article's numeric dates. */
  static @Nullable Integer referenceYear(ArticleContext ctx) {
    return ctx.referenceYear(() -> computeReferenceYear(ctx));
  }

  private static @Nullable Integer computeReferenceYear(ArticleContext ctx) {
    Integer published = ctx.publishedYear();
    if (published != null) {
      return published;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = SLASH_YEAR.matcher(ctx.text).useTransparentBounds(true);
    // the pattern starts with a look-behind, which a regex search would try at every character:
    // try it only at slashes
    for (int slash = ctx.text.indexOf('/'); slash >= 0; slash = ctx.text.indexOf('/', slash + 1)) {
      if (m.region(slash, ctx.text.length()).lookingAt()) {
        counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
