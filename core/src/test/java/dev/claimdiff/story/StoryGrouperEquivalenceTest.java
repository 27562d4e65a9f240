package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.claimdiff.ArticleResult;
import dev.claimdiff.Claimdiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link StoryGrouper} groups exactly as the brute-force one it replaced
 * ({@link BruteForceStoryGrouper}): the same stories, articles and labels, on generated feeds
 * that mix events, near-copies, common names and round-ups, and on the evaluation corpora.
 */
class StoryGrouperEquivalenceTest {

  /**
   * A feed of {@code events} events, each reported by a random number of articles (some near-
   * copies of one another), with names every event shares, names two events share, and
   * round-ups that write two events' names.
   */
  private static List<StoryFeatures> feed(long seed, int events, int maxPerEvent) {
    Random random = new Random(seed);
    List<StoryFeatures> out = new ArrayList<>();
    int id = 0;
    for (int e = 0; e < events; e++) {
      int articles = 1 + random.nextInt(maxPerEvent);
      for (int a = 0; a < articles; a++) {
        TreeSet<String> features = new TreeSet<>();
        addEvent(features, e, random);
        if (random.nextInt(10) == 0) {
          addEvent(features, random.nextInt(events), random); // a round-up of two events
        }
        for (int k = 0; k < 5; k++) {
          if (random.nextBoolean()) {
            features.add("n:common" + k); // an agency, a country
          }
        }
        if (random.nextInt(4) == 0) {
          features.add("n:shared" + (e / 2)); // a name two neighbouring events share
        }
        out.add(article("a" + id++, features));
      }
    }
    java.util.Collections.shuffle(out, random);
    return out;
  }

  private static void addEvent(TreeSet<String> features, int event, Random random) {
    int words = 4 + random.nextInt(25);
    for (int w = 0; w < words; w++) {
      features.add("n:e" + event + "w" + random.nextInt(30));
    }
    if (random.nextBoolean()) {
      features.add("#" + (10 + event) + random.nextInt(3));
    }
    if (random.nextInt(3) == 0) {
      features.add("p:place" + event);
    }
  }

  private static StoryFeatures article(String id, TreeSet<String> features) {
    ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
    features.forEach(f -> map.put(f, f.substring(f.indexOf(':') + 1)));
    return new StoryFeatures(id, map.build());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void generatedFeedsAreGroupedAsByBruteForce(long seed) {
    List<StoryFeatures> feed = feed(seed, 3 + (int) seed * 4, 3 + (int) seed * 5);

    ImmutableList<StoryGroup> fast = new StoryGrouper().group(feed);

    assertThat(fast).isEqualTo(new BruteForceStoryGrouper().group(feed));
    assertThat(fast.size()).isGreaterThan(1);
  }

  @Test
  void aTieBetweenTwoMergesGoesToTheEarlierPairAsByBruteForce() {
    // a and d, c and e merge first; then b is exactly as close to {a, d} as to {c, e}; every
    // article names one person (an anchor, not a feature of the similarity)
    TreeSet<String> a = new TreeSet<>(List.of("n:x", "a:ann lee"));
    TreeSet<String> c = new TreeSet<>(List.of("n:y", "a:ann lee"));
    TreeSet<String> d = new TreeSet<>(List.of("a:ann lee"));
    TreeSet<String> e = new TreeSet<>(List.of("a:ann lee"));
    for (int k = 0; k < 7; k++) {
      a.add("n:a" + k);
      d.add("n:a" + k);
      c.add("n:c" + k);
      e.add("n:c" + k);
    }
    List<StoryFeatures> feed = List.of(article("a", a), article("b", new TreeSet<>(List.of("n:x",
        "n:y", "a:ann lee"))), article("c", c), article("d", d), article("e", e));

    ImmutableList<StoryGroup> fast = new StoryGrouper().group(feed);

    assertThat(fast).extracting(StoryGroup::articles)
        .containsExactly(ImmutableList.of("a", "b", "d"), ImmutableList.of("c", "e"));
    assertThat(fast).isEqualTo(new BruteForceStoryGrouper().group(feed));
  }

  @Test
  void aLargeStoryOfNearCopiesIsGroupedAsByBruteForce() {
    // few events, many articles each: large clusters, long link maps, many stale merges
    List<StoryFeatures> feed = feed(42, 4, 300);

    assertThat(new StoryGrouper().group(feed)).isEqualTo(new BruteForceStoryGrouper().group(feed));
  }

  @Test
  void theEvaluationCorporaAreGroupedAsByBruteForce() throws IOException {
    List<String> folders;
    try (Stream<Path> events = Files.list(Path.of("../corpora"))) {
      folders = events.filter(Files::isDirectory).flatMap(d -> Stream.of(d.resolve("id"),
          d.resolve("en"))).filter(Files::isDirectory).map(Path::toString).sorted().toList();
    }
    Claimdiff engine = Claimdiff.create(new Claimdiff.Options(null, 1, () -> null, null));
    List<StoryFeatures> feed = new ArrayList<>();
    for (ArticleResult r : engine.readAndExtract(folders)) {
      if (r.story() != null) {
        feed.add(r.story().withArticle(r.entry().path()));
      }
    }

    ImmutableList<StoryGroup> fast = new StoryGrouper().group(feed);

    assertThat(fast).isEqualTo(new BruteForceStoryGrouper().group(feed));
    assertThat(fast.size()).isGreaterThan(5);
  }
}
