package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableMap;
import dev.claimdiff.extract.discourse.Names;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.LanguageManifest;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything one language brings to extraction, loaded once: its rule files, word lists, calendar
 * words, number words and the name resolver. Immutable and shared between threads.
 */
public final class LanguageRules {
  private static final Map<Language, LanguageRules> LOADED = new EnumMap<>(Language.class);
  private static final String RULE_FOLDER = "extract/rules/";
  private static final String RULE_SUFFIX = ".rules";

  private final Language language;
  private final Names names;
  private final Calendar calendar;
  private final NumberParser numbers;
  private final ImmutableMap<String, String> builtins;
  private final Map<String, RuleSet> ruleSets = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Object> others = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, PhraseIndex> phraseIndexes = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, java.util.Set<String>> firstWords =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LanguageRules(Language language) {
    this.language = language;
    Gazetteer gazetteer = Gazetteer.standard();
    this.names = new Names(language, gazetteer);
    this.calendar = Calendar.of(language);
    this.numbers = new NumberParser(language);
    this.builtins = ImmutableMap.of(
        "MENTION", Mentions.PATTERN,
        "KNOWN", knownNames(gazetteer.aliasesLongestFirst()),
        "KNOWN_GROUP", knownNames(gazetteer.aliasesLongestFirst().stream()
            .filter(a -> gazetteer.lookup(a).orElseThrow().type() != Gazetteer.EntityType.PERSON)
            .toList()),
        "MONTH", calendar.monthPattern(),
        "WEEKDAY", calendar.weekdayPattern(),
        "ENCLITIC", Morphology.of(language).optionalEnclitic());
  }

  /**
   * The rules of a language, built and checked on first use: every file its manifest lists is
   * loaded and checked then, so a broken language fails at once with every problem and its
   * file and line, not at the first article that happens to read the broken file.
   */
  public static synchronized LanguageRules of(Language language) {
    LanguageRules rules = LOADED.get(language);
    if (rules == null) {
      rules = new LanguageRules(language);
      rules.checkFolder();
      LOADED.put(language, rules);
    }
    return rules;
  }

  /**
   * Checks the language folder against its manifest ({@link LanguageManifest#check}) and loads
   * every rule file it lists, collecting every problem before failing.
   */
  private void checkFolder() {
    LanguageManifest manifest = LanguageManifest.of(language);
    List<String> problems = new ArrayList<>(
        manifest.check(LanguageManifest.folderFiles(language), true));
    for (LanguageManifest.Item item : manifest.items()) {
      String path = item.path();
      if (path.startsWith(RULE_FOLDER) && path.endsWith(RULE_SUFFIX)) {
        try {
          rules(path.substring(RULE_FOLDER.length(), path.length() - RULE_SUFFIX.length()));
        } catch (RuntimeException e) {
          problems.add(item.entry().where() + ": " + e.getMessage());
        }
      }
    }
    LanguageManifest.failOn(language, manifest.resource(), problems);
  }

  private static String knownNames(java.util.Collection<String> aliases) {
    return "(?<![\\p{L}\\d])" + WordPatterns.literalTrie(aliases) + "(?![\\p{L}\\d])";
  }

  /** What the language's words carry that its word lists cannot say (enclitics). */
  public Morphology morphology() {
    return Morphology.of(language);
  }

  Language language() {
    return language;
  }

  public Names names() {
    return names;
  }

  public Calendar calendar() {
    return calendar;
  }

  public NumberParser numbers() {
    return numbers;
  }

  public Lexicon lexicon() {
    return Lexicon.of(language);
  }

  /**
   * The rules of {@code lang/<lang>/extract/rules/<name>.rules} (empty when the language has none).
   */
  public RuleSet rules(String name) {
    // a rule file code reads is in the catalogue, so that the manifest check knows it is read
    LanguageFile file = LanguageFile.ofPath(RULE_FOLDER + name + RULE_SUFFIX).orElseThrow(
        () -> new IllegalArgumentException("no rule file " + RULE_FOLDER + name + RULE_SUFFIX
            + " in dev.claimdiff.lang.LanguageFile: add a constant for it"));
    return ruleSets.computeIfAbsent(file.path(), n -> RuleSet.load(name, language, builtins));
  }

  /** Anything built from this language's lexicon, built once and cached under {@code key}. */
  @SuppressWarnings("unchecked")
  public <T> T cached(String key, java.util.function.Function<Lexicon, T> build) {
    Object known = others.get(key); // the common case, asked at every match: no lambda, no lock
    return known != null ? (T) known : (T) others.computeIfAbsent(key, k -> build.apply(lexicon()));
  }

  /** A pattern built from this language's lexicon, built once and cached under {@code key}. */
  public Pattern pattern(String key, java.util.function.Function<Lexicon, Pattern> build) {
    Pattern known = patterns.get(key); // the common case, asked at every match: no lambda, no lock
    if (known != null) {
      return known;
    }
    return patterns.computeIfAbsent(key, k -> {
      Pattern built = build.apply(lexicon());
      // Unicode classes, as in rule files: '\s' must match a non-breaking space too
      return Pattern.compile(built.pattern(), built.flags() | Pattern.UNICODE_CHARACTER_CLASS);
    });
  }

  /** A phrase index over a lexicon's phrases, built once and cached under {@code key}. */
  public PhraseIndex phrases(String key, java.util.function.Function<Lexicon, Map<String, String>> phrases) {
    return phraseIndexes.computeIfAbsent(key, k -> new PhraseIndex(phrases.apply(lexicon())));
  }

  /** The first words of a list's entries, lower-cased: where a match of the list can begin. */
  public java.util.Set<String> firstWords(LanguageFile list) {
    return firstWords.computeIfAbsent(list.listName(), l -> lexicon().list(list).stream()
        .map(entry -> Texts.key(entry).split(" ")[0])
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  public RuleSet mentions() {
    return rules("mention");
  }
}
