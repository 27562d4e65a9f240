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
    // each article's outlet, looked up once; the outlets (as roots) under each outlet name's key,
    // made once at the first article that credits one, so an article is checked against the
    // keys it credits, not against every other article of the group
    Map<String, String> rootOf = new HashMap<>();
    Map<String, Set<String>> rootsByKey = null;
    for (String a : group) {
      Set<String> credited = credits.getOrDefault(a, Set.of());
      boolean relays = false;
      if (!credited.isEmpty()) {
        if (rootsByKey == null) {
          rootsByKey = new HashMap<>();
          for (String b : group) {
            ArticleDigest other = articles.get(b);
            String key = other == null ? null : key(other.outlet());
            if (key != null) {
              rootsByKey.computeIfAbsent(key, k -> new HashSet<>())
                  .add(rootOf.computeIfAbsent(b, outlets::find));
            }
          }
        }
        String rootA = rootOf.computeIfAbsent(a, outlets::find);
        for (String key : credited) {
          Set<String> under = rootsByKey.getOrDefault(key, Set.of());
          if (under.size() > 1 || !under.isEmpty() && !under.contains(rootA)) {
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
