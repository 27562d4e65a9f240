package dev.claimdiff.align.slots;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tells two measurements from a disagreement: when each side of a QUANTITY's disagreement names
 * its own measuring body in the sentences of its figures (BMKG 6,0 and USGS 5,9), the sides are
 * two measurements, not outlets that contradict each other.
 */
final class MeasuringBodies {
  /** Bodies that measure or count, as the text names them (BMKG, USGS, a survey institute). */
  private static final Pattern BODIES = pattern(
      WordList.load("dev/claimdiff/align/measuring-bodies.txt"));

  private MeasuringBodies() {}

  /** The names as whole words, longest first. */
  private static Pattern pattern(List<String> names) {
    return Pattern.compile("(?<![\\p{L}\\d])(" + names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"))
        + ")(?![\\p{L}\\d])");
  }

  /** The first body of the list named in a sentence, or null. */
  private static @Nullable String named(String sentence) {
    var m = BODIES.matcher(sentence);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The claims of a fixed value (a magnitude) that one body's own measurement gives, to be
   * compared apart, or an empty list: every claim whose sentence names that body first
   * ({@code USGS … 5.9}), when their values fit each other and no claim that names another body
   * (there must be one), with the claims naming no body whose figure is its and no other's. Figures credited to different bodies are different
   * measurements, not one figure before and after a revision: BMKG's 6.2 revised to 6.0 is
   * ordered in time without USGS's 5.9 in between.
   */
  static List<Claim> ownSeries(List<Claim> claims) {
    java.util.Map<String, List<Claim>> byBody = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      String body = named(c.context());
      if (body != null) {
        byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(c);
      }
    }
    if (byBody.size() < 2) {
      return List.of();
    }
    for (List<Claim> own : byBody.values()) {
      List<Claim> others = claims.stream()
          .filter(c -> !own.contains(c) && named(c.context()) != null).toList();
      boolean fit = own.stream().allMatch(a -> own.stream()
          .allMatch(b -> SlotValue.of(a).compatible(SlotValue.of(b))));
      boolean apart = others.stream().noneMatch(c -> own.stream()
          .anyMatch(o -> SlotValue.of(o).compatible(SlotValue.of(c))));
      if (fit && apart) {
        // with the claims that name no body ('the U.S. Geological Survey measured it at 5.9',
        // a name the list does not hold) whose figure is this body's and no other body's
        return claims.stream().filter(c -> own.contains(c) || named(c.context()) == null
            && own.stream().anyMatch(o -> SlotValue.of(o).compatible(SlotValue.of(c)))
            && others.stream().noneMatch(o -> SlotValue.of(o).compatible(SlotValue.of(c))))
            .toList();
      }
    }
    return List.of();
  }

  /**
   * Whether the sides that disagree are measurements of different bodies: no two incompatible
   * sides name one body (or none) in the sentences of their figures; each names its own
   * ({@code align/measuring-bodies.txt}: BMKG 6,0 and USGS 5,9).
   */
  static boolean differ(List<List<String>> sides, List<SlotValue> sideValues,
      List<Claim> claims) {
    return differ(sides, sideValues, claims, c -> named(c.context()), String::equals);
  }

  /**
   * Whether the sides that disagree each name their own source: every claim of a side names one
   * (by {@code source}), one and the same within the side, and no two sides name the same (by
   * {@code same}).
   */
  static boolean differ(List<List<String>> sides, List<SlotValue> sideValues,
      List<Claim> claims, java.util.function.Function<Claim, @Nullable String> source,
      java.util.function.BiPredicate<String, String> same) {
    List<String> bodies = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      final int own = k;
      Set<String> named = new LinkedHashSet<>();
      boolean all = true;
      for (Claim c : claims) {
        if (sides.get(own).contains(c.article()) && SlotValue.of(c).compatible(sideValues.get(own))) {
          String body = source.apply(c);
          all &= body != null;
          if (body != null) {
            named.add(body);
          }
        }
      }
      bodies.add(all && named.size() == 1 ? named.iterator().next() : null);
    }
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        if (bodies.get(i) == null || bodies.get(j) == null
            || same.test(bodies.get(i), bodies.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
