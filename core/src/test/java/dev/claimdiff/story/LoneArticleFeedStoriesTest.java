package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.ReportSchemaTest;
import dev.claimdiff.report.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A feed where every event has one article: the first file of each event's folder in the
 * corpora (Indonesian, English, or both). A lone article shares only its event's common names
 * (a capital, a ministry, an agency) with the others; its own names, which no other article
 * has, still weigh in its vector's norm ({@link StoryGrouper#UNSHARED}), so two lone articles
 * of different events are not close by their common names alone. No finding may pair articles
 * of two events (issue 16) beyond the pairs listed below, and the stories are nearly pure
 * (measured in session 15: purity 0.62 Indonesian, 0.59 English before, 0.92 and 0.89 after;
 * 1.00 with both languages).
 */
class LoneArticleFeedStoriesTest {
  /**
   * Events whose lone articles a one-language feed still joins into one story (two eruptions,
   * an eruption and an earthquake, two rounds of talks, two accidents, a landslide and a crowd
   * crush). Remove a pair once it is split; never add one.
   */
  private static final Set<Set<String>> JOINED_NOT_YET_SPLIT = Set.of(
      Set.of("erupsi-semeru-lumajang-2026", "erupsi-gunung-ntt-2026"),
      Set.of("gempa-sumbawa-ntb-2026", "erupsi-semeru-lumajang-2026"),
      Set.of("talks-us-china-vienna-2026", "ktt-turki-yunani-thessaloniki-2026"),
      Set.of("kapal-tenggelam-selat-bali-2026", "tabrakan-kereta-jateng-2026"),
      Set.of("longsor-tambang-halmahera-selatan-2026", "desak-desakan-festival-makassar-2026"));

  /** The first article file of each event's folder of each language, in the corpora's order. */
  static List<String> firstArticles(List<String> langs) throws IOException {
    Path corpora = ReportSchemaTest.projectRoot().resolve("corpora");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> events = Files.list(corpora)) {
      for (Path event : events.filter(Files::isDirectory).sorted().toList()) {
        for (String lang : langs) {
          Path folder = event.resolve(lang);
          if (!Files.isDirectory(folder)) {
            continue;
          }
          try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !f.getFileName().toString().equals("gold.json")).sorted()
                .findFirst().ifPresent(f -> inputs.add(f.toString()));
          }
        }
      }
    }
    return inputs;
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en", "id,en"})
  void noFindingPairsTwoEventsAndTheStoriesAreNearlyPure(String langs) throws IOException {
    Report report = Claimdiff.create(Claimdiff.Options.defaults())
        .compare(firstArticles(Arrays.asList(langs.split(","))));
    Map<String, String> event = new HashMap<>();
    for (ArticleEntry a : report.articles()) {
      if (a.ok()) {
        event.put(a.id(), Path.of(a.path()).getParent().getParent().getFileName().toString());
      }
    }
    assertThat(event.values().stream().distinct().count()).isGreaterThanOrEqualTo(20);
    assertThat(report.findings()).allSatisfy(f -> {
      Set<String> events = f.articles().stream().map(event::get).collect(Collectors.toSet());
      if (!JOINED_NOT_YET_SPLIT.contains(events)) {
        assertThat(events).as("events of %s (%s)", f.id(), f.kind()).hasSize(1);
      }
    });
    long majority = 0;
    for (Story story : report.stories()) {
      majority += story.articles().stream()
          .collect(Collectors.groupingBy(event::get, Collectors.counting()))
          .values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
    assertThat((double) majority / event.size()).as("purity").isGreaterThanOrEqualTo(0.88);
  }
}
