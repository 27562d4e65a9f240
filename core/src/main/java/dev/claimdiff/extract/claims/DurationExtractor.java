package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.Interval;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.CountedUnits;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Hedges;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * DURATION claims from {@code lang/<lang>/extract/rules/duration.rules}: minutes, hedged or not.
 */
public final class DurationExtractor extends RuleExtractor {
  /** How far before the cue a blocking word counts ('status tanggap darurat selama …'). */
  private static final int BLOCKER_REACH = 40;
  /** How far before a duration its event word may stand, and how far after it, in characters. */
  private static final int EVENT_BEFORE = 50;
  private static final int EVENT_AFTER = 80;
  /**
   * How far after the start of its sentence the event word of a lasting verb may open it, in
   * characters: the room of an article or a short determiner ('The ', 'Their ').
   */
  private static final int SUBJECT_REACH = 6;
  /**
   * How long a phrase opening the sentence before its subject and a comma may be, in characters
   * ('Menurut jadwal,', 'Dikutip dari AFP,', 'On Tuesday,').
   */
  private static final int OPENING_PHRASE = 30;

  public DurationExtractor() {
    super("duration");
  }

  /** Whether a word of duration-blockers.txt stands shortly before the duration in its sentence. */
  private static boolean blockedBefore(ArticleContext ctx, Sentence sentence, int start) {
    java.util.regex.Pattern blockers = ctx.rules.pattern("duration-blockers",
        lexicon -> java.util.regex.Pattern.compile(
            dev.claimdiff.lang.WordPatterns.alternation(lexicon.list(LanguageFile.DURATION_BLOCKERS))));
    int from = Math.max(sentence.start(), start - BLOCKER_REACH);
    return blockers.matcher(ctx.text).region(from, start).find();
  }

  /** How far before a duration a word of duration-parts.txt may stand, in characters. */
  private static final int PART_REACH = 50;
  /** How far after a duration a word of duration-parts.txt may stand, in characters. */
  private static final int PART_AFTER = 40;

  /**
   * The part of its event a duration is of (a key of duration-parts.txt), or null for the whole:
   * a word of the list shortly before it ('hari pertama'), anywhere before it in its clause
   * ('Pertemuan empat mata akhirnya selesai pukul 11.50 setelah berlangsung sekitar 90 menit'),
   * inside the match ('a 20-minute private meeting') or shortly after it in its clause ('90
   * minutes of talks with their delegations'; 'berlangsung hampir dua jam, termasuk pertemuan
   * empat mata' is the whole's: a comma ends it). The word nearest the length in its clause names
   * the part ('bertemu empat mata selama 20 menit, lalu berunding dua jam bersama delegasi': the
   * two hours are the delegations'), else the last one shortly before it.
   */
  private static @Nullable String partNear(ArticleContext ctx, Sentence sentence, int start,
      int end) {
    java.util.regex.Pattern parts = ctx.rules.pattern("duration-parts",
        lexicon -> java.util.regex.Pattern.compile(
            dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.DURATION_PARTS))));
    int clause = start;
    while (clause > sentence.start() && ",;:".indexOf(ctx.text.charAt(clause - 1)) < 0) {
      clause--;
    }
    int to = Math.min(sentence.end(), end + PART_AFTER);
    int stop = end;
    while (stop < to && ",;:".indexOf(ctx.text.charAt(stop)) < 0) {
      stop++;
    }
    // a conjunction that opens another clause ends this one ('the one-on-one alone ran to 90
    // minutes and the leaders spent nearly four hours together': the four hours are no part's)
    if (ctx.rules.lexicon().has(LanguageFile.PART_BREAKERS)) {
      java.util.regex.Pattern breakers = ctx.rules.pattern("part-breakers",
          lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
              lexicon.list(LanguageFile.PART_BREAKERS))));
      Matcher before = breakers.matcher(ctx.text).region(clause, start);
      while (before.find()) {
        clause = before.end();
      }
      Matcher after = breakers.matcher(ctx.text).region(end, stop);
      if (after.find()) {
        stop = after.start();
      }
    }
    String nearest = null;
    int distance = Integer.MAX_VALUE;
    Matcher inClause = parts.matcher(ctx.text).region(clause, stop);
    while (inClause.find()) {
      int d = inClause.end() <= start ? start - inClause.end()
          : inClause.start() >= end ? inClause.start() - end : 0;
      if (d < distance) {
        distance = d;
        nearest = inClause.group();
      }
    }
    if (nearest == null) {
      Matcher before = parts.matcher(ctx.text)
          .region(Math.max(sentence.start(), start - PART_REACH), start);
      while (before.find()) {
        nearest = before.group();
      }
    }
    int head = headClauseEnd(ctx, sentence, start);
    if (nearest == null && head >= 0) {
      Matcher inHead = parts.matcher(ctx.text).region(sentence.start(), head);
      while (inHead.find()) {
        nearest = inHead.group();
      }
    }
    return nearest == null ? null
        : ctx.rules.lexicon().mapping(LanguageFile.DURATION_PARTS).get(Texts.key(nearest));
  }

  /** Whether the words are a phrase of {@code duration-parts.txt} ('sesi pleno', 'plenary'). */
  private static boolean isPart(ArticleContext ctx, String words) {
    return ctx.rules.lexicon().mapping(LanguageFile.DURATION_PARTS).containsKey(Texts.key(words));
  }

  /**
   * Where the sentence's first clause ends (its first comma) when the length's own clause holds
   * nothing before the length's cue, else -1: a clause that is only 'selama satu setengah jam'
   * after an aside says how long the first clause's predicate lasted ('Keduanya bertemu empat mata,
   * hanya didampingi penerjemah, selama satu setengah jam'; 'The leaders met alone, with only
   * interpreters present, for about 75 minutes').
   */
  private static int headClauseEnd(ArticleContext ctx, Sentence sentence, int start) {
    int clause = start;
    while (clause > sentence.start() && ",;:".indexOf(ctx.text.charAt(clause - 1)) < 0) {
      clause--;
    }
    if (clause <= sentence.start() || !ctx.text.substring(clause, start).isBlank()
        || ctx.text.charAt(clause - 1) != ',') {
      return -1;
    }
    int first = ctx.text.indexOf(',', sentence.start());
    return first > sentence.start() && first < clause - 1 ? first : -1;
  }

  /**
   * The length of a happening of its own, or null when the match names none or is no such length:
   * a closure, a fire fought or a delay (group {@code own}, a word of {@code
   * duration-events.txt}), one ended by a verb of {@code duration-end-verbs.txt} (group {@code
   * end}: 'reopened … after nearly 12 hours'). Such a length is never the main event's (the slot
   * of its own happening may only corroborate); 'after' before the length (group {@code
   * aftergap}) needs a word of {@code ongoing-markers.txt}, and such a word makes the length a
   * lower bound.
   */
  private static @Nullable Draft ownHappening(ArticleContext ctx, Sentence sentence, Rule rule,
      Matcher m, double minutes) {
    if (group(m, "limit") != null) {
      return deadline(ctx, sentence, rule, m, minutes);
    }
    if (group(m, "departure") != null) {
      return voyage(ctx, rule, m, minutes);
    }
    String word = group(m, "own");
    LanguageFile list = LanguageFile.DURATION_EVENTS;
    if (word == null && group(m, "end") != null) {
      word = group(m, "end");
      list = LanguageFile.DURATION_END_VERBS;
    }
    if (word == null) {
      return null;
    }
    String event = ctx.rules.lexicon().mapping(list).get(Texts.key(word));
    if (event == null) {
      return null;
    }
    boolean expected = Hedges.expected(ctx, sentence, m.start());
    boolean ongoing = ongoingBefore(ctx, sentence, m.start());
    if (group(m, "aftergap") != null && !ongoing) {
      return null; // 'closed after two hours of ash fall': the length of something else
    }
    String approx = group(m, "approx");
    Interval interval = ongoing ? Interval.of(minutes, Interval.AT_LEAST)
        : Hedges.interval(ctx.rules, approx, minutes, false);
    int start = group(m, "cue") != null ? m.start("cue") : m.start();
    return Draft.of(ClaimType.DURATION,
        new DurationValue(event, false, minutes, approx != null || ongoing,
            approx == null ? null : approx.toLowerCase(Locale.ROOT),
            interval.low(), interval.high(), interval.bound(), expected),
        start, m.end(), ruleName("duration", rule));
  }

  /** The happening a time limit to come is: its own slot, compared with no length that passed. */
  private static final String DEADLINE = "deadline";

  /**
   * A time limit to come (group {@code limit}): 'would be named within a week', 'akan merilis hasil
   * uji sampel dalam sepekan', an upper bound, expected and never the main event's. A window word
   * ({@code within}, {@code dalam}: due-window-markers.txt) is a limit only in a clause that plans
   * or promises (expected-markers.txt before it: 'the fire was out within two hours' is none), in
   * narration or in a speaker's own words alike; a word that sets the latest end by itself (group
   * {@code latest}: 'paling lambat dua bulan', 'within six months at the latest') or a time
   * given for a task (group {@code given}: 'diberi waktu 30 hari untuk …', 'has 30 days to
   * report') or a window after a word that lays a duty (group {@code duty}, deadline-duties.txt:
   * 'must report within 10 days', 'wajib menyerahkan laporan dalam 14 hari') needs no plan word.
   */
  private static @Nullable Draft deadline(ArticleContext ctx, Sentence sentence, Rule rule,
      Matcher m, double minutes) {
    boolean bySelf = group(m, "latest") != null || group(m, "given") != null
        || group(m, "duty") != null;
    if (!bySelf && !Hedges.expected(ctx, sentence, m.start())) {
      return null;
    }
    Interval limit = Interval.of(minutes, Interval.AT_MOST);
    return Draft.of(ClaimType.DURATION,
        new DurationValue(DEADLINE, false, minutes, false, null, limit.low(), limit.high(),
            limit.bound(), true),
        m.start("limit"), m.end(), ruleName("duration", rule));
  }

  /** The happening of a length that a cue gives and no event word names. */
  private static final String UNNAMED = "unnamed";

  /** A year in minutes: a length this long or longer no event word names is background. */
  private static final double YEAR = 365 * 24 * 60;

  /**
   * The length of a happening no event word names, or null: after a cue of duration-cues.txt
   * (group {@code cue}: 'selama', 'berlangsung', 'for', 'lasted'), a length under a year is
   * how long something in its clause went on ('PLN memadamkan listrik selama tiga jam', 'the city
   * will waive market fees for six months', 'The tent camp was searched for seven days'). It is
   * the happening {@code unnamed} (align/figure-keyed-lengths.txt): never the main event's, so it
   * may only corroborate, and only the very same length of another outlet, since the key does not
   * name what lasted. A year or more ('served for 12 years') is a tenure or a background span,
   * no length of the story; a cue-less rule ('bertemu dua jam') always names its event.
   */
  private static @Nullable Draft unnamed(ArticleContext ctx, Sentence sentence, Matcher m,
      double minutes, @Nullable Double minutesTo, Rule rule) {
    String cue = group(m, "cue");
    if (cue == null || group(m, "plan") != null || minutes >= YEAR
        || minutesTo != null && minutesTo >= YEAR) {
      return null;
    }
    String approx = group(m, "approx");
    Interval interval = minutesTo != null ? Interval.range(minutes, minutesTo)
        : Hedges.interval(ctx.rules, approx, minutes, false);
    boolean expected = Hedges.expected(ctx, sentence, m.start(), lengthPattern(ctx));
    return Draft.of(ClaimType.DURATION,
        new DurationValue(UNNAMED, false, minutes, approx != null || minutesTo != null,
            approx == null ? null : approx.toLowerCase(Locale.ROOT),
            interval.low(), interval.high(), interval.bound(), expected),
        m.start("cue"), m.end(), ruleName("duration", rule));
  }

  /** The happening of the time a vessel, train or aircraft was under way before something. */
  private static final String VOYAGE = "voyage";

  /**
   * The time from a departure to what befell the craft (group {@code departure}: 'tenggelam
   * sekitar 25 menit setelah bertolak dari pelabuhan', 'crashed 12 minutes after takeoff', 'about
   * two hours into its journey'): the length of the voyage, a happening of its own, never the
   * main event's, so it may only corroborate.
   */
  private static Draft voyage(ArticleContext ctx, Rule rule, Matcher m, double minutes) {
    String approx = group(m, "approx");
    Interval interval = Hedges.interval(ctx.rules, approx, minutes, false);
    return Draft.of(ClaimType.DURATION,
        new DurationValue(VOYAGE, false, minutes, approx != null,
            approx == null ? null : approx.toLowerCase(Locale.ROOT),
            interval.low(), interval.high(), interval.bound(), false),
        m.start(), m.end(), ruleName("duration", rule));
  }

  /**
   * A number (digits or a word of number-words.txt) and a unit of duration-units.txt: a length
   * written between a planning word and a later length takes the planning word for itself.
   */
  private static java.util.regex.Pattern lengthPattern(ArticleContext ctx) {
    return ctx.rules.pattern("duration-written-length", lexicon -> java.util.regex.Pattern.compile(
        "(?:\\d+|" + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.NUMBER_WORDS))
            + ")\\s+" + dev.claimdiff.lang.WordPatterns.alternation(
                lexicon.words(LanguageFile.DURATION_UNITS))));
  }

  /**
   * How many lengths the sentence writes: a sentence that plans one length and says another
   * ('Pertemuan yang dijadwalkan tiga jam itu berakhir kurang dari dua jam') writes two, and only
   * then may its unplanned length be what happened; a sentence with a planning word and one
   * length keeps that length off the main event, as any sentence with background words does.
   */
  private static int writtenLengths(ArticleContext ctx, Sentence sentence) {
    java.util.regex.Matcher m = lengthPattern(ctx).matcher(ctx.text)
        .region(sentence.start(), sentence.end());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** How far apart two lengths of one list may stand, in characters. */
  private static final int LIST_GAP = 60;

  /**
   * Whether the length is one of several that a whole holds, never the whole's: it is
   * {@link #included} ('bertemu setiap delegasi secara terpisah, termasuk pertemuan selama 40
   * menit dengan tim Inggris'), or one of a list of lengths ({@link #listed}).
   */
  private static boolean oneOfSeveral(ArticleContext ctx, Sentence sentence, int start, int end) {
    return included(ctx, sentence, start) || listed(ctx, sentence, start, end);
  }

  /** Whether a word of {@code duration-inclusions.txt} stands before {@code start} in its clause. */
  private static boolean included(ArticleContext ctx, Sentence sentence, int start) {
    java.util.regex.Pattern inclusions = ctx.rules.pattern("duration-inclusions",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.list(LanguageFile.DURATION_INCLUSIONS))));
    int clause = start;
    while (clause > sentence.start() && ",;:".indexOf(ctx.text.charAt(clause - 1)) < 0) {
      clause--;
    }
    return inclusions.matcher(ctx.text).region(clause, start).find();
  }

  /**
   * Whether another written length stands next to this one in its sentence, no more than
   * {@link #LIST_GAP} characters away, with a comma or a word of {@code list-conjunctions.txt}
   * between them and the same word right before each number: the sentence lists lengths in
   * parallel ('Pertemuan dengan Prancis berlangsung sekitar 45 menit, dengan Jerman sekitar 50
   * menit, dan …'; 'met the French team for 45 minutes, the German team for 50 minutes and …').
   * One event as a whole has one length, so listed lengths are those of several meetings,
   * sessions or parts, none the whole's. A length set against another ('berlangsung sekitar tiga
   * jam, lebih singkat dari empat jam yang disediakan'; 'berlangsung dua jam, diawali
   * pertemuan empat mata selama 40 menit') is no list: the words before the numbers differ. A planned or
   * an included length is never a neighbour.
   */
  private static boolean listed(ArticleContext ctx, Sentence sentence, int start, int end) {
    return listNeighbour(ctx, sentence, start, end, false) != null;
  }

  /**
   * Where the first length of the list a length stands in begins, or -1 when it is no list's
   * or the first itself: a list of lengths in parallel shares the verb of its first item, so
   * a later item names its meeting after the first's verb, out of reach ('The envoy met the Kenyan
   * team for about 30 minutes, the Ugandan team for about 40 minutes and the Tanzanian team for
   * about an hour'; 'bertemu tim Kenya selama sekitar 30 menit, tim Uganda selama sekitar 40
   * menit, …'): that item's event is the first's.
   */
  private static int listHead(ArticleContext ctx, Sentence sentence, int start, int end) {
    int[] head = null;
    int[] at = {start, end};
    for (int[] before; (before = listNeighbour(ctx, sentence, at[0], at[1], true)) != null; ) {
      head = before;
      at = before;
    }
    return head == null ? -1 : head[0];
  }

  /**
   * The other written length a length is listed with ({@link #listed}), or null; with {@code
   * earlier}, only one before it.
   */
  private static int @Nullable [] listNeighbour(ArticleContext ctx, Sentence sentence, int start,
      int end, boolean earlier) {
    java.util.regex.Pattern joins = ctx.rules.pattern("duration-list-joins",
        lexicon -> java.util.regex.Pattern.compile("[,;]|" + dev.claimdiff.lang.WordPatterns
            .alternation(lexicon.list(LanguageFile.LIST_CONJUNCTIONS))));
    List<int[]> lengths = new java.util.ArrayList<>();
    java.util.regex.Matcher m = lengthPattern(ctx).matcher(ctx.text)
        .region(sentence.start(), sentence.end());
    while (m.find()) {
      lengths.add(new int[] {m.start(), m.end()});
    }
    int[] own = lengths.stream().filter(l -> l[1] > start && l[0] < end).findFirst().orElse(null);
    if (own == null) {
      return null;
    }
    String ownWord = wordBefore(ctx, sentence, own[0]);
    for (int[] other : lengths) {
      if (other == own || ownWord == null || earlier && other[1] > own[0]) {
        continue;
      }
      int from = other[1] <= own[0] ? other[1] : own[1];
      int to = other[1] <= own[0] ? own[0] : other[0];
      if (to - from <= LIST_GAP && joins.matcher(ctx.text).region(from, to).find()
          && ownWord.equalsIgnoreCase(wordBefore(ctx, sentence, other[0]))
          && !Hedges.expected(ctx, sentence, other[0], lengthPattern(ctx))
          && !included(ctx, sentence, other[0])) {
        return other;
      }
    }
    return null;
  }

  /** The word right before {@code at} in its sentence, or null when none stands there. */
  private static @Nullable String wordBefore(ArticleContext ctx, Sentence sentence, int at) {
    int end = at;
    while (end > sentence.start() && Character.isWhitespace(ctx.text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > sentence.start() && Character.isLetter(ctx.text.charAt(begin - 1))) {
      begin--;
    }
    return begin < end ? ctx.text.substring(begin, end) : null;
  }

  /** How far before a length a word of ongoing-markers.txt may stand, in characters. */
  private static final int ONGOING_REACH = 40;

  /**
   * Whether a word of {@code ongoing-markers.txt} stands shortly before a length in its clause
   * ('jalur itu masih ditutup setelah 10 jam'): the happening had not ended yet.
   */
  private static boolean ongoingBefore(ArticleContext ctx, Sentence sentence, int start) {
    java.util.regex.Pattern markers = ctx.rules.pattern("ongoing-markers",
        lexicon -> java.util.regex.Pattern.compile(
            dev.claimdiff.lang.WordPatterns.alternation(lexicon.list(LanguageFile.ONGOING_MARKERS))
                + "[^,;]*\\z"));
    int from = Math.max(sentence.start(), start - ONGOING_REACH);
    return markers.matcher(ctx.text).region(from, start).find();
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    double minutes;
    Double minutesTo = null;
    String fused = group(m, "fused");
    if (fused != null) {
      String factor = ctx.rules.lexicon().mapping(LanguageFile.FUSED_DURATIONS)
          .get(Texts.key(fused));
      if (factor == null) {
        return null;
      }
      minutes = Double.parseDouble(factor);
    } else if (group(m, "from") != null) {
      // a span between two clock times of one day ('berlangsung sejak pukul 09.00 hingga 11.30',
      // 'scheduled to run from 9 a.m. to 12:30 p.m.'): the minutes between them
      Double from = clockMinutes(m.group("from"), group(m, "fromap") != null ? group(m, "fromap")
          : group(m, "toap"));
      Double to = clockMinutes(m.group("to"), group(m, "toap"));
      if (from == null || to == null || to <= from) {
        return null;
      }
      minutes = to - from;
    } else {
      NumberParser.Parsed number = ctx.rules.numbers().parse(m.group("num"));
      Double perUnit = CountedUnits.minutesPerUnit(ctx.rules, m.group("unit"));
      if (number == null || perUnit == null) {
        return null;
      }
      minutes = number.value() * perUnit;
      if (group(m, "half") != null) { // 'four and a half hours', '2 1/2 hours'
        minutes += perUnit / 2;
      }
      String to = group(m, "numto");
      if (to != null) { // 'tiga hingga empat jam'
        NumberParser.Parsed end = ctx.rules.numbers().parse(to);
        if (end == null) {
          return null;
        }
        minutesTo = rounded(end.value() * perUnit);
      }
      String second = group(m, "num2");
      if (second != null) { // '1 jam 18 menit'
        NumberParser.Parsed more = ctx.rules.numbers().parse(second);
        Double perUnit2 = CountedUnits.minutesPerUnit(ctx.rules, m.group("unit2"));
        if (more != null && perUnit2 != null) {
          minutes += more.value() * perUnit2;
        }
      }
    }
    minutes = rounded(minutes);
    String cue = group(m, "cue");
    Draft own = ownHappening(ctx, sentence, rule, m, minutes);
    if (own != null || group(m, "own") != null || group(m, "end") != null
        || group(m, "limit") != null || group(m, "departure") != null) {
      return own;
    }
    boolean lasting = cue != null
        && ctx.rules.lexicon().set(LanguageFile.LASTING_CUES).contains(Texts.key(cue));
    // a rule that names its event right before the number ('diperpanjang dengan tambahan waktu
    // enam menit') measures that event: a blocker before the event word is about something else
    if (!lasting && group(m, "event") == null && blockedBefore(ctx, sentence, m.start())) {
      return null;
    }
    String approx = group(m, "approx");
    int start = group(m, "cue") != null ? m.start("cue") : m.start();
    // the length belongs to an event named close by ('dialog yang berlangsung selama 90 menit',
    // 'Selama 90 menit, … berdiskusi'); 'Proses evakuasi berlangsung selama tiga jam' names none
    // a part named in the event's place ('sidang pleno sekitar dua jam', 'a plenary of about two
    // hours') is a part of the event named nearest outside it: its own words ('sidang') name none
    // an event named after the length, in the rule's lookahead ('…, sekitar lima jam setelah
    // kebakaran dilaporkan'), is the one the rule names, whatever stands nearer
    String event = group(m, "event") == null
        ? events.eventWithin(sentence, start, m.end(), EVENT_BEFORE, EVENT_AFTER)
        : m.start("event") >= m.end() ? events.eventAt(sentence, m.start("event"))
        : isPart(ctx, group(m, "event")) ? events.eventNear(sentence, m.start(), m.end())
        : events.eventNear(sentence, m.end(), m.end());
    int head = headClauseEnd(ctx, sentence, start);
    if (event == null && head >= 0) {
      // a clause that is only the length, after an aside: the first clause's event
      event = events.eventWithin(sentence, head, head, head - sentence.start(), 0);
    }
    if (event == null && (lasting || group(m, "plan") != null)) {
      // the event opens the sentence as the subject of the verb that says how long it lasted or
      // was planned to last, further back than the reach ('Sidang yang dimulai pagi itu baru
      // selesai pukul 14.20 WIB, atau berlangsung lebih dari tiga jam'), after an article at most
      // ('The summit had been expected to run for two to three hours but ended after about two
      // hours') or after a short opening phrase and its comma ('Menurut jadwal, KTT dimulai pukul
      // 10.00 dan dijadwalkan berlangsung empat jam', 'According to AFP, the talks ended after …')
      event = events.eventWithin(sentence, sentence.start(), sentence.start(), 0, SUBJECT_REACH);
      int comma = ctx.text.indexOf(',', sentence.start());
      if (event == null && comma >= 0 && comma < start
          && comma - sentence.start() <= OPENING_PHRASE) {
        event = events.eventWithin(sentence, comma + 1, comma + 1, 0, SUBJECT_REACH + 1);
      }
    }
    if (event == null && (group(m, "plan") != null
        || Hedges.expected(ctx, sentence, m.start(), lengthPattern(ctx)))) {
      // a length planned for something named earlier in the sentence ('ended after nearly three
      // hours, well short of the four to five hours set aside', 'pertemuan akan digelar di …
      // mulai pukul 14.00 dan dijadwalkan berlangsung tiga jam'): the nearest event before it
      event = events.eventWithin(sentence, start, m.end(), Integer.MAX_VALUE, 0);
    }
    if (event == null) {
      // a later item of a list of lengths: the event of the list's first item
      int first = listHead(ctx, sentence, m.start(), m.end());
      if (first >= 0) {
        event = events.eventWithin(sentence, first, first, EVENT_BEFORE, 0);
      }
    }
    String part = partNear(ctx, sentence, start, m.end());
    if (event == null && part != null) {
      // a part named without its event ('The two men spent 90 minutes alone with their
      // interpreters'): a part of the article's main event
      event = events.eventNear(sentence, start, m.end());
    }
    if (event == null) {
      // the length of something no event word names ('listrik padam selama tiga jam', 'searched
      // for seven days', 'Jamuan itu berlangsung sekitar dua setengah jam'): a happening of its own
      return unnamed(ctx, sentence, m, minutes, minutesTo, rule);
    }
    // the length of one part ('pencarian hari pertama … sekitar 12 jam') is not the whole's
    // a sentence whose only background words plan something is main when this length is no plan
    // (the plan word is spent on another length or stands in another clause: 'expected' below)
    // a part's length is main when its event is: it is then compared with that part's lengths
    boolean main = (events.isMain(event, sentence)
        || part != null && events.isMainPart(event, sentence)
        || events.isMainUnlessPlanned(event, sentence) && writtenLengths(ctx, sentence) >= 2)
        && ctx.quotationAt(start) == null && !oneOfSeveral(ctx, sentence, start, m.end());
    Interval interval = minutesTo != null ? Interval.range(minutes, minutesTo)
        : Hedges.interval(ctx.rules, approx, minutes, false);
    // a rule's 'plan' group names the length as planned ('tiga jam yang disediakan untuk
    // pertemuan', 'the three hours set aside for the meeting'), wherever the plan word stands
    // an event written before its length may itself declare a period ('masa tanggap darurat 14
    // hari', 'a state of emergency of 14 days': expected-markers.txt), so the markers are sought
    // up to the number
    int before = group(m, "event") != null && group(m, "num") != null
        && m.end("event") <= m.start("num") ? m.end("event") : m.start();
    // in a preview, written before its event, a length of that event can only be its schedule
    // ('Acara dibuka dengan pertemuan empat mata selama 45 menit')
    boolean expected = group(m, "plan") != null
        || Hedges.expected(ctx, sentence, before, lengthPattern(ctx))
        || events.preview() && main;
    return Draft.of(ClaimType.DURATION,
        new DurationValue(event, main && !expected, minutes,
            approx != null || minutesTo != null,
            approx == null ? null : approx.toLowerCase(Locale.ROOT),
            interval.low(), interval.high(), interval.bound(), expected, part),
        start, m.end(), ruleName("duration", rule));
  }

  /**
   * The minutes after midnight of a clock time ('09.00', '11:30', '10' with 'a.m.'), or null when
   * it is none: a 12-hour time needs its 'a.m.' or 'p.m.' (group {@code fromap}, {@code toap}).
   */
  static @Nullable Double clockMinutes(String clock, @Nullable String meridiem) {
    String[] parts = clock.split("[.:]");
    int hour;
    int minute;
    try {
      hour = Integer.parseInt(parts[0]);
      minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return null;
    }
    if (minute > 59 || hour > 24) {
      return null;
    }
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (parts.length < 2) {
      return null; // '10' alone is no clock time
    }
    return (double) (hour * 60 + minute);
  }

  /**
   * A length in minutes rounded to a thousandth of a second, as a whole number of those divided
   * down: the unit factors of {@code duration-units.txt} are decimals ('0.0166666667' for a
   * second), and rounding whole seconds keeps 25 seconds the same double as 25 / 60 (a
   * thousandth of a minute would turn it into 0.417 and 10 seconds into 0.167).
   */
  static double rounded(double minutes) {
    return Math.round(minutes * SECONDS_PER_MINUTE * 1000) / 1000.0 / SECONDS_PER_MINUTE;
  }

  private static final double SECONDS_PER_MINUTE = 60.0;
}
