package dev.claimdiff.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on Beam's DirectRunner gives, for a feed of several events in two languages, the
 * stories and the findings per story that {@code compare} gives on the same inputs.
 */
class StoryPipelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @Test
  void givesTheStoriesAndFindingsCompareGives() throws IOException {
    Path corpora = Path.of("..", "corpora");
    assertSameAsCompare(List.of(
        corpora.resolve("vonis-pelabuhan-2024/en").toString(),
        corpora.resolve("timnas-indonesia-oman-2026/en").toString(),
        corpora.resolve("vonis-pelabuhan-2024/id").toString()), 2);
  }

  /**
   * A wire whose dateline gives no year ({@code VIENNA, Oct 20 (Reuters) -}) takes its year from
   * the other articles' days, in the pipeline as in compare, though each file is extracted apart.
   */
  @Test
  void datesAYearlessDatelineByTheWholeFeed() throws IOException {
    Path corpora = Path.of("..", "corpora");
    Report compared = assertSameAsCompare(List.of(
        corpora.resolve("talks-us-china-vienna-2026/en").toString(),
        corpora.resolve("talks-us-china-vienna-2026/id").toString()), 1);
    assertThat(compared.articles()).anySatisfy(a ->
        assertThat(a.message()).contains("without a year: read as 2026-10-20"));
  }

  /** Runs the pipeline and compare on the inputs; every story's report must be compare's. */
  private Report assertSameAsCompare(List<String> inputs, int stories) throws IOException {
    Report compared = Claimdiff.create(Claimdiff.Options.defaults().withThreads(2)).compare(inputs);
    JsonNode comparedJson = JSON.readTree(new JsonReportWriter().toJson(compared));
    Map<String, JsonNode> comparedFindings = new HashMap<>();
    comparedJson.get("findings").forEach(f -> comparedFindings.put(f.get("id").asText(), f));

    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs(
        "--runner=DirectRunner", "--targetParallelism=2").create());
    StoryPipeline.build(pipeline, inputs, out.toString());
    pipeline.run().waitUntilFinish();

    assertThat(compared.stories()).hasSize(stories);
    assertThat(compared.findings()).isNotEmpty();
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
          .isEqualTo(compared.stories().stream().map(s -> s.id() + ".json")
              .collect(Collectors.toSet()));
    }
    for (Story story : compared.stories()) {
      JsonNode report = JSON.readTree(out.resolve(story.id() + ".json").toFile());
      JsonNode written = report.get("stories").get(0);
      assertThat(written.get("label").asText()).isEqualTo(story.label());
      assertThat(texts(written.get("articles"))).isEqualTo(story.articles());
      assertThat(withoutIds(report.get("findings")))
          .as("findings of %s (%s)", story.id(), story.label())
          .isEqualTo(withoutIds(JSON.valueToTree(
              story.findings().stream().map(comparedFindings::get).toList())));
      List<JsonNode> claims = new ArrayList<>();
      comparedJson.get("claims").forEach(c -> {
        if (story.articles().contains(c.get("article").asText())) {
          claims.add(c);
        }
      });
      assertThat(report.get("claims")).isEqualTo(JSON.valueToTree(claims));
      List<JsonNode> entries = new ArrayList<>();
      comparedJson.get("articles").forEach(a -> {
        if (story.articles().contains(a.get("id").asText())) {
          entries.add(a);
        }
      });
      assertThat(report.get("articles")).isEqualTo(JSON.valueToTree(entries));
    }
    return compared;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The findings with their ids removed: a story's report numbers them from F1. */
  private static List<JsonNode> withoutIds(JsonNode findings) {
    List<JsonNode> out = new ArrayList<>();
    findings.forEach(f -> out.add(((ObjectNode) f.deepCopy()).without("id")));
    return out;
  }
}
