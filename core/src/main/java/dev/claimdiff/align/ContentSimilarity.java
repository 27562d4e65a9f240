package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Compares what two outlets report someone said. Each text is cut into clauses (at punctuation
 * and the words of {@code align/<lang>/clause-words.txt}, such as {@code bahwa}). A clause
 * keeps three things: its content stems (lower-cased, stopwords of
 * {@code align/<lang>/stopwords.txt} dropped, stemmed with Lucene's Indonesian or English minimal
 * stemmer, synonyms of {@code align/<lang>/synonyms.txt} mapped to one word), the names it
 * mentions (capitalised words inside a sentence, and words the gazetteer knows, as canonical
 * names), whether it is negated (a word of {@code align/<lang>/negations.txt}, or a negated
 * clause before it when a word of {@code align/<lang>/subordinators.txt} such as {@code karena}
 * joins them), and whether it
 * is asserted: a clause holding a word of {@code align/<lang>/unasserted-words.txt}
 * ({@code meminta}, {@code apakah}, "asked", "whether"), and the clause right after it, only say
 * what was asked for, demanded or supposed.
 *
 * <p>Two clauses can say the same thing only when neither is negated while the other is not,
 * both are asserted or neither is,
 * they do not state different numbers, and when both name someone or somewhere they share a
 * name. Of the pairs that can, the best (the most shared content stems, weighted by overlap)
 * gives the similarity: the share of the smaller clause's content stems found in the other, and
 * how many content stems and names they share. Names alone never make two clauses alike: a
 * speaker who mentions Biden and Putin twice has not said the same thing twice.
 *
 * <p>So "saya berharap emosi akan berkurang" and "dia berharap bahwa emosi akan mereda" match,
 * a short reported statement matches the one clause of a long quotation that it reports, and
 * "too early to talk about a summit of Biden and Putin" does not match "Putin is always ready
 * for contact with Biden".
 */
public final class ContentSimilarity {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"“-”]\\s*$");

  /**
   * One clause: its content stems, the names it mentions (canonical, lower case), the numbers
   * it states, whether it is negated and whether it is asserted (not asked for or supposed).
   */
  public record Clause(ImmutableSet<String> content, ImmutableSet<String> names,
      ImmutableSet<String> numbers, boolean negated, boolean asserted,
      ImmutableMap<String, ImmutableSet<String>> senses) {
    /** A clause whose content words have one sense each (within one language). */
    public Clause(ImmutableSet<String> content, ImmutableSet<String> names,
        ImmutableSet<String> numbers, boolean negated, boolean asserted) {
      this(content, names, numbers, negated, asserted, ImmutableMap.of());
    }

    /**
     * Whether a content word of this clause means a content word of the other: the same, or one
     * of its other senses (across languages: {@code akhir} is "final" and also "end").
     */
    boolean means(String word, Clause other) {
      if (other.content().contains(word)) {
        return true;
      }
      for (String sense : senses.getOrDefault(word, ImmutableSet.of())) {
        if (other.content().contains(sense)) {
          return true;
        }
      }
      for (String theirs : other.content()) {
        if (other.senses().getOrDefault(theirs, ImmutableSet.of()).contains(word)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One text's clauses, and the numbers it states (digits and number words as written): two
   * texts that state different numbers do not say the same thing.
   */
  public record Clauses(ImmutableList<Clause> clauses, ImmutableSet<String> numbers) {
    /** Every stem and name of each clause, for indexing. */
    public ImmutableList<ImmutableSet<String>> words() {
      return clauses.stream().map(c -> ImmutableSet.<String>builder().addAll(c.content())
          .addAll(c.names()).build()).collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * How two texts compare: the best clause pair's overlap of content stems, the content stems
   * and the names it shares.
   */
  public record Match(double overlap, int shared, int sharedNames) {}

  /** No match. */
  static final Match NONE = new Match(0, 0, 0);

  private final Language language;
  private final ImmutableSet<String> stopwords;
  private final ImmutableSet<String> negations;
  /** The second word of each pair of {@code align/opposites.txt}, to the first. */
  private final ImmutableMap<String, String> opposites;
  private final ImmutableSet<String> unasserted;
  private final ImmutableSet<String> subordinators;
  private final ImmutableMap<String, String> synonyms;
  private final ImmutableSet<String> numberWords;
  private final Pattern clauseBreak;

  /** The similarity for one language. */
  public ContentSimilarity(Language language) {
    this.language = language;
    this.stopwords = ImmutableSet.copyOf(load(language, LanguageFile.ALIGN_STOPWORDS));
    this.negations = load(language, LanguageFile.ALIGN_NEGATIONS).stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet());
    Map<String, String> opposite = new HashMap<>();
    for (String line : load(language, LanguageFile.ALIGN_OPPOSITES)) {
      String[] pair = line.toLowerCase(Locale.ROOT).split(",");
      if (pair.length == 2) {
        opposite.put(pair[1].strip(), pair[0].strip());
      }
    }
    this.opposites = ImmutableMap.copyOf(opposite);
    this.unasserted = load(language, LanguageFile.ALIGN_UNASSERTED_WORDS).stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
    this.subordinators = load(language, LanguageFile.ALIGN_SUBORDINATORS).stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
    Map<String, String> syn = new HashMap<>();
    for (String line : load(language, LanguageFile.ALIGN_SYNONYMS)) {
      String[] words = line.split(",");
      String head = stem(words[0].strip().toLowerCase(Locale.ROOT));
      for (String w : words) {
        for (String part : WordPatterns.WHITE_SPACE.split(w.strip().toLowerCase(Locale.ROOT))) {
          syn.putIfAbsent(stem(part), head);
        }
      }
    }
    this.synonyms = ImmutableMap.copyOf(syn);
    dev.claimdiff.extract.engine.Lexicon lexicon = dev.claimdiff.extract.engine.Lexicon.of(language);
    this.numberWords = lexicon.has(LanguageFile.NUMBER_WORDS)
        ? lexicon.keyed(LanguageFile.NUMBER_WORDS).stream()
            // a multiplier that needs a scale after it ('several', 'beberapa') names no number
            .filter(line -> line.key().charAt(0) != '*')
            .flatMap(line -> line.words().stream())
            .filter(w -> !w.contains(" ")).map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet())
        : ImmutableSet.of();
    List<String> clauseWords = load(language, LanguageFile.ALIGN_CLAUSE_WORDS);
    this.clauseBreak = Pattern.compile("[,;:.!?\"“-”]+"
        + (clauseWords.isEmpty() ? "" : "|" + WordPatterns.alternation(clauseWords)));
  }

  private static List<String> load(Language language, LanguageFile file) {
    String resource = file.resource(language);
    return WordList.exists(resource) ? WordList.load(resource) : List.of();
  }

  /** The clauses of a text, with content stems (synonyms mapped to one). */
  public Clauses clauses(String text) {
    return clauses(text, this::contentKey);
  }

  /**
   * The key a lower-case content word stands for within the language: its stem, or the stem of
   * the first word of its synonym group.
   */
  String contentKey(String lowerCaseWord) {
    String stem = stem(lowerCaseWord);
    return synonyms.getOrDefault(stem, stem);
  }

  /**
   * The clauses of a text, with each lower-case content word written as {@code key} gives it
   * (a concept of the bilingual lexicon, for comparing across languages).
   */
  Clauses clauses(String text, java.util.function.UnaryOperator<String> key) {
    List<Clause> out = new ArrayList<>();
    ImmutableSet.Builder<String> numbers = ImmutableSet.builder();
    var words = WORD.matcher(text);
    while (words.find()) {
      String w = words.group().toLowerCase(Locale.ROOT);
      if (isNumber(w) && !stopwords.contains(w)) { // 'a', 'an': an article, not a number
        numbers.add(w);
      }
    }
    Gazetteer gazetteer = Gazetteer.standard();
    var breaks = clauseBreak.matcher(text);
    int from = 0;
    boolean afterUnasserted = false;
    boolean previousNegated = false;
    boolean subordinate = false;
    while (from <= text.length()) {
      boolean found = breaks.find(from);
      int to = found ? breaks.start() : text.length();
      int next = to < text.length() ? Math.max(breaks.end(), to + 1) : text.length() + 1;
      String breakWord = found ? breaks.group().strip().toLowerCase(Locale.ROOT) : "";
      Set<String> stems = new LinkedHashSet<>();
      Set<String> names = new LinkedHashSet<>();
      Set<String> clauseNumbers = new LinkedHashSet<>();
      boolean negated = subordinate && previousNegated; // 'tidak … karena X' does not assert X
      boolean asks = false;
      var m = WORD.matcher(text).region(from, to);
      while (m.find()) {
        String raw = m.group();
        String word = raw.toLowerCase(Locale.ROOT);
        String opposed = opposites.get(word);
        if (opposed != null) { // 'negatif' says 'positif' negated
          negated = !negated;
          word = opposed;
        }
        if (isNumber(word) && !stopwords.contains(word)) {
          clauseNumbers.add(word);
        }
        if (negations.contains(word)) {
          negated = true;
        }
        if (unasserted.contains(word)) {
          asks = true;
        }
        boolean sentenceStart = m.start() == 0
            || SENTENCE_END.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find();
        String name = sentenceStart ? raw : compoundName(raw); // 'Jakarta-bound': Jakarta
        var known = gazetteer.lookup(name);
        if (known.isPresent() && Character.isUpperCase(raw.charAt(0))) {
          names.add(known.get().canonical().toLowerCase(Locale.ROOT));
          continue;
        }
        if (Character.isUpperCase(raw.charAt(0)) && !sentenceStart && !stopwords.contains(word)) {
          names.add(name.toLowerCase(Locale.ROOT));
          continue;
        }
        if (stopwords.contains(word)) {
          continue;
        }
        stems.add(key.apply(word));
      }
      if (!stems.isEmpty() || !names.isEmpty()) {
        out.add(new Clause(ImmutableSet.copyOf(stems), ImmutableSet.copyOf(names),
            ImmutableSet.copyOf(clauseNumbers), negated, !asks && !afterUnasserted));
        afterUnasserted = asks;
        previousNegated = negated;
      }
      subordinate = subordinators.contains(breakWord);
      from = next;
    }
    return new Clauses(ImmutableList.copyOf(out), numbers.build());
  }

  /**
   * A capitalised word joined by a hyphen to a lower-case word ('Jakarta-bound', 'Beijing-backed',
   * 'US-led'): an adjective made of a name, which names what the name names; the name alone. Any
   * other word as it is.
   */
  static String compoundName(String raw) {
    int hyphen = raw.indexOf('-');
    if (hyphen <= 0 || hyphen + 1 >= raw.length() || !Character.isUpperCase(raw.charAt(0))
        || !Character.isLowerCase(raw.charAt(hyphen + 1))) {
      return raw;
    }
    return raw.substring(0, hyphen);
  }

  /** A number: digits, a number word, or number words joined by hyphens ('sixty-one'). */
  private boolean isNumber(String lowerCaseWord) {
    if (Character.isDigit(lowerCaseWord.charAt(0)) || numberWords.contains(lowerCaseWord)) {
      return true;
    }
    if (lowerCaseWord.indexOf('-') < 0) {
      return false;
    }
    for (String part : lowerCaseWord.split("-")) {
      if (part.isEmpty() || !numberWords.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** The best clause-pair overlap of two texts. */
  public static Match compare(Clauses a, Clauses b) {
    if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && !sameNumbers(a.numbers(), b.numbers())) {
      return NONE; // 'empat jam' and 'enam jam', '1,8 poin' and '1,5 poin': not the same thing said
    }
    Match best = NONE;
    for (Clause x : a.clauses()) {
      for (Clause y : b.clauses()) {
        if (!canSayTheSame(x, y)) {
          continue;
        }
        int shared = 0;
        for (String s : x.content()) {
          if (x.means(s, y)) {
            shared++;
          }
        }
        int smaller = Math.min(x.content().size(), y.content().size());
        double overlap = smaller == 0 ? 0 : shared / (double) smaller;
        int sharedNames = (int) x.names().stream().filter(y.names()::contains).count();
        // the pair that shares most weighs most: one shared word in a one-word clause is weak
        if (shared * overlap > best.shared() * best.overlap()
            || shared * overlap == best.shared() * best.overlap() && overlap > best.overlap()) {
          best = new Match(overlap, shared, sharedNames);
        }
      }
    }
    return best;
  }

  /**
   * Whether two texts both state numbers and not the same ones (see {@link #compare}): they do
   * not say the same thing.
   */
  static boolean otherNumbers(Clauses a, Clauses b) {
    return !a.numbers().isEmpty() && !b.numbers().isEmpty() && !sameNumbers(a.numbers(), b.numbers());
  }

  /**
   * Whether two texts that both state numbers state the same ones: every number of the text that
   * states fewer is stated by the other (one may add a figure the other leaves out). Numbers are
   * compared as their digit groups ('1,8' is '1' and '8', as '1.8' is), so one shared group is
   * not enough: '1,8' and '1,5' share the '1'.
   */
  private static boolean sameNumbers(ImmutableSet<String> a, ImmutableSet<String> b) {
    ImmutableSet<String> fewer = a.size() <= b.size() ? a : b;
    ImmutableSet<String> more = fewer == a ? b : a;
    return more.containsAll(fewer);
  }

  /**
   * No negation flip, both asserted or neither, no other numbers, and a shared name when both
   * name someone.
   */
  private static boolean canSayTheSame(Clause x, Clause y) {
    if (x.negated() != y.negated() || x.asserted() != y.asserted()) {
      return false;
    }
    if (!x.numbers().isEmpty() && !y.numbers().isEmpty() && !x.numbers().equals(y.numbers())) {
      return false;
    }
    return x.names().isEmpty() || y.names().isEmpty()
        || x.names().stream().anyMatch(y.names()::contains);
  }

  /**
   * The stem of a word, with Lucene's stemmer for the language: a stemmer is an algorithm, so
   * the choice is made here, one case per language (a language without one is not stemmed).
   */
  private String stem(String word) {
    char[] chars = word.toCharArray();
    int length = switch (language) {
      case INDONESIAN -> new IndonesianStemmer().stem(chars, chars.length, true);
      case ENGLISH -> new EnglishMinimalStemmer().stem(chars, chars.length);
    };
    return length <= 0 ? word : new String(chars, 0, length);
  }
}
