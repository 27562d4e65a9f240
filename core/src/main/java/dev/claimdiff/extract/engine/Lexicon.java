package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.LanguageManifest;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language for extraction, {@code lang/<lang>/extract/<name>.txt}, loaded
 * once on first use. Each file has a provenance header and one entry per line (see
 * {@link WordList}). Code names a list by its {@link LanguageFile} constant, a rule file by its
 * name in braces; either way only a list the language's manifest declares is read.
 */
public final class Lexicon {
  private static final Map<Language, Lexicon> BY_LANGUAGE = new EnumMap<>(Language.class);

  private final Language language;
  private final Map<String, ImmutableList<WordList.Entry>> entries = new ConcurrentHashMap<>();
  private final Map<String, ImmutableList<String>> lists = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> mappings = new ConcurrentHashMap<>();
  private final Map<String, ImmutableSet<String>> sets = new ConcurrentHashMap<>();
  private final Map<String, String> alternations = new ConcurrentHashMap<>();

  private final LanguageManifest manifest;

  private Lexicon(Language language) {
    this.language = language;
    this.manifest = LanguageManifest.of(language);
  }

  /** The lexicon of a language. */
  public static synchronized Lexicon of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, Lexicon::new);
  }

  /**
   * Whether the language has a list the code reads only when present ({@link
   * LanguageFile.Need#OPTIONAL}, such as {@code title-modifiers}).
   */
  public boolean has(LanguageFile list) {
    return manifest.has(list);
  }

  /** The entries of a list, in file order. */
  public ImmutableList<String> list(LanguageFile list) {
    return lists.computeIfAbsent(list.listName(), n -> entries(n).stream()
        .map(WordList.Entry::text).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The words of a list: its entries, or for a {@code key: word, word} list the words after the
   * colons.
   */
  public ImmutableList<String> words(LanguageFile list) {
    return words(list.listName());
  }

  /**
   * The words of the list a rule file names in braces as a regular-expression alternation:
   * {@code mode} {@code ""} for {@link WordPatterns#alternation}, {@code "+"} for
   * {@link WordPatterns#prefixAlternation}, {@code "^"} for
   * {@link WordPatterns#caseSensitiveAlternation}. Built once per list and mode: the rule files
   * name the same lists many times, and building their tries again each time was a large part
   * of loading the rules.
   */
  public String alternation(String name, String mode) {
    return alternations.computeIfAbsent(mode + ":" + name, k -> {
      List<String> words = words(name);
      return switch (mode) {
        case "+" -> WordPatterns.prefixAlternation(words);
        case "^" -> WordPatterns.caseSensitiveAlternation(words);
        default -> WordPatterns.alternation(words);
      };
    });
  }

  /**
   * The words of the list a rule file names in braces ({@code {speech-verbs}}); a name the
   * language's manifest does not list fails naming the language and the list.
   */
  public ImmutableList<String> words(String name) {
    return KeyedList.words(entries(name));
  }

  /** The entries of a list, lower-cased, as a set. */
  public ImmutableSet<String> set(LanguageFile list) {
    return sets.computeIfAbsent(list.listName(), n -> list(list).stream()
        .map(s -> s.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * A list of {@code key: word, word} lines as a map from each word (lower case) to its key, for
   * lexicons that normalise ({@code written response: respons tertulis, jawaban tertulis}).
   */
  public Map<String, String> mapping(LanguageFile list) {
    return mappings.computeIfAbsent(list.listName(), n -> loadMapping(list));
  }

  private Map<String, String> loadMapping(LanguageFile list) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (KeyedList.Line line : keyed(list)) {
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
  public ImmutableList<KeyedList.Line> keyed(LanguageFile list) {
    return KeyedList.parseAll(entries(list.listName()));
  }

  /** The entries of a list with their lines, for parsers that report errors by file and line. */
  private ImmutableList<WordList.Entry> entries(String name) {
    // only what the manifest declares: a list it does not name fails here, naming both
    return entries.computeIfAbsent(name,
        n -> WordList.entries(manifest.resourceOf(LanguageFile.listPath(n))));
  }
}
