package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.KeyedList;
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
  private final Map<String, ImmutableList<WordList.Entry>> entries = new ConcurrentHashMap<>();
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
    return lists.computeIfAbsent(name, n -> entries(n).stream().map(WordList.Entry::text)
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The words of a list: its entries, or for a {@code key: word, word} list the words after the
   * colons.
   */
  public ImmutableList<String> words(String name) {
    return KeyedList.words(entries(name));
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
    for (KeyedList.Line line : keyed(name)) {
      for (String word : line.words()) {
        map.putIfAbsent(word.toLowerCase(Locale.ROOT), line.key());
      }
    }
    return com.google.common.collect.ImmutableMap.copyOf(map);
  }

  /**
   * A list of {@code key: word, word} lines, parsed; a line without a key fails naming the file
   * and line.
   */
  public ImmutableList<KeyedList.Line> keyed(String name) {
    return KeyedList.parseAll(entries(name));
  }

  /** The entries of a list with their lines, for parsers that report errors by file and line. */
  private ImmutableList<WordList.Entry> entries(String name) {
    return entries.computeIfAbsent(name,
        n -> WordList.entries(language.resource("extract", n + ".txt")));
  }
}
