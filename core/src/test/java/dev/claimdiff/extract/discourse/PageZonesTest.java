package dev.claimdiff.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class PageZonesTest {
  private static final LanguageRules RULES = LanguageRules.of(Language.INDONESIAN);

  private static Zone zoneOf(String text, String part) {
    return PageZones.of(text, RULES).at(text.indexOf(part));
  }

  @Test
  void headMastheadBylineDatelineAndBody() {
    String text = """
        Banjir Rendam Tiga Kecamatan, Ribuan Warga Mengungsi

        Liputan6.com - 03/02/2024, 14:05 WIB
        Siti Rahmawati

        SEMARANG, Liputan6.com – Banjir merendam tiga kecamatan sejak Jumat malam.

        Warga mengungsi ke balai desa.
        """;
    assertThat(zoneOf(text, "Banjir Rendam")).isEqualTo(Zone.HEADLINE);
    assertThat(zoneOf(text, "03/02/2024")).isEqualTo(Zone.MASTHEAD);
    assertThat(zoneOf(text, "Siti Rahmawati")).isEqualTo(Zone.BYLINE);
    assertThat(zoneOf(text, "SEMARANG")).isEqualTo(Zone.DATELINE);
    assertThat(zoneOf(text, "Banjir merendam")).isEqualTo(Zone.BODY);
    assertThat(zoneOf(text, "Warga mengungsi")).isEqualTo(Zone.BODY);
    PageZones zones = PageZones.of(text, RULES);
    assertThat(zones.inDateline(text.indexOf("SEMARANG"))).isTrue();
    assertThat(zones.inDateline(text.indexOf("Banjir merendam"))).isFalse();
  }

  @Test
  void agencyDatelinesAndCapitalDatelines() {
    String antara = "Palu (ANTARA) - Gubernur meninjau lokasi longsor.\n";
    assertThat(PageZones.of(antara, RULES).dateline())
        .isEqualTo(TextSpan.of(0, antara.indexOf("Gubernur")));
    String berlin = "BERLIN - Pemerintah berjanji mengirim bantuan.\n";
    assertThat(PageZones.of(berlin, RULES).dateline())
        .isEqualTo(TextSpan.of(0, berlin.indexOf("Pemerintah")));
    // a sentence that opens with a name and a dash is no dateline unless the name is a place
    String body = "Ketua tim - yang baru dilantik - meninjau lokasi.\n";
    assertThat(PageZones.of(body, RULES).dateline()).isNull();
  }

  @Test
  void aHyphenatedMastheadAboveTheHeadlineIsNoDateline() {
    String text = """
        PORTAL-KALTIM.COM
        Beranda » Samarinda

        Korban Banjir Samarinda Bertambah Jadi 9 Orang

        Senin, 4 Maret 2024 18:20 WITA

        PORTAL-KALTIM.COM, SAMARINDA - Korban meninggal akibat banjir bertambah menjadi tujuh orang.
        """;
    assertThat(zoneOf(text, "Korban Banjir")).isEqualTo(Zone.HEADLINE);
    assertThat(zoneOf(text, "PORTAL-KALTIM.COM, SAMARINDA")).isEqualTo(Zone.DATELINE);
    assertThat(zoneOf(text, "Korban meninggal")).isEqualTo(Zone.BODY);
    // a spaced hyphen, a dash glued after a bracket and a glued em dash still end a dateline
    String glued = "Samarinda (ANTARA)- Banjir surut.\n";
    assertThat(PageZones.of(glued, RULES).dateline())
        .isEqualTo(TextSpan.of(0, glued.indexOf("Banjir")));
    String emDash = "WASHINGTON—The talks ended.\n";
    assertThat(PageZones.of(emDash, RULES).dateline())
        .isEqualTo(TextSpan.of(0, emDash.indexOf("The talks")));
  }

  @Test
  void captionsRelatedLinksAndBylinesAnywhere() {
    String text = """
        Petugas gabungan mencari korban di sungai, Selasa pagi.

        Petugas SAR menyisir sungai di Desa Sukamaju, Selasa (5/3/2024). (ANTARA FOTO/Rudi Hartono)

        Baca juga: Longsor Tutup Jalan Provinsi, 12 Orang Hilang

        Pencarian dilanjutkan Rabu.

        Editor: Dewi Lestari
        """;
    assertThat(zoneOf(text, "Petugas gabungan")).isEqualTo(Zone.BODY);
    assertThat(zoneOf(text, "Petugas SAR")).isEqualTo(Zone.CAPTION);
    assertThat(zoneOf(text, "Baca juga")).isEqualTo(Zone.RELATED);
    assertThat(zoneOf(text, "Pencarian")).isEqualTo(Zone.BODY);
    assertThat(zoneOf(text, "Editor")).isEqualTo(Zone.BYLINE);
  }

  @Test
  void aRepublicationCreditLineIsRelatedNotBody() {
    String text = """
        Majelis hakim menjatuhkan vonis delapan tahun penjara.

        Berita ini sudah tayang di Kompas.com dengan judul "Hakim Jatuhkan Vonis 8 Tahun".

        Sebagian artikel ini telah tayang di Kompas.com dengan judul "Terdakwa Pikir-pikir".

        Artikel ini tayang perdana di televisi, kata dia.
        """;
    assertThat(zoneOf(text, "Majelis")).isEqualTo(Zone.BODY);
    assertThat(zoneOf(text, "Berita ini")).isEqualTo(Zone.RELATED);
    assertThat(zoneOf(text, "Sebagian")).isEqualTo(Zone.RELATED);
    assertThat(zoneOf(text, "Artikel ini tayang")).isEqualTo(Zone.BODY);
  }

  @Test
  void aSentenceClosedByACreditOfCapitalsIsACaption() {
    String text = """
        Petugas gabungan mencari korban di sungai, Selasa pagi.

        Warga membersihkan puing rumah di Desa Sukamaju, Rabu (6/3/2024). (KABARKOTA.COM/RUDI HARTONO)

        Banjir merendam 20 desa, kata Kepala BPBD.(lw/Reuters)
        """;
    assertThat(zoneOf(text, "Warga")).isEqualTo(Zone.CAPTION);
    assertThat(zoneOf(text, "Banjir")).isEqualTo(Zone.BODY);
  }

  @Test
  void aSentenceWithADateAndAClockTimeIsBodyNotMasthead() {
    String text = "Gempa terjadi Senin (4/3/2024) pukul 13.21 WIB.\n";
    assertThat(zoneOf(text, "Gempa")).isEqualTo(Zone.BODY);
  }
}
