package dev.claimdiff.align;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.lang.Gazetteer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Joins the articles of one outlet in the outlets that count as one: two stories of one agency
 * (a first report and its update) are one outlet's word, never two independent outlets. The
 * outlet is compared by its gazetteer name, so 'AP' and 'Associated Press' are one. Articles
 * without an outlet stay apart. The DUPLICATE findings (copies of one story) are made before and
 * keep their meaning. An article that credits an outlet ('seperti dikutip dari AFP') and says
 * what that outlet's article says depends on it: {@link #independent} counts it with its source.
 */
final class SameOutlets {
  private SameOutlets() {}

  /** Joins in {@code outlets} every two articles whose outlets name the same outlet. */
  static void join(List<ArticleDigest> digests, UnionFind<String> outlets) {
    Map<String, String> first = new TreeMap<>();
    for (ArticleDigest d : digests) {
      String key = key(d.outlet());
      if (key == null) {
        continue;
      }
      String head = first.putIfAbsent(key, d.article());
      if (head != null) {
        outlets.union(head, d.article());
      }
    }
  }

  /** The outlet's canonical name in lower case, or null when there is none. */
  static @Nullable String key(@Nullable String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return null;
    }
    String name = Gazetteer.standard().lookup(outlet).map(e -> e.canonical()).orElse(outlet);
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The outlets each article credits (its source citations), as {@link #key}s. */
  static Map<String, Set<String>> credits(List<Claim> claims) {
    Map<String, Set<String>> credits = new HashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof SourceValue s && key(s.source()) != null) {
        credits.computeIfAbsent(c.article(), k -> new HashSet<>()).add(key(s.source()));
      }
    }
    return credits;
  }

  /**
   * How many independent outlets these articles are: the outlets that count as one are one, and
   * an article that credits the outlet of another of them adds none (it relays that outlet's
   * words). At least one when there are articles.
   */
  static long independent(Collection<String> group, UnionFind<String> outlets,
      Map<String, Set<String>> credits, Map<String, ArticleDigest> articles) {
    Set<String> roots = new java.util.TreeSet<>();
    // each article's outlet and the key of its outlet name, looked up once, not once per pair
    Map<String, String> rootOf = new HashMap<>();
    Map<String, Optional<String>> keyOf = new HashMap<>();
    for (String a : group) {
      Set<String> credited = credits.getOrDefault(a, Set.of());
      boolean relays = false;
      if (!credited.isEmpty()) {
        String rootA = rootOf.computeIfAbsent(a, outlets::find);
        for (String b : group) {
          ArticleDigest other = articles.get(b);
          if (other != null && !rootA.equals(rootOf.computeIfAbsent(b, outlets::find))
              && credited.contains(keyOf.computeIfAbsent(b,
                  k -> Optional.ofNullable(key(other.outlet()))).orElse(null))) {
            relays = true;
            break;
          }
        }
      }
      if (!relays) {
        roots.add(rootOf.computeIfAbsent(a, outlets::find));
      }
    }
    return group.isEmpty() ? 0 : Math.max(1, roots.size());
  }
}
