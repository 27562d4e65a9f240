package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the stories' findings into one report: every finding once, every story's once. */
class StoryFindingsTest {
  private static final StoryGroup FIRE = new StoryGroup("fire", ImmutableList.of("a", "b", "c"));
  private static final StoryGroup CRASH = new StoryGroup("crash", ImmutableList.of("c", "d"));

  private static Finding agreement(String first, String second, String summary) {
    return new Finding("", Finding.Kind.AGREEMENT, "QUOTE", ImmutableList.of(first, second),
        summary, null, ImmutableList.of(first.split("#")[0], second.split("#")[0]),
        ImmutableList.of());
  }

  @Test
  void aFindingOneStoryGivesTwiceIsListedOnce() {
    Finding quote = agreement("a#1", "b#2", "the mayor's promise");
    Finding other = agreement("a#3", "c#4", "the fire chief's warning");
    StoryFindings.Merged merged = StoryFindings.merge(List.of(FIRE),
        List.of(List.of(quote.withId("F1"), other.withId("F2"), quote.withId("F3"))), List.of());

    assertThat(merged.findings()).hasSize(2);
    assertThat(merged.stories().get(0).findings()).containsExactly("F1", "F2");
  }

  @Test
  void aFindingTwoStoriesShareIsListedOnceAndInBoth() {
    Finding shared = agreement("c#1", "c#2", "the round-up's own words");
    Finding fire = agreement("a#1", "b#1", "the fire");
    Finding crash = agreement("c#5", "d#1", "the crash");
    StoryFindings.Merged merged = StoryFindings.merge(List.of(FIRE, CRASH),
        List.of(List.of(fire, shared), List.of(shared, crash)), List.of());

    assertThat(merged.findings()).hasSize(3);
    String sharedId = merged.findings().stream()
        .filter(f -> f.summary().equals("the round-up's own words")).findFirst().orElseThrow().id();
    assertThat(merged.stories().get(0).findings()).hasSize(2).contains(sharedId);
    assertThat(merged.stories().get(1).findings()).hasSize(2).contains(sharedId);
  }
}
