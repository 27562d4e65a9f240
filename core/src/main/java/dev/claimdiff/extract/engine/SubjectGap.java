package dev.claimdiff.extract.engine;

import dev.claimdiff.extract.engine.NativeMatchers.CharTrie;
import dev.claimdiff.lang.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The check a rule names with {@code check: subject-gap}: before its pattern
 * {@code (?<speaker>$MENTION) … $SUBJECT_GAP REST} is tried at a mention, code lists every place
 * where {@code $SUBJECT_GAP} ({@code $ASIDE? $RELATIVE $BETWEEN} of {@code id/macros.rules}) can
 * end after the mention, and tries {@code REST} at each. When {@code REST} matches at none, the
 * pattern cannot match there either and is not tried.
 *
 * <p>Why: the pattern's lazy aside, relative clause and words before the verb make the regex
 * engine try {@code REST} at the same places over and over, through every way of splitting the
 * stretch between them (up to 20 µs a try where a relative clause follows and no verb comes).
 * Listing the places once makes a failing try cost a few hundred nanoseconds.
 *
 * <p>The check only ever says no where the pattern fails, so a rule finds what its pattern finds:
 * the places listed are a superset of where the gap can end (the part before the gap may also take
 * a comma after the mention, as {@code statement-speaker-verb} does; the clause breakers are read
 * as whole words), and {@code REST} must start with white space, so the gap can only be followed
 * by it at a white-space character. {@code SubjectGapTest} runs every rule with and without its
 * check over the seeds, the benchmark corpus and generated sentences. The limits below mirror
 * those of the macros: change both together.
 */
final class SubjectGap {
  /** {@code $ASIDE}: '(BNPB)' holds 1 to 20 characters in brackets. */
  private static final int BRACKETED = 20;
  /** {@code $ASIDE}: ', bagaimanapun,' holds 1 to 25 characters between commas. */
  private static final int BETWEEN_COMMAS = 25;
  /** {@code $ASIDE}: ' di Semarang, Senin,': 1 to 30 characters after the adverbial ... */
  private static final int AFTER_ADVERBIAL = 30;
  /** ... and 1 to 15 in an optional second part before a comma. */
  private static final int SECOND_PART = 15;
  /** {@code $RELATIVE}: 1 to 80 characters after the marker. */
  private static final int RELATIVE_CLAUSE = 80;
  /** {@code $BETWEEN}: up to three lower-case words. */
  private static final int WORDS_BEFORE_VERB = 3;

  private static final Map<Language, SubjectGap> BY_LANGUAGE =
      new java.util.EnumMap<>(Language.class);

  private final CharTrie adverbials;
  private final CharTrie relativeMarkers;
  private final CharTrie clauseBreakers;

  private SubjectGap(Language language) {
    Lexicon lexicon = Lexicon.of(language);
    this.adverbials = CharTrie.of(lexicon.words("speech-adverbials"), true);
    this.relativeMarkers = CharTrie.of(lexicon.words("relative-markers"), true);
    this.clauseBreakers = CharTrie.of(lexicon.words("clause-breakers"), true);
  }

  /** The check for a language (its lists read once). */
  static synchronized SubjectGap of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, SubjectGap::new);
  }

  /**
   * Whether the pattern may match at {@code start}: a mention starts there, and {@code rest}
   * (positioned by this method, over the same text) matches before {@code limit} at one of the
   * places where the gap after the mention can end. The rest is only tried where one of
   * {@code restFirstWords} follows, as a whole word after white space: the rule's check line
   * names the words its rest starts with (it may name more, never fewer).
   */
  boolean mayMatch(CharSequence text, int start, int limit, CharTrie restFirstWords,
      Matcher rest) {
    if (start >= limit || text.charAt(start) != Mentions.MASK_START) {
      return false;
    }
    int mentionEnd = start + 1;
    while (mentionEnd < limit && text.charAt(mentionEnd) == Mentions.MASK_REST) {
      mentionEnd++;
    }
    Ends ends = new Ends();
    ends.add(mentionEnd);
    int comma = skipSpace(text, mentionEnd, limit);
    if (comma < limit && text.charAt(comma) == ',') {
      ends.add(comma + 1);
    }
    int heads = ends.size;
    for (int i = 0; i < heads; i++) {
      asides(text, ends.at(i), limit, ends);
    }
    int beforeRelative = ends.size;
    for (int i = 0; i < beforeRelative; i++) {
      relativeClauses(text, ends.at(i), limit, ends);
    }
    int beforeWords = ends.size;
    for (int i = 0; i < beforeWords; i++) {
      wordsBeforeVerb(text, ends.at(i), limit, ends);
    }
    ends.sort();
    int previous = -1;
    for (int i = 0; i < ends.size; i++) {
      int at = ends.at(i);
      if (at == previous || at >= limit || !NativeMatchers.isWhiteSpace(text.charAt(at))) {
        continue;
      }
      previous = at;
      int word = skipSpace(text, at, limit);
      if (!NativeMatchers.isWholeWord(restFirstWords, text, word, limit)) {
        continue; // the rest starts with one of these words, after white space
      }
      rest.region(at, limit);
      if (rest.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** {@code $ASIDE}'s three forms, from {@code at}. */
  private void asides(CharSequence text, int at, int limit, Ends ends) {
    int open = skipSpace(text, at, limit);
    if (open < limit && text.charAt(open) == '(') {
      // \s* \( [^()]{1,20} \)
      int close = open + 1;
      while (close < limit && text.charAt(close) != '(' && text.charAt(close) != ')') {
        close++;
      }
      int inside = close - open - 1;
      if (close < limit && text.charAt(close) == ')' && inside >= 1 && inside <= BRACKETED) {
        ends.add(close + 1);
      }
    }
    if (open < limit && text.charAt(open) == ',') {
      // \s* , \s* [^,.;"“-”()]{1,25}? \s* ,
      int end = partBeforeComma(text, open + 1, limit, BETWEEN_COMMAS);
      if (end >= 0) {
        ends.add(end);
      }
    }
    if (open > at) {
      // \s+ {speech-adverbials} \s+ [^,.;"“-”()]{1,30}? \s* , (?: \s* [^,.;"“-”()]{1,15}? \s* , )?
      adverbials.ends(text, open, limit, word -> {
        if (NativeMatchers.letterOrDigitAt(text, word) || word >= limit
            || !NativeMatchers.isWhiteSpace(text.charAt(word))) {
          return false;
        }
        int first = partBeforeComma(text, word + 1, limit, AFTER_ADVERBIAL);
        if (first >= 0) {
          ends.add(first);
          int second = partBeforeComma(text, first, limit, SECOND_PART);
          if (second >= 0) {
            ends.add(second);
          }
        }
        return false; // every entry that matches here
      });
    }
  }

  /**
   * {@code \s* [^,.;"“-”()]{1,max}? \s* ,} from {@code from}: the end after the comma, or -1. The
   * characters up to the first one of {@code ,.;"“”()} must end with that comma, and hold at
   * least one character, at most {@code max} of them between the first and the last that is not
   * white space.
   */
  private static int partBeforeComma(CharSequence text, int from, int limit, int max) {
    int stop = from;
    while (stop < limit && !isAsideStop(text.charAt(stop))) {
      stop++;
    }
    if (stop >= limit || text.charAt(stop) != ',' || stop == from) {
      return -1;
    }
    int first = skipSpace(text, from, stop);
    int last = stop;
    while (last > first && NativeMatchers.isWhiteSpace(text.charAt(last - 1))) {
      last--;
    }
    return last - first <= max ? stop + 1 : -1;
  }

  /** {@code $RELATIVE}: {@code \s+ {relative-markers} \s+ [^,.;"“-”]{1,80}?}, from {@code at}. */
  private void relativeClauses(CharSequence text, int at, int limit, Ends ends) {
    int marker = skipSpace(text, at, limit);
    if (marker == at) {
      return;
    }
    relativeMarkers.ends(text, marker, limit, afterMarker -> {
      if (NativeMatchers.letterOrDigitAt(text, afterMarker)) {
        return false;
      }
      int clause = skipSpace(text, afterMarker, limit);
      if (clause == afterMarker) {
        return false;
      }
      // the clause starts anywhere in the white space after the marker but its first character
      int last = Math.min(limit, clause + RELATIVE_CLAUSE);
      for (int end = afterMarker + 2; end <= last; end++) {
        if (isClauseStop(text.charAt(end - 1))) {
          break;
        }
        if (end < limit && NativeMatchers.isWhiteSpace(text.charAt(end))) {
          ends.add(end);
        }
      }
      return false;
    });
  }

  /** {@code $BETWEEN}: up to three lower-case words, none a clause breaker, from {@code at}. */
  private void wordsBeforeVerb(CharSequence text, int at, int limit, Ends ends) {
    int end = at;
    for (int n = 0; n < WORDS_BEFORE_VERB; n++) {
      int word = skipSpace(text, end, limit);
      if (word == end || word >= limit || !Character.isLowerCase(text.charAt(word))
          || clauseBreakers.ends(text, word, text.length(),
              e -> !NativeMatchers.letterOrDigitAt(text, e))) {
        return;
      }
      end = word + 1;
      while (end < limit && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      ends.add(end);
    }
  }

  private static int skipSpace(CharSequence text, int at, int limit) {
    while (at < limit && NativeMatchers.isWhiteSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** What the characters of an aside may not be: {@code [^,.;"“-”()]}. */
  private static boolean isAsideStop(char c) {
    return isClauseStop(c) || c == '(' || c == ')';
  }

  /** What the characters of a relative clause may not be: {@code [^,.;"“-”]}. */
  private static boolean isClauseStop(char c) {
    return c == ',' || c == '.' || c == ';' || c == '"' || c == '“' || c == '”';
  }

  /** A growing list of offsets (a few dozen at most). */
  private static final class Ends {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int at(int i) {
      return values[i];
    }

    void sort() {
      Arrays.sort(values, 0, size);
    }
  }
}
