package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language for extraction, {@code lang/<lang>/extract/<name>.txt}, loaded
 * once on first use. Each file has a provenance header and one entry per line (see
 * {@link WordList}).
 */
public final class Lexicon {
  private static final Map<Language, Lexicon> BY_LANGUAGE = new EnumMap<>(Language.class);

  private final Language language;
  private final Map<String, ImmutableList<String>> lists = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> mappings = new ConcurrentHashMap<>();
  private final Map<String, ImmutableSet<String>> sets = new ConcurrentHashMap<>();

  private Lexicon(Language language) {
    this.language = language;
  }

  /** The lexicon of a language. */
  public static synchronized Lexicon of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, Lexicon::new);
  }

  /** The entries of a list, in file order. */
  public ImmutableList<String> list(String name) {
    return lists.computeIfAbsent(name,
        n -> WordList.load(language.resource("extract", n + ".txt")));
  }

  /**
   * The words of a list: its entries, or for a {@code key: word, word} list the words after the
   * colons.
   */
  public ImmutableList<String> words(String name) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    for (String entry : list(name)) {
      int colon = entry.indexOf(':');
      if (colon < 0) {
        words.add(entry);
        continue;
      }
      for (String word : entry.substring(colon + 1).split(",")) {
        if (!word.isBlank()) {
          words.add(word.strip());
        }
      }
    }
    return words.build();
  }

  /** The entries of a list, lower-cased, as a set. */
  public ImmutableSet<String> set(String name) {
    return sets.computeIfAbsent(name, n -> list(n).stream()
        .map(s -> s.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * A list of {@code key: word, word} lines as a map from each word (lower case) to its key, for
   * lexicons that normalise ({@code written response: respons tertulis, jawaban tertulis}).
   */
  public Map<String, String> mapping(String name) {
    return mappings.computeIfAbsent(name, this::loadMapping);
  }

  private Map<String, String> loadMapping(String name) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (String line : list(name)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            language.resource("extract", name + ".txt") + ": expected 'key: word, word': " + line);
      }
      String key = line.substring(0, colon).strip();
      for (String word : line.substring(colon + 1).split(",")) {
        if (!word.isBlank()) {
          map.putIfAbsent(word.strip().toLowerCase(Locale.ROOT), key);
        }
      }
    }
    return com.google.common.collect.ImmutableMap.copyOf(map);
  }
}
