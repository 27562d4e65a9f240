package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regency, city or province written with its administrative word in a sentence that names no
 * event (admin-unit-words.txt): a place of no event, never compared with another article's place.
 */
class NoEventPlacesTest {
  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = ClaimAlignerTest.oneStoryEngine();
  }

  private Report compare(String... namesAndTexts) throws IOException {
    return ClaimAlignerTest.compareIn(engine, dir, namesAndTexts);
  }

  private static List<LocationValue> places(Report report, String article) {
    return ClaimAlignerTest.valuesOf(report, article, LocationValue.class);
  }

  @Test
  void aRegencyInASentenceWithoutAnEventIsAPlaceOfNoEvent() throws IOException {
    Report report = compare(
        "a.txt", "Banjir bandang melanda Kota Bima pada Selasa (4/3/2025). "
            + "Ratusan warga mengungsi dari sejumlah desa di Kabupaten Dompu.");

    assertThat(places(report, "a.txt")).filteredOn(p -> p.place().equals("Dompu"))
        .singleElement().satisfies(p -> {
          assertThat(p.event()).isNull();
          assertThat(p.main()).isFalse();
        });
  }

  @Test
  void placesOfNoEventInTwoArticlesNeverDisagree() throws IOException {
    // one flood in Bima; each article names another regency where people fled: no discrepancy
    Report report = compare(
        "a.txt", "Banjir bandang melanda Kota Bima pada Selasa (4/3/2025). "
            + "Ratusan warga mengungsi dari sejumlah desa di Kabupaten Dompu.",
        "b.txt", "Banjir bandang melanda Kota Bima pada Selasa (4/3/2025). "
            + "Puluhan warga mengungsi ke rumah kerabat di Kabupaten Sumbawa.");

    assertThat(report.findings()).noneMatch(f -> f.type().equals("LOCATION")
        && (f.kind() == Kind.DISCREPANCY || f.kind() == Kind.INCONSISTENCY));
  }

  @Test
  void aWaterInASentenceWithoutAnEventIsAPlaceOfNoEvent() throws IOException {
    Report report = compare(
        "a.txt", "Kapal nelayan itu tenggelam di Selat Bali pada Selasa (4/3/2025). "
            + "Kapal penjaga pantai lalu membuntuti kapal lain di sebelah utara Kepulauan Spratly.",
        "b.txt", "Kapal nelayan itu tenggelam di Selat Bali pada Selasa (4/3/2025). "
            + "Kapal patroli lalu berjaga di dekat Blok Ambalat.");

    assertThat(places(report, "a.txt")).filteredOn(p -> p.place().equals("Spratly Islands"))
        .singleElement().satisfies(p -> assertThat(p.event()).isNull());
    assertThat(report.findings()).noneMatch(f -> f.type().equals("LOCATION")
        && (f.kind() == Kind.DISCREPANCY || f.kind() == Kind.INCONSISTENCY));
  }
}
