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

  @Test
  void storiesAlignedInParallelWriteTheSameJsonAsOneAfterTheOther() {
    // several events, so several stories, aligned on the workers when there are several threads
    java.nio.file.Path corpora = ReportSchemaTest.projectRoot().resolve("corpora");
    List<String> feed = List.of(corpora.resolve("gempa-mamasa-2024").toString(),
        corpora.resolve("vonis-pelabuhan-2024").toString(),
        corpora.resolve("timnas-indonesia-oman-2026").toString(),
        ReportSchemaTest.projectRoot().resolve("seeds").toString());
    JsonReportWriter writer = new JsonReportWriter();

    Report sequential = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1)).compare(feed);
    String twoThreads = writer.toJson(
        Claimdiff.create(Claimdiff.Options.defaults().withThreads(2)).compare(feed));
    String threeThreads = writer.toJson(
        Claimdiff.create(Claimdiff.Options.defaults().withThreads(3)).compare(feed));

    assertThat(sequential.stories().size()).isGreaterThan(2);
    assertThat(writer.toJson(sequential)).isEqualTo(twoThreads).isEqualTo(threeThreads);
  }
}
