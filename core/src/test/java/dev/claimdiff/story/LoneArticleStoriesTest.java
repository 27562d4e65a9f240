package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.ReportSchemaTest;
import dev.claimdiff.report.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds where every event has one article (issue 16): the first file of each event's folder, so
 * that no two articles report one event. Such a feed is the measured weak point of the grouping:
 * a lone article shares nothing event-specific with any other, and its vector is made of the
 * common names and words it shares (a ministry, a rescue agency, an alert level). The purity
 * measured in docs/report-schema.md is held here as a floor and the findings that pair two events
 * as a ceiling; the mixed feed (both languages, so that each event has two articles, often an
 * original and its translation) groups exactly.
 */
class LoneArticleStoriesTest {
  /**
   * Measured purity of each one-language lone feed (raise it when the grouping improves). With
   * the 53 folders of session 15: 0.65 (id), 0.63 (en); the four events added in session 16 (a
   * market fire, a bus crash, two more rounds of talks) joined stories of their kind: 0.53, 0.58.
   * Session 17's anchors (two groups merge only when they share a main place below a province, a
   * person's full name, a distinctive number or a main date at places that agree; {@link
   * Anchors}): 0.967 (id: the lone reports of two eruptions, alike enough to pass as near copies),
   * 0.968 (en: two one-day meetings a day apart, at places the gazetteer does not know).
   */
  private static final Map<String, Double> PURITY_FLOOR = Map.of("id", 0.96, "en", 0.96);
  /**
   * Measured DISCREPANCY and INCONSISTENCY findings that pair articles of two events (issue 16
   * asks for none: lower these as the grouping improves, never raise them). In Indonesian: the
   * dates and places of a football match and of a stadium crush, and of three rounds of talks;
   * in English: talks' durations and places, and an accident's deaths and passengers (a ferry
   * sinking and a train collision). Session 16's four events made the English feed's 4 into 8
   * (a bus crash joined the ferry sinking and the train collision; two more rounds of talks).
   * Session 17's anchors made both 0.
   */
  private static final Map<String, Integer> CROSS_EVENT_CEILING = Map.of("id", 0, "en", 0);

  private static Report compare(List<String> langs, Map<String, String> event) throws IOException {
    Path corpora = ReportSchemaTest.projectRoot().resolve("corpora");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> events = Files.list(corpora)) {
      for (Path e : events.filter(Files::isDirectory).sorted().toList()) {
        for (String lang : langs) {
          Path folder = e.resolve(lang);
          if (!Files.isDirectory(folder)) {
            continue;
          }
          try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !f.getFileName().toString().startsWith("gold")).sorted().findFirst()
                .ifPresent(f -> inputs.add(f.toString()));
          }
        }
      }
    }
    Report report = Claimdiff.create(Claimdiff.Options.defaults()).compare(inputs);
    for (ArticleEntry a : report.articles()) {
      if (a.ok()) {
        event.put(a.id(), Path.of(a.path()).getParent().getParent().getFileName().toString());
      }
    }
    return report;
  }

  /** The share of the stories' articles that report their story's most reported event. */
  private static double purity(Report report, Map<String, String> event) {
    int held = 0;
    int total = 0;
    for (Story s : report.stories()) {
      total += s.articles().size();
      held += s.articles().stream().collect(Collectors.groupingBy(event::get, Collectors.counting()))
          .values().stream().mapToInt(Long::intValue).max().orElse(0);
    }
    return (double) held / total;
  }

  private static Set<String> events(Finding f, Function<String, String> event) {
    return f.articles().stream().map(event).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void oneLanguageHoldsItsMeasuredPurityAndCrossEventDiscrepancies(String lang)
      throws IOException {
    Map<String, String> event = new HashMap<>();
    Report report = compare(List.of(lang), event);
    assertThat(event).hasSizeGreaterThanOrEqualTo(20);
    assertThat(Set.copyOf(event.values())).hasSameSizeAs(event.values());
    assertThat(purity(report, event)).isGreaterThanOrEqualTo(PURITY_FLOOR.get(lang));
    assertThat(report.findings())
        .filteredOn(f -> f.kind().equals("DISCREPANCY") || f.kind().equals("INCONSISTENCY"))
        .filteredOn(f -> events(f, event::get).size() > 1)
        .hasSizeLessThanOrEqualTo(CROSS_EVENT_CEILING.get(lang));
  }

  @Test
  void bothLanguagesGroupEachArticleWithItsTranslation() throws IOException {
    Map<String, String> event = new HashMap<>();
    Report report = compare(List.of("id", "en"), event);
    assertThat(purity(report, event)).isEqualTo(1.0);
    assertThat(report.stories()).hasSize(Set.copyOf(event.values()).size());
    assertThat(report.findings()).allSatisfy(f -> assertThat(events(f, event::get)).hasSize(1));
  }
}
