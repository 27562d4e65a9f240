package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Language;
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
 * and the words of {@code align/<lang>/clause-words.txt}, such as {@code bahwa}); a clause becomes a set of
 * content stems: lower-cased, stopwords of {@code align/<lang>/stopwords.txt} dropped, stemmed
 * with Lucene's Indonesian (or English minimal) stemmer, synonyms of
 * {@code align/<lang>/synonyms.txt} mapped to one word. The similarity of two texts is that of
 * their best pair of clauses (the pair with the most shared stems weighted by overlap): the
 * share of the smaller clause's stems found in the other, and how many stems they share.
 *
 * <p>So "saya berharap emosi akan berkurang" and "dia berharap bahwa emosi akan mereda" match,
 * and a short reported statement matches the one clause of a long quotation that it reports.
 */
public final class ContentSimilarity {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");

  /**
   * One text's clauses, as sets of content stems, and the numbers it states (digits and number
   * words as written): two texts that state different numbers do not say the same thing.
   */
  public record Clauses(ImmutableList<ImmutableSet<String>> clauses, ImmutableSet<String> numbers) {
  }

  /** How two texts compare: the best clause pair's overlap and the stems it shares. */
  public record Match(double overlap, int shared) {}

  private final Language language;
  private final ImmutableSet<String> stopwords;
  private final ImmutableMap<String, String> synonyms;
  private final ImmutableSet<String> numberWords;
  private final Pattern clauseBreak;

  /** The similarity for one language. */
  public ContentSimilarity(Language language) {
    this.language = language;
    this.stopwords = ImmutableSet.copyOf(load(language, "stopwords.txt"));
    Map<String, String> syn = new HashMap<>();
    for (String line : load(language, "synonyms.txt")) {
      String[] words = line.split(",");
      String head = stem(words[0].strip().toLowerCase(Locale.ROOT));
      for (String w : words) {
        for (String part : WordPatterns.WHITE_SPACE.split(w.strip().toLowerCase(Locale.ROOT))) {
          syn.putIfAbsent(stem(part), head);
        }
      }
    }
    this.synonyms = ImmutableMap.copyOf(syn);
    String numbers = language.resource("extract", "number-words.txt");
    this.numberWords = WordList.exists(numbers)
        ? dev.claimdiff.extract.Lexicon.of(language).words("number-words").stream()
            .filter(w -> !w.contains(" ")).map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet())
        : ImmutableSet.of();
    List<String> clauseWords = load(language, "clause-words.txt");
    this.clauseBreak = Pattern.compile("[,;:.!?\"“-”]+"
        + (clauseWords.isEmpty() ? "" : "|" + WordPatterns.alternation(clauseWords)));
  }

  private static List<String> load(Language language, String file) {
    String resource = language.resource("align", file);
    return WordList.exists(resource) ? WordList.load(resource) : List.of();
  }

  /** The clauses of a text. */
  public Clauses clauses(String text) {
    List<ImmutableSet<String>> out = new ArrayList<>();
    ImmutableSet.Builder<String> numbers = ImmutableSet.builder();
    var words = WORD.matcher(text);
    while (words.find()) {
      String w = words.group().toLowerCase(Locale.ROOT);
      if (Character.isDigit(w.charAt(0)) || numberWords.contains(w)) {
        numbers.add(w);
      }
    }
    for (String clause : clauseBreak.split(text)) {
      Set<String> stems = new LinkedHashSet<>();
      var m = WORD.matcher(clause);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.ROOT);
        if (stopwords.contains(word)) {
          continue;
        }
        String stem = stem(word);
        stems.add(synonyms.getOrDefault(stem, stem));
      }
      if (!stems.isEmpty()) {
        out.add(ImmutableSet.copyOf(stems));
      }
    }
    return new Clauses(ImmutableList.copyOf(out), numbers.build());
  }

  /** The best clause-pair overlap of two texts. */
  public static Match compare(Clauses a, Clauses b) {
    if (!a.numbers().isEmpty() && !b.numbers().isEmpty()
        && a.numbers().stream().noneMatch(b.numbers()::contains)) {
      return new Match(0, 0); // 'empat jam' and 'enam jam': not the same thing said
    }
    double best = 0;
    int bestShared = 0;
    for (Set<String> x : a.clauses()) {
      for (Set<String> y : b.clauses()) {
        int shared = 0;
        for (String s : x) {
          if (y.contains(s)) {
            shared++;
          }
        }
        double overlap = shared / (double) Math.min(x.size(), y.size());
        // the pair that shares most weighs most: one shared word in a one-word clause is weak
        if (shared * overlap > bestShared * best || shared * overlap == bestShared * best
            && overlap > best) {
          best = overlap;
          bestShared = shared;
        }
      }
    }
    return new Match(best, bestShared);
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
