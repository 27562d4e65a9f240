package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.FigureTimes;
import dev.claimdiff.extract.discourse.SentenceMatches;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Figures the text itself sets aside as no longer current: the old side of a revision
 * ('direvisi dari dua orang menjadi satu orang', 'revised the toll down to one from two'), an
 * earlier report quoted with its revision ('BPBD sempat melaporkan dua warga meninggal sebelum
 * angka itu direvisi', 'revising down an earlier death toll of eight') and, in an article that
 * gives such a revision, a later mention of the same old figure with no words of its own that
 * date or renew it ('"Tadi pagi kami terima laporan dua warga meninggal …"'). The words are those
 * of {@code extract/superseded-markers.txt}, by role (its header explains each key).
 *
 * <p>Such a count gets the qualifier {@value #QUALIFIER}, which {@code align/increment-qualifiers.txt}
 * lists: it stays a claim with its evidence, but has no slot, so it is never compared with another
 * outlet's figure nor agreed on. The new figure of the revision keeps its own claim and slot.
 */
public final class SupersededFigures {
  /** The qualifier of a superseded count's {@code what} ('deaths superseded'). */
  static final String QUALIFIER = "superseded";

  /** How far before a figure's number the words of 'earlier-figure', 'earlier-report' or 'old-figure' may start. */
  private static final int CUE_REACH = 40;
  /** How far before the words of 'change-from' or 'earlier-figure' a word of 'revision-verb' may stand. */
  private static final int REVISED_REACH = 80;
  /** How many sentences after a superseded figure a mention of it is still its echo. */
  private static final int ECHO_SENTENCES = 3;

  private SupersededFigures() {}

  /**
   * Whether the figure whose number starts at {@code num} and whose claim ends at {@code end} is
   * set aside by its own sentence.
   */
  static boolean superseded(ArticleContext ctx, Sentence sentence, int num, int end) {
    String text = ctx.text;
    int from = Math.max(sentence.start(), num - CUE_REACH);
    // 'dari sebelumnya 6,2', 'up from 27'
    if (SentenceMatches.firstEndingBefore(matches(ctx, sentence, "old-figure"), text, from, num)
        >= 0) {
      return true;
    }
    // 'merevisi jumlah korban meninggal dari delapan', 'revised the toll down to one from two'
    int[] changes = matches(ctx, sentence, "change-from");
    int f = SentenceMatches.firstEndingBefore(changes, text, from, num);
    if (f >= 0 && revisionBefore(ctx, sentence, changes[f], true)) {
      return true;
    }
    // 'BPBD sempat melaporkan dua warga', 'Police had earlier put the number of passengers at'
    if (cueBefore(ctx, sentence, "earlier-report", from, num) >= 0) {
      return true;
    }
    // 'satu warga yang sebelumnya dilaporkan meninggal ternyata masih hidup', 'two climbers who
    // were earlier reported missing': a relative clause reports the figure as an earlier report
    if (ctx.rules.pattern("superseded-relative-report", lexicon -> Pattern.compile(
            "\\s*,?\\s*(?:" + WordPatterns.alternation(lexicon.words(LanguageFile.RELATIVE_MARKERS))
                + ")\\s+(?:\\p{L}+\\s+)?" + words(lexicon, "earlier-report") + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .matcher(text).region(end, sentence.end()).lookingAt()) {
      return true;
    }
    // 'merevisi turun angka korban tewas sebelumnya sebanyak delapan orang'
    int earlier = cueBefore(ctx, sentence, "earlier-figure", from, num);
    if (earlier >= 0 && revisionBefore(ctx, sentence, earlier, false)) {
      return true;
    }
    // 'dua warga meninggal dunia sebelum angka itu direvisi'
    return ctx.rules.pattern("superseded-until", lexicon -> Pattern.compile(
            "\\s*,?\\s*(?:[\\p{L}\\d]+\\s+){0,4}?" + words(lexicon, "until-revised")
                + "\\s+(?:[\\p{L}\\d]+\\s+){0,3}?" + words(lexicon, "revision-verb"),
            Pattern.UNICODE_CHARACTER_CLASS))
        .matcher(text).region(end, sentence.end()).lookingAt();
  }

  /**
   * Where the last words of {@code key} before the number start, or -1: no number and no word
   * of 'to' may stand between them and the number ('sebelumnya 30 orang menjadi 24 orang' sets
   * aside the 30, not the 24).
   */
  private static int cueBefore(ArticleContext ctx, Sentence sentence, String key, int from,
      int num) {
    int[] cues = matches(ctx, sentence, key);
    int i = SentenceMatches.lastWithin(cues, from, num);
    if (i < 0) {
      return -1;
    }
    int last = cues[i];
    int lastEnd = cues[i + 1];
    String between = ctx.text.substring(lastEnd, num);
    if (between.chars().anyMatch(Character::isDigit)
        || pattern(ctx, "change-to", "").matcher(between).find()) {
      return -1;
    }
    return last;
  }

  /**
   * Whether a word of 'revision-verb' (with {@code anyRevision}, also one of revision-markers.txt:
   * 'rose to 41 from 27') stands before {@code at} in its sentence, near enough.
   */
  private static boolean revisionBefore(ArticleContext ctx, Sentence sentence, int at,
      boolean anyRevision) {
    int from = Math.max(sentence.start(), at - REVISED_REACH);
    if (SentenceMatches.lastWithin(matches(ctx, sentence, "revision-verb"), from, at) >= 0) {
      return true;
    }
    return anyRevision
        && SentenceMatches.lastWithin(FigureTimes.revisionMarkers(ctx, sentence), from, at) >= 0;
  }

  /** The words of one key as a case-insensitive alternation, followed by {@code tail}. */
  /** The matches of the words of {@code key} in a sentence, found once per sentence. */
  private static int[] matches(ArticleContext ctx, Sentence sentence, String key) {
    return SentenceMatches.of(ctx, sentence, "superseded-" + key, ctx.rules.cached(
        "sentence-words:superseded-" + key, lexicon -> SentenceMatches.Words.of(wordList(lexicon, key))));
  }

  static Pattern pattern(ArticleContext ctx, String key, String tail) {
    return ctx.rules.pattern("superseded-" + key + tail, lexicon -> Pattern.compile(
        words(lexicon, key) + tail));
  }

  private static String words(dev.claimdiff.extract.engine.Lexicon lexicon, String key) {
    List<String> words = wordList(lexicon, key);
    return words.isEmpty() ? "(?!)" : WordPatterns.alternation(words);
  }

  private static List<String> wordList(dev.claimdiff.extract.engine.Lexicon lexicon, String key) {
    return lexicon.keyed(LanguageFile.SUPERSEDED_MARKERS).stream()
        .filter(line -> line.key().equals(key))
        .flatMap(line -> line.words().stream()).toList();
  }

  /** Whether a count carries the qualifier of a superseded figure. */
  static boolean isSuperseded(QuantityValue v) {
    return v.what().endsWith(" " + QUALIFIER);
  }

  /** What a count counts without the qualifier of a superseded figure. */
  public static String current(String what) {
    return what.endsWith(" " + QUALIFIER)
        ? what.substring(0, what.length() - QUALIFIER.length() - 1) : what;
  }

  /**
   * The drafts of one article settled around its superseded figures. A count of the same things
   * with another figure in the sentence that revises one ('menewaskan tujuh orang …, yang
   * merevisi turun angka korban tewas sebelumnya sebanyak delapan orang') is the revision's new
   * figure: with no revision words of its own, it takes the sentence's word of 'revision-verb', so the
   * time line knows the change was stated. A count of the same things with the same figure, in one
   * of the few sentences after the superseded one, that states no time and no revision of its
   * own, is an echo of the old figure and is set aside as well. An article that gives the same
   * figure anew ('bertambah menjadi delapan orang pada Sabtu') keeps every such mention. A count
   * of the same figure stated for an earlier time than a revision that sets it aside is that old
   * figure too ({@link #revisedLater}).
   */
  public static List<Draft> settle(ArticleContext ctx, List<Draft> drafts) {
    List<Draft> superseded = drafts.stream().filter(d -> d.value() instanceof QuantityValue v
        && isSuperseded(v)).toList();
    if (superseded.isEmpty()) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      Draft d = draft;
      String revised = d.value() instanceof QuantityValue v && !isSuperseded(v)
          && v.revision() == null && !v.expected() ? superseded.stream()
              .map(s -> revisedBy(ctx, s, draft)).filter(Objects::nonNull).findFirst()
              .orElse(null) : null;
      if (revised != null && d.value() instanceof QuantityValue v) {
        d = d.withValue(new QuantityValue(v.event(), v.what(), v.amount(), v.unit(),
            v.approximate(), v.low(), v.high(), v.bound(), v.expected(), v.asOf(), revised,
            v.asOfOffset()));
      } else if (d.value() instanceof QuantityValue v && !isSuperseded(v) && v.revision() == null
          && v.asOf() == null && !v.expected()
          && superseded.stream().anyMatch(s -> echoes(ctx, s, draft))
          && drafts.stream().noneMatch(o -> o.value() instanceof QuantityValue w
              && !isSuperseded(w) && w.revision() != null && sameFigure(v, w))) {
        d = d.withValue(new QuantityValue(v.event(), v.what() + " " + QUALIFIER, v.amount(),
            v.unit(), v.approximate(), v.low(), v.high(), v.bound(), v.expected(), v.asOf(),
            v.revision(), v.asOfOffset()));
      } else if (d.value() instanceof QuantityValue v && !isSuperseded(v) && v.revision() == null
          && !v.expected() && superseded.stream().anyMatch(s -> revisedLater(s, draft))) {
        d = d.withValue(new QuantityValue(v.event(), v.what() + " " + QUALIFIER, v.amount(),
            v.unit(), v.approximate(), v.low(), v.high(), v.bound(), v.expected(), v.asOf(),
            v.revision(), v.asOfOffset()));
      }
      out.add(d);
    }
    return out;
  }

  /**
   * The word of 'revision-verb' in the sentence of the superseded figure {@code s}, as written, when
   * {@code d} is another figure of the same things in that sentence; else null.
   */
  private static @Nullable String revisedBy(ArticleContext ctx, Draft s, Draft d) {
    if (!(s.value() instanceof QuantityValue old) || !(d.value() instanceof QuantityValue v)
        || !current(old.what()).equals(v.what()) || old.amount() == v.amount()) {
      return null;
    }
    Sentence sentence = ctx.sentenceAt(s.cleanStart());
    if (sentence.index() != ctx.sentenceAt(d.cleanStart()).index()) {
      return null;
    }
    Matcher m = pattern(ctx, "revision-verb", "").matcher(ctx.text)
        .region(sentence.start(), sentence.end());
    return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** Whether {@code d} repeats the superseded figure of {@code s} a few sentences after it. */
  private static boolean echoes(ArticleContext ctx, Draft s, Draft d) {
    if (!(s.value() instanceof QuantityValue old) || !(d.value() instanceof QuantityValue v)
        || d.cleanStart() <= s.cleanStart()) {
      return false;
    }
    int gap = ctx.sentenceAt(d.cleanStart()).index() - ctx.sentenceAt(s.cleanStart()).index();
    return gap >= 0 && gap <= ECHO_SENTENCES
        && current(old.what()).equals(v.what()) && old.amount() == v.amount()
        && Objects.equals(old.unit(), v.unit());
  }

  /**
   * Whether {@code d} gives, at an earlier time it is stated for, the figure that the superseded
   * {@code s} sets aside later in the story: a live report's update of 16.10 gives '14 anggota
   * delegasi', and its update of 19.40 revises the delegation 'menjadi 12 orang dari sebelumnya 14
   * orang'. That figure was the current one when it was written and is the old one now, wherever
   * the update stands in the article (a live report puts its latest update first), and whatever
   * noun it was counted with ('anggota', then 'orang'): the same number in one article, stated
   * for an earlier time than its revision.
   */
  private static boolean revisedLater(Draft s, Draft d) {
    return s.value() instanceof QuantityValue old && d.value() instanceof QuantityValue v
        && old.amount() == v.amount() && Objects.equals(old.unit(), v.unit())
        && statedBefore(v, old);
  }

  /**
   * Whether the time {@code a} is stated for comes before the time of {@code b}: an earlier
   * day, or an earlier clock time of the same day in the same zone. Without a time, never.
   */
  private static boolean statedBefore(QuantityValue a, QuantityValue b) {
    String x = a.asOf();
    String y = b.asOf();
    if (x == null || y == null || x.length() < DAY_LENGTH || y.length() < DAY_LENGTH) {
      return false;
    }
    int days = x.substring(0, DAY_LENGTH).compareTo(y.substring(0, DAY_LENGTH));
    if (days != 0) {
      return days < 0;
    }
    return x.length() > DAY_LENGTH && y.length() > DAY_LENGTH
        && Objects.equals(a.asOfOffset(), b.asOfOffset()) && x.compareTo(y) < 0;
  }

  /** The length of an ISO day ({@code 2026-12-07}), which a time stated for begins with. */
  private static final int DAY_LENGTH = 10;

  /** Whether two counts give the same figure of the same things. */
  private static boolean sameFigure(QuantityValue a, QuantityValue b) {
    return current(a.what()).equals(current(b.what())) && a.amount() == b.amount()
        && Objects.equals(a.unit(), b.unit());
  }
}
