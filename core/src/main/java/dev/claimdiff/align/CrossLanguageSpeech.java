package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.lang.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes what someone said comparable across languages: a text's clauses
 * ({@link ContentSimilarity}) with their content stems replaced by the concepts of
 * {@link BilingualLexicon} and their numbers written one way ({@code dua} and "two" are
 * {@code two}; Indonesian {@code 6,2} and English "6.2" are {@code 6.2}). Names are already
 * canonical. Negation, what is only asked for, and the clause structure stay as they are, so two
 * different statements by one speaker are kept apart across languages by the same tests that
 * keep them apart within one.
 */
final class CrossLanguageSpeech {
  private CrossLanguageSpeech() {}

  /**
   * A text's clauses in the shared vocabulary. Each word is looked up as written first
   * ({@code perjanjian} is "agreement", though its stem {@code janji} is "promise"), then as its
   * stem or synonym.
   */
  static ContentSimilarity.Clauses neutral(String text, ContentSimilarity similarity,
      Language language) {
    BilingualLexicon lexicon = BilingualLexicon.standard();
    Map<String, Set<String>> senses = new HashMap<>();
    ContentSimilarity.Clauses clauses = similarity.clauses(text, word -> {
      String concept = lexicon.concept(language, word);
      if (concept == null) {
        return lexicon.neutral(language, similarity.contentKey(word));
      }
      senses.computeIfAbsent(concept, k -> new TreeSet<>()).addAll(lexicon.senses(language, word));
      return concept;
    });
    ImmutableList.Builder<ContentSimilarity.Clause> withSenses = ImmutableList.builder();
    for (ContentSimilarity.Clause c : clauses.clauses()) {
      ImmutableMap.Builder<String, ImmutableSet<String>> own = ImmutableMap.builder();
      for (String concept : c.content()) {
        Set<String> other = senses.getOrDefault(concept, Set.of());
        if (!other.isEmpty()) {
          own.put(concept, ImmutableSet.copyOf(other));
        }
      }
      withSenses.add(new ContentSimilarity.Clause(c.content(), c.names(), c.numbers(),
          c.negated(), c.asserted(), own.buildKeepingLast()));
    }
    return namesAndNumbers(new ContentSimilarity.Clauses(withSenses.build(), clauses.numbers()),
        language, false);
  }

  /** The clauses in the shared vocabulary, their content stems put into concepts. */
  static ContentSimilarity.Clauses neutral(ContentSimilarity.Clauses clauses, Language language) {
    return namesAndNumbers(clauses, language, true);
  }

  /** The clauses with names and numbers (and, when asked, content stems) in the shared vocabulary. */
  private static ContentSimilarity.Clauses namesAndNumbers(ContentSimilarity.Clauses clauses,
      Language language, boolean stems) {
    BilingualLexicon lexicon = BilingualLexicon.standard();
    ImmutableList.Builder<ContentSimilarity.Clause> out = ImmutableList.builder();
    for (ContentSimilarity.Clause c : clauses.clauses()) {
      ImmutableSet<String> content = c.content().stream()
          .map(stem -> stems ? lexicon.neutral(language, stem) : stem)
          .collect(ImmutableSet.toImmutableSet());
      // a capitalised word the lexicon knows (a weekday, a month) is a concept, not a name; a
      // word naming a country's people or things ('Indonesian hands', 'Chinese cars') names the
      // country, as the other language may write it ('tangan Indonesia', 'mobil China')
      ImmutableSet<String> names = c.names().stream()
          .map(n -> {
            String concept = lexicon.concept(language, n);
            return concept != null ? concept : country(language, n);
          })
          .collect(ImmutableSet.toImmutableSet());
      out.add(new ContentSimilarity.Clause(content, names, numbers(c.numbers(), language),
          c.negated(), c.asserted(), stems ? ImmutableMap.of() : c.senses()));
    }
    return new ContentSimilarity.Clauses(out.build(), numbers(clauses.numbers(), language));
  }

  /**
   * The country a lower-case name names the people or things of ({@code demonyms.txt} of the
   * language: "chinese" is {@code china}), as a name is kept (the gazetteer's canonical name, lower
   * case); the name itself when it is no such word.
   */
  private static String country(Language language, String name) {
    return COUNTRIES_BY_DEMONYM.get(language).getOrDefault(name, name);
  }

  /** Per language, each demonym to its country as {@link #country} gives it; read once. */
  private static final ImmutableMap<Language, ImmutableMap<String, String>> COUNTRIES_BY_DEMONYM =
      countriesByDemonym();

  private static ImmutableMap<Language, ImmutableMap<String, String>> countriesByDemonym() {
    ImmutableMap.Builder<Language, ImmutableMap<String, String>> out = ImmutableMap.builder();
    for (Language language : Language.values()) {
      dev.claimdiff.extract.engine.Lexicon words = dev.claimdiff.extract.engine.Lexicon.of(language);
      ImmutableMap.Builder<String, String> countries = ImmutableMap.builder();
      if (words.has(dev.claimdiff.lang.LanguageFile.DEMONYMS)) {
        words.mapping(dev.claimdiff.lang.LanguageFile.DEMONYMS).forEach((demonym, country) ->
            countries.put(demonym, dev.claimdiff.lang.Gazetteer.standard().lookup(country)
                .map(e -> e.canonical()).orElse(country).toLowerCase(Locale.ROOT)));
      }
      out.put(language, countries.buildKeepingLast());
    }
    return out.build();
  }

  /**
   * Numbers written one way: digits with the language's separators read, and a number word that
   * names one amount as its value in digits ({@code seratus}, "a hundred" and "100" are
   * {@code 100}; {@code empat} and "four" are {@code 4}). A vague word ({@code puluhan},
   * "dozens") keeps its concept.
   */
  private static ImmutableSet<String> numbers(ImmutableSet<String> numbers, Language language) {
    BilingualLexicon lexicon = BilingualLexicon.standard();
    return numbers.stream()
        .map(n -> Character.isDigit(n.charAt(0)) ? NeutralSentences.number(language, n)
            : wordValue(language, n.toLowerCase(Locale.ROOT), lexicon))
        .collect(ImmutableSet.toImmutableSet());
  }

  private static String wordValue(Language language, String word, BilingualLexicon lexicon) {
    NumberParser.Parsed parsed = LanguageRules.of(language).numbers().parse(word);
    if (parsed == null || parsed.vague() || parsed.approximate()) {
      return lexicon.neutral(language, word);
    }
    return new java.math.BigDecimal(parsed.value()).stripTrailingZeros().toPlainString();
  }
}
