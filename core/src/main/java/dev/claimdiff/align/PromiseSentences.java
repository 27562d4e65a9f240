package dev.claimdiff.align;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.lang.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the articles that state a promise another article's extraction took as a COMMITMENT,
 * though their own words were not taken as one: a promise written as what will happen ("aid …
 * would reach the shelters by Thursday", {@code bantuan … tiba paling lambat Kamis}), a
 * promise inside a quotation ({@code "Laporan pendahuluan akan keluar dalam 30 hari," kata
 * X}). Such an article reports the promise, so "only X reports it" would be false.
 *
 * <p>A sentence of another article states the promise when, in the shared vocabulary of
 * {@link NeutralSentences} (either language), it holds every word of the promise's due (the
 * weekday, "next week", the number of days) and shares with the promise's sentence at least
 * {@value #MIN_SHARED} other words, names or numbers; and it holds a word of the promised action
 * (as the article writes it or as extraction names it: {@code food aid}). A due is needed: a promise without one is too vague to find in
 * other words.
 */
final class PromiseSentences {
  /** Words, names and numbers besides the due that the two sentences must share. */
  static final int MIN_SHARED = 3;
  private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T[\\d:+.-]+)?");

  private PromiseSentences() {}

  /**
   * The other articles with a sentence that states the promise {@code promise} (a COMMITMENT
   * claim); empty when it has no due or its own sentence is not known.
   */
  static Set<String> stating(Claim promise, Map<String, ArticleDigest> articles) {
    if (!(promise.value() instanceof CommitmentValue value) || value.due() == null) {
      return Set.of();
    }
    BilingualLexicon lexicon = BilingualLexicon.standard();
    Set<String> due = keys(lexicon, Language.ENGLISH, value.due());
    ArticleDigest own = articles.get(promise.article());
    // extraction writes the action in English or as the article words it
    Language language = dev.claimdiff.extract.ClaimExtractor.rulesLanguage(
        own == null ? null : own.language());
    Set<String> promised = keys(lexicon, language, value.action());
    promised.addAll(keys(lexicon, Language.ENGLISH, value.action()));
    NeutralSentences.Keys sentence = own == null ? null : sentenceAt(own, promise.span().start());
    if (due.isEmpty() || sentence == null || !sentence.keys().containsAll(due)) {
      return Set.of();
    }
    Set<String> words = new LinkedHashSet<>(sentence.keys());
    words.removeAll(due);
    Set<String> out = new LinkedHashSet<>();
    for (ArticleDigest other : articles.values()) {
      if (other.article().equals(promise.article())) {
        continue;
      }
      for (NeutralSentences.Keys s : other.sentences()) {
        if (!s.keys().containsAll(due)) {
          continue;
        }
        List<String> shared = new ArrayList<>();
        for (String w : words) {
          if (s.keys().contains(w)) {
            shared.add(w);
          }
        }
        if (shared.size() >= MIN_SHARED && promised.stream().anyMatch(s.keys()::contains)) {
          out.add(other.article());
          break;
        }
      }
    }
    return out;
  }

  /** The sentence of an article that holds a text position, or null. */
  private static NeutralSentences.@Nullable Keys sentenceAt(ArticleDigest digest, int at) {
    for (NeutralSentences.Keys s : digest.sentences()) {
      if (s.start() <= at && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The neutral keys of a slot's words in a language (extraction writes a due in English:
   * {@code by Thursday}, {@code within 30 days}); an ISO date is left out (its weekday is written
   * beside it), as are stopwords.
   */
  private static Set<String> keys(BilingualLexicon lexicon, Language language, String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(ISO_DATE.matcher(text).replaceAll(" "));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (Character.isDigit(w.charAt(0))) {
        out.add("#" + NeutralSentences.number(language, w));
      } else if (!lexicon.isStopword(language, w)) {
        out.add(lexicon.neutral(language, w));
      }
    }
    return out;
  }
}
