package dev.claimdiff.align;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.jspecify.annotations.Nullable;

/**
 * Puts the words of Indonesian and English text into one vocabulary of <em>concepts</em>, so that
 * a sentence and its translation share their words: {@code tanggapan tertulis} and "written
 * response" both become {@code answer written}. The concepts are English words, read from
 * {@code align/lexicon-id-en.txt} (our own news vocabulary, GPL; see its header): each line's
 * first English word is the concept of the Indonesian word and of every English form listed with
 * it (a form listed on several lines keeps the first). A word the lexicon does not know is its
 * own stem: names, digits and words both languages spell alike (loanwords, acronyms) then
 * compare as they are.
 */
final class BilingualLexicon {
  private static final String RESOURCE = "dev/claimdiff/align/lexicon-id-en.txt";
  private static final String PREFIX_RESOURCE = "dev/claimdiff/align/lexicon-id-prefixes.txt";
  private static @Nullable BilingualLexicon standard;

  private final ImmutableMap<String, String> indonesian;
  private final ImmutableMap<String, String> indonesianStems;
  private final ImmutableMap<String, String> english;
  private final ImmutableMap<String, ImmutableSet<String>> indonesianSenses;
  private final ImmutableMap<String, ImmutableSet<String>> indonesianStemSenses;
  private final ImmutableMap<Language, ImmutableSet<String>> stopwords;

  private BilingualLexicon() {
    Map<String, String> en = new HashMap<>();
    Map<String, String> id = new HashMap<>();
    Map<String, String> idStems = new HashMap<>();
    Map<String, java.util.Set<String>> idForms = new java.util.LinkedHashMap<>();
    for (String line : WordList.load(RESOURCE)) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalArgumentException(RESOURCE + ": not 'word = english, …': " + line);
      }
      String word = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String[] forms = line.substring(eq + 3).split(",");
      String head = forms[0].strip().toLowerCase(Locale.ROOT);
      String concept = en.getOrDefault(englishStem(head), head);
      for (String form : forms) {
        String f = form.strip().toLowerCase(Locale.ROOT);
        if (!f.contains(" ")) {
          en.putIfAbsent(f, concept);
          en.putIfAbsent(englishStem(f), concept);
        }
      }
      id.putIfAbsent(word, concept);
      idStems.putIfAbsent(indonesianStem(word), concept);
      idForms.computeIfAbsent(word, k -> new java.util.LinkedHashSet<>());
      for (String form : line.substring(eq + 3).split(",")) {
        String f = form.strip().toLowerCase(Locale.ROOT);
        if (!f.contains(" ")) {
          idForms.get(word).add(f);
        }
      }
    }
    // an Indonesian word's other senses: the concepts of every English form listed with it,
    // known once every line is read (a form's concept is that of the first line listing it)
    Map<String, ImmutableSet<String>> senses = new HashMap<>();
    Map<String, ImmutableSet<String>> stemSenses = new HashMap<>();
    for (Map.Entry<String, java.util.Set<String>> e : idForms.entrySet()) {
      ImmutableSet<String> of = e.getValue().stream().map(f -> en.getOrDefault(f, f))
          .collect(ImmutableSet.toImmutableSet());
      senses.put(e.getKey(), of);
      stemSenses.putIfAbsent(indonesianStem(e.getKey()), of);
    }
    this.indonesianSenses = ImmutableMap.copyOf(senses);
    this.indonesianStemSenses = ImmutableMap.copyOf(stemSenses);
    this.indonesian = ImmutableMap.copyOf(id);
    this.indonesianStems = ImmutableMap.copyOf(idStems);
    this.english = ImmutableMap.copyOf(en);
    this.stopwords = ImmutableMap.of(
        Language.INDONESIAN, stopwords(Language.INDONESIAN),
        Language.ENGLISH, stopwords(Language.ENGLISH));
  }

  /** The lexicon of {@code align/lexicon-id-en.txt}, loaded once. */
  static synchronized BilingualLexicon standard() {
    if (standard == null) {
      standard = new BilingualLexicon();
    }
    return standard;
  }

  private static ImmutableSet<String> stopwords(Language language) {
    String resource = LanguageFile.ALIGN_STOPWORDS.resource(language);
    return WordList.exists(resource)
        ? WordList.load(resource).stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet())
        : ImmutableSet.of();
  }

  /** Whether a lower-case word is a stopword of the language (it carries no content). */
  boolean isStopword(Language language, String lowerCaseWord) {
    return stopwords.getOrDefault(language, ImmutableSet.of()).contains(lowerCaseWord);
  }

  /** Whether the lexicon gives the lower-case word a concept. */
  boolean knows(Language language, String lowerCaseWord) {
    return concept(language, lowerCaseWord) != null;
  }

  /** The concept of a lower-case word, or null when the lexicon does not know it. */
  @Nullable String concept(Language language, String lowerCaseWord) {
    return switch (language) {
      case INDONESIAN -> {
        String word = single(lowerCaseWord);
        String c = indonesian.get(word);
        c = c != null ? c : indonesianStems.get(indonesianStem(word));
        for (String base : c == null ? baseForms(word) : java.util.List.<String>of()) {
          c = indonesian.get(base);
          c = c != null ? c : indonesianStems.get(indonesianStem(base));
          if (c != null) {
            break;
          }
        }
        yield c;
      }
      case ENGLISH -> {
        String c = english.get(lowerCaseWord);
        if (c == null) {
          c = english.get(englishStem(lowerCaseWord));
        }
        for (int i = 0; c == null && i < SUFFIXES.length; i++) {
          String base = unsuffixed(lowerCaseWord, SUFFIXES[i]);
          if (!base.equals(lowerCaseWord)) {
            c = english.get(base);
            c = c != null ? c : english.get(base + "e");
          }
        }
        yield c;
      }
    };
  }

  /**
   * Every concept a lower-case word may stand for: for an Indonesian word, the concepts of all
   * the English forms its line lists ({@code akhir = final, end, late}: "final", "end", "late"),
   * so that a translation that chose another of them still matches; an English word has one.
   */
  ImmutableSet<String> senses(Language language, String lowerCaseWord) {
    return switch (language) {
      case INDONESIAN -> {
        String word = single(lowerCaseWord);
        ImmutableSet<String> s = indonesianSenses.get(word);
        s = s != null ? s : indonesianStemSenses.get(indonesianStem(word));
        for (String base : s == null ? baseForms(word) : java.util.List.<String>of()) {
          s = indonesianSenses.get(base);
          s = s != null ? s : indonesianStemSenses.get(indonesianStem(base));
          if (s != null) {
            break;
          }
        }
        yield s != null ? s : ImmutableSet.of();
      }
      case ENGLISH -> ImmutableSet.of();
    };
  }

  /**
   * An Indonesian word written twice with a hyphen, the plural of its half ({@code anak-anak}
   * "children", {@code orang-orang} "people"), as that half when the whole is not listed; any
   * other word as it is.
   */
  private String single(String lowerCaseWord) {
    int hyphen = lowerCaseWord.indexOf('-');
    if (hyphen <= 0 || indonesian.containsKey(lowerCaseWord)
        || !lowerCaseWord.substring(hyphen + 1).equals(lowerCaseWord.substring(0, hyphen))) {
      return lowerCaseWord;
    }
    return lowerCaseWord.substring(0, hyphen);
  }

  /**
   * The base words an Indonesian word the stemmer leaves unknown may be derived from, in order:
   * the word with only its inflectional endings taken off ({@code kendalinya}: {@code kendali},
   * a root the stemmer would cut as if {@code ke-} were a prefix), then the root under a prefix
   * whose nasal replaced the root's first consonant ({@code menewaskan}: {@code tewaskan},
   * {@code memukul}: {@code pukul}, {@code mengirim}: {@code kirim}, {@code menyerang}:
   * {@code serang}, and the same after {@code pe-}: {@code penembakan}: {@code tembakan}), and
   * the root under {@code ber-}, {@code ter-} or {@code per-} before a root that starts with r
   * ({@code berunding}: {@code runding}, {@code perawatan}: {@code rawatan}): the prefixes of
   * {@code align/lexicon-id-prefixes.txt}. Lucene's stemmer takes the prefix off without putting
   * the consonant back ({@code ewas}).
   */
  private static java.util.List<String> baseForms(String word) {
    java.util.List<String> out = new java.util.ArrayList<>();
    char[] chars = word.toCharArray();
    int length = new IndonesianStemmer().stem(chars, chars.length, false);
    if (length > 0 && length < word.length()) {
      out.add(new String(chars, 0, length));
    }
    for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
      String p = prefix.getKey();
      if (word.length() > p.length() + 2 && word.startsWith(p)
          && "aeiou".indexOf(word.charAt(p.length())) >= 0) {
        out.add(prefix.getValue() + word.substring(p.length()));
      }
    }
    return out;
  }

  /**
   * Prefixes that took a root's first sound, in file order, to what they took ({@code men}:
   * {@code t}, {@code ber}: {@code r}), from {@code align/lexicon-id-prefixes.txt}.
   */
  private static final ImmutableMap<String, String> PREFIXES = prefixes();

  private static ImmutableMap<String, String> prefixes() {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String line : WordList.load(PREFIX_RESOURCE)) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalArgumentException(PREFIX_RESOURCE + ": not 'prefix = restored': " + line);
      }
      out.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT),
          line.substring(eq + 3).strip().toLowerCase(Locale.ROOT));
    }
    return out.buildOrThrow();
  }

  /** English endings tried, in order, when a form is not listed: 'digging', 'arrives'. */
  private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "ly"};

  /**
   * A word without an ending: 'digging' is 'dig' (a doubled consonant undone), 'arriving'
   * 'arriv' (the caller also tries 'arrive'); the word itself when it does not end so.
   */
  private static String unsuffixed(String word, String suffix) {
    if (!word.endsWith(suffix) || word.length() <= suffix.length() + 2) {
      return word;
    }
    String base = word.substring(0, word.length() - suffix.length());
    int n = base.length();
    if (n >= 3 && base.charAt(n - 1) == base.charAt(n - 2) && "aeiou".indexOf(base.charAt(n - 1)) < 0) {
      return base.substring(0, n - 1);
    }
    return base;
  }

  /**
   * A lower-case word as a concept: the lexicon's, else (a word the languages may share) the
   * word's stem in its own language.
   */
  String neutral(Language language, String lowerCaseWord) {
    String c = concept(language, lowerCaseWord);
    if (c != null) {
      return c;
    }
    return switch (language) {
      case INDONESIAN -> indonesianStem(lowerCaseWord);
      case ENGLISH -> englishStem(lowerCaseWord);
    };
  }

  /**
   * A phrase of several words as concepts joined by spaces (stopwords dropped): the key of a
   * slot written in either language ({@code 300 tenda} and "300 tents" are {@code 300 tent}).
   */
  String neutralPhrase(Language language, String phrase) {
    StringBuilder out = new StringBuilder();
    for (String w : WordPatterns.WHITE_SPACE.split(phrase.strip().toLowerCase(Locale.ROOT))) {
      if (w.isEmpty() || isStopword(language, w)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.isDigit(w.charAt(0)) ? w : neutral(language, w));
    }
    return out.toString();
  }

  /** A capitalised word as a name: the gazetteer's canonical name when it knows it, lower case. */
  static @Nullable String name(String word) {
    return Gazetteer.standard().lookup(word)
        .map(e -> e.canonical().toLowerCase(Locale.ROOT)).orElse(null);
  }

  private static String indonesianStem(String word) {
    char[] chars = word.toCharArray();
    int length = new IndonesianStemmer().stem(chars, chars.length, true);
    return length <= 0 ? word : new String(chars, 0, length);
  }

  private static String englishStem(String word) {
    char[] chars = word.toCharArray();
    int length = new EnglishMinimalStemmer().stem(chars, chars.length);
    return length <= 0 ? word : new String(chars, 0, length);
  }
}
