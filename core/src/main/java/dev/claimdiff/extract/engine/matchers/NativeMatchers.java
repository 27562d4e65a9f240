package dev.claimdiff.extract.engine.matchers;

import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.Morphology;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The registry of code that finds what some rule patterns find, for the patterns tried most
 * often: a rule file names one with {@code native: <name>} under the rule, and the rule's
 * pattern stays its definition ({@code NativeMatchersTest} checks both agree on every token of
 * the test texts).
 *
 * <p>Why: the name grammar ({@code $KNOWN | $NAME}) is tried at every capitalised word, and the
 * regex engine walks a gazetteer of hundreds of spellings node by node (≈ 0.4 µs a word) where a
 * character trie takes a few steps. See docs/performance.md.
 *
 * <ul>
 *   <li>{@code known-or-name}: {@code $KNOWN | $NAME} of {@code id/macros.rules}
 *       ({@link NameGrammar});
 *   <li>{@code name-with-age}: {@code $NAME \s* \( \d{1,3} \)} ({@link NameGrammar});
 *   <li>{@code titled-name}: {@code $TITLED (?: $KNOWN | $NAME )} ({@link TitledName}), every
 *       backtracking step of the regex followed in its order (continuation-passing: each part hands every end it can
 *       reach, in the order the regex tries them, to what follows it).
 * </ul>
 *
 * <p>Those read the shape of {@code id/macros.rules} ({@link NameGrammar.Shape#ENCLITIC}). For
 * macros of the shape of {@code en/macros.rules} ({@link NameGrammar.Shape#POSSESSIVE}: a
 * possessive {@code 's} ends a name, a particle once taken is kept, titles may follow words that
 * qualify them):
 *
 * <ul>
 *   <li>{@code possessive-known-or-name}: {@code $KNOWN | $NAME} ({@link NameGrammar});
 *   <li>{@code qualified-titled-name}: {@code $TITLED (?: $KNOWN | $NAME )}
 *       ({@link QualifiedTitledName}).
 * </ul>
 *
 * <p>Which shape a language's macros have is said by its rule files' {@code native:} lines, not
 * by the language: a language whose macros have neither shape writes no {@code native:} line.
 */
public final class NativeMatchers {
  /** Finds a match that starts at {@code start} and ends by {@code limit}: its end, or -1. */
  public interface TokenMatcher {
    int end(CharSequence text, int start, int limit);
  }

  private NativeMatchers() {}

  /** The matcher of that name for the language, or null when there is none. */
  public static @Nullable TokenMatcher of(String name, Language language) {
    return switch (name) {
      case "known-or-name" -> names(language, NameGrammar.Shape.ENCLITIC)::knownOrName;
      case "name-with-age" -> names(language, NameGrammar.Shape.ENCLITIC)::nameWithAge;
      case "titled-name" -> titled(language)::titledName;
      case "possessive-known-or-name" ->
          names(language, NameGrammar.Shape.POSSESSIVE)::knownOrName;
      case "qualified-titled-name" -> qualified(language)::titledName;
      default -> null;
    };
  }

  private static final Map<Language, Map<NameGrammar.Shape, NameGrammar>> NAMES =
      new java.util.EnumMap<>(Language.class);
  private static final Map<Language, TitledName> TITLED = new java.util.EnumMap<>(Language.class);
  private static final Map<Language, QualifiedTitledName> QUALIFIED =
      new java.util.EnumMap<>(Language.class);

  private static synchronized QualifiedTitledName qualified(Language language) {
    return QUALIFIED.computeIfAbsent(language, l -> {
      Lexicon lexicon = Lexicon.of(l);
      Gazetteer gazetteer = Gazetteer.standard();
      return new QualifiedTitledName(names(l, NameGrammar.Shape.POSSESSIVE),
          CharTrie.of(lexicon.words(LanguageFile.TITLES), true),
          CharTrie.of(lexicon.words(LanguageFile.TITLE_MODIFIERS), true),
          CharTrie.of(knownGroup(gazetteer), false));
    });
  }

  /** The spellings of $KNOWN_GROUP: every gazetteer spelling that names no person. */
  private static List<String> knownGroup(Gazetteer gazetteer) {
    return gazetteer.aliasesLongestFirst().stream()
        .filter(a -> gazetteer.lookup(a).orElseThrow().type() != Gazetteer.EntityType.PERSON)
        .toList();
  }

  private static synchronized TitledName titled(Language language) {
    return TITLED.computeIfAbsent(language, l -> {
      Lexicon lexicon = Lexicon.of(l);
      Gazetteer gazetteer = Gazetteer.standard();
      return new TitledName(names(l, NameGrammar.Shape.ENCLITIC),
          lexicon.words(LanguageFile.BODY_CONNECTIVES), lexicon.words(LanguageFile.APPOSITIVE_CONNECTIVES),
          CharTrie.of(lexicon.words(LanguageFile.TITLES), true),
          CharTrie.of(lexicon.words(LanguageFile.TITLE_PORTFOLIOS), true),
          CharTrie.of(lexicon.words(LanguageFile.PLACE_PREFIXES), false),
          CharTrie.of(lexicon.words(LanguageFile.COMPASS_WORDS), false),
          CharTrie.of(lexicon.words(LanguageFile.ORG_WORDS), false),
          CharTrie.of(knownGroup(gazetteer), false),
          CharTrie.of(lexicon.words(LanguageFile.CLAUSE_BREAKERS), true),
          List.of(CharTrie.of(lexicon.words(LanguageFile.REPORTING_VERBS), true),
              CharTrie.of(lexicon.words(LanguageFile.SPEECH_VERBS), true),
              CharTrie.of(lexicon.words(LanguageFile.STANCE_VERBS), true)));
    });
  }

  private static synchronized NameGrammar names(Language language, NameGrammar.Shape shape) {
    return NAMES.computeIfAbsent(language, l -> new java.util.EnumMap<>(NameGrammar.Shape.class))
        .computeIfAbsent(shape, s -> {
          Lexicon lexicon = Lexicon.of(language);
          return new NameGrammar(
              CharTrie.of(Gazetteer.standard().aliasesLongestFirst(), false),
              CharTrie.of(lexicon.words(LanguageFile.NAME_STOPWORDS), true),
              CharTrie.of(Calendar.of(language).weekdayWords(), true),
              CharTrie.of(Calendar.of(language).monthWords(), true),
              lexicon.words(LanguageFile.NAME_PARTICLES), lexicon.words(LanguageFile.NAME_PREFIXES),
              Morphology.of(language), s,
              CharTrie.of(lexicon.words(LanguageFile.NAME_PARTICLES), false),
              CharTrie.of(lexicon.words(LanguageFile.NAME_PREFIXES), false));
        });
  }
}
