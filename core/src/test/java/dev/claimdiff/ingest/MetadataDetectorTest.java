package dev.claimdiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {
  private final MetadataDetector detector = new MetadataDetector();

  @Test
  void datelineGivesOutletAndPlace() {
    ArticleMetadata m = detector.detect(
        "Judul Berita\n\nJAKARTA, KOMPAS.com – Pemerintah menaikkan harga BBM.", Language.INDONESIAN);
    assertThat(m.outlet()).isEqualTo("Kompas.com");
    assertThat(m.dateline()).isEqualTo("Jakarta");
  }

  @Test
  void datelineWithTheAgencyInBrackets() {
    ArticleMetadata m = detector.detect("Jakarta (ANTARA) - Harga beras naik.", Language.INDONESIAN);
    assertThat(m.outlet()).isEqualTo("Antara");
    assertThat(m.dateline()).isEqualTo("Jakarta");
  }

  @Test
  void outletsFromTheListOfMediaInDatelinesAndMastheads() {
    assertThat(detector.detect("Nusa Dua (ANTARA News) - Menlu bertemu mitranya.",
        Language.INDONESIAN).outlet()).isEqualTo("Antara");
    assertThat(detector.detect("JAKARTA, iNews.id - Banjir merendam desa.",
        Language.INDONESIAN).outlet()).isEqualTo("iNews");
    assertThat(detector.detect("Liputan6.com, Sukabumi – Jembatan putus.",
        Language.INDONESIAN).outlet()).isEqualTo("Liputan6.com");
    assertThat(detector.detect("WASHINGTON (AP) — The ministers met on Friday.",
        Language.ENGLISH).outlet()).isEqualTo("Associated Press");
    assertThat(detector.detect("REPUBLIKA.CO.ID, KAIRO -- Menlu dijadwalkan berkunjung.",
        Language.INDONESIAN).outlet()).isEqualTo("Republika");
  }

  @Test
  void aCitedAgencyInTheBodyIsNotTheOutlet() {
    ArticleMetadata m = detector.detect(
        "Banjir merendam desa.\n\nHal itu dilansir dari Reuters, Senin.", Language.INDONESIAN);
    assertThat(m.outlet()).isNull();
  }

  @Test
  void aBreadcrumbOfTheSiteMenuNamesTheOutlet() {
    ArticleMetadata m = detector.detect(
        "detikJateng > Berita > Semarang Raya\n\nBanjir Rendam Tiga Kecamatan\n\n"
            + "Semarang - Banjir merendam tiga kecamatan sejak Selasa pagi.", Language.INDONESIAN);
    assertThat(m.outlet()).isEqualTo("Detik.com");
  }

  @Test
  void aBreadcrumbOfAnUnknownSiteNamesNoOutlet() {
    ArticleMetadata m = detector.detect(
        "Beranda > Berita > Daerah\n\nBanjir merendam tiga kecamatan sejak Selasa pagi.",
        Language.INDONESIAN);
    assertThat(m.outlet()).isNull();
  }

  @Test
  void headerDateWithClockTimeIsThePublicationDate() {
    ArticleMetadata m = detector.detect(
        "Judul\n\nKompas.com - 05/03/2023, 14:20 WIB\n\nIsi berita pada (4/3/2023).", Language.INDONESIAN);
    assertThat(m.published()).isEqualTo("2023-03-05");
    assertThat(m.publishedAt()).isEqualTo("2023-03-05T14:20+07:00");
    assertThat(m.outlet()).isEqualTo("Kompas.com");
  }

  @Test
  void theClockTimeKeepsItsZoneWhenOneIsNamed() {
    assertThat(detector.detect("Kamis, 9 Maret 2023 | 19:05 WITA\n\nIsi.", Language.INDONESIAN)
        .publishedAt()).isEqualTo("2023-03-09T19:05+08:00");
    assertThat(detector.detect("Antara - 09/03/2023 07.45\n\nIsi.", Language.INDONESIAN)
        .publishedAt()).isEqualTo("2023-03-09T07:45");
    assertThat(detector.detect(" date 2022-01 Judul berita", Language.INDONESIAN).publishedAt())
        .isNull();
  }

  @Test
  void aWireStampWithATwelveHourClockIsThePublicationDate() {
    ArticleMetadata m = detector.detect("Ferry sinks\n\nBy Staff\nMay 15, 2026 2:05 PM UTC\n\n"
        + "JAKARTA, May 15 (Reuters) - A ferry sank.", Language.ENGLISH);
    assertThat(m.published()).isEqualTo("2026-05-15");
    assertThat(m.publishedAt()).isEqualTo("2026-05-15T14:05+00:00");
    ArticleMetadata updated = detector.detect("Toll rises\n\nBy A WRITER\n"
        + "Updated 12:40 AM UTC, Sept. 9, 2026\n\nBATAUGA (AP) - Rescuers resumed.", Language.ENGLISH);
    assertThat(updated.published()).isEqualTo("2026-09-09");
    assertThat(updated.publishedAt()).isEqualTo("2026-09-09T00:40+00:00");
  }

  @Test
  void aWireDatelineGivesTheLocalDayOfAStampInAnotherZone() {
    ArticleMetadata m = detector.detect("Floods hit Maluku\n\nMarch 7, 2026 11:52 PM UTC\n\n"
        + "AMBON, Indonesia, March 8 (Reuters) - Floods struck.", Language.ENGLISH);
    assertThat(m.published()).isEqualTo("2026-03-08");
    assertThat(m.publishedAt()).isEqualTo("2026-03-07T23:52+00:00");
  }

  @Test
  void aMastheadStampWithNoZoneIsTheOutletsLocalTime() {
    ArticleMetadata m = detector.detect("THE DAILY\n\nThursday, August 15, 2024 | 6:40 pm\n\n"
        + "JAKARTA: The court sentenced him.", Language.ENGLISH);
    assertThat(m.published()).isEqualTo("2024-08-15");
    assertThat(m.publishedAt()).isEqualTo("2024-08-15T18:40");
  }

  @Test
  void aStampInAnUnknownZoneGivesNoPublicationDate() {
    // CST is US Central or China Standard Time: not listed, so no day is guessed
    assertThat(detector.detect("Quake\n\nUpdated 10:41 PM CST, March 11, 2024\n\n"
        + "MAMASA, Indonesia (AP) - A quake struck.", Language.ENGLISH).published()).isNull();
  }

  @Test
  void aStampWestOfGreenwichIsGivenInUtcWithItsDay() {
    ArticleMetadata m = detector.detect("Quake\n\nUpdated 10:41 PM EDT, March 11, 2024\n\n"
        + "MAMASA, Indonesia (AP) - A quake struck.", Language.ENGLISH);
    assertThat(m.publishedAt()).isEqualTo("2024-03-12T02:41+00:00");
    assertThat(m.published()).isEqualTo("2024-03-12");
  }

  @Test
  void anEasternTimeStampFollowsDaylightSavingByItsDate() {
    assertThat(detector.detect("Talks\n\nJanuary 21, 2022, 1:52 PM ET\n\n"
        + "GENEVA (AP) - The talks ended.", Language.ENGLISH).publishedAt())
        .isEqualTo("2022-01-21T18:52+00:00");
    assertThat(detector.detect("Talks\n\nJuly 21, 2022, 1:52 PM ET\n\n"
        + "GENEVA (AP) - The talks ended.", Language.ENGLISH).publishedAt())
        .isEqualTo("2022-07-21T17:52+00:00");
  }

  @Test
  void aZoneWrittenAsAnOffsetFromGmtKeepsItsOffset() {
    ArticleMetadata m = detector.detect("Landslide\n\nUpdated 6:05 AM GMT+7, November 4, 2026\n\n"
        + "JAKARTA, Indonesia (AP) - Rescuers dug on.", Language.ENGLISH);
    assertThat(m.publishedAt()).isEqualTo("2026-11-04T06:05+07:00");
    assertThat(m.published()).isEqualTo("2026-11-04");
  }

  @Test
  void indonesianStampsWithAWeekdayAPipeOrAShortMonthKeepTheirTime() {
    assertThat(detector.detect("Sidang Ditunda\nKamis, 5 November 2026 | 06:30 WIB\n\n"
        + "Sidang ditunda.", Language.INDONESIAN).publishedAt())
        .isEqualTo("2026-11-05T06:30+07:00");
    assertThat(detector.detect("Sidang Ditunda\nSelasa, 03 Nov 2026 13:05 WITA\n\n"
        + "Sidang ditunda.", Language.INDONESIAN).publishedAt())
        .isEqualTo("2026-11-03T13:05+08:00");
    assertThat(detector.detect("Sidang Ditunda\nKompas.com - 03/11/2026, 08:12 WIB\n\n"
        + "Sidang ditunda.", Language.INDONESIAN).publishedAt())
        .isEqualTo("2026-11-03T08:12+07:00");
  }

  @Test
  void aMastheadCellNamesTheOutlet() {
    ArticleMetadata detik = detector.detect("Jembatan Putus, Dua Desa Terisolasi\n"
        + "detikJatim | Rabu, 04 Nov 2026 09:40 WIB\n\nJakarta - Warga dua desa belum bisa "
        + "menyeberang sejak jembatan gantung yang menghubungkan kedua desa itu putus diterjang "
        + "banjir pada Selasa malam.", Language.INDONESIAN);
    assertThat(detik.outlet()).isEqualTo("Detik.com");
    assertThat(detik.publishedAt()).isEqualTo("2026-11-04T09:40+07:00");
    ArticleMetadata post = detector.detect("Court jails former mayor\n"
        + "The Jakarta Post | Jakarta | Wed, November 4, 2026 | 07:10 pm\n\n"
        + "The court sentenced him.", Language.ENGLISH);
    assertThat(post.outlet()).isEqualTo("The Jakarta Post");
    assertThat(post.publishedAt()).isEqualTo("2026-11-04T19:10");
  }

  @Test
  void aPlaceTheGazetteerDoesNotKnowIsTheDatelineBeforeAnOutletOrOpeningTheStory() {
    assertThat(detector.detect("Banjir Rendam Desa\n\nTAPANULI TENGAH, KOMPAS.com - Banjir "
        + "merendam desa.", Language.INDONESIAN).dateline()).isEqualTo("Tapanuli Tengah");
    String paragraph = "Tapanuli Tengah - Banjir merendam ratusan rumah di tiga desa di pesisir "
        + "barat setelah hujan deras mengguyur kawasan itu sejak Senin sore hingga Selasa pagi.";
    assertThat(detector.detect("Banjir Rendam Desa\ndetikSumut | Selasa, 03 Nov 2026 13:05 WIB"
        + "\n\n" + paragraph, Language.INDONESIAN).dateline()).isEqualTo("Tapanuli Tengah");
    // a short headline with a dash is not a dateline
    assertThat(detector.detect("Banjir Bandang - Tiga Desa Terisolasi\n\nHujan deras.",
        Language.INDONESIAN).dateline()).isNull();
  }

  @Test
  void aDateAndTwelveHourClockInAStorySentenceIsNotThePublicationDate() {
    ArticleMetadata m = detector.detect("Headline\n\nOfficials said the river burst its banks at "
        + "about March 8, 2026 4:10 AM local time, before most residents had woken up.",
        Language.ENGLISH);
    assertThat(m.published()).isNull();
  }

  @Test
  void aDeclaredDateTimeIsNormalised() {
    assertThat(MetadataDetector.normalizeDeclaredDateTime("2022-01-22T09:31:00+0700"))
        .isEqualTo("2022-01-22T09:31+07:00");
    assertThat(MetadataDetector.normalizeDeclaredDateTime("2022-01-22T02:31:00Z"))
        .isEqualTo("2022-01-22T02:31+00:00");
    assertThat(MetadataDetector.normalizeDeclaredDateTime("2022-01-22")).isNull();
    assertThat(MetadataDetector.normalizeDeclaredDate("2026-09-08T23:05:00+07:00"))
        .isEqualTo("2026-09-08");
  }

  @Test
  void aDateWithoutClockTimeInTheStoryIsNotThePublicationDate() {
    ArticleMetadata m = detector.detect("Gempa terjadi pada Senin, 5 Agustus 2019.", Language.INDONESIAN);
    assertThat(m.published()).isNull();
  }

  @Test
  void wordDateWithTimeAndLeadingDateLine() {
    assertThat(detector.detect("Senin, 6 Maret 2023 | 10:15 WIB\n\nIsi.", Language.INDONESIAN).published())
        .isEqualTo("2023-03-06");
    assertThat(detector.detect(" date 2022-01 Judul berita", Language.INDONESIAN).published())
        .isEqualTo("2022-01");
  }

  @Test
  void closingCreditLineNamesTheOutletWhenNothingElseDoes() {
    ArticleMetadata m = detector.detect("Isi berita tentang banjir.(ant)\n\nSumber:", Language.INDONESIAN);
    assertThat(m.outlet()).isEqualTo("Antara");
  }

  @Test
  void unknownWebAddressInADatelineIsTakenAsWritten() {
    ArticleMetadata m = detector.detect("Beritaku.co.id - Harga cabai naik lagi.", Language.INDONESIAN);
    assertThat(m.outlet()).isEqualTo("Beritaku.co.id");
  }
}
