package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same inputs give the same report bytes, whatever the number of threads. */
class ReportDeterminismTest {

  @Test
  void oneAndTwoThreadsWriteIdenticalJson() {
    List<String> seeds = List.of(ReportSchemaTest.projectRoot().resolve("seeds").toString());
    JsonReportWriter writer = new JsonReportWriter();

    String oneThread = writer.toJson(
        Claimdiff.create(Claimdiff.Options.defaults().withThreads(1)).compare(seeds));
    String twoThreads = writer.toJson(
        Claimdiff.create(Claimdiff.Options.defaults().withThreads(2)).compare(seeds));
    String again = writer.toJson(
        Claimdiff.create(Claimdiff.Options.defaults().withThreads(2)).compare(seeds));

    assertThat(oneThread).contains("\"claims\"").isEqualTo(twoThreads).isEqualTo(again);
  }
}
