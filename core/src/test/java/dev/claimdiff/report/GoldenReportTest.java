package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text and Markdown reports on the seeds (in English, and in Indonesian with
 * {@code --report-lang id}), and its schema.org ClaimReview JSON-LD, compared with approved copies a reviewer can read
 * ({@code src/test/resources/dev/claimdiff/report/golden/seeds/}). When a change alters a report
 * on purpose, run {@code mvn -pl core test -Dtest=GoldenReportTest -Dclaimdiff.approve=true},
 * read the diff of the approved files, and commit them.
 */
class GoldenReportTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "dev", "claimdiff", "report", "golden", "seeds");
  private static Report report;

  @BeforeAll
  static void compareSeeds() {
    report = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(SEEDS.toString()));
  }

  @Test
  void textReport() throws IOException {
    StringWriter out = new StringWriter();
    TextReportWriter.plain().withClaims(true).write(report, out);
    verify("report.txt", out.toString());
  }

  @Test
  void markdownReport() throws IOException {
    StringWriter out = new StringWriter();
    MarkdownReportWriter.findingsOnly().withClaims(true).write(report, out);
    verify("report.md", out.toString());
  }

  @Test
  void indonesianTextReport() throws IOException {
    StringWriter out = new StringWriter();
    TextReportWriter.plain().withClaims(true).withWords(ReportWords.of("id")).write(report, out);
    verify("report.id.txt", out.toString());
  }

  @Test
  void indonesianMarkdownReport() throws IOException {
    StringWriter out = new StringWriter();
    MarkdownReportWriter.findingsOnly().withWords(ReportWords.of("id")).write(report, out);
    verify("report.id.md", out.toString());
  }

  @Test
  void claimReview() throws IOException {
    verify("report.claimreview.jsonld", new ClaimReviewWriter().toJsonLd(report));
  }

  private static void verify(String name, String received) throws IOException {
    Path approved = GOLDEN.resolve(name);
    if (Boolean.getBoolean("claimdiff.approve")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(approved, received, StandardCharsets.UTF_8);
    }
    assertThat(approved).as("approved report %s (run with -Dclaimdiff.approve=true to create it)", approved)
        .exists();
    String expected = Files.readString(approved, StandardCharsets.UTF_8);
    if (!expected.equals(received)) {
      Path receivedFile = approved.resolveSibling(name.replace(".", ".received."));
      Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
      assertThat(received).as("report differs from %s; see %s", approved, receivedFile)
          .isEqualTo(expected);
    }
  }
}
