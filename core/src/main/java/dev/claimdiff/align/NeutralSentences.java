package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's sentences in the language-neutral vocabulary of {@link BilingualLexicon}: for each
 * sentence, the set of its numbers ({@code #1356}, read with the language's separators, so
 * Indonesian {@code 1.356} and English "1,356" are one number), its names (gazetteer names as
 * canonical, other capitalised words inside the sentence as written, both lower case) and the
 * concepts of its other words, stopwords left out. A sentence and its translation share most of
 * these; two outlets' own sentences about one event share names and numbers but rarely the rest,
 * and never sentence after sentence in the same order.
 */
final class NeutralSentences {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  /** A word of a phrase as the tokenizer gives it: a number with its separators, or letters. */
  private static final Pattern WORD =
      Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

  private NeutralSentences() {}

  /**
   * One sentence in neutral form.
   *
   * @param start where it starts in the article's text (the text spans index)
   * @param end where it ends there
   * @param keys its numbers, names and concepts
   */
  record Keys(int start, int end, ImmutableSet<String> keys) implements java.io.Serializable {}

  /** The neutral key set of each sentence, in text order. */
  static ImmutableList<Keys> of(Language language, List<Sentence> sentences,
      dev.claimdiff.ingest.CleanText clean) {
    BilingualLexicon lexicon = BilingualLexicon.standard();
    ImmutableList.Builder<Keys> out = ImmutableList.builder();
    for (Sentence s : sentences) {
      Set<String> keys = new LinkedHashSet<>();
      boolean first = true;
      for (Token t : s.tokens()) {
        String raw = t.text();
        if (raw.isEmpty() || !Character.isLetterOrDigit(raw.codePointAt(0))) {
          continue;
        }
        add(lexicon, language, raw, first, keys);
        first = false;
      }
      out.add(new Keys(clean.toOriginal(s.start()), clean.toOriginal(s.end()),
          ImmutableSet.copyOf(keys)));
    }
    return out.build();
  }

  /**
   * The keys of a phrase from inside a sentence (a claim's evidence, {@code pada Minggu},
   * "184 injured"), as {@link #of} gives them to the words of its sentence: a sentence that says
   * the phrase holds all of them.
   */
  static ImmutableSet<String> ofPhrase(Language language, String phrase) {
    BilingualLexicon lexicon = BilingualLexicon.standard();
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      add(lexicon, language, m.group(), false, keys);
    }
    return ImmutableSet.copyOf(keys);
  }

  /** The key of one word (none for a stopword), as a sentence's first word or not. */
  private static void add(BilingualLexicon lexicon, Language language, String raw,
      boolean sentenceStart, Set<String> keys) {
    if (NUMBER.matcher(raw).matches()) {
      keys.add("#" + number(language, raw));
      return;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (Character.isUpperCase(raw.charAt(0))) {
      String name = BilingualLexicon.name(raw);
      if (name != null) {
        keys.add(name);
        return;
      }
      if (!sentenceStart && !lexicon.knows(language, lower)
          && !lexicon.isStopword(language, lower)) {
        keys.add(lower);
        return;
      }
    }
    if (!lexicon.isStopword(language, lower)) {
      keys.add(lexicon.neutral(language, lower));
    }
  }

  /**
   * A number as written, as a plain decimal: Indonesian groups thousands with '.' and writes
   * decimals with ','; English the other way round. A group of three digits after the
   * separator is a thousands group either way when the language says so.
   */
  static String number(Language language, String raw) {
    char thousands = language == Language.INDONESIAN ? '.' : ',';
    char decimal = language == Language.INDONESIAN ? ',' : '.';
    String plain = raw.replace(String.valueOf(thousands), "").replace(decimal, '.');
    try {
      return new BigDecimal(plain).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }
}
