package dev.claimdiff.extract.discourse;

import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a figure is stated for, and whether it revises an earlier one: the time after a word of
 * {@code asof-markers.txt} in the figure's sentence ({@code hingga Senin (10/4) pukul 19.30 WIB},
 * {@code per Senin malam}), resolved against the publication day, else the publication day when
 * a word of {@code asof-now.txt} says the figure is the latest ({@code hingga kini}); and the
 * words of {@code revision-markers.txt} nearest to it ({@code bertambah menjadi}).
 */
public final class FigureTimes {
  /** How far before a figure revision words may stand, and how far after it. */
  private static final int REVISION_BEFORE = 80;
  private static final int REVISION_AFTER = 40;
  /** How far before the old figure of a change ('dari tujuh menjadi enam') revision words may stand. */
  private static final int REVISION_BEFORE_CHANGE = 160;

  /** A number right after revision words (one word may stand between): their own figure. */
  private static final Pattern NEXT_FIGURE =
      Pattern.compile("\\s*(?:\\p{L}+\\s+)?\\d", Pattern.UNICODE_CHARACTER_CLASS);

  /** The widest gap between the clocks of one country's time zones (WIB to WIT). */
  private static final int ZONE_SPREAD_MINUTES = 120;

  private FigureTimes() {}

  private static Pattern timePattern(ArticleContext ctx) {
    return ctx.rules.pattern("asof-time", lexicon -> Pattern.compile(
        "(?<marker>" + WordPatterns.alternation(lexicon.list(LanguageFile.ASOF_MARKERS)) + ")"
            + "\\s+(?:" + wordsOrNever(lexicon.list(LanguageFile.ASOF_DAY_WORDS)) + "\\s+)?"
            + "(?:(?<weekday>" + ctx.rules.calendar().weekdayPattern() + ")\\s*,?\\s*)?"
            + "(?:\\(?(?<day>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{2,4}))?\\)?\\s*"
            + "|(?<wday>\\d{1,2})\\s+(?<monthname>" + ctx.rules.calendar().monthPattern() + ")"
            + "(?:\\s+(?<wyear>\\d{4}))?\\s*)?"
            + "(?<part>" + WordPatterns.alternation(lexicon.list(LanguageFile.TIMES_OF_DAY)) + ")?\\s*"
            + "(?:(?:" + wordsOrNever(lexicon.list(LanguageFile.ASOF_CLOCK_WORDS)) + "\\s+)?"
            + "(?<fhour>\\d{1,2})(?:[.:](?<fminute>\\d{2}))?\\s*(?<form>"
            + clockForms(lexicon, "+") + ")"
            + "|" + wordsOrNever(lexicon.list(LanguageFile.ASOF_CLOCK_WORDS))
            + "\\s+(?<hour>\\d{1,2})[.:](?<minute>\\d{2})(?!\\d)"
            + "|(?<whole>" + clockForms(lexicon, "=") + "))?"
            + "(?:\\s*,?\\s*(?:" + wordsOrNever(lexicon.list(LanguageFile.ASOF_DAY_WORDS))
            + "\\s+)?(?<dayafter>" + ctx.rules.calendar().weekdayPattern() + "))?",
        Pattern.CASE_INSENSITIVE));
  }

  /**
   * The clock forms of {@code clock-forms.txt} whose key starts with {@code sign} ('+': after an
   * hour, '=': a whole time) as an alternation that never matches when there are none.
   */
  private static String clockForms(dev.claimdiff.extract.engine.Lexicon lexicon, String sign) {
    java.util.List<String> forms = lexicon.keyed(LanguageFile.CLOCK_FORMS).stream()
        .filter(line -> line.key().startsWith(sign))
        .flatMap(line -> line.words().stream()).toList();
    return forms.isEmpty() ? "(?!)"
        : "(?<![\\p{L}])" + WordPatterns.literalTrie(forms) + "(?![\\p{L}\\d])";
  }

  /**
   * The clock time of a match in minutes after midnight, or null when it names none or an
   * impossible one: '19.30', '7:30 p.m.' (the form's key adds twelve hours), 'noon'.
   */
  private static @Nullable Integer clockMinutes(ArticleContext ctx, Matcher m) {
    if (m.group("hour") != null) {
      int hour = Integer.parseInt(m.group("hour"));
      int minute = Integer.parseInt(m.group("minute"));
      return hour > 23 || minute > 59 ? null : hour * 60 + minute;
    }
    String form = m.group("fhour") != null ? m.group("form") : m.group("whole");
    if (form == null) {
      return null;
    }
    String key = ctx.rules.lexicon().mapping(LanguageFile.CLOCK_FORMS)
        .get(form.toLowerCase(Locale.ROOT));
    if (key == null) {
      return null;
    }
    int shift = Integer.parseInt(key.substring(1).strip());
    if (key.startsWith("=")) {
      return shift * 60;
    }
    int hour = Integer.parseInt(m.group("fhour"));
    int minute = m.group("fminute") == null ? 0 : Integer.parseInt(m.group("fminute"));
    if (hour < 1 || hour > 12 || minute > 59) {
      return null;
    }
    return (hour % 12 + shift) * 60 + minute;
  }

  /** The words of a list as an alternation; a pattern that never matches for an empty list. */
  private static String wordsOrNever(java.util.List<String> words) {
    return words.isEmpty() ? "(?!)" : WordPatterns.alternation(words);
  }

  /** The ISO date or date-time a figure at [start, end) is stated for, or null. */
  public static @Nullable String asOf(ArticleContext ctx, Sentence sentence, int start, int end) {
    SentenceTimes times = ctx.perSentence("figure-times", sentence, s -> SentenceTimes.of(ctx, s));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    // a figure a future cue governs ('would send 1.5 billion rupiah ... by Thursday') is one to
    // come: a time after it in its sentence is when it is due, not when it was counted
    boolean planned = !times.usable().isEmpty() && Hedges.ahead(ctx, sentence, start);
    for (Time time : times.usable()) {
      if (acrossSemicolon(ctx.text, time, start, end) || planned && time.start() >= end) {
        // 'toll rises to eight; KAI pledges compensation by Wednesday': another clause's time
        continue;
      }
      int distance = time.end() <= start ? start - time.end() : Math.max(0, time.start() - end);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = time.resolved();
      }
    }
    if (best != null) {
      return best;
    }
    String heading = underHeading(ctx, start);
    if (heading != null) {
      return heading;
    }
    LocalDate published = ctx.publishedDay();
    return times.now() && published != null ? published.toString() : null;
  }

  /** The longest text between an update heading's word and the separator that ends it. */
  private static final int HEADING_REACH = 60;
  /** The longest text after the word of a heading that gives no clock time ('UPDATE 3-'). */
  private static final int UNTIMED_HEADING_REACH = 12;

  /** An update heading: where it ends in the text, and its time (null when it gives none). */
  private record Heading(int end, @Nullable String resolved) {}

  /**
   * The time of the update heading whose reach covers {@code at}: the last heading of
   * {@code update-headings.txt} ending before it ('Update 23.35 WIB:' and the paragraphs under
   * it, up to the next heading), or null when there is none or that heading gives no time.
   */
  private static @Nullable String underHeading(ArticleContext ctx, int at) {
    java.util.List<Heading> headings = ctx.perArticle("update-headings", () -> headings(ctx));
    String time = null;
    for (Heading h : headings) {
      if (h.end() > at) {
        break;
      }
      time = h.resolved();
    }
    return time;
  }

  /**
   * The update headings of an article in text order: a line of the body that opens (after an
   * optional bracket) with a word of {@code update-headings.txt} and ends, within a few words,
   * at the line's end or at a separator (':', '|', a dash, a closing bracket), with the clock
   * time and the day it names, resolved as in {@link #asOf} but never moved to the day before
   * (an update comes after the first publication).
   */
  private static java.util.List<Heading> headings(ArticleContext ctx) {
    Pattern heading = ctx.rules.pattern("update-heading", lexicon -> Pattern.compile(
        "(?m)^[ \\t]*[(\\[]?(?:" + wordsOrNever(lexicon.list(LanguageFile.UPDATE_HEADINGS))
            + ")(?![\\p{L}\\d])(?<rest>(?:[^\\n:|)\\]\u2013\u2014]|:(?=\\d)){0," + HEADING_REACH + "}?)"
            + "(?:\\s*(?::(?!\\d)|[|)\\]\u2013\u2014])|\\s+-\\s|-(?=\\p{L})|[ \\t]*$)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    Pattern clock = ctx.rules.pattern("update-heading-clock", lexicon -> Pattern.compile(
        "(?<![\\d.:/])(?<hour>\\d{1,2})[.:](?<minute>\\d{2})(?![\\d/])\\s*(?<form>"
            + clockForms(lexicon, "+") + ")?", Pattern.CASE_INSENSITIVE));
    Pattern date = ctx.rules.pattern("update-heading-date", lexicon -> Pattern.compile(
        "(?<![\\d.:])(?<day>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{2,4}))?(?![\\d.:])"
            + "|(?<wday>\\d{1,2})\\s+(?<monthname>" + ctx.rules.calendar().monthPattern()
            + ")\\.?(?:\\s+(?<wyear>\\d{4}))?"
            + "|(?<mname>" + ctx.rules.calendar().monthPattern() + ")\\.?\\s+(?<mday>\\d{1,2})"
            + "(?!\\d)(?:,?\\s+(?<myear>\\d{4}))?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    java.util.List<Heading> found = new java.util.ArrayList<>();
    Matcher m = heading.matcher(ctx.text);
    while (m.find()) {
      dev.claimdiff.extract.Zone zone = ctx.zones.at(m.start("rest"));
      if (zone != dev.claimdiff.extract.Zone.BODY
          && (zone != dev.claimdiff.extract.Zone.MASTHEAD || !bodyBefore(ctx, m.start()))) {
        // a stamp above the body ('Diperbarui 17 Nov 2026 23:35 WIB' under the title) dates
        // the page, not figures under it; a dated stamp inside the body is a heading
        continue;
      }
      Matcher c = clock.matcher(ctx.text).region(m.start("rest"), m.end("rest"));
      if (!c.find()) {
        if (m.end("rest") - m.start("rest") <= UNTIMED_HEADING_REACH) {
          found.add(new Heading(m.end(), null)); // 'UPDATE 3-': ends the previous reach
        }
        continue;
      }
      found.add(new Heading(m.end(), headingTime(ctx, m, c, date)));
    }
    return java.util.List.copyOf(found);
  }

  /** Whether body text stands before {@code at}: the story has begun. */
  private static boolean bodyBefore(ArticleContext ctx, int at) {
    for (Sentence s : ctx.sentences) {
      if (s.start() >= at) {
        return false;
      }
      if (ctx.zones.at(s.start()) == dev.claimdiff.extract.Zone.BODY) {
        return true;
      }
    }
    return false;
  }

  /** The time a heading's clock and date name, or null when it names an impossible one. */
  private static @Nullable String headingTime(ArticleContext ctx, Matcher heading, Matcher c,
      Pattern date) {
    int hour = Integer.parseInt(c.group("hour"));
    int minute = Integer.parseInt(c.group("minute"));
    if (c.group("form") != null) {
      String key = ctx.rules.lexicon().mapping(LanguageFile.CLOCK_FORMS)
          .get(c.group("form").toLowerCase(Locale.ROOT));
      if (key == null || hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + Integer.parseInt(key.substring(1).strip());
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    LocalDate day = ctx.publishedDay();
    Matcher d = date.matcher(ctx.text).region(heading.start("rest"), heading.end("rest"));
    try {
      if (d.find()) {
        String dd = d.group("day") != null ? d.group("day")
            : d.group("wday") != null ? d.group("wday") : d.group("mday");
        String name = d.group("monthname") != null ? d.group("monthname") : d.group("mname");
        Month month = d.group("month") != null ? Month.of(Integer.parseInt(d.group("month")))
            : ctx.rules.calendar().month(name).orElse(null);
        String y = d.group("year") != null ? d.group("year")
            : d.group("wyear") != null ? d.group("wyear") : d.group("myear");
        Integer year = y != null ? Integer.valueOf(y.length() == 2 ? "20" + y : y)
            : ctx.publishedYear();
        day = month == null || year == null ? null
            : LocalDate.of(year, month, Integer.parseInt(dd));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    if (day == null) {
      return null;
    }
    String local = String.format(Locale.ROOT, "%sT%02d:%02d", day, hour, minute);
    java.time.ZoneOffset zone = dev.claimdiff.ingest.MetadataDetector.zoneAfterClock(ctx.text,
        c.end("form") >= 0 ? c.end("form") : c.end("minute"), day.atTime(hour, minute));
    return zone == null ? local : local + (zone.getTotalSeconds() == 0 ? "+00:00" : zone.getId());
  }

  /** The offset a time of {@link #asOf} ends with ({@code +07:00}), or null when it has none. */
  public static @Nullable String offset(@Nullable String asOf) {
    return asOf != null && asOf.length() > OFFSET_AT ? asOf.substring(OFFSET_AT) : null;
  }

  /** A time of {@link #asOf} without its offset: the local date or date-time. */
  public static @Nullable String local(@Nullable String asOf) {
    return asOf != null && asOf.length() > OFFSET_AT ? asOf.substring(0, OFFSET_AT) : asOf;
  }

  /** Where an offset starts in a date-time of {@link #asOf}: after {@code YYYY-MM-DDTHH:MM}. */
  private static final int OFFSET_AT = 16;

  /**
   * Where the words of {@code revision-markers.txt} stand in a sentence ({@link SentenceMatches}:
   * found once per sentence, shared by the figure's revision and the superseded-figure checks).
   */
  public static int[] revisionMarkers(ArticleContext ctx, Sentence sentence) {
    SentenceMatches.Words markers = ctx.rules.cached("sentence-words:revision-markers",
        lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.REVISION_MARKERS)));
    return SentenceMatches.of(ctx, sentence, "revision-markers", markers);
  }

  /** A time named in a sentence, at [start, end), as the ISO date or date-time it resolves to. */
  private record Time(int start, int end, String resolved) {}

  /**
   * The times of one sentence that can date a figure in it, found once per sentence: every match
   * of the time pattern that resolves to a day not after publication and is neither one to come
   * (a future cue before it: 'pledged that aid would reach the villages still cut off by
   * Wednesday') nor a deadline ('paling lambat pada Kamis pukul 12.00'); and whether the sentence
   * says "now" ({@code asof-now.txt}) in an article whose publication day is known.
   */
  private record SentenceTimes(java.util.List<Time> usable, boolean now) {
    static SentenceTimes of(ArticleContext ctx, Sentence sentence) {
      java.util.List<Time> usable = new java.util.ArrayList<>();
      // every time opens with a word of asof-markers.txt: a sentence without one has none
      SentenceMatches.Words markers = ctx.rules.cached("sentence-words:asof-markers",
          lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.ASOF_MARKERS)));
      boolean marked = markers.occurIn(ctx.text, sentence.start(), sentence.end());
      Matcher m = timePattern(ctx).matcher(ctx.text).region(sentence.start(), sentence.end());
      while (marked && m.find()) {
        if (Hedges.ahead(ctx, sentence, m.start()) || afterDueMarker(ctx, sentence, m.start())) {
          continue;
        }
        String resolved = resolve(ctx, m);
        if (resolved != null && !afterPublication(ctx, resolved)) {
          usable.add(new Time(m.start(), m.end(), resolved));
        }
      }
      SentenceMatches.Words now = ctx.rules.cached("sentence-words:asof-now",
          lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.ASOF_NOW)));
      boolean saysNow = ctx.publishedDay() != null
          && now.occurIn(ctx.text, sentence.start(), sentence.end());
      return new SentenceTimes(java.util.List.copyOf(usable), saysNow);
    }
  }

  /**
   * Whether a word of {@code due-date-markers.txt} ('paling lambat', 'no later than', 'mulai')
   * ends right before {@code at}: the time after it is when something is due or starts, never
   * when a figure was counted ('paling lambat pada Kamis pukul 12.00').
   */
  private static boolean afterDueMarker(ArticleContext ctx, Sentence sentence, int at) {
    Pattern due = ctx.rules.pattern("asof-due-markers", lexicon -> Pattern.compile(
        "(?:" + wordsOrNever(lexicon.words(LanguageFile.DUE_DATE_MARKERS)) + ")\\s*$"));
    return due.matcher(ctx.text).region(sentence.start(), at).find();
  }

  /** Whether a semicolon stands between a figure at [start, end) and a time. */
  private static boolean acrossSemicolon(String text, Time time, int start, int end) {
    int from = time.end() <= start ? time.end() : end;
    int to = time.end() <= start ? start : time.start();
    return from < to && text.substring(from, to).indexOf(';') >= 0;
  }

  /**
   * Whether a resolved time lies on a day after the publication day: a deadline ('by Wednesday,
   * Nov. 25'), never the time a figure was stated for.
   */
  private static boolean afterPublication(ArticleContext ctx, String resolved) {
    LocalDate published = ctx.publishedDay();
    if (published == null || resolved.length() < 10) {
      return false;
    }
    try {
      return LocalDate.parse(resolved.substring(0, 10)).isAfter(published);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The time a match names, resolved against the publication day, or null when it names none. */
  private static @Nullable String resolve(ArticleContext ctx, Matcher m) {
    String weekdayWord = m.group("weekday") != null ? m.group("weekday") : m.group("dayafter");
    boolean weekdayGiven = weekdayWord != null;
    boolean dayGiven = m.group("day") != null || m.group("wday") != null;
    boolean partGiven = m.group("part") != null;
    Integer clock = clockMinutes(ctx, m);
    boolean clockGiven = clock != null;
    if (!weekdayGiven && !dayGiven && !partGiven && !clockGiven) {
      return null;
    }
    boolean timedOnly = ctx.rules.lexicon().set(LanguageFile.ASOF_TIMED_MARKERS)
        .contains(Texts.key(m.group("marker")));
    if (timedOnly && !partGiven && !clockGiven) {
      return null; // 'pada Senin (21/11)' dates the event, not the count
    }
    LocalDate published = ctx.publishedDay();
    LocalDate day = null;
    try {
      if (dayGiven) {
        int d = Integer.parseInt(m.group("day") != null ? m.group("day") : m.group("wday"));
        Month month = m.group("month") != null ? Month.of(Integer.parseInt(m.group("month")))
            : ctx.rules.calendar().month(m.group("monthname")).orElse(null);
        String y = m.group("year") != null ? m.group("year") : m.group("wyear");
        Integer year = y != null ? Integer.valueOf(y.length() == 2 ? "20" + y : y)
            : ctx.publishedYear();
        if (month == null || year == null) {
          return null;
        }
        day = LocalDate.of(year, month, d);
      } else if (weekdayGiven) {
        DayOfWeek weekday = ctx.rules.calendar().weekday(weekdayWord).orElse(null);
        if (weekday == null || published == null) {
          return null;
        }
        day = published.with(TemporalAdjusters.previousOrSame(weekday));
      } else {
        day = published;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    if (day == null) {
      return null;
    }
    if (clockGiven) {
      int hour = clock / 60;
      int minute = clock % 60;
      if (!weekdayGiven && !dayGiven && laterThanPublication(ctx, day, hour, minute)) {
        day = day.minusDays(1); // 'hingga pukul 20.00' in a story filed at 06.05: last evening
      }
      String local = String.format(Locale.ROOT, "%sT%02d:%02d", day, hour, minute);
      // 'pukul 14.00 WIB' is 07:00 UTC: the zone written after the clock goes with it, so that
      // it sorts against another outlet's time in UTC
      int clockEnd = m.end("minute") >= 0 ? m.end("minute") : m.end("form");
      java.time.ZoneOffset zone = clockEnd < 0 ? null : dev.claimdiff.ingest.MetadataDetector
          .zoneAfterClock(ctx.text, clockEnd, day.atTime(hour, minute));
      return zone == null ? local
          : local + (zone.getTotalSeconds() == 0 ? "+00:00" : zone.getId());
    }
    return day.toString();
  }

  /**
   * Whether a clock time on the publication day lies after the publication's own clock time, so
   * that a figure stated "until 20.00" with no day named must be from the day before.
   */
  private static boolean laterThanPublication(ArticleContext ctx, LocalDate day, int hour,
      int minute) {
    String at = ctx.metadata().publishedAt();
    if (at == null || at.length() < 16 || !at.startsWith(day.toString()) || at.charAt(10) != 'T'
        || at.endsWith("Z") || at.endsWith("+00:00")) {
      return false; // a wire's UTC stamp says nothing about the local clock of the figure
    }
    try {
      int pubHour = Integer.parseInt(at.substring(11, 13));
      int pubMinute = Integer.parseInt(at.substring(14, 16));
      // a live page written on after its first publication: its last update heading of that
      // day ('Update 17.45 WIB') is when the page was last written, and a figure 'hingga pukul
      // 15.00' on it is of that afternoon, not the day before
      int written = Math.max(pubHour * 60 + pubMinute, lastUpdateOn(ctx, day));
      // more than the two hours between WIB and WIT: the two clocks may be in different zones
      return hour * 60 + minute > written + ZONE_SPREAD_MINUTES;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The latest clock time, in minutes after midnight, of the article's update headings that fall
   * on {@code day} ({@link #headings}), or -1 when none does.
   */
  private static int lastUpdateOn(ArticleContext ctx, LocalDate day) {
    int latest = -1;
    for (Heading h : ctx.perArticle("update-headings", () -> headings(ctx))) {
      String t = h.resolved();
      if (t != null && t.length() >= 16 && t.startsWith(day.toString()) && t.charAt(10) == 'T') {
        latest = Math.max(latest, Integer.parseInt(t.substring(11, 13)) * 60
            + Integer.parseInt(t.substring(14, 16)));
      }
    }
    return latest;
  }

  /**
   * The revision words nearest to a figure in its sentence, as written, or null.
   *
   * @param start where the figure's number starts (revision words may stand in the claim's
   *     words before it: 'korban tewas naik menjadi 43 orang')
   * @param end where the figure ends
   */
  public static @Nullable String revision(ArticleContext ctx, Sentence sentence, int start, int end) {
    // 'merevisi jumlah korban meninggal akibat erupsi itu dari 14 menjadi 13 orang': revision
    // words reach the new figure of a change as far as they reach its old one
    int changed = changeStart(ctx, sentence, start);
    // the verb of a change may govern a long object before it ('merevisi jumlah korban meninggal
    // dunia dalam kecelakaan bus di Tol ... dari tujuh menjadi enam orang'): it reaches further
    int reach = changed < start ? REVISION_BEFORE_CHANGE : REVISION_BEFORE;
    start = changed;
    int from = Math.max(sentence.start(), start - reach);
    int to = Math.min(sentence.end(), end + REVISION_AFTER);
    int[] found = revisionMarkers(ctx, sentence);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < found.length && found[i] < to; i += 2) {
      int mStart = found[i];
      int mEnd = found[i + 1];
      if (mStart < from || mEnd > to || mStart < end && mEnd > start) {
        continue; // outside the reach, or inside the figure's own words
      }
      if (mStart >= end && NEXT_FIGURE.matcher(ctx.text).region(mEnd, sentence.end())
          .lookingAt()) {
        continue; // 'menjadi 6,0 dari sebelumnya 6,2': the words introduce the next figure
      }
      if (mEnd <= start && introducesOtherFigure(ctx, sentence, mEnd, start)) {
        continue; // 'rose to 17 after rescuers found two bodies': the words are 17's, not two's
      }
      int distance = mEnd <= start ? start - mEnd : mStart - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = ctx.text.substring(mStart, mEnd).toLowerCase(Locale.ROOT);
      }
    }
    return best;
  }

  /**
   * Where the change a figure at {@code start} ends stands, when the figure is the new one of a
   * change from another (the words of {@code superseded-markers.txt} 'change-from' and
   * 'change-to': 'dari 14 menjadi 13', 'from 9 to 7'): the start of the word before the old
   * figure; else {@code start}.
   */
  private static int changeStart(ArticleContext ctx, Sentence sentence, int start) {
    Pattern pair = ctx.rules.pattern("change-pairs", lexicon -> {
      java.util.Map<String, java.util.List<String>> words = new java.util.HashMap<>();
      for (dev.claimdiff.lang.KeyedList.Line line : lexicon.keyed(LanguageFile.SUPERSEDED_MARKERS)) {
        words.computeIfAbsent(line.key(), k -> new java.util.ArrayList<>()).addAll(line.words());
      }
      if (!words.containsKey("change-from") || !words.containsKey("change-to")) {
        return Pattern.compile("(?!)");
      }
      return Pattern.compile("(?<![\\p{L}])(?:" + WordPatterns.alternation(words.get("change-from"))
          + ")\\s+(?:\\d[\\d.,]*|" + wordsOrNever(lexicon.words(LanguageFile.NUMBER_WORDS))
          + ")(?:\\s+\\p{L}+)?\\s+(?:" + WordPatterns.alternation(words.get("change-to"))
          + ")\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    });
    int lookFrom = Math.max(sentence.start(), start - REVISION_BEFORE);
    Matcher m = pair.matcher(ctx.text).region(lookFrom, start);
    return m.find() ? m.start() : start;
  }

  /**
   * Whether revision words ending at {@code markerEnd} introduce a figure of their own ({@link
   * #NEXT_FIGURE}) and a word of {@code event-clause-breakers.txt} ('after', 'setelah', 'and')
   * stands between that figure and a later one at {@code start}: the words revise the nearer
   * figure, and the later one, in a clause of its own, is another count ('bertambah menjadi 17
   * orang setelah tim SAR menemukan dua jenazah': the two bodies are the cause of the rise).
   * Without such a word ('bertambah 2 orang menjadi 17') the words still reach the later figure.
   */
  private static boolean introducesOtherFigure(ArticleContext ctx, Sentence sentence, int markerEnd,
      int start) {
    Matcher next = NEXT_FIGURE.matcher(ctx.text).region(markerEnd, sentence.end());
    if (!next.lookingAt() || next.end() - 1 >= start) {
      return false;
    }
    Pattern breakers = ctx.rules.pattern("revision-clause-breakers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS)),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    return breakers.matcher(ctx.text).region(next.end(), start).find();
  }
}
