package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small article sets of our own, one comparison behaviour each. */
class ClaimAlignerTest {
  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = oneStoryEngine();
  }

  /** The engine the aligner's tests use: every test's articles are compared as one story. */
  static Claimdiff oneStoryEngine() {
    return Claimdiff.create(Claimdiff.Options.defaults().withThreads(2).withOneStory(true));
  }

  /** The values of one type an article's claims carry, in claim order. */
  static <T> List<T> valuesOf(Report report, String article, Class<T> type) {
    return report.claims().stream()
        .filter(c -> c.article().equals(article) && type.isInstance(c.value()))
        .map(c -> type.cast(c.value())).toList();
  }

  /** Writes the named articles into {@code dir} and compares them with the engine. */
  static Report compareIn(Claimdiff engine, Path dir, String... namesAndTexts) throws IOException {
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      Files.writeString(dir.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
    }
    return engine.compare(List.of(dir.toString()));
  }

  private Report compare(String... namesAndTexts) throws IOException {
    return compareIn(engine, dir, namesAndTexts);
  }

  private static List<Finding> findings(Report report, Kind kind, String type) {
    return report.findings().stream()
        .filter(f -> f.kind() == kind && f.type().equals(type)).toList();
  }

  @Test
  void aDeathTollThatFallsOverTimeIsADiscrepancyNamingBothSides() throws IOException {
    Report report = compare(
        "a.txt", "Kompas.com - 14/02/2023, 21:00 WIB\n\n"
            + "Gempa bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). "
            + "Gempa itu menewaskan 127 orang, kata petugas.",
        "b.txt", "Antara - 14/02/2023, 12:00 WIB\n\n"
            + "Badan penanggulangan bencana melaporkan gempa di Pulau Seram pada Selasa "
            + "(14/2/2023). Jumlah korban tewas akibat gempa itu mencapai 140 orang.");

    assertThat(findings(report, Kind.DISCREPANCY, "QUANTITY")).singleElement().satisfies(f -> {
      // two outlets: the later figure is another outlet's, not a change of one source's figure
      assertThat(f.summary()).contains("127 deaths").contains("140 deaths")
          .contains("another outlet states a lower figure later")
          .doesNotContain("a later figure is lower");
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt");
      assertThat(f.claims()).hasSize(2);
    });
  }

  @Test
  void aDeathTollThatRisesThroughTheDayIsAnUpdateInTimeOrder() throws IOException {
    Report report = compare(
        "a.txt", "Kompas.com - 14/02/2023, 19:30 WIB\n\n"
            + "Gempa bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). "
            + "Gempa itu menewaskan 37 orang, kata petugas.",
        "b.txt", "Antara - 14/02/2023, 11:00 WIB\n\n"
            + "Gempa bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). "
            + "Gempa itu menewaskan 4 orang, kata petugas.");

    assertThat(findings(report, Kind.DISCREPANCY, "QUANTITY")).isEmpty();
    assertThat(findings(report, Kind.UPDATE, "QUANTITY")).singleElement().satisfies(f -> {
      assertThat(f.values()).containsExactly("4 deaths", "37 deaths");
      assertThat(f.timeline()).extracting(Finding.TimelineEntry::article)
          .containsExactly("b.txt", "a.txt");
      assertThat(f.timeline()).extracting(Finding.TimelineEntry::asOf)
          .containsExactly("2023-02-14T11:00+07:00", "2023-02-14T19:30+07:00");
      assertThat(f.summary()).contains("4 deaths (2023-02-14 11:00").contains("→ 37 deaths (19:30");
    });
  }

  @Test
  void tollsThatCannotBeOrderedInTimeAreNoDiscrepancyButANote() throws IOException {
    Report report = compare(
        "a.txt", "Gempa bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). "
            + "Gempa itu menewaskan 127 orang, kata petugas.",
        "b.txt", "Badan penanggulangan bencana melaporkan gempa di Pulau Seram pada Selasa "
            + "(14/2/2023). Jumlah korban tewas akibat gempa itu mencapai 140 orang.");

    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.DISCREPANCY
        && f.type().equals("QUANTITY"));
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("QUANTITY / deaths")
        .contains("not reported as a discrepancy"));
  }

  @Test
  void anApproximateDurationAgreesWithTheExactOne() throws IOException {
    Report report = compare(
        "a.txt", "Rapat kabinet di Istana Bogor berlangsung hampir 90 menit pada Senin (6/3/2023).",
        "b.txt", "Presiden memimpin rapat kabinet yang berlangsung selama 90 menit di Istana Bogor.");

    assertThat(findings(report, Kind.AGREEMENT, "DURATION")).singleElement()
        .satisfies(f -> assertThat(f.claims()).hasSize(2));
    assertThat(findings(report, Kind.DISCREPANCY, "DURATION")).isEmpty();
  }

  @Test
  void differentExactDurationsDisagree() throws IOException {
    Report report = compare(
        "a.txt", "Rapat kabinet di Istana Bogor berlangsung selama dua jam.",
        "b.txt", "Rapat kabinet di Istana Bogor berlangsung selama 90 menit.");

    assertThat(findings(report, Kind.DISCREPANCY, "DURATION")).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactlyInAnyOrder("2 h", "90 min"));
  }

  @Test
  void aSyndicatedCopyIsADuplicateAndNotAnIndependentConfirmation() throws IOException {
    String story = "Banjir merendam 300 rumah di Kabupaten Bekasi pada Selasa (3/1/2023). "
        + "Kepala BPBD Bekasi Henri Lincoln mengatakan bahwa air mulai surut pada sore hari dan "
        + "warga yang mengungsi sudah kembali ke rumah masing-masing. \"Kami masih menyiagakan "
        + "perahu karet di tiga titik,\" kata Henri kepada wartawan. Banjir itu berlangsung "
        + "selama dua hari.";
    Report report = compare(
        "wire.txt", "BEKASI, Berita Satu – " + story,
        "copy.txt", "BEKASI, Kabar Dua – " + story + " Simak berita lainnya.");

    assertThat(findings(report, Kind.DUPLICATE, "ARTICLE")).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("copy.txt", "wire.txt"));
    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.AGREEMENT);
  }

  @Test
  void oneNameSpelledTwoWaysIsAVariantNotADiscrepancy() throws IOException {
    Report report = compare(
        "a.txt", "Presiden Volodymyr Zelensky mengatakan bahwa pasukan Ukraina bertahan di Bakhmut.",
        "b.txt", "Presiden Volodymyr Zelenskyy mengatakan bahwa pasukan Ukraina masih bertahan.",
        "c.txt", "Juru bicara Suharyanto mengatakan bahwa distribusi bantuan berjalan lancar.",
        "d.txt", "Juru bicara Suharianto mengatakan bahwa bantuan sudah tiba di posko.");

    assertThat(findings(report, Kind.VARIANT, "ENTITY"))
        .anySatisfy(f -> assertThat(f.values())
            .containsExactlyInAnyOrder("Volodymyr Zelensky", "Volodymyr Zelenskyy"))
        .anySatisfy(f -> assertThat(f.values()).containsExactlyInAnyOrder("Suharyanto", "Suharianto"));
    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.DISCREPANCY);
  }

  @Test
  void aWeekdayThatIsNotTheDatesIsAnInconsistency() throws IOException {
    Report report = compare(
        "a.txt", "Pemilu digelar pada 14 Februari 2024 di seluruh Indonesia.",
        "b.txt", "Pemungutan suara pemilu digelar pada Kamis (14/2/2024).");

    assertThat(findings(report, Kind.INCONSISTENCY, "EVENT_DATE")).singleElement()
        .satisfies(f -> {
          assertThat(f.articles()).containsExactly("b.txt");
          assertThat(f.summary()).contains("names a Thursday, but 2024-02-14 was a Wednesday");
        });
    // the outlets write one date, and only b names a weekday: they agree on the date, and the
    // wrong weekday is b's own inconsistency
    assertThat(findings(report, Kind.DISCREPANCY, "EVENT_DATE")).isEmpty();
    assertThat(findings(report, Kind.AGREEMENT, "EVENT_DATE")).hasSize(1);
  }

  @Test
  void aDateWrittenWithTheWrongWeekdayBesideTheRightOneIsADiscrepancy() throws IOException {
    Report report = compare(
        "a.txt", "Kedua menteri bertemu di Bangkok pada Selasa (10/11/2026).",
        "b.txt", "Kedua menteri bertemu di Bangkok, Selasa (10/11/2026), selama dua jam.",
        "c.txt", "Kedua menteri bertemu di Bangkok, Rabu (10/11/2026).");

    assertThat(findings(report, Kind.DISCREPANCY, "EVENT_DATE")).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("Tuesday").contains("Wednesday"));
    // two outlets that write the date alike, both rightly, still agree
    assertThat(findings(report, Kind.AGREEMENT, "EVENT_DATE")).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt"));
  }

  @Test
  void aWeekdayAnotherOutletWritesRightlyIsADiscrepancy() throws IOException {
    Report report = compare(
        "a.txt", "Pemilu digelar pada Rabu (14/2/2024) di seluruh Indonesia.",
        "b.txt", "Pemungutan suara pemilu digelar pada Kamis (14/2/2024).");

    assertThat(findings(report, Kind.INCONSISTENCY, "EVENT_DATE")).isEmpty();
    assertThat(findings(report, Kind.DISCREPANCY, "EVENT_DATE")).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt"));
  }

  @Test
  void theSameWordsReportedAsQuoteAndAsStatementAgree() throws IOException {
    Report report = compare(
        "a.txt", "Gubernur Ridwan Saputra mengatakan kepada wartawan, \"Kami akan membuka posko "
            + "pengungsian di tiga kecamatan mulai besok.\"",
        "b.txt", "Gubernur Ridwan Saputra mengatakan bahwa pemerintah akan membuka posko "
            + "pengungsian di tiga kecamatan.");

    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.AGREEMENT);
      assertThat(f.type()).isIn("QUOTE", "STATEMENT");
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt");
    });
  }

  @Test
  void aSpeakerWrittenWithTheTicketHeHeadsIsTheSameSpeaker() throws IOException {
    Report report = compare(
        "a.txt", "Calon gubernur Budi Santoso mengatakan, \"Hitung cepat bukan hasil akhir.\"",
        "b.txt", "Pasangan Budi Santoso-Rina Wulandari mengatakan, \"Hitung cepat bukan hasil "
            + "akhir. Kita tunggu penetapan resmi.\"");

    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.AGREEMENT);
      assertThat(f.slot()).startsWith("SPEECH");
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt");
    });
  }

  @Test
  void aQuotationOfTwoStatementsDoesNotJoinThem() throws IOException {
    Report report = compare(
        "a.txt", "Kepala Basarnas Kendari Amir Lakoro mengatakan, \"Arus di sini kuat sekali, korban "
            + "bisa terbawa jauh. Besok pagi kami turunkan penyelam di sekitar titik tenggelamnya kapal.\"",
        "b.txt", "Kepala Basarnas Kendari Amir Lakoro mengatakan, \"Arus di sini kuat sekali, korban "
            + "bisa terbawa jauh.\"",
        "c.txt", "Kepala Basarnas Kendari Amir Lakoro berkata, \"Besok pagi kami turunkan penyelam di "
            + "sekitar titik tenggelamnya kapal.\"");

    List<Finding> speech = report.findings().stream().filter(f -> f.kind() == Kind.AGREEMENT
        && f.slot() != null && f.slot().startsWith("SPEECH")).toList();
    assertThat(speech).extracting(f -> List.copyOf(f.articles())).containsExactlyInAnyOrder(
        List.of("a.txt", "b.txt"), List.of("a.txt", "c.txt"));
  }

  @Test
  void twoSentencesQuotedAlikeByTwoOutletsAreOneAgreement() throws IOException {
    String quote = "\"Arus di sini kuat sekali, korban bisa terbawa jauh. Besok pagi kami turunkan "
        + "penyelam di sekitar titik tenggelamnya kapal.\"";
    Report report = compare(
        "a.txt", "Kepala Basarnas Kendari Amir Lakoro mengatakan, " + quote,
        "b.txt", "Kepala Basarnas Kendari Amir Lakoro berkata, " + quote);

    assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.AGREEMENT
        && f.slot() != null && f.slot().startsWith("SPEECH")).hasSize(1);
  }

  @Test
  void synonymsOfOneSpeakerAgree() throws IOException {
    Report report = compare(
        "a.txt", "Ketua serikat petani Joko Susilo mengatakan, \"Petani sudah kesulitan, dan harga "
            + "pupuk terus naik.\"",
        "b.txt", "Ketua serikat petani Joko Susilo berkata, \"Petani sudah kesusahan.\"");

    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.AGREEMENT);
      assertThat(f.slot()).startsWith("SPEECH");
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt");
    });
  }

  @Test
  void twoDifferentStatementsOfOneSpeakerDoNotAgree() throws IOException {
    Report report = compare(
        "a.txt", "Menteri Luar Negeri Retno Marsudi mengatakan bahwa masih terlalu dini untuk "
            + "membicarakan pertemuan puncak antara Presiden Joko Widodo dan Presiden Vladimir Putin.",
        "b.txt", "Menteri Luar Negeri Retno Marsudi mengatakan bahwa Presiden Joko Widodo selalu "
            + "siap berbicara dengan Presiden Vladimir Putin melalui telepon.");

    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.AGREEMENT
        && f.slot() != null && f.slot().startsWith("SPEECH"));
  }

  @Test
  void aNegatedOrRequestedClauseDoesNotAgreeWithTheAssertedOne() throws IOException {
    Report report = compare(
        "a.txt", "Kapolda Irjen Setyo Budi mengatakan bahwa gudang itu terbakar karena korsleting listrik.",
        "b.txt", "Kapolda Irjen Setyo Budi mengatakan bahwa gudang itu tidak terbakar karena korsleting listrik.",
        "c.txt", "Warga meminta Kapolda Irjen Setyo Budi membuktikan bahwa gudang itu terbakar karena "
            + "korsleting listrik.");

    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.AGREEMENT
        && f.slot() != null && f.slot().startsWith("SPEECH"));
  }

  @Test
  void aQuotationWhoseOtherSentenceGivesAnotherFigureDoesNotAgree() throws IOException {
    // the second sentences say the same, but the quotation is of three families, the statement
    // of five: not the same thing said
    Report report = compare(
        "a.txt", "Komandan pemadam kebakaran Budi Santoso mengatakan, \"Kami sudah mengevakuasi "
            + "tiga keluarga dari gedung itu. Besok pagi kami periksa sisa bangunan.\"",
        "b.txt", "Komandan pemadam kebakaran Budi Santoso mengatakan bahwa petugas sudah "
            + "mengevakuasi lima keluarga dan besok pagi akan memeriksa sisa bangunan.");

    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.AGREEMENT
        && f.slot() != null && f.slot().startsWith("SPEECH"));
  }

  @Test
  void aStatementAgreesWithAnArticleThatGivesItBesideAnotherOne() throws IOException {
    // a quotes two sentences apart, b puts both in one sentence, c says only the second
    Report report = compare(
        "a.txt", "Menteri Perdagangan Rudi Hartono mengatakan, \"Perundingan ini sangat produktif.\" "
            + "Ia menambahkan, \"Saya berharap ketegangan di perbatasan segera mereda.\"",
        "b.txt", "Menteri Perdagangan Rudi Hartono mengatakan, \"Perundingan ini sangat produktif, "
            + "dan saya berharap ketegangan di perbatasan segera mereda.\"",
        "c.txt", "Menteri Perdagangan Rudi Hartono mengatakan bahwa ia berharap ketegangan di "
            + "perbatasan segera berkurang.");

    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.AGREEMENT);
      assertThat(f.slot()).startsWith("SPEECH");
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
    });
  }

  @Test
  void onePromiseDueByAWeekdayAndByThatDaysDateAgrees() throws IOException {
    // one promise in two wordings, due 'Jumat (12/6/2026)' in one and 'Jumat' in the other
    Report report = compare(
        "a.txt", "Kompas.com - 08/06/2026, 10:00 WIB\n\nGubernur Andi Mappatoba yang meninjau "
            + "lokasi banjir itu berjanji akan memperbaiki jembatan gantung di Desa Lembah paling "
            + "lambat Jumat (12/6/2026). Warga desa itu sudah dua hari tidak bisa menyeberang ke "
            + "pasar.",
        "b.txt", "Antara - 08/06/2026, 12:00 WIB\n\nGubernur Andi Mappatoba mengatakan akan "
            + "memperbaiki kembali jembatan yang putus itu paling lambat Jumat. Menurut dia, warga "
            + "tidak boleh terlalu lama terputus dari pasar.");

    assertThat(findings(report, Kind.AGREEMENT, "COMMITMENT")).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt");
      assertThat(f.summary()).contains("own words").contains("2026-06-12");
    });
  }

  @Test
  void onePromiseDueWithinAWindowWrittenInTwoUnitsAgrees() throws IOException {
    // one promise, due 'within two weeks' in one outlet and 'within 14 days' in the other
    Report report = compare(
        "a.txt", "The transport ministry said it would reopen the coastal road to Pantai Baru "
            + "within two weeks. Traffic is being diverted through the hills.",
        "b.txt", "The transport ministry said it would reopen the damaged coastal road within 14 "
            + "days, once engineers have cleared the rubble.");

    assertThat(findings(report, Kind.DISCREPANCY, "COMMITMENT")).isEmpty();
    assertThat(findings(report, Kind.AGREEMENT, "COMMITMENT")).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt"));
  }

  @Test
  void twoPromisesOfOneActorWithinWindowsOfOtherLengthsDoNotAgree() throws IOException {
    // one actor's two windows: two weeks for the road, ten days for the bridge
    Report report = compare(
        "a.txt", "The transport ministry said it would reopen the coastal road to Pantai Baru "
            + "within two weeks. Traffic is being diverted through the hills.",
        "b.txt", "The transport ministry said it would reopen the coastal road bridge within 10 "
            + "days, once engineers have cleared the rubble.");

    assertThat(findings(report, Kind.DISCREPANCY, "COMMITMENT")).isEmpty();
    assertThat(findings(report, Kind.AGREEMENT, "COMMITMENT")).isEmpty();
  }

  @Test
  void isVariantNeedsCloseSpellingsOfTheSameLength() {
    assertThat(VariantFinder.isVariant("Sergey Lavrov", "Sergei Lavrov")).isTrue();
    assertThat(VariantFinder.isVariant("Moskow", "Moskwa")).isTrue();
    assertThat(VariantFinder.isVariant("Kyiv", "Kiev")).isTrue();
    assertThat(VariantFinder.isVariant("Lavrov", "Sergey Lavrov")).isFalse();
    assertThat(VariantFinder.isVariant("AS", "Amerika Serikat")).isFalse();
    assertThat(VariantFinder.isVariant("Putin", "Puan")).isFalse();
  }

  @Test
  void aQuotationCreditedToOneNameSpelledTwoWaysHasOneSpeaker() throws IOException {
    Report report = compare(
        "a.txt", "Deputy minister Abdul-Karim Qasemi told reporters: \"The door to a deal is "
            + "still open, and we expect an answer within days.\"",
        "b.txt", "Deputy minister Abdul Karim Ghasemi said: \"The door to a deal is still open, "
            + "and we expect an answer within days.\"");

    assertThat(findings(report, Kind.DISCREPANCY, "QUOTE")).isEmpty();
    assertThat(findings(report, Kind.AGREEMENT, "QUOTE")).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt"));
  }

  @Test
  void aHyphenPartsTheWordsOfANameAsASpaceDoes() {
    // one full name transliterated two ways, its given names joined by a hyphen in one
    assertThat(VariantFinder.isVariant("Abdul-Karim Qasemi", "Abdul Karim Ghasemi")).isTrue();
    assertThat(VariantFinder.isVariant("Ali-Reza Tabrizi", "Ali Reza Tabrizy")).isTrue();
    // a short form against a full one stays no variant, hyphen or not
    assertThat(VariantFinder.isVariant("Karim-Qasemi", "Abdul Karim Qasemi")).isFalse();
  }
}
