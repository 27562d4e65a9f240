package dev.claimdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
