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
 * The time a figure is stated for keeps the zone written after its clock time, as the offset
 * beside its local time ('hingga pukul 14.00 WIB' is 14:00 at +07:00, 07:00 UTC), so that it
 * sorts against another outlet's time in another zone; a clock time with no zone has none.
 */
class FigureTimeZoneTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> asOfs(Language language, String published, String text) {
    ArticleLoader loader = new ArticleLoader(language, InputStream::nullInputStream);
    Article article = loader.fromText("t", text,
        new ArticleMetadata(language, null, published, null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.value() instanceof QuantityValue)
        .map(c -> ((QuantityValue) c.value()).asOf() + " " + ((QuantityValue) c.value()).asOfOffset())
        .toList();
  }

  @Test
  void aZoneWrittenAfterTheClockGoesWithTheTime() {
    assertThat(asOfs(Language.INDONESIAN, "2026-11-20", "Polisi mencatat korban meninggal "
        + "bertambah menjadi delapan orang hingga pukul 14.00 WIB."))
        .containsExactly("2026-11-20T14:00 +07:00");
    assertThat(asOfs(Language.INDONESIAN, "2026-11-20", "Hingga pukul 16.30 WITA, jumlah "
        + "pengungsi tercatat 1.200 orang."))
        .containsExactly("2026-11-20T16:30 +08:00");
  }

  @Test
  void aClockWithNoZoneStaysLocal() {
    assertThat(asOfs(Language.INDONESIAN, "2026-11-20", "Polisi mencatat korban meninggal "
        + "bertambah menjadi delapan orang hingga pukul 14.00."))
        .containsExactly("2026-11-20T14:00 null");
  }
}
