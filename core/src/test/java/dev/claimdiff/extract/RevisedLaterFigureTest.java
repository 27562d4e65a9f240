package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure a live report gives at one update and sets aside at a later one ('menjadi 12 orang dari
 * sebelumnya 14 orang') is superseded where it was first given too, whatever noun counted it
 * there and wherever that update stands in the article (the latest comes first): it was the
 * current figure at its time, not the outlet's figure now. A figure stated after the revision,
 * or with no time before it, keeps its slot. The examples are invented.
 */
class RevisedLaterFigureTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> counts(Language language, String published, String text) {
    ArticleLoader loader = new ArticleLoader(language, InputStream::nullInputStream);
    Article article = loader.fromText("t", text,
        new ArticleMetadata(language, null, published, null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.value() instanceof QuantityValue)
        .map(c -> (int) ((QuantityValue) c.value()).amount() + " "
            + ((QuantityValue) c.value()).what())
        .toList();
  }

  @Test
  void aFigureRevisedAtALaterUpdateIsSupersededAtItsEarlierOne() {
    assertThat(counts(Language.INDONESIAN, "2026-03-10", String.join("\n\n",
        "Menteri luar negeri kedua negara menggelar perundingan di Bandung.",
        "Update 18.30 WIB:",
        "Panitia merevisi jumlah delegasi Vietnam menjadi 9 orang dari sebelumnya 11 orang.",
        "Update 10.15 WIB:",
        "Menurut daftar panitia, Vietnam datang dengan 11 anggota delegasi.")))
        .contains("11 members superseded", "9 people")
        .doesNotContain("11 members");
  }

  @Test
  void theSameFigureStatedAfterTheRevisionKeepsItsSlot() {
    assertThat(counts(Language.INDONESIAN, "2026-03-10", String.join("\n\n",
        "Menteri luar negeri kedua negara menggelar perundingan di Bandung.",
        "Update 20.00 WIB:",
        "Filipina kini datang dengan 11 anggota delegasi.",
        "Update 18.30 WIB:",
        "Panitia merevisi jumlah delegasi Vietnam menjadi 9 orang dari sebelumnya 11 orang.")))
        .contains("11 members");
  }

  private static List<String> revisions(String text) {
    ArticleLoader loader = new ArticleLoader(Language.INDONESIAN, InputStream::nullInputStream);
    Article article = loader.fromText("t", text,
        new ArticleMetadata(Language.INDONESIAN, null, "2026-03-10", null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.value() instanceof QuantityValue q && q.what().equals("deaths"))
        .map(c -> (int) ((QuantityValue) c.value()).amount() + " "
            + ((QuantityValue) c.value()).revision())
        .toList();
  }

  @Test
  void aRevisionVerbReachesTheNewFigureOfAChangeAcrossALongObject() {
    // the object between the verb and 'dari ... menjadi ...' is longer than the usual reach
    assertThat(revisions("BPBD Kabupaten Sukamaju merevisi jumlah korban meninggal dunia akibat "
        + "banjir bandang yang melanda tiga kecamatan di lereng Gunung Sukamaju pada Sabtu malam "
        + "dari sembilan menjadi delapan orang."))
        .contains("8 merevisi");
    // without a change pair the usual reach holds: the verb is too far for the figure
    assertThat(revisions("BPBD Kabupaten Sukamaju merevisi data pengungsi yang tersebar di tiga "
        + "kecamatan di lereng Gunung Sukamaju setelah pendataan ulang, sementara itu korban "
        + "meninggal tercatat delapan orang."))
        .doesNotContain("8 merevisi");
  }
}
