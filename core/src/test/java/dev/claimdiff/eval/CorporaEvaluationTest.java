package dev.claimdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpora ({@code corpora/<event>/id/} and {@code corpora/<event>/en/}) scored
 * against their gold: what was measured is the floor (every folder with no false alarm, except the
 * events written blind in sessions 12 and 13, held to the false alarms they had when they were added), so a change that loses
 * claims, loses findings or adds a false DISCREPANCY or INCONSISTENCY fails here. The numbers are
 * measurements, not targets: the targets (no false alarm, recall 0.90) are not all met
 * yet, and a change that improves a folder should raise its line.
 */
class CorporaEvaluationTest {
  /** Per folder: least core recall, most false alarms, least gold findings reproduced. */
  private record Floor(double recall, int falseAlarms, int findings) {}

  private static final Map<String, Floor> FLOORS = Map.ofEntries(
      Map.entry("banjir-maluku-tengah-2026/id", new Floor(0.95, 0, 12)),
      Map.entry("central-sulawesi-governor-count-2024/id", new Floor(0.98, 0, 6)),
      Map.entry("desak-desakan-festival-makassar-2026/id", new Floor(0.80, 0, 14)),
      Map.entry("desak-desakan-sembako-kisaran-2026/id", new Floor(0.83, 0, 15)),
      Map.entry("desak-desakan-stadion-palembang-2026/id", new Floor(0.73, 0, 10)),
      Map.entry("erupsi-gunung-ntt-2026/id", new Floor(0.92, 0, 17)),
      Map.entry("erupsi-semeru-lumajang-2026/id", new Floor(0.81, 0, 14)),
      Map.entry("gempa-garut-jabar-2026/id", new Floor(0.81, 0, 27)),
      Map.entry("gempa-mamasa-2024/id", new Floor(0.94, 0, 15)),
      Map.entry("gempa-sumbawa-ntb-2026/id", new Floor(0.86, 0, 19)),
      Map.entry("indonesia-fuel-price-hike-2024/id", new Floor(0.96, 0, 7)),
      Map.entry("indonesia-vietnam-fm-talks-bali-2023/id", new Floor(0.94, 0, 9)),
      Map.entry("kapal-tenggelam-buton-selatan-2026/id", new Floor(0.97, 0, 14)),
      Map.entry("kapal-tenggelam-selat-bali-2026/id", new Floor(0.85, 0, 15)),
      Map.entry("kebakaran-pasar-solo-2026/id", new Floor(0.83, 0, 17)),
      Map.entry("kecelakaan-bus-tol-cipularang-2026/id", new Floor(0.80, 0, 13)),
      Map.entry("ktt-india-pakistan-helsinki-2026/id", new Floor(0.82, 0, 13)),
      Map.entry("ktt-indonesia-malaysia-kuching-2026/id", new Floor(0.70, 0, 6)),
      Map.entry("ktt-turki-yunani-thessaloniki-2026/id", new Floor(0.78, 0, 13)),
      Map.entry("longsor-tambang-halmahera-selatan-2026/id", new Floor(0.90, 0, 17)),
      Map.entry("summit-eu-china-brussels-2026/id", new Floor(0.80, 0, 11)),
      Map.entry("tabrakan-kereta-jateng-2026/id", new Floor(0.88, 0, 14)),
      Map.entry("talks-china-philippines-singapore-2026/id", new Floor(0.82, 0, 11)),
      Map.entry("talks-indonesia-australia-canberra-2026/id", new Floor(0.82, 0, 12)),
      Map.entry("talks-iran-e3-oslo-2026/id", new Floor(0.83, 0, 10)),
      Map.entry("talks-menlu-ri-malaysia-2026/id", new Floor(0.92, 0, 12)),
      Map.entry("talks-us-china-vienna-2026/id", new Floor(0.86, 0, 10)),
      Map.entry("talks-us-iran-muscat-2026/id", new Floor(0.81, 0, 11)),
      Map.entry("timnas-indonesia-oman-2026/id", new Floor(0.98, 0, 11)),
      Map.entry("vonis-pelabuhan-2024/id", new Floor(0.89, 0, 11)),
      Map.entry("banjir-maluku-tengah-2026/en", new Floor(0.95, 0, 8)),
      Map.entry("central-sulawesi-governor-count-2024/en", new Floor(0.89, 0, 2)),
      Map.entry("desak-desakan-festival-makassar-2026/en", new Floor(0.77, 0, 9)),
      Map.entry("desak-desakan-sembako-kisaran-2026/en", new Floor(0.78, 0, 7)),
      Map.entry("desak-desakan-stadion-palembang-2026/en", new Floor(0.71, 0, 9)),
      Map.entry("erupsi-gunung-ntt-2026/en", new Floor(0.85, 0, 9)),
      Map.entry("erupsi-semeru-lumajang-2026/en", new Floor(0.80, 0, 13)),
      Map.entry("gempa-garut-jabar-2026/en", new Floor(0.82, 0, 13)),
      Map.entry("gempa-mamasa-2024/en", new Floor(0.91, 0, 9)),
      Map.entry("gempa-sumbawa-ntb-2026/en", new Floor(0.90, 0, 14)),
      Map.entry("geneva-talks-2022/en", new Floor(0.93, 0, 9)),
      Map.entry("indonesia-fuel-price-hike-2024/en", new Floor(0.96, 0, 1)),
      Map.entry("indonesia-vietnam-fm-talks-bali-2023/en", new Floor(0.94, 0, 6)),
      Map.entry("kapal-tenggelam-buton-selatan-2026/en", new Floor(0.96, 0, 11)),
      Map.entry("kapal-tenggelam-selat-bali-2026/en", new Floor(0.84, 0, 8)),
      Map.entry("kebakaran-pasar-solo-2026/en", new Floor(0.93, 0, 11)),
      Map.entry("kecelakaan-bus-tol-cipularang-2026/en", new Floor(0.84, 0, 10)),
      Map.entry("ktt-india-pakistan-helsinki-2026/en", new Floor(0.78, 0, 7)),
      Map.entry("ktt-indonesia-malaysia-kuching-2026/en", new Floor(0.58, 0, 3)),
      Map.entry("ktt-turki-yunani-thessaloniki-2026/en", new Floor(0.67, 0, 6)),
      Map.entry("longsor-tambang-halmahera-selatan-2026/en", new Floor(0.88, 0, 13)),
      Map.entry("summit-eu-china-brussels-2026/en", new Floor(0.75, 0, 8)),
      Map.entry("tabrakan-kereta-jateng-2026/en", new Floor(0.92, 0, 11)),
      Map.entry("talks-china-philippines-singapore-2026/en", new Floor(0.95, 0, 6)),
      Map.entry("talks-indonesia-australia-canberra-2026/en", new Floor(0.75, 0, 6)),
      Map.entry("talks-iran-e3-oslo-2026/en", new Floor(0.67, 0, 8)),
      Map.entry("talks-menlu-ri-malaysia-2026/en", new Floor(0.85, 0, 11)),
      Map.entry("talks-us-china-vienna-2026/en", new Floor(0.76, 0, 7)),
      Map.entry("talks-us-iran-muscat-2026/en", new Floor(0.84, 0, 8)),
      Map.entry("timnas-indonesia-oman-2026/en", new Floor(0.97, 0, 9)),
      Map.entry("vonis-pelabuhan-2024/en", new Floor(0.94, 0, 8)));

  private static final Path CORPORA = Path.of("..", "corpora");
  private static ImmutableList<CorpusScores.Row> rows;

  @BeforeAll
  static void evaluate() {
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withOneStory(true)
        .withArticleTimeout(java.time.Duration.ZERO));
    ImmutableList.Builder<CorpusScores.Row> scored = ImmutableList.builder();
    for (Path folder : CorpusScores.folders(CORPORA)) {
      Report report = engine.compare(List.of(folder.toString()));
      // every article of every language is extracted: a word list one language's rules need and
      // another's lack fails its articles, which this catches
      assertThat(report.articles()).as(folder.toString())
          .allSatisfy(a -> assertThat(a.status()).as(a.id() + ": " + a.message()).isNotEqualTo("failed"));
      EvalResult result = Evaluator.forGold(folder.resolve("gold.json")).score(report);
      scored.add(new CorpusScores.Row(CorpusScores.name(folder), (int) report.readableArticles(),
          result));
    }
    rows = scored.build();
    System.out.print(new CorpusScores(rows).render());
  }

  @Test
  void everyFolderIsScored() {
    assertThat(Files.isDirectory(CORPORA)).isTrue();
    assertThat(rows).extracting(CorpusScores.Row::name)
        .containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
  }

  @Test
  void noFolderFallsBelowWhatWasMeasured() {
    assertThat(rows).allSatisfy(row -> {
      Floor floor = FLOORS.get(row.name());
      EvalResult r = row.result();
      assertThat(r.recall()).as(row.name() + " recall\n" + r.render())
          .isGreaterThanOrEqualTo(floor.recall() - 0.005);
      assertThat(r.unexplained()).as(row.name() + " false alarms\n" + r.render())
          .hasSizeLessThanOrEqualTo(floor.falseAlarms());
      assertThat(r.findingsReproduced()).as(row.name() + " findings\n" + r.render())
          .isGreaterThanOrEqualTo(floor.findings());
    });
  }

  @Test
  void theTollsAndCountsThatChangeOverTimeAreNeverADiscrepancyBetweenOutlets() {
    // the corpora's traps on figures of different times (tolls, houses, the missing) hold, in
    // every folder held to no false alarm (the events written blind are held to what they had)
    assertThat(rows).filteredOn(row -> FLOORS.get(row.name()).falseAlarms() == 0)
        .allSatisfy(row -> assertThat(row.result().traps())
        .filteredOn(t -> t.why().contains("UPDATE"))
        .as(row.name()).allMatch(EvalResult.TrapScore::kept));
  }
}
