package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.discourse.ArticleContext;
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
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@code check: subject-gap} only saves time: wherever a rule's pattern matches, its check lets it
 * be tried. Both are run at every mention of the seeds, of every example corpus, of sentences
 * written to probe the gap's edges and of generated ones.
 */
class SubjectGapTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final LanguageRules RULES = LanguageRules.of(Language.INDONESIAN);

  /** Gaps at their limits (invented, in the style of the news). */
  private static final List<String> PROBES = List.of(
      "Menlu Retno Marsudi (kanan) mengatakan perundingan berlanjut.",
      "Kapolri Listyo Sigit (kiri, berbaju putih) mengatakan pelaku sudah ditangkap.",
      "Menlu Retno Marsudi (juru bicara kabinet RI) mengatakan perundingan berlanjut.",
      "Menlu Retno Marsudi (juru bicara kabinet kerja RI) mengatakan perundingan berlanjut.",
      "Presiden Joko Widodo, bagaimanapun juga, menegaskan bahwa harga BBM tidak naik.",
      "Presiden Joko Widodo, bagaimanapun juga dalam situasi seperti ini, menegaskan bahwa harga tetap.",
      "Gubernur Ahmad Luthfi di Semarang, Senin (3/3), mengatakan bantuan sudah tiba.",
      "Gubernur Ahmad Luthfi di Semarang, Senin pagi ini, mengatakan bantuan sudah tiba.",
      "Gubernur Ahmad Luthfi kepada wartawan di kantor gubernur Jawa Tengah, Senin, mengatakan stok aman.",
      "Bupati Pati yang meninjau posko pengungsian di Juwana berjanji akan memberikan bantuan beras.",
      "Bupati Pati yang pada Selasa pagi meninjau posko pengungsian di Kecamatan Juwana dan Kecamatan Jakenan, "
          + "Kabupaten Pati berjanji akan memberikan bantuan.",
      "Bupati Pati yang meninjau posko (darurat) sejak pagi hari akan segera mengirimkan tim medis ke lokasi.",
      "Jepang siap mengirimkan tim penyelamat ke Turki dalam 48 jam.",
      "Menteri itu, yang baru dilantik, kemudian juga menyatakan bahwa anggaran cukup.",
      "Menteri itu juga kemudian segera mengakui bahwa distribusi bantuan terlambat.",
      "Lavrov, mengatakan bahwa Moskow tidak berniat menyerang.",
      "Lavrov dan Blinken sepakat bahwa dialog akan berlanjut.",
      "Pemerintah pusat dan daerah akan memberikan santunan kepada keluarga korban.",
      "Washington menjanjikan tanggapan tertulis pekan depan.",
      "Bank sentral berjanji akan mengevaluasi kembali suku bunga acuan bulan depan.",
      "Dia\u00a0mengatakan\u2009bahwa\u00a0situasi\u3000aman.");

  @Test
  void aCheckNeverStopsAPatternThatMatches() throws IOException {
    List<String> texts = new ArrayList<>(PROBES);
    texts.addAll(TestTexts.seedsAndCorpora());
    texts.addAll(randomSentences(6_000));
    int checked = 0;
    int matched = 0;
    int spared = 0;
    int rulesWithCheck = 0;
    for (String file : List.of("statement", "commitment")) {
      RuleSet rules = RULES.rules(file);
      for (int i = 0; i < rules.rules().size(); i++) {
        if (!rules.hasCheck(i)) {
          continue;
        }
        rulesWithCheck++;
        RuleSet.Rule rule = rules.rules().get(i);
        for (String text : texts) {
          AnnotatedArticle article = SPLITTER.split(new ArticleLoader(null,
              InputStream::nullInputStream).fromText("t", text, ArticleMetadata.unknown()));
          ArticleContext ctx = new ArticleContext(article, RULES);
          CharSequence masked = ctx.textFor(rules);
          for (Sentence sentence : article.sentences()) {
            for (Token token : sentence.tokens()) {
              if (masked.charAt(token.start()) != Mentions.MASK_START) {
                continue; // 'starts: <mention>': the rule is tried nowhere else
              }
              Matcher m = rule.pattern().matcher(masked);
              m.useTransparentBounds(true);
              m.useAnchoringBounds(false);
              m.region(token.start(), sentence.end());
              boolean matches = m.lookingAt();
              boolean passes = rules.passesCheck(i, masked, token.start(), sentence.end());
              assertThat(passes || !matches)
                  .as("%s at '%s' in: %s", rule.name(),
                      article.text().substring(token.start(), Math.min(sentence.end(), token.start() + 40)),
                      article.text().substring(sentence.start(), sentence.end()))
                  .isTrue();
              checked++;
              matched += matches ? 1 : 0;
              spared += passes ? 0 : 1;
            }
          }
        }
      }
    }
    assertThat(rulesWithCheck).isEqualTo(10); // with commitment-agreed-give, commitment-bears-cost and statement-speaker-declares (id)
    assertThat(checked).isGreaterThan(50_000);
    assertThat(matched).isGreaterThan(1_000);
    assertThat(spared).as("tries the checks spare").isGreaterThan(checked / 2);
  }

  @Test
  void aRuleWithACheckNeedsTheGapMacroAfterAMention() {
    String rules = """
        text: mentions
        rule: no-gap
        pattern: (?<speaker>$MENTION) \\s+ mengatakan
        starts: <mention>
        check: subject-gap mengatakan
        """;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleFileParser.parse("test.rules",
            rules.lines().toList(), Language.INDONESIAN, java.util.Map.of("MENTION", Mentions.PATTERN,
                "SUBJECT_GAP", "\\s*")))
        .hasMessageContaining("needs $SUBJECT_GAP once");
  }

  @Test
  void aCheckNamesTheWordsTheRestStartsWith() {
    String rules = """
        text: mentions
        rule: no-words
        pattern: (?<speaker>$MENTION) $SUBJECT_GAP \\s+ mengatakan
        starts: <mention>
        check: subject-gap
        """;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleFileParser.parse("test.rules",
            rules.lines().toList(), Language.INDONESIAN, java.util.Map.of("MENTION", Mentions.PATTERN,
                "SUBJECT_GAP", "\\s*")))
        .hasMessageContaining("the words the rest of the pattern starts with");
  }

  /**
   * Sentences of mentions, asides, relative clauses, lower-case words, clause breakers and the
   * verbs the rules wait for, in random order, so that gaps meet their limits in more ways than
   * any article shows. Seeded: the same sentences every run.
   */
  private static List<String> randomSentences(int count) {
    Lexicon lexicon = Lexicon.of(Language.INDONESIAN);
    List<List<String>> pools = new ArrayList<>();
    for (String list : List.of("reporting-verbs", "stance-verbs", "give-verbs", "clause-breakers",
        "speech-adverbials", "relative-markers")) {
      pools.add(lexicon.words(list));
    }
    pools.add(List.of("Lavrov", "Antony Blinken", "Pemerintah", "Rusia", "Presiden Joko Widodo",
        "Dia", "dia", "Menteri itu", "BNPB", "Jepang"));
    pools.add(List.of("akan", "siap", "bersedia", "segera", "kembali", "berjanji", "menjanjikan",
        "untuk", "bahwa", "juga", "kemudian", "tidak", "sudah", "itu"));
    pools.add(List.of(",", ",", ".", ";", "(kanan)", "(kiri, berbaju putih)", "(BNPB)", "Senin pagi ini,", "(juru bicara kabinet kerja RI)",
        "(", ")", "\"", "“", "”", "Senin,", "di Jenewa,", "pada Jumat (21/1/2022),"));
    pools.add(List.of("posko", "pengungsian", "bantuan", "keluarga", "korban", "tanggapan",
        "tertulis", "pekan", "depan", "meninjau", "anti-korupsi", "2022", "Juwana", "x"));
    Random random = new Random(20220121L);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 4 + random.nextInt(22);
      for (int w = 0; w < words; w++) {
        List<String> pool = pools.get(random.nextInt(pools.size()));
        String word = pool.get(random.nextInt(pool.size()));
        String space = random.nextInt(12) == 0 ? "  " : random.nextInt(20) == 0 ? "" : " ";
        sb.append(w == 0 ? "" : word.startsWith(",") ? "" : space).append(word);
      }
      sentences.add(sb.append('.').toString());
    }
    return sentences;
  }
}
