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
import org.jspecify.annotations.Nullable;

/**
 * The event the counts of a story are compared under. Each article's counts are keyed by the
 * event its text names nearest to them; an article that leads with the landslide keys its tolls
 * by the landslide while the others key them by the flood. When an article's counts name only
 * an event that {@code align/one-disaster.txt} lists as one disaster with the event most
 * articles count (the story's), those counts are the story's: compared with the others', not
 * left alone in a slot of their own. Inside one article, a part's count then meets the whole's
 * in one slot, where a cumulative count keeps its largest figure ({@link Timeline}).
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
   * The event each article's counts are to be compared under: the story's (the event the
   * counts of most articles name) for every event listed as one disaster with it
   * ({@code article -> (event -> story event)}); other events are kept.
   */
  static Map<String, Map<String, String>> remap(List<Claim> claims) {
    Map<String, Map<String, Integer>> byArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof QuantityValue q && q.event() != null) {
        byArticle.computeIfAbsent(c.article(), a -> new LinkedHashMap<>())
            .merge(q.event(), 1, Integer::sum);
      }
    }
    String story = story(byArticle);
    Map<String, Map<String, String>> out = new HashMap<>();
    if (story == null) {
      return out;
    }
    for (Map.Entry<String, Map<String, Integer>> e : byArticle.entrySet()) {
      Map<String, String> mine = new HashMap<>();
      for (String own : e.getValue().keySet()) {
        if (!own.equals(story) && oneDisaster(own, story)) {
          mine.put(own, story);
        }
      }
      if (!mine.isEmpty()) {
        out.put(e.getKey(), mine);
      }
    }
    return out;
  }

  /** The story's event: the event the counts of most articles name, or null when none does. */
  static @Nullable String story(List<Claim> claims) {
    Map<String, Map<String, Integer>> byArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof QuantityValue q && q.event() != null) {
        byArticle.computeIfAbsent(c.article(), a -> new LinkedHashMap<>())
            .merge(q.event(), 1, Integer::sum);
      }
    }
    return story(byArticle);
  }

  private static @Nullable String story(Map<String, Map<String, Integer>> byArticle) {
    Map<String, Integer> articlesPerEvent = new LinkedHashMap<>();
    byArticle.values().forEach(events -> events.keySet()
        .forEach(e -> articlesPerEvent.merge(e, 1, Integer::sum)));
    return articlesPerEvent.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The event a duration, date or place is compared under: the story's when its own event is
   * listed as one disaster with it (the rain of a flood), else its own.
   */
  static @Nullable String storyEventOf(@Nullable String event, @Nullable String story) {
    return event != null && story != null && !event.equals(story) && oneDisaster(event, story)
        ? story : event;
  }

  /** Whether two events are listed as one disaster (either way round). */
  static boolean oneDisaster(@Nullable String a, @Nullable String b) {
    return a != null && b != null && (ONE_DISASTER.getOrDefault(a, ImmutableSet.of()).contains(b)
        || ONE_DISASTER.getOrDefault(b, ImmutableSet.of()).contains(a));
  }

  /** The event a claim's count is compared under, given {@link #remap}'s answer. */
  static @Nullable String eventOf(Claim c, Map<String, Map<String, String>> remap) {
    if (!(c.value() instanceof QuantityValue q)) {
      return null;
    }
    Map<String, String> r = remap.get(c.article());
    return r != null && q.event() != null ? r.getOrDefault(q.event(), q.event()) : q.event();
  }
}
