package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lengths a cue gives and no event word names (the happening 'unnamed') and time limits after a
 * word that lays a duty (deadline-duties.txt): claims of their own, never a discrepancy.
 */
class UnnamedLengthsTest {
  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = ClaimAlignerTest.oneStoryEngine();
  }

  private Report compare(String... namesAndTexts) throws IOException {
    return ClaimAlignerTest.compareIn(engine, dir, namesAndTexts);
  }

  private static List<DurationValue> lengths(Report report, String article) {
    return ClaimAlignerTest.valuesOf(report, article, DurationValue.class);
  }

  @Test
  void aLengthWithACueAndNoEventWordIsAnUnnamedHappeningsOwn() throws IOException {
    Report report = compare(
        "b.txt", "Power was cut in parts of the town for nearly three hours, the utility said.");

    assertThat(lengths(report, "b.txt")).singleElement().satisfies(d -> {
      assertThat(d.event()).isEqualTo("unnamed");
      assertThat(d.main()).isFalse();
      assertThat(d.minutes()).isEqualTo(180.0);
      assertThat(d.bound()).isEqualTo("nearly");
    });
  }

  @Test
  void anIndonesianLengthAfterSelamaWithNoEventWordIsUnnamedToo() throws IOException {
    Report report = compare(
        "a.txt", "Pemkot akan membebaskan retribusi pedagang kaki lima selama tiga bulan.");

    assertThat(lengths(report, "a.txt")).singleElement().satisfies(d -> {
      assertThat(d.event()).isEqualTo("unnamed");
      assertThat(d.main()).isFalse();
      assertThat(d.minutes()).isEqualTo(3 * 43200.0);
      assertThat(d.expected()).isTrue();
    });
  }

  @Test
  void twoUnnamedLengthsOfDifferentThingsNeverDisagree() throws IOException {
    // a blackout of three hours and a search of five: two things, no discrepancy
    Report report = compare(
        "a.txt", "Gempa bermagnitudo 5,6 mengguncang Kabupaten Sigi pada Selasa (4/3/2025). "
            + "Listrik di sebagian kota padam selama tiga jam.",
        "b.txt", "Gempa bermagnitudo 5,6 mengguncang Kabupaten Sigi pada Selasa (4/3/2025). "
            + "Tim penyelamat menyisir reruntuhan selama lima jam.");

    assertThat(report.findings()).noneMatch(f -> f.type().equals("DURATION")
        && (f.kind() == Kind.DISCREPANCY || f.kind() == Kind.INCONSISTENCY));
  }

  @Test
  void anUnnamedLengthNeverContradictsTheMainEventsLength() throws IOException {
    Report report = compare(
        "a.txt", "Rapat kabinet di Istana Bogor berlangsung selama dua jam.",
        "b.txt", "Rapat kabinet di Istana Bogor berlangsung selama dua jam. "
            + "Para wartawan menunggu di luar selama empat jam.");

    assertThat(findings(report, Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(report, Kind.INCONSISTENCY)).isEmpty();
  }

  @Test
  void aYearOrMoreIsNoUnnamedLength() throws IOException {
    Report report = compare(
        "a.txt", "He has served as mayor of the city for 12 years, the council said.");

    assertThat(lengths(report, "a.txt")).isEmpty();
  }

  @Test
  void aWindowAfterADutyIsATimeLimit() throws IOException {
    Report report = compare(
        "a.txt", "Bupati memerintahkan dinas pekerjaan umum memperbaiki jembatan itu dalam "
            + "sebulan, kata juru bicaranya.");

    assertThat(lengths(report, "a.txt")).singleElement().satisfies(d -> {
      assertThat(d.event()).isEqualTo("deadline");
      assertThat(d.expected()).isTrue();
      assertThat(d.bound()).isEqualTo("at-most");
    });
  }

  @Test
  void anEnglishWindowAfterMustIsATimeLimit() throws IOException {
    Report report = compare(
        "b.txt", "The speaker of the house said on Tuesday that the audit board must hand its "
            + "findings to parliament within 14 days. The board said it would publish the report "
            + "in full.");

    assertThat(lengths(report, "b.txt")).singleElement().satisfies(d -> {
      assertThat(d.event()).isEqualTo("deadline");
      assertThat(d.minutes()).isEqualTo(14 * 1440.0);
    });
  }

  @Test
  void twoDutiesOfDifferentLengthsNeverDisagree() throws IOException {
    Report report = compare(
        "a.txt", "The audit board must hand its findings to parliament within 14 days.",
        "b.txt", "The audit board must hand its findings to parliament within 30 days.");

    assertThat(findings(report, Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aPastWindowAfterADutyWordIsNoLimit() throws IOException {
    Report report = compare(
        "a.txt", "Warga harus mengungsi dalam dua pekan terakhir karena banjir.");

    assertThat(lengths(report, "a.txt")).noneMatch(d -> "deadline".equals(d.event()));
  }

  private static List<dev.claimdiff.report.Finding> findings(Report report, Kind kind) {
    return report.findings().stream()
        .filter(f -> f.kind() == kind && f.type().equals("DURATION")).toList();
  }
}
