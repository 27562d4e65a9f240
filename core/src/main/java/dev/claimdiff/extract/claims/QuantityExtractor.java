package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Interval;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.FigureTimes;
import dev.claimdiff.extract.discourse.Hedges;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.Sentence;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * QUANTITY claims from {@code lang/<lang>/extract/rules/quantity.rules}: a number with what it
 * counts.
 */
public final class QuantityExtractor extends RuleExtractor {
  /** The canonical 'what' of a count of people named by no more than that (counted-nouns.txt). */
  private static final String PEOPLE = "people";

  public QuantityExtractor() {
    super("quantity");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    NumberParser.Parsed number = ctx.rules.numbers().parse(m.group("num"));
    if (number == null) {
      return null;
    }
    if (denial(ctx, sentence, m)) {
      return null; // 'tidak pernah menerima satu rupiah pun': no amount was received
    }
    String what;
    String unit = null;
    String noun = group(m, "noun");
    String unitWord = group(m, "unit");
    String term = group(m, "term");
    if (group(m, "goal") != null) { // 'membuka keunggulan pada menit ke-23': a goal's minute
      what = goalMinute(m);
    } else if (term != null) { // 'sembilan tahun penjara': a prison term, in years
      // a term named by its qualifier alone ('the 11 years sought by prosecutors') is of the
      // first kind term-nouns.txt lists
      what = noun == null ? ctx.rules.lexicon().keyed(LanguageFile.TERM_NOUNS).get(0).key()
          : ctx.rules.lexicon().mapping(LanguageFile.TERM_NOUNS)
              .getOrDefault(normalize(noun), normalize(noun));
      String qualifier = termQualifier(ctx, sentence, m.start("num"),
          noun == null ? m.end() : -1);
      if (qualifier != null && !qualifier.equals("sentence")) {
        what = what + " " + qualifier;
      } else if (events.background(sentence)) {
        return null; // 'X lebih dulu divonis tujuh tahun': another case's sentence
      }
      unit = ctx.rules.lexicon().mapping(LanguageFile.TERM_UNITS).getOrDefault(normalize(term), normalize(term));
    } else if (group(m, "ofthem") != null) {
      // '11 injured, seven of them firefighters': the part counts what the nearest counted words
      // before it count, qualified by its role or by whose its people are
      String before = wholeOfPart(ctx, sentence, m.start());
      if (before == null) {
        return null; // no count before it, or one of people in no state
      }
      java.util.Map<String, String> nouns = ctx.rules.lexicon().mapping(LanguageFile.COUNTED_NOUNS);
      String whole = before;
      String role = group(m, "partnoun");
      String nation = group(m, "nation");
      String condition = group(m, "qual");
      // 'four of them in critical condition', '412 of them heavily': the part in a state or
      // degree of its own ('injured hospitalised critical', 'houses heavily damaged')
      what = condition != null ? whole + " " + qualifierKey(ctx, condition)
          : role != null ? whole + " " + nouns.getOrDefault(normalize(role), normalize(role))
          : whole + " from " + (nation != null
              ? ctx.rules.lexicon().mapping(LanguageFile.DEMONYMS)
                  .getOrDefault(normalize(nation), nation)
              : group(m, "country"));
    } else if (group(m, "nation") != null && noun == null) {
      what = PEOPLE; // 'some 2,400 Indonesians': people, whose are said below
    } else if (noun != null || group(m, "elided") != null) {
      if (noun != null && compound(ctx, m.start("noun"))) {
        return null; // 'dua rumah sakit': two hospitals, not two houses
      }
      String before = antecedent(ctx, sentence, m.start());
      if (noun == null && before == null) {
        return null; // 'and five delayed' with no counted things before it
      }
      what = ctx.rules.lexicon().mapping(LanguageFile.COUNTED_NOUNS)
          .getOrDefault(normalize(noun != null ? noun : before),
              normalize(noun != null ? noun : before));
      String qualifier = group(m, "qual") != null ? group(m, "qual") : group(m, "qualpre");
      // things in their own state after a count of things in another ('14 dibatalkan dan lima
      // lainnya ditunda', 'while 31 were delayed'): 'lainnya' sets them apart from the first
      // count, they are the whole count of their state, neither a part nor an increment
      boolean ownState = qualifier != null && (group(m, "elided") != null || before != null);
      if (qualifier != null && !ownState && noun != null
          && part(ctx, sentence, m, noun) != null) {
        qualifier = null; // 'Empat jenazah lainnya dievakuasi': a part of the toll, not a state
      }
      if (qualifier != null) { // '2 desa terisolasi': villages isolated, not villages affected
        what = what + " " + ctx.rules.lexicon().mapping(LanguageFile.COUNT_QUALIFIERS)
            .getOrDefault(normalize(qualifier), normalize(qualifier));
      }
      String increment = ownState ? null : increment(ctx, sentence, m);
      if (increment != null) { // 'six more bodies': the day's finds, not the toll
        what = what + " " + increment;
      } else if (!ownState) {
        String part = part(ctx, sentence, m, noun);
        if (part != null) { // 'dua jenazah lainnya': a part of the toll, not the toll
          what = what + " " + part;
        }
      }
      String nation = group(m, "nation");
      if (nation != null && !what.equals(PEOPLE)) {
        // '194 Indian fishermen': whose people they are, so that the other side's never meet
        // them ('fishermen from India'); a count of just people stays 'people'
        what = what + " from " + ctx.rules.lexicon().mapping(LanguageFile.DEMONYMS)
            .getOrDefault(normalize(nation), nation);
      }
    } else if (group(m, "magnitude") != null || group(m, "measured") != null) {
      what = "magnitude";
    } else if (unitWord != null) {
      unit = ctx.rules.lexicon().mapping(LanguageFile.QUANTITY_UNITS)
          .getOrDefault(normalize(unitWord), normalize(unitWord));
      String money = group(m, "money");
      // money says what it is by the words before it ('denda Rp500 juta': a fine); an amount
      // without them is kept but not compared across articles (see ClaimAligner)
      what = money != null
          ? ctx.rules.lexicon().mapping(LanguageFile.MONEY_NOUNS).getOrDefault(normalize(money), normalize(money))
          : unit;
    } else {
      return null;
    }
    double amount = number.value();
    Double amountTo = null;
    String to = group(m, "numto");
    if (to != null) { // '10 hingga 15 orang'
      NumberParser.Parsed end = ctx.rules.numbers().parse(to);
      if (end == null) {
        return null;
      }
      amountTo = end.value();
    }
    String scale = group(m, "scale");
    if (scale != null) {
      String factor = ctx.rules.lexicon().mapping(LanguageFile.AMOUNT_SCALES).get(normalize(scale));
      if (factor != null) { // in decimal: 4,23 miliar is 4230000000, not 4230000000.0000005
        amount = scaled(amount, factor);
        amountTo = amountTo == null ? null : scaled(amountTo, factor); // '2 hingga 3 miliar'
        number = new NumberParser.Parsed(amount, number.approximate(),
            number.low() == null ? null : scaled(number.low(), factor),
            number.high() == null ? null : scaled(number.high(), factor));
      }
    }
    String approx = group(m, "approx");
    boolean approximate = number.approximate() || approx != null || amountTo != null;
    // a vague number ('puluhan kapal', 'tens of thousands of troops') asserts only its interval,
    // whatever hedge stands before it
    Interval interval = number.vague() ? Interval.vague(number.low(), number.high())
        : amountTo != null ? Interval.range(number.value(), amountTo)
        : Hedges.interval(ctx.rules, approx, number.value(), number.approximate());
    // a count whose things are said to be in a state ('tiga desa yang masih terisolasi', 'the
    // three villages still cut off') states the present even inside a promise about them
    boolean expected = (Hedges.expected(ctx, sentence, m.start())
        || Hedges.plannedAfter(ctx, sentence, m.end())) && group(m, "qual") == null
        // the whole a part is taken from ('delapan dari 32 nelayan'): the plan is the part's
        && group(m, "partof") == null;
    String event = events.countedEvent(sentence, m.start(), m.end());
    if (group(m, "measured") != null && event == null) {
      return null; // 'measured it at 7.5': a magnitude only where the article names its quake
    }
    Integer earlier = earlierYear(ctx, events, sentence, m.start());
    if (earlier == null) { // 'a crush at a free concert killed two people in 2019'
      earlier = trailingEarlierYear(ctx, sentence, m.end());
    }
    if (earlier != null) { // 'In January 2021, a quake killed more than 100 people'
      event = (event == null ? "" : event + " ") + earlier;
    }
    if (SupersededFigures.superseded(ctx, sentence, m.start("num"), m.end())) {
      // 'direvisi dari dua orang menjadi satu orang': the old figure, kept but never compared
      what = what + " " + SupersededFigures.QUALIFIER;
    }
    String asOf = FigureTimes.asOf(ctx, sentence, m.start(), m.end());
    String offset = FigureTimes.offset(asOf);
    return Draft.of(ClaimType.QUANTITY,
        new QuantityValue(event, what, number.value(), unit, approximate, interval.low(),
            interval.high(), interval.bound(), expected, FigureTimes.local(asOf),
            FigureTimes.revision(ctx, sentence, m.start("num"), m.end()), offset),
        m.start(), m.end(), ruleName("quantity", rule));
  }

  /**
   * The part of a whole that a release word takes ('will release eight of 23 fishermen',
   * 'membebaskan delapan dari 23 nelayan': group 'partqual', by count-qualifiers.txt): a count of
   * the same things set free, expected when a plan or promise stands before it. A part with no
   * such word is left alone: 'eight of the 23 fishermen are teenagers' counts no fishermen.
   */
  @Override
  java.util.List<Draft> followOn(ArticleContext ctx, Sentence sentence, Matcher m, Draft draft) {
    String part = group(m, "partof");
    String qualifier = group(m, "partqual");
    if (part == null || qualifier == null || !(draft.value() instanceof QuantityValue whole)) {
      return java.util.List.of();
    }
    NumberParser.Parsed number = ctx.rules.numbers().parse(part);
    if (number == null || number.vague()) {
      return java.util.List.of();
    }
    String what = whole.what() + " " + ctx.rules.lexicon().mapping(LanguageFile.COUNT_QUALIFIERS)
        .getOrDefault(normalize(qualifier), normalize(qualifier));
    boolean expected = Hedges.expected(ctx, sentence, m.start("partqual"));
    Interval interval = Hedges.interval(ctx.rules, null, number.value(), number.approximate());
    return java.util.List.of(Draft.of(ClaimType.QUANTITY,
        new QuantityValue(whole.event(), what, number.value(), null, number.approximate(),
            interval.low(), interval.high(), interval.bound(), expected, whole.asOf(), null,
            whole.asOfOffset()),
        m.start("partqual"), m.end("partof"), draft.rule()));
  }

  /**
   * The last words of {@code counted-nouns.txt} before {@code at} in its sentence, or null: the
   * things a count whose noun is left out counts ('14 penerbangan dibatalkan dan lima lainnya
   * ditunda': penerbangan).
   */
  private static @Nullable String antecedent(ArticleContext ctx, Sentence sentence, int at) {
    java.util.regex.Pattern nouns = ctx.rules.pattern("quantity-counted-nouns",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.COUNTED_NOUNS))));
    Matcher n = nouns.matcher(ctx.text).region(sentence.start(), Math.max(sentence.start(), at));
    String last = null;
    while (n.find()) {
      last = n.group();
    }
    return last;
  }

  /**
   * The key of {@code counted-nouns.txt} a part named after its whole counts ('injured 11
   * others, seven of them firefighters': injured), or null: the key of the last counted words
   * before the part in its sentence (or in the sentence before, when none stands before the part
   * in its own: 'Korban luka 14 orang. Tiga di antaranya …'). Bare people after a casualty word
   * ('injured 40 people', 'Korban luka tercatat 14 orang') are that casualty's; people of no state
   * give null, since a part of them ('300 people protested, 40 of them women') says nothing of
   * what.
   */
  private static @Nullable String wholeOfPart(ArticleContext ctx, Sentence sentence, int at) {
    java.util.regex.Pattern nouns = ctx.rules.pattern("quantity-counted-nouns",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.COUNTED_NOUNS))));
    Matcher n = nouns.matcher(ctx.text).region(sentence.start(), Math.max(sentence.start(), at));
    if (!n.find() && sentence.index() > 0) {
      Sentence before = ctx.sentences.get(sentence.index() - 1);
      n = nouns.matcher(ctx.text).region(before.start(), before.end());
    } else {
      n.reset();
      n.region(sentence.start(), Math.max(sentence.start(), at));
    }
    java.util.Map<String, String> keys = ctx.rules.lexicon().mapping(LanguageFile.COUNTED_NOUNS);
    String last = null;
    String previous = null;
    while (n.find()) {
      previous = last;
      last = keys.getOrDefault(normalize(n.group()), normalize(n.group()));
    }
    if (PEOPLE.equals(last) && previous != null && casualtyKeys(ctx).contains(previous)) {
      return previous; // 'injured 40 people': the injured
    }
    return PEOPLE.equals(last) ? null : last;
  }

  /**
   * The key of {@code count-qualifiers.txt} for a qualifier as written: its own key, else, for a
   * degree word standing alone for the qualifier it opens ('412 of them heavily': heavily
   * damaged), the key of the first wording that starts with it, else the word itself.
   */
  private static String qualifierKey(ArticleContext ctx, String written) {
    java.util.Map<String, String> keys = ctx.rules.lexicon().mapping(LanguageFile.COUNT_QUALIFIERS);
    String word = normalize(written);
    String key = keys.get(word);
    if (key != null) {
      return key;
    }
    for (String wording : ctx.rules.lexicon().words(LanguageFile.COUNT_QUALIFIERS)) {
      if (normalize(wording).startsWith(word + " ")) {
        return keys.getOrDefault(normalize(wording), word);
      }
    }
    return word;
  }

  /**
   * The keys of counted-nouns.txt that words of casualty-states.txt or casualty-verbs.txt have;
   * built once per language's rules.
   */
  private static java.util.Set<String> casualtyKeys(ArticleContext ctx) {
    return ctx.rules.cached("casualty-keys", lexicon -> {
      java.util.Map<String, String> keys = lexicon.mapping(LanguageFile.COUNTED_NOUNS);
      java.util.Set<String> out = new java.util.HashSet<>();
      for (LanguageFile list : java.util.List.of(LanguageFile.CASUALTY_STATES,
          LanguageFile.CASUALTY_VERBS)) {
        for (String word : lexicon.words(list)) {
          String key = keys.get(normalize(word));
          if (key != null) {
            out.add(key);
          }
        }
      }
      return java.util.Set.copyOf(out);
    });
  }

  /**
   * A year of four digits, not part of a longer number, nor a clock time before a zone's
   * capitals ('(1817 GMT Monday)').
   */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
      "(?<![\\d.,])(1[89]\\d{2}|20\\d{2})(?![\\d.,]\\d|\\d)(?!\\s*\\p{Lu}{3,4}(?![\\p{L}]))");

  /**
   * The year of another, earlier event that a count's sentence is about, or null: a year before
   * the publication year standing before the count ('In January 2021, a quake killed 100'), not
   * one that opens a span up to now (a word of {@code date-range-markers.txt} at most two words
   * before it: 'the worst since 2018'), or in the sentence before when the count's sentence opens
   * by pointing back to it ('Saat itu', 'Pertemuan itu': {@link Events#takesUpPrevious}).
   */
  static @Nullable Integer earlierYear(ArticleContext ctx, Events events, Sentence sentence,
      int at) {
    Integer published = ctx.publishedYear();
    if (published == null) {
      return null;
    }
    java.util.regex.Pattern range = ctx.rules.pattern("quantity-range-before-year",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.list(LanguageFile.DATE_RANGE_MARKERS))
            + "(?:\\s+[\\p{L}\\d]+)?\\s+$"));
    Integer found = pastYear(ctx, sentence.start(), at, published, range);
    if (found == null && sentence.index() > 0
        && (pastAnaphor(ctx, sentence, at) || events.takesUpPrevious(sentence)
            || yearAnaphor(ctx, sentence, at))) {
      // 'Gunung itu terakhir meletus pada Maret 2015. Saat itu sekitar 900 warga mengungsi';
      // 'Keduanya terakhir bertemu pada Mei 2025. Pertemuan itu menghasilkan sembilan perjanjian'
      Sentence previous = ctx.sentences.get(sentence.index() - 1);
      found = pastYear(ctx, previous.start(), previous.end(), published, range);
    }
    return found;
  }

  /**
   * The year of another, earlier event that a count's own clause dates after the count, or null:
   * a year before the publication year right after a word of {@code date-prepositions.txt} (and
   * an optional month), with no other number, comma, semicolon or colon between the count and it
   * ('killed two people in 2019', 'menewaskan dua orang pada Juli 2019'). A range marker
   * ('since 2019', 'sejak 2019') opens a span up to now and dates nothing.
   */
  static @Nullable Integer trailingEarlierYear(ArticleContext ctx, Sentence sentence, int end) {
    Integer published = ctx.publishedYear();
    if (published == null || end >= sentence.end()) {
      return null;
    }
    java.util.regex.Pattern dated = ctx.rules.pattern("quantity-trailing-past-year",
        lexicon -> {
          java.util.List<String> prepositions = new java.util.ArrayList<>(
              lexicon.list(LanguageFile.DATE_PREPOSITIONS));
          prepositions.removeAll(lexicon.list(LanguageFile.DATE_RANGE_MARKERS));
          return java.util.regex.Pattern.compile("^[^\\d,;:()]*?(?<![\\p{L}])"
              + wordsOrNever(prepositions)
              + "(?:\\s+\\p{L}+)?\\s+(1[89]\\d{2}|20\\d{2})(?![\\d.,]\\d|\\d)");
        });
    Matcher y = dated.matcher(ctx.text).region(end, sentence.end());
    if (!y.find()) {
      return null;
    }
    int year = Integer.parseInt(y.group(1));
    return year < published ? year : null;
  }

  /** The last year before {@code published} in [from, to) that opens no span up to now, or null. */
  private static @Nullable Integer pastYear(ArticleContext ctx, int from, int to, int published,
      java.util.regex.Pattern range) {
    Matcher y = YEAR.matcher(ctx.text).region(from, to);
    Integer found = null;
    java.util.regex.Pattern recalled = ctx.rules.pattern("quantity-range-recall", lexicon ->
        java.util.regex.Pattern.compile("^\\s*,?\\s*(?:" + wordsOrNever(
            lexicon.has(LanguageFile.RANGE_RECALL_WORDS)
                ? lexicon.list(LanguageFile.RANGE_RECALL_WORDS) : java.util.List.of())
            + ")(?![\\p{L}\\d])", java.util.regex.Pattern.CASE_INSENSITIVE
            | java.util.regex.Pattern.UNICODE_CASE));
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      String before = ctx.text.substring(Math.max(from, y.start() - 40), y.start());
      // 'the deadliest since May 2024, when 11 people died': the clause after the year recounts
      // what happened then, so the count in it is that earlier event's
      if (year < published && (!range.matcher(before).find()
          || recalled.matcher(ctx.text).region(y.end(), to).lookingAt())) {
        found = year;
      }
    }
    return found;
  }

  /**
   * Whether the words before a count open its sentence with a word of past-anaphors.txt ('Saat
   * itu', 'At the time'): the count is of the time the sentence before names.
   */
  private static boolean pastAnaphor(ArticleContext ctx, Sentence sentence, int at) {
    java.util.regex.Pattern opening = ctx.rules.pattern("quantity-past-anaphor",
        lexicon -> java.util.regex.Pattern.compile("[\\s\"“'‘(]*"
            + wordsOrNever(lexicon.list(LanguageFile.PAST_ANAPHORS))));
    return opening.matcher(ctx.text).region(sentence.start(), at).lookingAt();
  }

  /**
   * Whether a word of year-anaphors.txt ('tahun itu', 'that year') stands before a count in its
   * sentence: the count is of the year the sentence before names ('Letusan tahun itu menewaskan
   * 353 orang').
   */
  private static boolean yearAnaphor(ArticleContext ctx, Sentence sentence, int at) {
    if (!ctx.rules.lexicon().has(LanguageFile.YEAR_ANAPHORS)) {
      return false;
    }
    java.util.regex.Pattern words = ctx.rules.pattern("quantity-year-anaphor",
        lexicon -> java.util.regex.Pattern.compile(
            wordsOrNever(lexicon.list(LanguageFile.YEAR_ANAPHORS))));
    return words.matcher(ctx.text).region(sentence.start(), Math.max(sentence.start(), at)).find();
  }

  /**
   * Whether the counted noun at {@code at} opens a compound of noun-compounds.txt ('rumah
   * sakit', 'police stations'): the count is of another thing.
   */
  private static boolean compound(ArticleContext ctx, int at) {
    java.util.regex.Pattern compounds = ctx.rules.pattern("quantity-noun-compounds",
        lexicon -> java.util.regex.Pattern.compile(
            wordsOrNever(lexicon.list(LanguageFile.NOUN_COMPOUNDS))));
    return compounds.matcher(ctx.text).region(at, ctx.text.length()).lookingAt();
  }

  /** The words of a list as an alternation; a pattern that never matches for an empty list. */
  private static String wordsOrNever(java.util.List<String> words) {
    return words.isEmpty() ? "(?!)" : dev.claimdiff.lang.WordPatterns.alternation(words);
  }

  /**
   * The qualifier of {@code increment-words.txt} when the count is an increment ('three more
   * bodies', 'another 12 people', 'enam jenazah lagi'): the word stands between the number and
   * the end of the claim's words, right before the claim, or right after it.
   */
  private static @Nullable String increment(ArticleContext ctx, Sentence sentence, Matcher m) {
    java.util.Map<String, String> words = ctx.rules.lexicon().mapping(LanguageFile.INCREMENT_WORDS);
    if (words.isEmpty()) {
      return null;
    }
    java.util.regex.Pattern any = ctx.rules.pattern("quantity-increment-words",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.mapping(LanguageFile.INCREMENT_WORDS).keySet())));
    java.util.regex.Pattern before = ctx.rules.pattern("quantity-increment-before",
        lexicon -> java.util.regex.Pattern.compile("(" + dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.mapping(LanguageFile.INCREMENT_WORDS).keySet()) + ")\\s+$"));
    java.util.regex.Pattern after = ctx.rules.pattern("quantity-increment-after",
        // a name or demonym may stand between ('60 nelayan India pertama')
        lexicon -> java.util.regex.Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(" + dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.mapping(LanguageFile.INCREMENT_WORDS).keySet()) + ")"));
    Matcher inside = any.matcher(ctx.text).region(m.end("num"), m.end());
    if (inside.find()) {
      return words.get(normalize(inside.group()));
    }
    Matcher b = before.matcher(ctx.text).region(Math.max(sentence.start(), m.start() - 24), m.start());
    if (b.find()) {
      return words.get(normalize(b.group(1)));
    }
    Matcher a = after.matcher(ctx.text).region(m.end(), sentence.end());
    if (a.lookingAt()) {
      return words.get(normalize(a.group(1)));
    }
    return null;
  }

  /**
   * The qualifier of {@code part-words.txt} when a count of bodies or victims is a part of the
   * toll ('Dua jenazah lainnya ditemukan', 'two other bodies'): the word stands between the number
   * and the end of the claim's words or right after them. A count that ends in what happened to
   * the people ('15 orang lainnya hilang': a word of {@code casualty-states.txt}) is the count of
   * that state, not a part, and gets none.
   */
  private static @Nullable String part(ArticleContext ctx, Sentence sentence, Matcher m,
      String noun) {
    java.util.Map<String, String> words = ctx.rules.lexicon().mapping(LanguageFile.PART_WORDS);
    if (words.isEmpty()
        || ctx.rules.lexicon().words(LanguageFile.CASUALTY_STATES).contains(normalize(noun))) {
      return null;
    }
    java.util.regex.Pattern any = ctx.rules.pattern("quantity-part-words",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.mapping(LanguageFile.PART_WORDS).keySet())));
    java.util.regex.Pattern after = ctx.rules.pattern("quantity-part-after",
        // a name or demonym may stand between ('60 nelayan India pertama')
        lexicon -> java.util.regex.Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(" + dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.mapping(LanguageFile.PART_WORDS).keySet()) + ")(?![\\p{L}\\d])"));
    Matcher inside = any.matcher(ctx.text).region(m.end("num"), m.end());
    if (inside.find()) {
      return words.get(normalize(inside.group()));
    }
    Matcher a = after.matcher(ctx.text).region(m.end(), sentence.end());
    if (a.lookingAt()) {
      return words.get(normalize(a.group(1)));
    }
    return null;
  }

  /**
   * Whether a count is an idiom of denial ('satu rupiah pun', 'not a single cent'): a word of
   * {@code denial-particles.txt} right after the claim's words or right before its number.
   */
  private static boolean denial(ArticleContext ctx, Sentence sentence, Matcher m) {
    if (ctx.rules.lexicon().list(LanguageFile.DENIAL_PARTICLES).isEmpty()) {
      return false;
    }
    java.util.regex.Pattern before = ctx.rules.pattern("quantity-denial-before",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.DENIAL_PARTICLES)) + "\\s+$"));
    java.util.regex.Pattern after = ctx.rules.pattern("quantity-denial-after",
        lexicon -> java.util.regex.Pattern.compile("\\s+" + dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.DENIAL_PARTICLES))));
    return before.matcher(ctx.text).region(Math.max(sentence.start(), m.start("num") - 16),
        m.start("num")).find()
        || after.matcher(ctx.text).region(m.end(), sentence.end()).lookingAt();
  }

  /** An amount times a scale word's factor, computed in decimal. */
  private static double scaled(double amount, String factor) {
    return new java.math.BigDecimal(Double.toString(amount))
        .multiply(new java.math.BigDecimal(factor)).doubleValue();
  }

  /**
   * The slot of a goal's minute: by the goal's order when the rule names it (group
   * {@code opener} or {@code winner}: one goal per match), else {@code goal minute}, which has no
   * slot (align/generic-counts.txt): two goals' minutes are never one slot.
   */
  private static String goalMinute(Matcher m) {
    if (group(m, "opener") != null) {
      return "goal minute opener";
    }
    if (group(m, "winner") != null) {
      return "goal minute winner";
    }
    // a scorer alone does not name one goal: a player who scores twice has two minutes, and two
    // outlets giving one each would look like a contradiction, so such a minute gets no slot
    return "goal minute";
  }

  private static String normalize(String s) {
    return Texts.key(s);
  }

  /**
   * The qualifier of term-qualifiers.txt right after a prison term without its noun (when
   * {@code end} is not negative), else the nearest before it in its sentence, or null.
   */
  private static @Nullable String termQualifier(ArticleContext ctx, Sentence sentence, int at,
      int end) {
    java.util.Map<String, String> qualifiers = ctx.rules.lexicon().mapping(LanguageFile.TERM_QUALIFIERS);
    java.util.regex.Pattern words = ctx.rules.pattern("term-qualifiers",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.TERM_QUALIFIERS))));
    // a qualifier right after a term without its noun is its own ('the 11 years sought by
    // prosecutors'), nearer than any before it ('The sentence is lighter than …'); after a term
    // with its noun, one belongs to the next term ('8 tahun penjara subsider 6 bulan kurungan')
    if (end >= 0) {
      java.util.regex.Pattern after = ctx.rules.pattern("term-qualifiers-after",
        lexicon -> java.util.regex.Pattern.compile("\\s+" + dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words(LanguageFile.TERM_QUALIFIERS))));
      java.util.regex.Matcher next = after.matcher(ctx.text).region(end, sentence.end());
      if (next.lookingAt()) {
        return qualifiers.get(normalize(next.group().strip()));
      }
    }
    java.util.regex.Matcher m = words.matcher(ctx.text).region(sentence.start(), at);
    String last = null;
    while (m.find()) {
      last = qualifiers.get(normalize(m.group()));
    }
    return last;
  }
}
