package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.lang.KeyedList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The event the counts of a story are compared under. Each article's counts are keyed by the
 * event its text names nearest to them; an article that leads with the landslide keys its tolls
 * by the landslide while the others key them by the flood. When an article's counts name only
 * an event that {@code align/one-disaster.txt} lists as one disaster with the event most
 * articles count (the story's), its counts are the story's: compared with the others', not left
 * alone in a slot of their own.
 */
final class StoryEvents {
  private static final ImmutableMap<String, ImmutableSet<String>> ONE_DISASTER = load();

  private StoryEvents() {}

  private static ImmutableMap<String, ImmutableSet<String>> load() {
    ImmutableMap.Builder<String, ImmutableSet<String>> map = ImmutableMap.builder();
    for (KeyedList.Line line : KeyedList.load("dev/claimdiff/align/one-disaster.txt")) {
      map.put(line.key(), ImmutableSet.copyOf(line.words()));
    }
    return map.buildOrThrow();
  }

  /**
   * The event each article's counts are to be compared under, for the articles whose counts
   * name one event that is one disaster with the story's ({@code article -> (event -> story
   * event)}); articles not in the map keep their events.
   */
  static Map<String, Map.Entry<String, String>> remap(List<Claim> claims) {
    Map<String, Map<String, Integer>> byArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof QuantityValue q && q.event() != null) {
        byArticle.computeIfAbsent(c.article(), a -> new LinkedHashMap<>())
            .merge(q.event(), 1, Integer::sum);
      }
    }
    Map<String, Integer> articlesPerEvent = new LinkedHashMap<>();
    byArticle.values().forEach(events -> events.keySet()
        .forEach(e -> articlesPerEvent.merge(e, 1, Integer::sum)));
    String story = articlesPerEvent.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey)
        .orElse(null);
    Map<String, Map.Entry<String, String>> out = new HashMap<>();
    if (story == null) {
      return out;
    }
    for (Map.Entry<String, Map<String, Integer>> e : byArticle.entrySet()) {
      Set<String> events = e.getValue().keySet();
      if (events.size() != 1 || events.contains(story)) {
        continue;
      }
      String own = events.iterator().next();
      if (oneDisaster(own, story)) {
        out.put(e.getKey(), Map.entry(own, story));
      }
    }
    return out;
  }

  /** Whether two events are listed as one disaster (either way round). */
  static boolean oneDisaster(@Nullable String a, @Nullable String b) {
    return a != null && b != null && (ONE_DISASTER.getOrDefault(a, ImmutableSet.of()).contains(b)
        || ONE_DISASTER.getOrDefault(b, ImmutableSet.of()).contains(a));
  }

  /** The event a claim's count is compared under, given {@link #remap}'s answer. */
  static @Nullable String eventOf(Claim c, Map<String, Map.Entry<String, String>> remap) {
    if (!(c.value() instanceof QuantityValue q)) {
      return null;
    }
    Map.Entry<String, String> r = remap.get(c.article());
    return r != null && Objects.equals(r.getKey(), q.event()) ? r.getValue() : q.event();
  }
}
