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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpora as one mixed feed (every event's Indonesian and English folder): each
 * event is one story, as measured (purity 1.00, completeness 1.00, docs/scale.md), and no finding
 * pairs articles of two events. The events written blind in sessions 13 and 14 are one story
 * each too: the reports that recall a past event of the same kind (a crush of 2001 or 1989, the
 * last round of talks), whose claims dated the main event by it, stand by when they appeared.
 */
class CorpusStoriesTest {
  private static Report report;
  private static final Map<String, String> EVENT = new HashMap<>();
  /**
   * Events written blind in sessions 13-14 that the grouping still splits (a background event named
   * in some articles, or a translation alone, starts a story of its own); every story is still
   * one event. Remove an event, and lower the count, once it is one story.
   */
  private static final Set<String> SPLIT_NOT_YET_JOINED = Set.of();
  private static final int EXTRA_STORIES_NOT_YET_JOINED = 0;

  @BeforeAll
  static void compareTheCorpora() throws IOException {
    Path corpora = ReportSchemaTest.projectRoot().resolve("corpora");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> events = Files.list(corpora)) {
      for (Path event : events.filter(Files::isDirectory).sorted().toList()) {
        for (String lang : List.of("id", "en")) {
          if (Files.isDirectory(event.resolve(lang))) {
            inputs.add(event.resolve(lang).toString());
          }
        }
      }
    }
    report = Claimdiff.create(Claimdiff.Options.defaults()).compare(inputs);
    for (ArticleEntry a : report.articles()) {
      if (a.ok()) {
        EVENT.put(a.id(), Path.of(a.path()).getParent().getParent().getFileName().toString());
      }
    }
  }

  @Test
  void everyEventIsOneStoryAndEveryStoryOneEvent() {
    Set<String> events = new LinkedHashSet<>(EVENT.values());
    assertThat(events).hasSizeGreaterThanOrEqualTo(9);
    assertThat(report.stories()).hasSize(events.size() + EXTRA_STORIES_NOT_YET_JOINED);
    for (Story story : report.stories()) {
      assertThat(story.articles().stream().map(EVENT::get).distinct())
          .as("events in %s (%s)", story.id(), story.label()).hasSize(1);
    }
    for (String event : events) {
      if (SPLIT_NOT_YET_JOINED.contains(event)) {
        continue;
      }
      assertThat(report.stories()).filteredOn(s -> EVENT.get(s.articles().get(0)).equals(event))
          .singleElement()
          .satisfies(s -> assertThat(s.articles()).containsExactlyInAnyOrderElementsOf(
              EVENT.entrySet().stream().filter(e -> e.getValue().equals(event))
                  .map(Map.Entry::getKey).toList()));
    }
  }

  @Test
  void noFindingPairsArticlesOfTwoEvents() {
    assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(
        f.articles().stream().map(EVENT::get).collect(Collectors.toSet()))
        .as("events of %s", f.id()).hasSize(1));
  }

  @Test
  void theStoriesShareOutTheFindings() {
    List<String> listed = report.stories().stream().flatMap(s -> s.findings().stream()).toList();
    assertThat(listed).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(report.findings().stream().map(Finding::id).toList());
  }
}
