package dev.claimdiff.ingest;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a text from the share of its words that are function words of each
 * language ({@code ingest/<code>/function-words.txt}). It says null ("unknown") rather than guess:
 * the text needs at least {@value #MIN_HITS} function words, and the winner must have at least
 * twice the hits of the runner-up.
 */
public final class LanguageDetector {
  static final int MIN_HITS = 5;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final ImmutableMap<Language, ImmutableSet<String>> functionWords;

  /** A detector for every language that ships a function-word list. */
  public LanguageDetector() {
    Map<Language, ImmutableSet<String>> words = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = LanguageFile.FUNCTION_WORDS.resource(language);
      if (WordList.exists(resource)) {
        words.put(language, ImmutableSet.copyOf(WordList.load(resource)));
      }
    }
    this.functionWords = ImmutableMap.copyOf(words);
  }

  /** The language of the text, or null when it cannot be told. */
  public @Nullable Language detect(String text) {
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    Matcher m = WORD.matcher(text);
    int scanned = 0;
    while (m.find() && scanned++ < 5_000) {
      String word = m.group().toLowerCase(Locale.ROOT);
      functionWords.forEach(
          (language, set) -> {
            if (set.contains(word)) {
              hits.merge(language, 1, Integer::sum);
            }
          });
    }
    Language best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (Map.Entry<Language, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        secondHits = bestHits;
        bestHits = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > secondHits) {
        secondHits = e.getValue();
      }
    }
    if (best == null || bestHits < MIN_HITS || bestHits < 2 * secondHits) {
      return null;
    }
    return best;
  }
}
