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
 * In a live or updated article, the heading of an update ('Update 21.40 WIB:', 'Updated at
 * 9:40 p.m. ET |') dates the figures under it, up to the next such heading: they are stated at
 * the update's time, not at the article's first publication. A figure's own time comes first; a
 * heading without a clock time ('UPDATE 3-') gives none and ends the previous heading's reach.
 * The examples are invented.
 */
class UpdateHeadingTimeTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> asOfs(Language language, String published, String text) {
    return asOfs(language, published, null, text);
  }

  private static List<String> asOfs(Language language, String published, String publishedAt,
      String text) {
    ArticleLoader loader = new ArticleLoader(language, InputStream::nullInputStream);
    Article article = loader.fromText("t", text,
        new ArticleMetadata(language, null, published, null, publishedAt));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.value() instanceof QuantityValue)
        .map(c -> ((QuantityValue) c.value()).amount() + "@" + ((QuantityValue) c.value()).asOf()
            + " " + ((QuantityValue) c.value()).asOfOffset())
        .toList();
  }

  @Test
  void anIndonesianUpdateHeadingDatesTheFiguresUnderIt() {
    assertThat(asOfs(Language.INDONESIAN, "2025-03-04", String.join("\n\n",
        "Banjir merendam permukiman warga di Kecamatan Sukamaju sejak Selasa pagi.",
        "Sebanyak 120 rumah terendam.",
        "Update 14.05 WIB:",
        "BPBD mencatat 340 rumah terendam dan dua warga hilang terseret arus.",
        "Pembaruan pukul 21.40 WIB:",
        "Jumlah rumah terendam bertambah menjadi 515 rumah.")))
        .containsExactly("120.0@null null", "340.0@2025-03-04T14:05 +07:00",
            "2.0@2025-03-04T14:05 +07:00", "515.0@2025-03-04T21:40 +07:00");
  }

  @Test
  void aHeadingWithADayAndAStampInBracketsCount() {
    assertThat(asOfs(Language.INDONESIAN, "2025-03-04", String.join("\n\n",
        "Banjir merendam permukiman warga di Kecamatan Sukamaju sejak Selasa pagi.",
        "(Diperbarui Rabu, 5 Maret 2025 06.30 WITA)",
        "Sebanyak 640 rumah terendam.")))
        .containsExactly("640.0@2025-03-05T06:30 +08:00");
  }

  @Test
  void aFiguresOwnTimeComesBeforeTheHeadings() {
    assertThat(asOfs(Language.INDONESIAN, "2025-03-04", String.join("\n\n",
        "Banjir merendam permukiman warga di Kecamatan Sukamaju sejak Selasa pagi.",
        "Update 21.40 WIB:",
        "Hingga pukul 19.00 WIB, sebanyak 410 rumah terendam.")))
        .containsExactly("410.0@2025-03-04T19:00 +07:00");
  }

  @Test
  void anEnglishUpdateStampBeforeABarDatesItsParagraph() {
    assertThat(asOfs(Language.ENGLISH, "2025-03-04", String.join("\n\n",
        "Floodwater swept through low-lying districts of the river town on Tuesday.",
        "Updated 9:40 p.m. ET, March 4 | Officials said 75 homes were destroyed.",
        "Updated at 11:15 a.m. ET:",
        "Officials said 80 homes were destroyed.")))
        .containsExactly("75.0@2025-03-04T21:40 -05:00", "80.0@2025-03-04T11:15 -05:00");
  }

  @Test
  void aHeadingWithoutAClockEndsTheReachAndOrdinaryLinesAreNoHeadings() {
    assertThat(asOfs(Language.ENGLISH, "2025-03-04", String.join("\n\n",
        "Floodwater swept through low-lying districts of the river town on Tuesday.",
        "Update 9:40 p.m.:",
        "Officials said 75 homes were destroyed.",
        "UPDATE 3-",
        "Officials said 80 homes were destroyed.",
        "Updates on the flood will follow at 10:30 tonight, officials said of 90 homes.")))
        .containsExactly("75.0@2025-03-04T21:40 null", "80.0@null null", "90.0@null null");
  }

  @Test
  void aClockLaterThanTheFirstPublicationIsOfTheDayTheLivePageWasWrittenOn() {
    // first published at 07.50; the update of 16.20 is still that day's, and so is its '15.00'
    assertThat(asOfs(Language.INDONESIAN, "2025-08-17", "2025-08-17T07:50+07:00", String.join("\n\n",
        "Gudang kayu di Kelurahan Tanjungsari terbakar sejak Minggu dini hari.",
        "Update 16.20 WIB:",
        "Petugas mencatat korban luka tercatat lima orang hingga pukul 15.00 WIB.")))
        .containsExactly("5.0@2025-08-17T15:00 +07:00");
    // without a later update heading, an evening clock in a morning story is last evening's
    assertThat(asOfs(Language.INDONESIAN, "2025-08-17", "2025-08-17T07:50+07:00", String.join("\n\n",
        "Gudang kayu di Kelurahan Tanjungsari terbakar sejak Sabtu malam.",
        "Petugas mencatat korban luka tercatat lima orang hingga pukul 22.00 WIB.")))
        .containsExactly("5.0@2025-08-16T22:00 +07:00");
  }
}
