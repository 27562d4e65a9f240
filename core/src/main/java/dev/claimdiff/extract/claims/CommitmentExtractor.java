package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.CountedUnits;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Mention;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * COMMITMENT claims from {@code lang/<lang>/extract/rules/commitment.rules}. In the text after the
 * verb the code finds what is promised (normalised by {@code commitment-objects.txt}), to whom
 * ({@code kepada X}, or the party whose demands it answers) and by when
 * ({@code due-expressions.txt}).
 */
public final class CommitmentExtractor extends RuleExtractor {

  public CommitmentExtractor() {
    super("commitment");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    return produce(ctx, events, sentence, rule, m, List.of());
  }

  /**
   * A rule with a group {@code self} ('we', 'kami') finds a promise in the first person: it counts
   * only inside a quotation, and the one who promises is that quotation's speaker (none when the
   * quotation has none). Any other rule's group {@code actor} names the one who promises, with
   * group {@code coactor} the second of two who promise together.
   */
  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m, List<Draft> earlier) {
    String actor;
    if (group(m, "self") != null) {
      actor = quoteSpeaker(ctx, m.start("self"), earlier);
    } else if (group(m, "collective") != null) {
      // a group named by a common noun ('pemerintah kabupaten', 'the search team'): no name to
      // resolve, so the actor is the noun as written
      actor = Texts.collapse(ctx.group(m, "collective"));
    } else {
      actor = ctx.discourse.speaker(ctx.group(m, "actor"), m.start("actor"));
    }
    if (actor != null && group(m, "coactor") != null) {
      actor = pair(ctx, m, actor);
    }
    if (actor == null) {
      return null;
    }
    int verbStart = group(m, "verb") != null ? m.start("verb") : m.start();
    if (negation(ctx).matcher(lastWords(ctx.text.substring(m.start(), verbStart))).find()) {
      return null;
    }
    if (isDemand(ctx, sentence, m.start())) {
      return null;
    }
    Lexicon lexicon = ctx.rules.lexicon();
    String rest = group(m, "rest") == null ? "" : ctx.group(m, "rest");
    int restStart = group(m, "rest") == null ? m.end() : m.start("rest");
    boolean expected = group(m, "object") != null;
    String objectText = expected ? ctx.group(m, "object")
        : group(m, "act") != null ? m.group("act") + " " + rest : rest;
    int objectStart = expected ? m.start("object") : restStart;

    Pattern dues = dues(ctx);
    Matcher due = dues.matcher(ctx.text);
    due.region(restStart, restStart + rest.length());
    String dueValue = null;
    int end = m.end();
    Matcher window = dueWindows(ctx).matcher(ctx.text);
    window.region(restStart, restStart + rest.length());
    if (due.find()) {
      dueValue = lexicon.mapping(LanguageFile.DUE_EXPRESSIONS)
          .get(Texts.key(due.group()));
      end = due.end();
    } else if (window.find() && (dueValue = dueWindow(ctx, window)) != null) {
      end = window.end();
    } else if (!expected) {
      Matcher objectEnd = objectEnd(ctx).matcher(rest);
      end = restStart + (objectEnd.find() ? objectEnd.start() : rest.length());
    }
    Matcher deadline = deadlines(ctx).matcher(ctx.text);
    deadline.region(restStart, restStart + rest.length());
    if (deadline.find()) {
      end = Math.max(end, deadline.end()); // the evidence holds the deadline as written
    }
    String action = action(lexicon.mapping(LanguageFile.COMMITMENT_OBJECTS), objectEnd(ctx),
        withoutDeterminers(lexicon.set(LanguageFile.OBJECT_DETERMINERS), objectText));
    if (action == null) {
      return null;
    }
    String recipient;
    if (expected) {
      recipient = countryOf(ctx, ctx.discourse.speaker(ctx.group(m, "recipient"), m.start("recipient")));
    } else {
      recipient = recipient(ctx, restStart, restStart + rest.length(), actor);
    }
    return Draft.of(ClaimType.COMMITMENT,
        new CommitmentValue(actor, action, recipient, dueValue, null),
        m.start(), Math.max(end, objectStart), ruleName("commitment", rule));
  }

  /**
   * Two who promise together ('Indonesia and Vietnam pledged …', group {@code coactor}): both
   * canonical names joined by the connective as written; null when the second cannot be resolved
   * or is the first.
   */
  private static @Nullable String pair(ArticleContext ctx, Matcher m, String actor) {
    String coactor = ctx.discourse.speaker(ctx.group(m, "coactor"), m.start("coactor"));
    if (coactor == null || coactor.equals(actor)) {
      return null;
    }
    String connective = Texts.collapse(ctx.text.substring(m.end("actor"), m.start("coactor")));
    return actor + " " + connective + " " + coactor;
  }

  /** The speaker of the quotation standing at {@code offset}, or null (none, or not in one). */
  private static @Nullable String quoteSpeaker(ArticleContext ctx, int offset, List<Draft> earlier) {
    if (ctx.quotationAt(offset) == null) {
      return null;
    }
    for (Draft draft : earlier) {
      if (draft.type() == ClaimType.QUOTE && draft.cleanStart() <= offset
          && offset < draft.cleanEnd()) {
        return draft.speaker();
      }
    }
    return null;
  }

  /** How many words before the verb a negation denies it ('will not send', 'tidak akan memberi'). */
  private static final int NEGATION_REACH_WORDS = 3;

  /**
   * The last words of the text before a promise's verb: a negation further back belongs to
   * another clause ('said his client had not received … and promised to appeal').
   */
  private static String lastWords(String beforeVerb) {
    String[] words = WordPatterns.WHITE_SPACE.split(beforeVerb.strip());
    return String.join(" ", List.of(words).subList(
        Math.max(0, words.length - NEGATION_REACH_WORDS), words.length));
  }

  /** When a promise is due: the phrases of due-expressions.txt. */
  private static Pattern dues(ArticleContext ctx) {
    return ctx.rules.pattern("due-expressions",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.words(LanguageFile.DUE_EXPRESSIONS))));
  }

  /**
   * A deadline a promise names: a word of deadline-markers.txt and the day or date after it
   * ('paling lambat Rabu (11/3)'). It only widens the claim's span: a weekday is no due value
   * that another article's date could be compared with.
   */
  private static Pattern deadlines(ArticleContext ctx) {
    return ctx.rules.pattern("promise-deadlines", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DEADLINE_MARKERS))
            + "\\s+[\\p{Lu}\\d][\\p{L}\\d]*(?:\\s+(?:\\p{Lu}\\p{L}*|\\d{4}))?(?:\\s*\\([\\d/]+\\))?"));
  }

  /** A window a promise is due within: 'dalam 48 jam', 'dalam waktu dua pekan'. */
  private static Pattern dueWindows(ArticleContext ctx) {
    return ctx.rules.pattern("due-windows", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DUE_WINDOW_MARKERS))
            + "\\s+(?<count>\\d+|" + WordPatterns.alternation(lexicon.words(LanguageFile.NUMBER_WORDS))
            + ")\\s+(?<unit>" + WordPatterns.alternation(lexicon.words(LanguageFile.DURATION_UNITS)) + ")"));
  }

  /** 'within 48 hours' for a window match, or null when its count or unit does not parse. */
  private static @Nullable String dueWindow(ArticleContext ctx, Matcher window) {
    NumberParser.Parsed count = ctx.rules.numbers().parse(window.group("count"));
    Double minutes = CountedUnits.minutesPerUnit(ctx.rules, window.group("unit"));
    if (count == null || minutes == null || count.value() < 1) {
      return null;
    }
    return "within " + CountedUnits.phrase(Math.round(count.value()), minutes);
  }

  private static Pattern negation(ArticleContext ctx) {
    return ctx.rules.pattern("negations",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.list(LanguageFile.NEGATIONS))));
  }

  /**
   * Where a promised object ends: a word of object-ends.txt, or a comma that is no decimal comma
   * ('20,6 juta keluarga' runs on).
   */
  private static Pattern objectEnd(ArticleContext ctx) {
    return ctx.rules.pattern("object-ends", lexicon -> Pattern.compile(
        "\\s+" + WordPatterns.alternation(lexicon.list(LanguageFile.OBJECT_ENDS)) + "|,(?!\\d)"));
  }

  private static boolean isDemand(ArticleContext ctx, Sentence sentence, int actorStart) {
    int from = Math.max(sentence.start(), actorStart - 20);
    Pattern desire = ctx.rules.pattern("desire-words", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DESIRE_WORDS)) + "\\s*$"));
    return desire.matcher(ctx.text.substring(from, actorStart)).find();
  }

  /** The object without the articles before it ('a written reply' is 'written reply'). */
  private static String withoutDeterminers(java.util.Set<String> determiners, String object) {
    String rest = object.strip();
    for (int space = rest.indexOf(' '); space > 0
        && determiners.contains(rest.substring(0, space).toLowerCase(java.util.Locale.ROOT));
        space = rest.indexOf(' ')) {
      rest = rest.substring(space + 1).strip();
    }
    return rest;
  }

  /**
   * The canonical action the object starts with as whole words ('rice, clean water and medicine'
   * starts with 'rice'), or its first words; null when the object ends before its first word.
   */
  private static @Nullable String action(Map<String, String> objects, Pattern objectEnd,
      String objectText) {
    String object = Texts.key(objectText);
    if (object.isEmpty()) {
      return null;
    }
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> e : objects.entrySet()) {
      String words = e.getKey();
      if (object.startsWith(words) && words.length() > bestLength
          && (object.length() == words.length()
              || !Character.isLetterOrDigit(object.charAt(words.length())))) {
        best = e.getValue();
        bestLength = words.length();
      }
    }
    if (best != null) {
      return best;
    }
    Matcher end = objectEnd.matcher(object);
    String head = (end.find() ? object.substring(0, end.start()) : object).strip();
    if (head.isEmpty()) {
      return null; // the object ends before any word ('memberikan ,jawaban'): nothing promised
    }
    String[] words = WordPatterns.WHITE_SPACE.split(head);
    return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
  }

  /**
   * To whom a promise is made: after a word of recipient-markers.txt ('kepada korban banjir'),
   * the mention standing there or the words as written; else the actor named right after a word
   * of addressee-markers.txt ('atas tuntutan keamanan Rusia'); else nobody.
   */
  private static @Nullable String recipient(ArticleContext ctx, int from, int to, String actor) {
    String span = ctx.text.substring(from, Math.max(from, to));
    Matcher marker = ctx.rules.pattern("recipient-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.RECIPIENT_MARKERS)) + "\\s+")).matcher(span);
    if (marker.find()) {
      Mention named = ctx.discourse.mentionAt(from + marker.end());
      if (named != null && named.canonical() != null) {
        return named.canonical();
      }
      Matcher end = objectEnd(ctx).matcher(span);
      int stop = end.find(marker.end()) ? end.start() : span.length();
      Matcher due = dues(ctx).matcher(span);
      if (due.find(marker.end()) && due.start() < stop) {
        stop = due.start();
      }
      String words = Texts.collapse(span.substring(marker.end(), stop));
      String[] parts = words.split(" ");
      return words.isEmpty() ? null
          : String.join(" ", java.util.Arrays.asList(parts).subList(0, Math.min(4, parts.length)));
    }
    Matcher destination = ctx.rules.pattern("destination-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DESTINATION_MARKERS)) + "\\s+")).matcher(span);
    while (destination.find()) {
      Mention named = ctx.discourse.mentionAt(from + destination.end());
      if (named != null && named.canonical() != null && !named.canonical().equals(actor)) {
        return named.canonical();
      }
    }
    Matcher addressee = ctx.rules.pattern("addressee-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.ADDRESSEE_MARKERS)))).matcher(span);
    if (addressee.find()) {
      int windowEnd = from + Math.min(span.length(), addressee.end() + 40);
      for (Mention mention : ctx.discourse.mentions()) {
        if (mention.start() >= from + addressee.end() && mention.start() < windowEnd
            && mention.canonical() != null && !mention.canonical().equals(actor)) {
          return mention.canonical();
        }
      }
    }
    return null;
  }

  /** A person's country when the gazetteer knows it (the receiving side of a promise). */
  private static @Nullable String countryOf(ArticleContext ctx, @Nullable String name) {
    if (name == null) {
      return null;
    }
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(name);
    return entity.map(e -> e.country() != null && e.type() == dev.claimdiff.lang.Gazetteer.EntityType.PERSON
        ? e.country() : name).orElse(name);
  }
}
