package dev.claimdiff.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ArticleLoader LOADER =
      new ArticleLoader(Language.INDONESIAN, InputStream::nullInputStream);

  private static List<String> sentences(String text) {
    AnnotatedArticle a = SPLITTER.split(LOADER.fromText("t", text, ArticleMetadata.unknown()));
    return a.sentences().stream().map(a::text).toList();
  }

  @Test
  void splitsGluedSentencesAndKeepsDatesOutletsAndNumbersWhole() {
    assertThat(sentences("Rapat digelar pada Jumat (21/1/2022) di Jakarta.Menurut Kompas.com, "
        + "inflasi 2,5 persen atau Rp 1.250.000 per bulan."))
        .containsExactly("Rapat digelar pada Jumat (21/1/2022) di Jakarta.",
            "Menurut Kompas.com, inflasi 2,5 persen atau Rp 1.250.000 per bulan.");
  }

  @Test
  void indonesianAbbreviationsDoNotEndASentence() {
    assertThat(sentences("Kantor PT. Maju Jaya Tbk. di Jl. Sudirman terbakar. Tidak ada korban."))
        .containsExactly("Kantor PT. Maju Jaya Tbk. di Jl. Sudirman terbakar.", "Tidak ada korban.");
  }

  @Test
  void aBlankLineEndsASentenceSoHeadlinesStandAlone() {
    assertThat(sentences("Banjir Rendam Tiga Desa\n\nAir mulai surut pada sore hari."))
        .containsExactly("Banjir Rendam Tiga Desa", "Air mulai surut pada sore hari.");
  }

  @Test
  void tokensPointIntoTheCleanedText() {
    AnnotatedArticle a = SPLITTER.split(LOADER.fromText("t", "Menlu AS tiba.", ArticleMetadata.unknown()));
    Token first = a.sentences().get(0).tokens().get(0);
    assertThat(a.text().substring(first.start(), first.end())).isEqualTo("Menlu");
    assertThat(a.sentences().get(0).tokens()).extracting(Token::text)
        .containsExactly("Menlu", "AS", "tiba", ".");
  }
}
