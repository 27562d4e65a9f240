package dev.claimdiff.extract.engine.matchers;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.Mentions;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * check over the seeds, the benchmark corpus and generated sentences. The limits (how many
 * characters an aside or a relative clause holds, how many words stand before the verb) are read
 * from the language's own macros, which must keep the shape this class mirrors ({@link Limits}):
 * a macro that no longer has it fails when the rules load, with its file and line.
 */
public final class SubjectGap {
  /**
   * The limits of {@code $ASIDE}, {@code $RELATIVE} and {@code $BETWEEN}, as the language's
   * {@code macros.rules} writes them: each macro must read as its shape here (white space
   * aside), with numbers where {@code #} stands.
   *
   * @param bracketed '(BNPB)': at most this many characters in brackets
   * @param betweenCommas ', bagaimanapun,': at most this many between commas
   * @param afterAdverbial ' di Semarang, Senin,': at most this many after the adverbial ...
   * @param secondPart ... and in an optional second part before a comma
   * @param relativeClause at most this many characters after a relative marker
   * @param wordsBeforeVerb at most this many lower-case words before the verb
   */
  record Limits(int bracketed, int betweenCommas, int afterAdverbial, int secondPart,
      int relativeClause, int wordsBeforeVerb) {
    private static final String ASIDE = "(?: \\s* \\( [^()]{1,#} \\) "
        + "| \\s* , \\s* [^,.;\"“-”()]{1,#}? \\s* , "
        + "| \\s+ {speech-adverbials} \\s+ [^,.;\"“-”()]{1,#}? \\s* , "
        + "(?: \\s* [^,.;\"“-”()]{1,#}? \\s* , )? )";
    private static final String RELATIVE =
        "(?: \\s+ {relative-markers} \\s+ [^,.;\"“-”]{1,#}? )?";
    private static final String BETWEEN =
        "(?: \\s+ (?! {clause-breakers} ) [\\p{Ll}][\\p{L}-]* ){0,#}?";

    /** The limits the language's macros write. */
    static Limits of(Language language) {
      String source = language.resource("extract", "macros.rules");
      Map<String, int[]> found = new java.util.HashMap<>();
      Map<String, String> shapes = Map.of("$ASIDE", ASIDE, "$RELATIVE", RELATIVE,
          "$BETWEEN", BETWEEN);
      int lineNumber = 0;
      for (String line : WordList.lines(source)) {
        lineNumber++;
        int comment = line.indexOf(" #");
        Matcher macro = MACRO.matcher(comment < 0 ? line : line.substring(0, comment));
        String name = macro.matches() ? "$" + macro.group(1) : "";
        if (shapes.containsKey(name)) {
          Matcher shape = shapePattern(shapes.get(name))
              .matcher(WordPatterns.WHITE_SPACE.matcher(macro.group(2).strip()).replaceAll(" "));
          checkArgument(shape.matches(), "%s:%s: %s is no longer the shape that SubjectGap "
              + "mirrors (%s, a number for each #): change both together", source, lineNumber,
              name, shapes.get(name));
          int[] numbers = new int[shape.groupCount()];
          for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Integer.parseInt(shape.group(i + 1));
          }
          found.put(name, numbers);
        }
      }
      checkArgument(found.keySet().equals(shapes.keySet()),
          "%s: SubjectGap needs $ASIDE, $RELATIVE and $BETWEEN, found %s", source,
          found.keySet());
      int[] aside = found.get("$ASIDE");
      return new Limits(aside[0], aside[1], aside[2], aside[3], found.get("$RELATIVE")[0],
          found.get("$BETWEEN")[0]);
    }

    private static final Pattern MACRO = Pattern.compile("\\s*\\$([A-Z_]+)\\s*=(.*)");

    /** The shape as a pattern: its text literally, a number for each {@code #}. */
    private static Pattern shapePattern(String shape) {
      StringBuilder regex = new StringBuilder();
      String[] parts = shape.split("#", -1);
      for (int i = 0; i < parts.length; i++) {
        regex.append(Pattern.quote(parts[i]));
        if (i + 1 < parts.length) {
          regex.append("(\\d+)");
        }
      }
      return Pattern.compile(regex.toString());
    }
  }

  private static final Map<Language, SubjectGap> BY_LANGUAGE =
      new java.util.EnumMap<>(Language.class);

  private final CharTrie adverbials;
  private final CharTrie relativeMarkers;
  private final CharTrie clauseBreakers;
  private final Limits limits;

  private SubjectGap(Language language) {
    Lexicon lexicon = Lexicon.of(language);
    this.limits = Limits.of(language);
    this.adverbials = CharTrie.of(lexicon.words(LanguageFile.SPEECH_ADVERBIALS), true);
    this.relativeMarkers = CharTrie.of(lexicon.words(LanguageFile.RELATIVE_MARKERS), true);
    this.clauseBreakers = CharTrie.of(lexicon.words(LanguageFile.CLAUSE_BREAKERS), true);
  }

  /** The check for a language (its lists read once). */
  public static synchronized SubjectGap of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, SubjectGap::new);
  }

  /**
   * Whether the pattern may match at {@code start}: a mention starts there, and {@code rest}
   * (positioned by this method, over the same text) matches before {@code limit} at one of the
   * places where the gap after the mention can end. The rest is only tried where one of
   * {@code restFirstWords} follows, as a whole word after white space: the rule's check line
   * names the words its rest starts with (it may name more, never fewer).
   */
  public boolean mayMatch(CharSequence text, int start, int limit, CharTrie restFirstWords,
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
      if (at == previous || at >= limit || !CharClasses.isWhiteSpace(text.charAt(at))) {
        continue;
      }
      previous = at;
      int word = skipSpace(text, at, limit);
      if (!CharClasses.isWholeWord(restFirstWords, text, word, limit)) {
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
      if (close < limit && text.charAt(close) == ')' && inside >= 1 && inside <= limits.bracketed()) {
        ends.add(close + 1);
      }
    }
    if (open < limit && text.charAt(open) == ',') {
      // \s* , \s* [^,.;"“-”()]{1,25}? \s* ,
      int end = partBeforeComma(text, open + 1, limit, limits.betweenCommas());
      if (end >= 0) {
        ends.add(end);
      }
    }
    if (open > at) {
      // \s+ {speech-adverbials} \s+ [^,.;"“-”()]{1,30}? \s* , (?: \s* [^,.;"“-”()]{1,15}? \s* , )?
      adverbials.ends(text, open, limit, word -> {
        if (CharClasses.letterOrDigitAt(text, word) || word >= limit
            || !CharClasses.isWhiteSpace(text.charAt(word))) {
          return false;
        }
        int first = partBeforeComma(text, word + 1, limit, limits.afterAdverbial());
        if (first >= 0) {
          ends.add(first);
          int second = partBeforeComma(text, first, limit, limits.secondPart());
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
    while (last > first && CharClasses.isWhiteSpace(text.charAt(last - 1))) {
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
      if (CharClasses.letterOrDigitAt(text, afterMarker)) {
        return false;
      }
      int clause = skipSpace(text, afterMarker, limit);
      if (clause == afterMarker) {
        return false;
      }
      // the clause starts anywhere in the white space after the marker but its first character
      int last = Math.min(limit, clause + limits.relativeClause());
      for (int end = afterMarker + 2; end <= last; end++) {
        if (isClauseStop(text.charAt(end - 1))) {
          break;
        }
        if (end < limit && CharClasses.isWhiteSpace(text.charAt(end))) {
          ends.add(end);
        }
      }
      return false;
    });
  }

  /** {@code $BETWEEN}: up to three lower-case words, none a clause breaker, from {@code at}. */
  private void wordsBeforeVerb(CharSequence text, int at, int limit, Ends ends) {
    int end = at;
    for (int n = 0; n < limits.wordsBeforeVerb(); n++) {
      int word = skipSpace(text, end, limit);
      if (word == end || word >= limit || !Character.isLowerCase(text.charAt(word))
          || clauseBreakers.ends(text, word, text.length(),
              e -> !CharClasses.letterOrDigitAt(text, e))) {
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
    while (at < limit && CharClasses.isWhiteSpace(text.charAt(at))) {
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
