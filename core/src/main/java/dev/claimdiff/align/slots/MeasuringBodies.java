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
   * Whether the sides that disagree are measurements of different bodies: no two incompatible
   * sides name one body (or none) in the sentences of their figures; each names its own
   * ({@code align/measuring-bodies.txt}: BMKG 6,0 and USGS 5,9).
   */
  static boolean differ(List<List<String>> sides, List<SlotValue> sideValues,
      List<Claim> claims) {
    List<String> bodies = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      final int own = k;
      Set<String> named = new LinkedHashSet<>();
      boolean all = true;
      for (Claim c : claims) {
        if (sides.get(own).contains(c.article()) && SlotValue.of(c).compatible(sideValues.get(own))) {
          String body = named(c.context());
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
        if (bodies.get(i) == null || bodies.get(j) == null || bodies.get(i).equals(bodies.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
