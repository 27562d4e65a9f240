package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
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
      "Jumat(21/1) Rusia-Ukraina: Amerikanya, ASEAN2024, O'Neill dan D’Souza datang.");

  @Test
  void everyNativeRuleFindsWhatItsPatternFinds() throws IOException {
    List<String> texts = new ArrayList<>(PROBES);
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    try (Stream<Path> corpora = Files.walk(Path.of("src/test/resources/dev/claimdiff/extract"))) {
      for (Path p : corpora.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p).replace(" ¶ ", "\n\n"));
      }
    }
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
    assertThat(nativeRules).isEqualTo(2);
    assertThat(compared).isGreaterThan(10_000);
  }
}
