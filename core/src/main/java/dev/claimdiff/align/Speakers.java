package dev.claimdiff.align;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether two speakers' names are one person. Extraction writes a speaker as the text
 * names them, so one person may be written more or less fully: with a title's place word stuck
 * to the name ({@code Mamasa Ramlan Tandilolo} for {@code Ramlan Tandilolo}), or as the ticket
 * they head ({@code Andi Rahmat Mappaturung-Yosef Lumintang}). Two names are one person when
 * they are equal, or when every word of the shorter, which has at least two words, is a word of
 * the longer: a single word ({@code Andi}) is too weak to tell people apart. A name of two or
 * more words spelled two ways ({@link VariantFinder#isVariant}: {@code Darius Sampe}, {@code
 * Darius Sampeh}) is one person too.
 */
public final class Speakers {
  /** Words the shorter name needs to stand for the longer. */
  private static final int MIN_WORDS = 2;
  /** What is stripped from a word before it is compared with a name's words (punctuation). */
  private static final java.util.regex.Pattern NOT_NAME_CHARACTER =
      java.util.regex.Pattern.compile("[^\\p{L}-]");
  /** Each language's {@code org-words.txt}, read once. */
  private static final java.util.Map<Language, Set<String>> ORG_WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Speakers() {}

  /**
   * Whether two names are one named person written more or less fully ({@link #samePerson}),
   * both names of a person (opening and ending with a capital, no body: no organisation,
   * country or outlet the gazetteer knows, no word of the language's {@code org-words.txt}, no
   * acronym): 'Ahmad Patunru' and 'Ahmad Baharuddin Patunru', never 'Kementerian Sosial' and
   * 'Kementerian Sosial Jawa Barat', a ministry and its provincial office.
   */
  public static boolean sameNamedPerson(String a, String b, Language language) {
    return namedPerson(a, language) && namedPerson(b, language) && samePerson(a, b);
  }

  /** Whether the two names are one person (see the class). */
  static boolean samePerson(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return holdsShorter(a, b, words(a), words(b));
  }

  /**
   * Whether every word of the shorter name (words {@code x} of {@code a}, {@code y} of {@code b}),
   * of at least {@value #MIN_WORDS}, is in the longer, or the two are one name spelled two ways.
   */
  private static boolean holdsShorter(String a, String b, Set<String> x, Set<String> y) {
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    return shorter.size() >= MIN_WORDS && (longer.containsAll(shorter)
        // one name spelled two ways ('Herman Josef Bhara', 'Herman Yosef Bhara'): the report
        // calls them one name (VARIANT), so their words are one speaker's
        || VariantFinder.isVariant(a, b));
  }

  /**
   * Whether two statements are two people's own, never one statement relayed: both speakers are
   * named people (a name that opens and ends with a capital; neither a body: an organisation, a
   * country or an outlet the gazetteer knows, a name holding a word of the language's
   * {@code org-words.txt} or an acronym in capitals), their names share no word (a spelling variant of one name
   * shares the rest), and neither statement names the other speaker (which is how one person
   * relays another's words: "Blinken said Lavrov assured him ..."). Two coaches naming the same
   * stadium and day say each their own; a ministry's figure given by its spokesperson, or a
   * person relayed by another, may be one statement.
   */
  static boolean twoPeople(Claim a, Language languageA, Claim b, Language languageB) {
    String x = a.speaker();
    String y = b.speaker();
    if (!namedPerson(x, languageA) || !namedPerson(y, languageB)) {
      return false;
    }
    return distinctAndUnnamed(words(x), words(y), bareWords(a.evidence()),
        bareWords(b.evidence()));
  }

  /**
   * Whether two named people's names share no word and neither's evidence (its words as
   * {@link #bareWords}) names the other.
   */
  private static boolean distinctAndUnnamed(Set<String> wordsX, Set<String> wordsY,
      Set<String> evidenceA, Set<String> evidenceB) {
    if (wordsX.stream().anyMatch(wordsY::contains)) {
      return false;
    }
    return java.util.Collections.disjoint(evidenceA, wordsY)
        && java.util.Collections.disjoint(evidenceB, wordsX);
  }

  /** A text's words lower-cased and stripped to letters and hyphens, those of three or more. */
  private static Set<String> bareWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String word : WordPatterns.WHITE_SPACE.split(text.toLowerCase(Locale.ROOT))) {
      String bare = NOT_NAME_CHARACTER.matcher(word).replaceAll("");
      if (bare.length() >= 3) {
        out.add(bare);
      }
    }
    return out;
  }

  /**
   * {@link #samePerson} and {@link #twoPeople} with what they read of each name and text worked
   * out once: the speech finder compares each claim with many others. Gives the same answers as
   * the static methods. Not thread-safe: one per pass.
   */
  static final class Memo {
    private final java.util.Map<String, Set<String>> words = new java.util.HashMap<>();
    private final java.util.Map<Language, java.util.Map<String, Boolean>> people =
        new java.util.EnumMap<>(Language.class);
    private final java.util.Map<String, Set<String>> texts = new java.util.HashMap<>();

    private final java.util.Map<String, java.util.Map<String, Boolean>> same =
        new java.util.HashMap<>();

    boolean samePerson(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      java.util.Map<String, Boolean> withA = same.computeIfAbsent(a, k -> new java.util.HashMap<>());
      Boolean known = withA.get(b);
      if (known == null) {
        known = holdsShorter(a, b, words(a), words(b));
        withA.put(b, known);
      }
      return known;
    }

    boolean twoPeople(Claim a, Language languageA, Claim b, Language languageB) {
      if (!namedPerson(a.speaker(), languageA) || !namedPerson(b.speaker(), languageB)) {
        return false;
      }
      return distinctAndUnnamed(words(a.speaker()), words(b.speaker()),
          texts.computeIfAbsent(a.evidence(), Speakers::bareWords),
          texts.computeIfAbsent(b.evidence(), Speakers::bareWords));
    }

    private Set<String> words(String name) {
      return words.computeIfAbsent(name, Speakers::words);
    }

    private boolean namedPerson(String speaker, Language language) {
      return people.computeIfAbsent(language, l -> new java.util.HashMap<>())
          .computeIfAbsent(speaker, s -> Speakers.namedPerson(s, language));
    }
  }

  private static boolean namedPerson(String speaker, Language language) {
    String[] words = WordPatterns.WHITE_SPACE.split(speaker.strip());
    // a name opens and ends with a capital ('Marco van Duijn'); a description does not
    // ('diplomat Vietnam')
    return words.length > 0 && startsUpper(words[0]) && startsUpper(words[words.length - 1])
        && !isBody(speaker, language);
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isBody(String speaker, Language language) {
    var known = Gazetteer.standard().lookup(speaker);
    if (known.isPresent()) {
      return known.get().type() != Gazetteer.EntityType.PERSON;
    }
    Set<String> orgWords = ORG_WORDS.computeIfAbsent(language,
        l -> Set.copyOf(Lexicon.of(l).words(LanguageFile.ORG_WORDS)));
    for (String word : WordPatterns.WHITE_SPACE.split(speaker.strip())) {
      if (orgWords.contains(word) || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
          && word.chars().allMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String name) {
    return Set.copyOf(List.of(WordPatterns.WHITE_SPACE.split(
        name.toLowerCase(Locale.ROOT).replace('-', ' ').strip())));
  }
}
