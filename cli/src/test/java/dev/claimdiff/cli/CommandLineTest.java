package dev.claimdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives the command line as a user would, with the output captured. */
class CommandLineTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ClaimdiffCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void compareSeedsAsJsonIsTheReportContract() throws IOException {
    Run run = run("compare", "--format", "json", SEEDS.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("schema").asText()).isEqualTo("claimdiff/report-v1");
    assertThat(report.path("articles")).hasSize(6); // five seeds and the gold file, skipped
    assertThat(report.path("claims").size()).isGreaterThan(50);
    assertThat(report.path("findings").size()).isGreaterThan(5);
  }

  @Test
  void compareGroupsTwoEventsIntoTwoStoriesUnlessToldThereIsOne() throws IOException {
    Path corpora = Path.of("..", "corpora");
    String verdict = corpora.resolve("vonis-pelabuhan-2024/en").toString();
    String football = corpora.resolve("timnas-indonesia-oman-2026/en").toString();

    Run grouped = run("compare", "--format", "json", verdict, football);
    Run one = run("compare", "--format", "json", "--one-story", verdict, football);
    Run text = run("compare", verdict, football);

    assertThat(new ObjectMapper().readTree(grouped.out()).path("stories")).hasSize(2);
    assertThat(new ObjectMapper().readTree(one.out()).path("stories")).hasSize(1);
    assertThat(text.out()).contains("Stories (2)", "  S1  ", "  S2  ");
  }

  @Test
  void textReportListsEveryArticleWithOutletLanguageAndDate() {
    Run run = run("compare", SEEDS.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("002_691f5a4256367eb2.txt", "outlet: Kompas.com", "published: 2022-01-22")
        .contains("language: id", "skipped gold.json")
        .contains("DISCREPANCY", "INCONSISTENCY", "AGREEMENT")
        .doesNotContain("\u001b[");
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void markdownReportHasATablePerFinding() {
    Run run = run("compare", "--format", "markdown", SEEDS.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("# claimdiff report")
        .contains("## Discrepancies", "| outlet | value | evidence |");
  }

  @Test
  void extractWritesToAFileWithOutput() throws IOException {
    Path out = dir.resolve("claims.json");
    Run run = run("extract", "--format", "json", "-o", out.toString(),
        SEEDS.resolve("002_691f5a4256367eb2.txt").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(Files.readString(out));
    assertThat(report.path("findings")).isEmpty();
    assertThat(report.path("claims").get(0).path("article").asText())
        .isEqualTo("002_691f5a4256367eb2.txt");
  }

  @Test
  void anUnreadableInputExitsOneAndIsNamedOnStandardError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run run = run("compare", "--format", "json", empty.toString(),
        SEEDS.resolve("000_39798ce775a6f8a6.txt").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(empty + ": empty file");
    assertThat(run.out()).contains("\"status\" : \"error\"", "\"status\" : \"ok\"");
  }

  @Test
  void anArticleOverItsTimeBudgetExitsFiveAndIsNamedOnStandardError() {
    Path seed = SEEDS.resolve("000_39798ce775a6f8a6.txt");
    Run run = run("extract", "--format", "json", "--article-timeout", "0.000001", seed.toString());

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err()).contains(seed + ": extraction took longer than 0.000001 s");
    assertThat(run.out()).contains("\"status\" : \"failed\"");
    assertThat(run("extract", "--article-timeout", "-1", seed.toString()).exit()).isEqualTo(2);
  }

  /**
   * Every input that ever broke claimdiff ({@code core/src/test/resources/dev/claimdiff/
   * reliability/}) in one folder with the seeds: each seed article is reported, each broken
   * input gets its line, no stack trace reaches the user, and the exit code says an input could
   * not be read.
   */
  @Test
  void theReproducersTogetherWithTheSeeds() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("all"));
    Path found = Path.of("..", "core", "src", "test", "resources", "dev", "claimdiff", "reliability");
    for (Path source : List.of(found, SEEDS)) {
      try (var files = Files.list(source)) {
        for (Path f : files.toList()) {
          Files.copy(f, folder.resolve(f.getFileName()));
        }
      }
    }
    Run run = run("compare", "--format", "json", "--threads", "2", folder.toString());

    assertThat(run.exit()).isEqualTo(1); // the two JSON files beyond the reader's limits
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "Error:");
    assertThat(run.err().lines().filter(l -> !l.contains("warning"))).hasSize(2)
        .allMatch(l -> l.contains("JSON beyond the reader's limits"));
    com.fasterxml.jackson.databind.JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    java.util.Map<String, String> status = new java.util.TreeMap<>();
    report.get("articles").forEach(a -> status.put(a.get("id").asText(), a.get("status").asText()));
    try (var seeds = Files.list(SEEDS)) {
      seeds.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .forEach(n -> assertThat(status).containsEntry(n, "ok"));
    }
    assertThat(status).containsEntry("json_deep_nesting_npe.json", "error")
        .containsEntry("json_long_number.json", "error")
        .containsEntry("regex_stackoverflow_dotted_number.txt", "ok")
        .containsEntry("a", "ok").containsEntry("a~2", "ok").containsEntry("a~2~2", "ok");
    assertThat(status.values()).doesNotContain("failed");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("compare").exit()).isEqualTo(2);
    assertThat(run("compare", "--format", "pdf", "x").exit()).isEqualTo(2);
    assertThat(run("compare", "--bogus", "x").exit()).isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("compare").err()).contains("Missing required parameter");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsFour() {
    Run run = run("compare", "-o", dir.resolve("no/such/dir/report.txt").toString(),
        SEEDS.resolve("000_39798ce775a6f8a6.txt").toString());

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("cannot write");
  }

  @Test
  void helpAndVersion() {
    assertThat(run("--version").out()).contains("claimdiff", "claimdiff/report-v1");
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("compare", "extract", "eval", "Exit codes");
  }

  @Test
  void evalOnTheSeedsPrintsTheScoreLineAndHonoursFloors() {
    Run run = run("eval", "--gold", SEEDS.resolve("gold.json").toString(), SEEDS.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).containsPattern("score: claims_recall=\\d\\.\\d\\d claims_precision=");

    assertThat(run("eval", "--gold", SEEDS.resolve("gold.json").toString(),
        "--min-recall", "1.01", SEEDS.toString()).exit()).isEqualTo(2);
  }

  @Test
  void evalOverCorporaPrintsALinePerFolderAndTheTotals() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("corpora/seeds-event/id"));
    try (var files = Files.list(SEEDS)) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    Run run = run("eval", "--corpora", dir.resolve("corpora").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("seeds-event/id").contains("9/9")
        .contains("all (1 folders, claims pooled)").contains("findings reproduced by kind:");
    assertThat(run("eval", "--corpora", dir.toString(), SEEDS.toString()).exit()).isEqualTo(2);
  }

  @Test
  void evalBelowItsFloorExitsThree() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.json"), """
        {"schema": "claimdiff-gold/1", "claim_types": ["QUOTE"], "exhaustive_types": [],
         "entities": {}, "articles": {"000_39798ce775a6f8a6.txt": {}},
         "claims": [{"id": "q", "article": "000_39798ce775a6f8a6.txt", "type": "QUOTE",
                     "evidence": "kata-kata yang tidak ada", "core": true, "speaker": "Nobody",
                     "span": [0, 5]}],
         "findings": []}
        """);
    Run run = run("eval", "--gold", gold.toString(), "--min-recall", "0.5",
        SEEDS.resolve("000_39798ce775a6f8a6.txt").toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("score: claims_recall=0.00");
    assertThat(run.err()).contains("below the floor");
  }

  @Test
  void evalWithAMissingGoldFileIsAUsageError() {
    Run run = run("eval", "--gold", dir.resolve("none.json").toString(), SEEDS.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such gold file");
  }

  @Test
  void reportLangIdWritesTheTextReportInIndonesian() {
    Run run = run("compare", "--report-lang", "id", SEEDS.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("laporan claimdiff: 6 masukan, 5 terbaca")
        .contains("PERBEDAAN (1)", "KESESUAIAN (8)", "Berapa lama pertemuan berlangsung: 90 menit");
    assertThat(run("compare", "--report-lang", "en", SEEDS.toString()).out())
        .startsWith("claimdiff report: 6 input(s)");
  }

  @Test
  void aReportLanguageWithoutWordsIsAUsageError() {
    Run run = run("compare", "--report-lang", "xx", SEEDS.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--report-lang", "xx");
  }

  @Test
  void failOnDiscrepancyExitsSixWhenOutletsDisagree() {
    assertThat(run("compare", "--fail-on-discrepancy", "--format", "json", SEEDS.toString()).exit())
        .as("the seeds disagree on the date").isEqualTo(6);
    assertThat(run("compare", "--format", "json", SEEDS.toString()).exit())
        .as("without the option").isZero();
    // one article alone cannot disagree with another
    assertThat(run("compare", "--fail-on-discrepancy",
        SEEDS.resolve("003_42ac34568c9be250.txt").toString()).exit()).isZero();
  }

  @Test
  void anUnreadableInputStillExitsOneWithFailOnDiscrepancy() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(run("compare", "--fail-on-discrepancy", empty.toString(), SEEDS.toString()).exit())
        .isEqualTo(1);
  }

  @Test
  void htmlAndClaimReviewFormats() throws IOException {
    Path page = dir.resolve("report.html");
    Run html = run("compare", "--format", "html", "--report-lang", "id", "-o", page.toString(),
        SEEDS.toString());
    assertThat(html.exit()).isZero();
    assertThat(Files.readString(page)).startsWith("<!doctype html>")
        .contains("<html lang=\"id\">", "Content-Security-Policy", "class=\"article-text\"");

    Run jsonLd = run("compare", "--format", "claimreview", SEEDS.toString());
    assertThat(jsonLd.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(jsonLd.out());
    assertThat(doc.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(doc.path("@graph").get(0).path("@type").asText()).isEqualTo("ClaimReview");
  }
}
