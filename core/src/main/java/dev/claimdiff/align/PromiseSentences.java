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
    return new Index(articles).stating(promise);
  }

  /**
   * The sentences of a story's articles by the keys they hold, to find the sentences stating a
   * promise among those holding a word of its due instead of trying every sentence of every
   * article for each promise (a story of many copies has as many promises as copies). Answers
   * what {@link #stating(Claim, Map)} answers, in the same order.
   */
  static final class Index {
    private final Map<String, ArticleDigest> articles;
    private final List<ArticleDigest> order;
    /** key → (article's place in {@code order}, sentence), in the articles' and sentences' order */
    private final Map<String, List<Located>> holding = new java.util.HashMap<>();
    /** (due, other words, promised words) → whether each article states such a promise */
    private final Map<List<Set<String>>, boolean[]> found = new java.util.HashMap<>();

    private record Located(int article, NeutralSentences.Keys sentence) {}

    Index(Map<String, ArticleDigest> articles) {
      this.articles = articles;
      this.order = List.copyOf(articles.values());
      for (int a = 0; a < order.size(); a++) {
        for (NeutralSentences.Keys s : order.get(a).sentences()) {
          for (String key : s.keys()) {
            holding.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(a, s));
          }
        }
      }
    }

    /** The other articles with a sentence that states the promise (see the class). */
    Set<String> stating(Claim promise) {
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
      // which articles state it depends only on these three sets (copies of a story repeat
      // their promises): found once for every article, the promise's own left out after
      boolean[] states = found.computeIfAbsent(List.of(due, words, promised),
          k -> articlesStating(due, words, promised));
      Set<String> out = new LinkedHashSet<>();
      for (int a = 0; a < order.size(); a++) {
        if (states[a] && !order.get(a).article().equals(promise.article())) {
          out.add(order.get(a).article());
        }
      }
      return out.isEmpty() ? Set.of() : out;
    }

    /** By place in {@code order}: whether an article has a sentence that states the promise. */
    private boolean[] articlesStating(Set<String> due, Set<String> words, Set<String> promised) {
      // a sentence stating the promise holds every word of the due: look among those holding
      // the word of the due that the fewest sentences hold
      List<Located> candidates = null;
      for (String d : due) {
        List<Located> held = holding.getOrDefault(d, List.of());
        if (candidates == null || held.size() < candidates.size()) {
          candidates = held;
        }
      }
      boolean[] states = new boolean[order.size()];
      for (Located at : candidates) {
        if (states[at.article()]) {
          continue;
        }
        Set<String> keys = at.sentence().keys();
        if (keys.containsAll(due) && sharesEnough(words, keys)
            && promised.stream().anyMatch(keys::contains)) {
          states[at.article()] = true;
        }
      }
      return states;
    }
  }

  /** Whether at least {@value #MIN_SHARED} of the words are among the keys. */
  private static boolean sharesEnough(Set<String> words, Set<String> keys) {
    int shared = 0;
    for (String w : words) {
      if (keys.contains(w) && ++shared >= MIN_SHARED) {
        return true;
      }
    }
    return false;
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
