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
 * the seeds, of every example corpus and of sentences written to probe the name grammar's edges.
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
    RuleSet rules = LanguageRules.of(Language.INDONESIAN).mentions();
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
    assertThat(nativeRules).isEqualTo(3);
    assertThat(compared).isGreaterThan(100_000);
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
    java.util.Random random = new java.util.Random(20260122L);
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
        sb.append(w == 0 || word.startsWith(",") ? "" : " ").append(word);
      }
      sentences.add(sb.append('.').toString());
    }
    return sentences;
  }
}
