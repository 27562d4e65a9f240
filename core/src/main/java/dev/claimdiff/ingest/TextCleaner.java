package dev.claimdiff.ingest;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes the noise that scraping leaves in news text, keeping a map back to the original.
 *
 * <ol>
 *   <li>Line ends: the {@code \r} of Windows line ends is dropped.
 *   <li>Boilerplate: every pattern of {@code ingest/<lang>/boilerplate.txt} is searched in each
 *       line and what it matches is dropped ("Baca juga: …" lines, menus, share prompts). A pattern
 *       that matches a whole line drops the line's text, keeping its line break.
 *   <li>Backslash escapes left by a bad export: {@code \"} and {@code \'} lose the backslash.
 *   <li>Glued sentences ({@code membantahnya.Pertemuan}) get a space after the full stop. A glued
 *       {@code ."X} may close the quote before it or open the next one: the number of double quote
 *       marks earlier in the paragraph tells which, and the space goes after or before the mark.
 *   <li>Long runs without white space ({@code a"a"a"…}, 4 000 quote marks, {@code &&&…}) get a
 *       space before a character that is not a letter or digit once {@value #MAX_RUN} characters
 *       have passed without one: CoreNLP's tokenizer takes time quadratic in the length of such a
 *       run (4 000 {@code "} took 2.7 s), and no word of an article is that long.
 * </ol>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TextCleaner {
  private static final Pattern ESCAPED_QUOTE = Pattern.compile("\\\\([\"'])");
  // lower-case letter or digit or closing bracket, sentence punctuation, optional quote, capital
  private static final Pattern GLUED =
      Pattern.compile("(?<=[\\p{Ll}\\d)\\]]{2})([.!?])([\"”]?)(?=[\\p{Lu}“])");

  /** The longest run of characters without white space handed on whole (see the class comment). */
  static final int MAX_RUN = 64;

  private final Map<Language, ImmutableList<Pattern>> boilerplate = new EnumMap<>(Language.class);
  private final ImmutableList<Pattern> allBoilerplate;

  /** A cleaner with the boilerplate patterns of every language. */
  public TextCleaner() {
    ImmutableList.Builder<Pattern> all = ImmutableList.builder();
    for (Language language : Language.values()) {
      String resource = LanguageFile.BOILERPLATE.resource(language);
      ImmutableList<Pattern> patterns =
          WordList.exists(resource)
              ? WordList.load(resource).stream()
                  .map(p -> Pattern.compile(p, Pattern.UNICODE_CHARACTER_CLASS))
                  .collect(ImmutableList.toImmutableList())
              : ImmutableList.of();
      boilerplate.put(language, patterns);
      all.addAll(patterns);
    }
    this.allBoilerplate = all.build();
  }

  /**
   * Cleans a text.
   *
   * @param language the article's language, or null to apply the patterns of every language
   */
  public CleanText clean(String original, @Nullable Language language) {
    List<Pattern> patterns = language == null ? allBoilerplate : boilerplate.get(language);
    Builder out = new Builder(original);
    int lineStart = 0;
    while (lineStart <= original.length()) {
      int newline = original.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? original.length() : newline;
      boolean[] drop = boilerplateMask(original.substring(lineStart, lineEnd), patterns);
      for (int i = lineStart; i < lineEnd; i++) {
        // Windows line ends: the '\r' goes, so paragraphs are blank lines whatever the source
        if (!drop[i - lineStart] && !(original.charAt(i) == '\r' && i + 1 == lineEnd)) {
          out.keep(i);
        }
      }
      if (newline < 0) {
        break;
      }
      out.keep(newline);
      lineStart = newline + 1;
    }
    CleanText withoutBoilerplate = out.build();
    return breakLongRuns(fixGluedSentences(unescape(withoutBoilerplate)));
  }

  private static CleanText breakLongRuns(CleanText in) {
    String text = in.text();
    int run = 0;
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      any = run > MAX_RUN;
    }
    if (!any) {
      return in;
    }
    Builder out = new Builder(in);
    run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        run = 0;
      } else {
        if (run >= MAX_RUN && !Character.isLetterOrDigit(c) && !Character.isLowSurrogate(c)) {
          out.insertSpace(i);
          run = 0;
        }
        run++;
      }
      out.keep(i);
    }
    return out.build();
  }

  private static boolean[] boilerplateMask(String line, List<Pattern> patterns) {
    boolean[] drop = new boolean[line.length()];
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(line);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          drop[i] = true;
        }
        if (m.end() == m.start()) {
          break;
        }
      }
    }
    return drop;
  }

  private static CleanText unescape(CleanText in) {
    String text = in.text();
    if (text.indexOf('\\') < 0) {
      return in;
    }
    Builder out = new Builder(in);
    Matcher m = ESCAPED_QUOTE.matcher(text);
    int next = 0;
    while (m.find()) {
      for (int i = next; i < m.start(); i++) {
        out.keep(i);
      }
      out.keep(m.start(1)); // the quote mark, without its backslash
      next = m.end();
    }
    for (int i = next; i < text.length(); i++) {
      out.keep(i);
    }
    return out.build();
  }

  private static CleanText fixGluedSentences(CleanText in) {
    String text = in.text();
    Matcher m = GLUED.matcher(text);
    Builder out = null;
    QuoteParity quotes = new QuoteParity(text);
    int next = 0;
    while (m.find()) {
      if (out == null) {
        out = new Builder(in);
      }
      int punct = m.start(1);
      for (int i = next; i <= punct; i++) {
        out.keep(i);
      }
      if (m.group(2).isEmpty()) {
        out.insertSpace(punct + 1);
      } else if (quotes.openAt(punct + 1)) {
        out.keep(punct + 1);
        out.insertSpace(punct + 2);
      } else {
        out.insertSpace(punct + 1);
        out.keep(punct + 1);
      }
      next = m.end(2);
    }
    if (out == null) {
      return in;
    }
    for (int i = next; i < text.length(); i++) {
      out.keep(i);
    }
    return out.build();
  }

  /**
   * Whether a double quotation is open at successive offsets of a text, counting the marks since
   * the paragraph began ({@code "} toggles, {@code “} opens, {@code ”} closes), read once from
   * left to right: asked at increasing offsets, a paragraph of many glued sentences costs linear
   * time instead of a rescan of the paragraph per sentence.
   */
  private static final class QuoteParity {
    private final String text;
    private int at;
    private int open;

    QuoteParity(String text) {
      this.text = text;
    }

    /** Whether a quotation opened earlier in the paragraph is open at {@code offset}. */
    boolean openAt(int offset) {
      for (; at < offset; at++) {
        char c = text.charAt(at);
        if (c == '"') {
          open ^= 1;
        } else if (c == '“') {
          open = 1;
        } else if (c == '”') {
          open = 0;
        } else if (c == '\n' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
          open = 0; // a new paragraph
        }
      }
      return open == 1;
    }
  }

  /** Accumulates clean characters with their origin in the original text. */
  private static final class Builder {
    private final String original;
    private final @Nullable CleanText source; // when cleaning an already cleaned text
    private final StringBuilder text = new StringBuilder();
    // the origin of each clean character: an int array, not a list of boxed integers, which
    // took a sixth of the cleaner's time in a profile
    private int[] origin = new int[16];
    private int size;

    Builder(String original) {
      this.original = original;
      this.source = null;
    }

    Builder(CleanText source) {
      this.original = source.original();
      this.source = source;
    }

    private String input() {
      return source == null ? original : source.text();
    }

    private int originOf(int inputOffset) {
      return source == null ? inputOffset : source.toOriginal(inputOffset);
    }

    void keep(int inputOffset) {
      text.append(input().charAt(inputOffset));
      add(originOf(inputOffset));
    }

    void insertSpace(int beforeInputOffset) {
      text.append(' ');
      add(originOf(beforeInputOffset));
    }

    private void add(int originalOffset) {
      if (size == origin.length) {
        origin = java.util.Arrays.copyOf(origin, 2 * size);
      }
      origin[size++] = originalOffset;
    }

    CleanText build() {
      int[] map = java.util.Arrays.copyOf(origin, size + 1);
      map[size] = original.length();
      return new CleanText(original, text.toString(), map);
    }
  }
}
