package dev.claimdiff.extract.discourse;

import dev.claimdiff.extract.Interval;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the interval a hedge word asserts, by {@code lang/<lang>/extract/bounds.txt}: which bound
 * ({@code lebih dari}: more-than) a hedge of {@code approximators.txt} puts on its number; and
 * whether a value is expected rather than observed ({@code expected-markers.txt}:
 * {@code dijadwalkan}, {@code diperkirakan}).
 */
public final class Hedges {
  /** How far a vague amount reaches: {@code puluhan} (10) is below 100, {@code ratusan} 1000. */
  private static final double VAGUE_SPAN = 10;
  /** How far before a value a word that makes it expected may stand, in characters. */
  private static final int EXPECTED_REACH = 60;

  private Hedges() {}

  /**
   * The interval of a value.
   *
   * @param hedge the hedge as written, or null
   * @param value the number it hedges
   * @param vague whether the number itself is vague ({@code puluhan ribu}: a lower bound)
   */
  public static Interval interval(LanguageRules rules, @Nullable String hedge, double value,
      boolean vague) {
    if (hedge != null) {
      String bound = rules.lexicon().mapping(LanguageFile.BOUNDS).get(Texts.key(hedge));
      return Interval.of(value, bound == null ? Interval.ABOUT : bound);
    }
    if (vague) {
      return Interval.range(value, value * VAGUE_SPAN);
    }
    return Interval.of(value, Interval.EXACT);
  }

  /**
   * Whether a word of {@code expected-markers.txt} stands shortly before {@code start} in its
   * sentence, with no clause breaker ({@code event-clause-breakers.txt}) or comma after it: the
   * value is scheduled, planned or estimated.
   */
  public static boolean expected(ArticleContext ctx, Sentence sentence, int start) {
    return expected(ctx, sentence, start, null);
  }

  /**
   * As {@link #expected(ArticleContext, Sentence, int)}, but a marker is spent when a match of
   * {@code spent} stands between it and the value: the marker is that earlier value's ('Pertemuan
   * yang dijadwalkan tiga jam itu berakhir kurang dari dua jam': the schedule is the three hours',
   * the two hours are what happened).
   */
  public static boolean expected(ArticleContext ctx, Sentence sentence, int start,
      @Nullable Pattern spent) {
    SentenceMatches.Words markers = ctx.rules.cached("sentence-words:expected-markers",
        lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.EXPECTED_MARKERS)));
    Pattern breakers = ctx.rules.pattern("expected-breakers", lexicon -> Pattern.compile(
        "[,;]|" + WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS))));
    int from = Math.max(sentence.start(), start - EXPECTED_REACH);
    int last = SentenceMatches.lastEndWithin(
        SentenceMatches.of(ctx, sentence, "expected-markers", markers), from, start);
    return last >= 0 && !breakers.matcher(unlisted(ctx, last, start)).find()
        && (spent == null || !spent.matcher(ctx.text).region(last, start).find());
  }

  /** How far after a count a word of expected-markers.txt may stand as its clause's plan. */
  private static final int PLANNED_AFTER_REACH = 80;

  /**
   * Whether a word of {@code expected-markers.txt} stands after a count in its clause, within
   * {@link #PLANNED_AFTER_REACH} characters of {@code end} and with no comma or clause breaker
   * between (a list's commas end no clause): the count is the subject of a plan ('sedikitnya 20
   * perjanjian di bidang pangan, energi, dan pendidikan akan ditandatangani', 'at least 20 deals
   * are expected to be signed'), a number that may change, not what happened.
   */
  public static boolean plannedAfter(ArticleContext ctx, Sentence sentence, int end) {
    SentenceMatches.Words markers = ctx.rules.cached("sentence-words:expected-markers",
        lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.EXPECTED_MARKERS)));
    Pattern breakers = ctx.rules.pattern("expected-breakers", lexicon -> Pattern.compile(
        "[,;]|" + WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS))));
    int to = Math.min(sentence.end(), end + PLANNED_AFTER_REACH);
    int[] found = SentenceMatches.of(ctx, sentence, "expected-markers", markers);
    for (int i = 0; i < found.length; i += 2) {
      if (found[i] >= end && found[i + 1] <= to) {
        return !breakers.matcher(unlisted(ctx, end, found[i])).find();
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code start} is itself what a word of {@code expected-markers.txt}
   * plans ('akan bertemu', 'dijadwalkan untuk bertemu', 'will hold talks', 'is expected to
   * meet'), not a noun inside the complement of another planned action ('akan mengirim proposal
   * kepada Yunani untuk perundingan', 'would send a formal proposal for talks'): as {@link
   * #expected(ArticleContext, Sentence, int)}, and no word of {@code object-ends.txt} stands
   * between the marker and the word but right after the marker (the infinitive's 'to',
   * 'untuk').
   */
  public static boolean plans(ArticleContext ctx, Sentence sentence, int start) {
    if (!expected(ctx, sentence, start)) {
      return false;
    }
    SentenceMatches.Words markers = ctx.rules.cached("sentence-words:expected-markers",
        lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.EXPECTED_MARKERS)));
    int from = Math.max(sentence.start(), start - EXPECTED_REACH);
    int last = SentenceMatches.lastEndWithin(
        SentenceMatches.of(ctx, sentence, "expected-markers", markers), from, start);
    Pattern ends = ctx.rules.pattern("object-ends-words", lexicon -> Pattern.compile(
        "\\s" + WordPatterns.alternation(lexicon.list(LanguageFile.OBJECT_ENDS)) + "\\s"));
    Matcher firstWord = FIRST_WORD.matcher(ctx.text).region(last, start);
    int after = firstWord.lookingAt() ? firstWord.end() : last;
    return !ends.matcher(ctx.text).region(after, start).find();
  }

  /** The first word of a stretch, with the space before it. */
  private static final Pattern FIRST_WORD = Pattern.compile("\\s*\\S+");

  /**
   * The text of [from, to) with the commas and conjunctions of its lists of three or more items
   * blanked ('makanan, selimut, dan masker', by {@code list-conjunctions.txt}): a list is one
   * phrase, so they end no clause.
   */
  static String unlisted(ArticleContext ctx, int from, int to) {
    String region = ctx.text.substring(from, to);
    if (region.indexOf(',') < 0) {
      return region; // a list of three or more items has a comma
    }
    Pattern list = ctx.rules.pattern("enumeration", lexicon -> {
      String conj = WordPatterns.alternation(lexicon.list(LanguageFile.LIST_CONJUNCTIONS));
      String word = "(?!" + conj + ")\\p{L}[\\p{L}'\u2019-]*";
      String item = word + "(?:\\s+" + word + "){0," + (LIST_ITEM_WORDS - 1) + "}";
      return Pattern.compile(item + "(?:\\s*,\\s*" + item + ")+\\s*,?\\s+" + conj + "\\s+\\p{L}");
    });
    Matcher m = list.matcher(region);
    StringBuilder out = null;
    while (m.find()) {
      Pattern separators = ctx.rules.pattern("enumeration-separators", lexicon -> Pattern.compile(
          ",|" + WordPatterns.alternation(lexicon.list(LanguageFile.LIST_CONJUNCTIONS))));
      Matcher sep = separators.matcher(region).region(m.start(), m.end());
      while (sep.find()) {
        if (out == null) {
          out = new StringBuilder(region);
        }
        for (int i = sep.start(); i < sep.end(); i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out == null ? region : out.toString();
  }

  /** How many words one item of a list may have ('face masks', 'the rescue teams'). */
  private static final int LIST_ITEM_WORDS = 3;

  /** How far before a time a word of future-cues.txt may stand, in characters. */
  private static final int FUTURE_CUE_REACH = 80;

  /**
   * Whether a word of {@code future-cues.txt} stands shortly before {@code start} in its clause
   * ('akan kembali turun ke jalan pada Jumat', 'mulai Selasa', 'would reach the villages by
   * Wednesday'), with no comma, clause breaker ({@code event-clause-breakers.txt}) or verb of
   * happening ({@code occurrence-verbs.txt}: 'akan menyelidiki kecelakaan yang terjadi pada
   * Selasa') between, and in the same voice: the time named there is one to come.
   */
  public static boolean ahead(ArticleContext ctx, Sentence sentence, int start) {
    SentenceMatches.Words cues = ctx.rules.cached("sentence-words:future-cues",
        lexicon -> SentenceMatches.Words.of(lexicon.list(LanguageFile.FUTURE_CUES)));
    Pattern stops = ctx.rules.pattern("future-cue-stops", lexicon -> Pattern.compile(
        "[,;](?!\\d)|" + WordPatterns.alternation(lexicon.list(LanguageFile.EVENT_CLAUSE_BREAKERS))));
    Pattern happened = ctx.rules.pattern("occurrence-verbs", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.OCCURRENCE_VERBS))));
    int from = Math.max(sentence.start(), start - FUTURE_CUE_REACH);
    int last = SentenceMatches.lastEndWithin(
        SentenceMatches.of(ctx, sentence, "future-cues", cues), from, start);
    if (last < 0 || ctx.quotationAt(last) != ctx.quotationAt(start)
        || stops.matcher(unlisted(ctx, last, start)).find()) {
      return false;
    }
    // a verb of happening is the cue's own verb right after it ('akan digelar', 'will be held');
    // further on it is another clause's ('akan menyelidiki kecelakaan yang terjadi pada Selasa')
    Matcher h = happened.matcher(ctx.text).region(Math.min(start, last + OWN_VERB_REACH), start);
    return !h.find();
  }

  /** How far after a future cue its own verb may start, in characters ('will be held'). */
  private static final int OWN_VERB_REACH = 12;
}
