package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's words: which languages exist, the locale's default, and complete bundles. */
class ReportWordsTest {

  @Test
  void englishAndIndonesianExistAndOtherLanguagesDoNot() {
    assertThat(ReportWords.available("en")).isTrue();
    assertThat(ReportWords.available("id")).isTrue();
    assertThat(ReportWords.available("fr")).isFalse();
    assertThat(ReportWords.available("../x")).isFalse();
    assertThatThrownBy(() -> ReportWords.of("fr")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("words_fr.properties");
  }

  @Test
  void theDefaultFollowsTheLocale() {
    assertThat(ReportWords.forLocale(Locale.forLanguageTag("id-ID"))).isEqualTo("id");
    assertThat(ReportWords.forLocale(new Locale("in", "ID"))).isEqualTo("id");
    assertThat(ReportWords.forLocale(Locale.US)).isEqualTo("en");
    assertThat(ReportWords.forLocale(Locale.FRANCE)).as("no French words: English").isEqualTo("en");
  }

  @Test
  void wordsAreFilledInAndReadAsUtf8() {
    ReportWords id = ReportWords.of("id");
    assertThat(id.get("report.counts", 6, 5, 78, 20)).isEqualTo("6 masukan, 5 terbaca, 78 klaim, 20 temuan");
    assertThat(id.get("weekday.FRIDAY")).isEqualTo("Jumat");
    assertThat(id.term("next week")).isEqualTo("pekan depan");
    assertThat(id.term("a term nobody translated")).isEqualTo("a term nobody translated");
    assertThat(ReportWords.english().get("html.timeline.unknown")).isEqualTo("time not stated");
    assertThat(ReportWords.english().engineSummaries()).isTrue();
    assertThat(id.engineSummaries()).isFalse();
  }

  @Test
  void theIndonesianBundleHasEveryEnglishKey() throws IOException {
    Properties en = load("words_en.properties");
    Properties id = load("words_id.properties");
    assertThat(id.stringPropertyNames()).containsAll(en.stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReportWords.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
