package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.engine.matchers.NativeMatchers;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A rule with {@code native:} must find what its pattern finds: both are run at every token of
 * the seeds, of every example corpus and of sentences written to probe the name grammar's edges,
 * for the Indonesian shape of the grammar and the English one.
 */
class NativeMatchersTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** Sentences at the edges of $KNOWN and $NAME (invented, in the style of the news). */
  private static final List<String> PROBES = List.of(
      "Putra mahkota Muhammad bin Salman bertemu Presiden Abdel Fattah al-Sisi di Kairo.",
      "Salah satu pengungsi, Sumarni (52), dan Budi Santoso (1234) tidur di balai desa.",
      "Senin lalu, Maret 2024, Menurutnya, Dalamnya, Pertemuan itu alot.",
      "J. K. Rowling dan Sheikh Mohammed bin Rashid Al Maktoum hadir; Amerika Serikat absen.",
      "Menteri Luar Negeri AS\u00a0Antony Blinken bertemu Sergei Lavrov di JENEWA.",
      "Delegasi Republik Indonesia tiba di Kabupaten Bandung Barat, Jawa Barat, pukul 09.00 WIB.",
      "Kata Jokowi, van der Berg dan de Gaulle dikenang; Bin Laden bukan binti Ahmad.",
      "Jumat(21/1) Rusia-Ukraina: Amerikanya, ASEAN2024, O'Neill dan D’Souza datang.",
      "Kepala Kantor SAR Semarang, Budi Hartono mengatakan pencarian dilanjutkan.",
      "Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, menegaskan sikap Moskow.",
      "Kepala Pelaksana BPBD Kabupaten Pati Barat Agus Setiawan dan Wakil Bupati Pati hadir.",
      "Direktur Utama PT Sinar Harapan Jaya Hendra Kusumawijaya, kata Presiden Direktur itu.",
      "Kapolres Cianjur AKBP Hendra Gunawan dan Menteri Koordinator Bidang Perekonomian Airlangga Hartarto.",
      "Menurut juru bicara BNPB, Abdul Muhari, dan Kepala BMKG Dwikorita Karnawati, gempa reda.",
      "Wakil Presiden RI Gibran, Menteri Keuangan mengatakan, Presiden menyerahkan bantuan.",
      "Gubernur Jawa Tengah Ahmad Luthfi, Dedi Kurniawan mengatakan bahwa bantuan tiba.",
      "Ketua Umum Partai Golkar & Ketua DPR RI, Puan Maharani, berkata kepada J. Smith hari ini.",
      // a list of dignitaries left unfinished: white space, then the end of the text
      // (reliability/titled_*.txt: the native matcher read past the end)
      "Hadir dalam acara itu Presiden Joko Widodo, Wakil Presiden Ma'ruf Amin\n",
      "Kepala K,A ",
      "Menteri Luar Negeri AS, Antony Blinken \t ");

  @Test
  void everyNativeRuleFindsWhatItsPatternFinds() throws IOException {
    List<String> texts = new ArrayList<>(PROBES);
    texts.addAll(TestTexts.seedsAndCorpora());
    texts.addAll(randomSentences(4_000));
    assertThat(compareAtEveryToken(Language.INDONESIAN, texts, 3)).isGreaterThan(100_000);
  }

  /**
   * Sentences at the edges of the English name grammar (invented, in the style of the news):
   * possessives, apostrophes inside names, particles kept or ending a name, initials, stop
   * words with an apostrophe, weekdays and months, titles after the words that qualify them.
   */
  private static final List<String> ENGLISH_PROBES = List.of(
      "Jane Harris's lawyer met O'Brien, D’Souza and Harris’ aide on Monday in March.",
      "Crown Prince Mohammed bin Salman and Abdel Fattah al-Sisi met Anna von der Berg.",
      "Jean de Gaulle, Maria da Silva, Pieter van Dijk and Ali ibn Hassan arrived; de la Cruz did not.",
      "It's clear, Its aide said; Rock'n'Roll fans and Mc-Donald's staff left. The U.S. agreed.",
      "J. K. Rowling, Lt. Gen. John Smith and Sen. Mary Jones spoke to Dr. A. B. Cole.",
      "Japan's top trade negotiator Kenji Sato told reporters that talks would resume.",
      "U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva.",
      "the foreign minister, Sergei Lavrov, said; The Kenyan Trade Minister Jane Harris agreed.",
      "Kenyan Trade Minister Jane Harris and former deputy Prime Minister Ahmed Ali's adviser spoke.",
      "Russia's Foreign Minister Sergei Lavrov, Indonesia’s Foreign Minister Retno Marsudi met.",
      "Acting Police Chief Commissioner Budi Santoso van Ness said the Minister of Trade left.",
      "Senior Analyst Jo Lee-Park, Chief Executive O'Neill-Smith and Coach Bin told the Governor.",
      "Foreign Minister\u00a0Retno Marsudi met President Joko Widodo in JAKARTA on Tuesday.",
      "Trade Minister ",
      "Jane Harris\n",
      "Foreign Minister Jane Harris van \t ",
      "Mr. and Mrs. Smith, Professor Alan Turing's team, Head Coach Shin Tae-yong, Bin Laden.");

  @Test
  void everyEnglishNativeRuleFindsWhatItsPatternFinds() throws IOException {
    List<String> texts = new ArrayList<>(ENGLISH_PROBES);
    texts.addAll(TestTexts.seedsAndCorpora());
    texts.addAll(englishCorpora());
    texts.addAll(randomEnglishSentences(4_000));
    assertThat(compareAtEveryToken(Language.ENGLISH, texts, 2)).isGreaterThan(100_000);
  }

  @Test
  void englishNamesEndBeforeAPossessiveAndKeepTheirParticles() {
    RuleSet rules = LanguageRules.of(Language.ENGLISH).mentions();
    NativeMatchers.TokenMatcher names = nativeOf(rules, "mention-name");
    NativeMatchers.TokenMatcher titled = nativeOf(rules, "mention-titled");
    assertThat(firstMatch(names, "Jane Harris's lawyer spoke.")).isEqualTo("Jane Harris");
    assertThat(firstMatch(names, "Jane Harris’ aide spoke.")).isEqualTo("Jane Harris");
    assertThat(firstMatch(names, "Sean O'Brien said so.")).isEqualTo("Sean O'Brien");
    assertThat(firstMatch(names, "Mohammed bin Salman said so.")).isEqualTo("Mohammed bin Salman");
    assertThat(firstMatch(names, "Pieter van Dijk said so.")).isEqualTo("Pieter van Dijk");
    // a particle once taken is kept: 'der' cannot follow 'von', so the name ends before 'von'
    assertThat(firstMatch(names, "Anna von der Berg said so.")).isEqualTo("Anna");
    // a stop word is one only before no apostrophe; the possessive-like 's still ends the word
    assertThat(firstMatch(names, "It's late.")).isEqualTo("It");
    assertThat(firstMatch(names, "The talks ended.")).isNull();
    assertThat(firstMatch(titled, "Japan's top trade negotiator Kenji Sato's team left."))
        .isEqualTo("Japan's top trade negotiator Kenji Sato");
    assertThat(firstMatch(titled, "Kenyan Trade Minister Jane Harris said so."))
        .isEqualTo("Kenyan Trade Minister Jane Harris");
    assertThat(firstMatch(titled, "the Kenyan foreign minister Sergei Lavrov said so."))
        .isEqualTo("the Kenyan foreign minister Sergei Lavrov");
    assertThat(firstMatch(titled, "the foreign minister said so.")).isNull();
  }

  private static NativeMatchers.TokenMatcher nativeOf(RuleSet rules, String name) {
    for (int i = 0; i < rules.rules().size(); i++) {
      if (rules.rules().get(i).name().equals(name)) {
        NativeMatchers.TokenMatcher matcher = rules.nativeMatcher(i);
        assertThat(matcher).as("native matcher of %s", name).isNotNull();
        return matcher;
      }
    }
    throw new AssertionError("no rule " + name);
  }

  /** What the matcher finds at the text's start, or null. */
  private static String firstMatch(NativeMatchers.TokenMatcher matcher, String text) {
    int end = matcher.end(text, 0, text.length());
    return end < 0 ? null : text.substring(0, end);
  }

  /**
   * Runs every native rule of the language's mention rules and its pattern at every token of
   * the texts and checks they agree: the number of comparisons.
   */
  private static int compareAtEveryToken(Language language, List<String> texts,
      int expectedNativeRules) {
    RuleSet rules = LanguageRules.of(language).mentions();
    int compared = 0;
    int nativeRules = 0;
    for (int i = 0; i < rules.rules().size(); i++) {
      NativeMatchers.TokenMatcher matcher = rules.nativeMatcher(i);
      if (matcher == null) {
        continue;
      }
      nativeRules++;
      RuleSet.Rule rule = rules.rules().get(i);
      for (String text : texts) {
        AnnotatedArticle article = SPLITTER.split(new ArticleLoader(null,
            InputStream::nullInputStream).fromText("t", text, ArticleMetadata.unknown()));
        String clean = article.text();
        for (Sentence sentence : article.sentences()) {
          for (Token token : sentence.tokens()) {
            Matcher m = rule.pattern().matcher(clean);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(token.start(), sentence.end());
            int expected = m.lookingAt() && m.end() > m.start() ? m.end() : -1;
            int actual = matcher.end(clean, token.start(), sentence.end());
            assertThat(actual)
                .as("%s at '%s' in: %s", rule.name(),
                    clean.substring(token.start(), Math.min(sentence.end(), token.start() + 40)),
                    clean.substring(sentence.start(), sentence.end()))
                .isEqualTo(expected);
            compared++;
          }
        }
      }
    }
    assertThat(nativeRules).isEqualTo(expectedNativeRules);
    return compared;
  }

  /** The English articles of the evaluation corpora ({@code corpora/<event>/en/*.txt}). */
  static List<String> englishCorpora() throws IOException {
    List<String> texts = new ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(java.nio.file.Path.of("../corpora"))) {
      for (java.nio.file.Path p : files.filter(p -> p.toString().endsWith(".txt")
          && p.getParent().getFileName().toString().equals("en")).sorted().toList()) {
        texts.add(java.nio.file.Files.readString(p));
      }
    }
    assertThat(texts).hasSizeGreaterThan(20);
    return texts;
  }

  /**
   * Sentences of random words drawn from the lists the English name grammar reads (titles and
   * the words that qualify them, gazetteer spellings, stop words, particles, speech verbs) and
   * from pieces at its edges (possessives, apostrophes, initials, hyphens, weekdays, months,
   * commas, 'the'). Seeded: the same sentences every run.
   */
  private static List<String> randomEnglishSentences(int count) {
    Lexicon lexicon = Lexicon.of(Language.ENGLISH);
    List<List<String>> pools = new ArrayList<>();
    for (String list : List.of("titles", "title-modifiers", "name-stopwords", "name-particles",
        "speech-verbs", "reporting-verbs")) {
      pools.add(lexicon.words(list));
    }
    pools.add(dev.claimdiff.lang.Gazetteer.standard().aliasesLongestFirst());
    pools.add(List.of("Jane", "Harris", "Harris's", "Harris’", "Japan's", "Indonesia’s", "O'Brien",
        "D’Souza", "O'Neill-Smith", "Rock'n'Roll", "It's", "J.", "K.", "U.S.", "Monday", "March",
        "Mondays", "Marchers", "al-Sisi", "el-Sisi", "al-", "bin", "Bin", "van", "von", "der",
        "de", "la", "Lee-Park", "ASEAN2024", "'s", "s"));
    pools.add(List.of(",", ",", ", ", "and", "the", "The", "of", "said", "told", "that", ".",
        "\u00a0", "\t", "'", "’"));
    // a possessive or a closing quote is glued to the word before, and one word in ten at random
    return sentencesOf(pools, new java.util.Random(20261206L), count,
        (word, random) -> word.startsWith(",") || word.startsWith("'s") || word.equals("’")
            || random.nextInt(10) == 0);
  }

  /**
   * {@code count} sentences of 3 to 14 words drawn from random pools, a quarter of them
   * capitalised, each joined to the one before by a space unless {@code glued} says otherwise.
   */
  private static List<String> sentencesOf(List<List<String>> pools, java.util.Random random,
      int count, java.util.function.BiPredicate<String, java.util.Random> glued) {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 3 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        List<String> pool = pools.get(random.nextInt(pools.size()));
        String word = pool.get(random.nextInt(pool.size()));
        if (random.nextInt(4) == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        boolean joined = glued.test(word, random); // asked for every word: it may draw
        sb.append(w == 0 || joined ? "" : " ").append(word);
      }
      sentences.add(sb.append('.').toString());
    }
    return sentences;
  }

  /**
   * Sentences of random words drawn from the lists the name grammar reads (titles, portfolios,
   * bodies, places, gazetteer spellings, stop words, speech verbs) and from the pieces between
   * them (commas, 'dan', '&', initials, ages, lower-case words), so that titles, bodies and names
   * meet in more orders than any article shows. Seeded: the same sentences every run.
   */
  private static List<String> randomSentences(int count) {
    Lexicon lexicon = Lexicon.of(Language.INDONESIAN);
    List<List<String>> pools = new ArrayList<>();
    for (String list : List.of("titles", "title-portfolios", "org-words", "place-prefixes",
        "compass-words", "name-stopwords", "speech-verbs", "reporting-verbs", "clause-breakers")) {
      pools.add(lexicon.words(list));
    }
    pools.add(dev.claimdiff.lang.Gazetteer.standard().aliasesLongestFirst());
    pools.add(List.of("Budi", "Hartono", "Maria", "Zakharova", "J.", "AKBP", "BPBD", "Pati",
        "Semarang", "Senin", "Maret", "Menurutnya", "bin", "al-Sisi", "de", "van", "Gaulle",
        "O'Neill", "Rusia-Ukraina", "ASEAN2024", "(52)", "(1234)"));
    pools.add(List.of(",", ",", ", ", "dan", "&", "yang", "itu", "kepada", "bahwa", "di", ".",
        "mengatakan", "hari", "ini", "kata", "\u00a0"));
    return sentencesOf(pools, new java.util.Random(20260122L), count,
        (word, random) -> word.startsWith(","));
  }
}
