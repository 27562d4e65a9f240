package dev.claimdiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void gluedSentencesGetASpaceThatMapsBackIntoTheOriginal() {
    String original = "Banjir merendam tiga desa.Warga mengungsi ke balai desa.";
    CleanText clean = cleaner.clean(original, Language.INDONESIAN);

    assertThat(clean.text()).isEqualTo("Banjir merendam tiga desa. Warga mengungsi ke balai desa.");
    int warga = clean.text().indexOf("Warga");
    int[] span = clean.toOriginal(warga, warga + "Warga".length());
    assertThat(original.substring(span[0], span[1])).isEqualTo("Warga");
  }

  @Test
  void aGluedQuoteMarkClosesOrOpensByCountingTheMarksBeforeIt() {
    String closes = "\"Kami akan membangun kembali jembatan itu.\"Bupati lalu meninjau lokasi.";
    String opens = "Warga menunggu bantuan.\"Kami butuh air bersih,\" kata seorang warga.";

    assertThat(cleaner.clean(closes, Language.INDONESIAN).text())
        .isEqualTo("\"Kami akan membangun kembali jembatan itu.\" Bupati lalu meninjau lokasi.");
    assertThat(cleaner.clean(opens, Language.INDONESIAN).text())
        .isEqualTo("Warga menunggu bantuan. \"Kami butuh air bersih,\" kata seorang warga.");
  }

  @Test
  void aLongRunWithoutWhiteSpaceIsBrokenBeforeAPunctuationMark() {
    String run = "\"".repeat(200);
    String original = "Kata dia " + run + " lalu pergi.";
    CleanText clean = cleaner.clean(original, Language.INDONESIAN);

    assertThat(clean.text().replace(" ", "")).isEqualTo(original.replace(" ", ""));
    assertThat(clean.text().split("\\s+")).allMatch(w -> w.length() <= TextCleaner.MAX_RUN);
    int pergi = clean.text().indexOf("pergi");
    int[] span = clean.toOriginal(pergi, pergi + 5);
    assertThat(original.substring(span[0], span[1])).isEqualTo("pergi");
    String word = "a".repeat(300); // letters alone are never broken
    assertThat(cleaner.clean(word, Language.INDONESIAN).text()).isEqualTo(word);
  }

  @Test
  void backslashEscapedQuotesLoseTheirBackslashButKeepTheirOffsets() {
    String original = "\\\"Harga cabai naik,\\\" kata pedagang.";
    CleanText clean = cleaner.clean(original, Language.INDONESIAN);

    assertThat(clean.text()).isEqualTo("\"Harga cabai naik,\" kata pedagang.");
    int[] span = clean.toOriginal(1, 18);
    assertThat(original.substring(span[0], span[1])).isEqualTo("Harga cabai naik,");
  }

  @Test
  void boilerplateLinesAndGluedReadAlsoLinksAreDropped() {
    String original = "Menu\nNews\n\nGempa mengguncang Cianjur.Baca juga: Lima Fakta Gempa\n\n"
        + "BACA JUGA: Harga BBM Naik\n\nBagikan artikel ini\nKomentar\n";
    String text = cleaner.clean(original, Language.INDONESIAN).text();

    assertThat(text).contains("Gempa mengguncang Cianjur.")
        .doesNotContain("Baca juga").doesNotContain("BACA JUGA").doesNotContain("Menu")
        .doesNotContain("Bagikan").doesNotContain("Komentar");
  }

  @Test
  void abbreviationsAndDomainsAreNotTakenForGluedSentences() {
    String original = "Menurut Kompas.com, harga naik 2,5 persen di Jl.Sudirman kemarin.";
    assertThat(cleaner.clean(original, Language.INDONESIAN).text()).isEqualTo(original);
  }

  @Test
  void unknownLanguageAppliesEveryLanguagesPatterns() {
    String text = cleaner.clean("Read more: something\n\nBaca juga: sesuatu\n\nIsi berita.", null).text();
    assertThat(text.strip()).isEqualTo("Isi berita.");
  }
}
