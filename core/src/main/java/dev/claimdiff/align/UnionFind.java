package dev.claimdiff.align;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets over keys, with path halving; deterministic roots (the smaller key wins). The
 * finders use it for the outlets that count as one (copies of one story) and for groups of
 * claims that say the same thing.
 */
public final class UnionFind<K extends Comparable<K>> {
  private final Map<K, K> parent = new HashMap<>();

  /** The root of the key's set (a key never seen before is a set of its own). */
  public K find(K key) {
    K k = key;
    parent.putIfAbsent(k, k);
    while (!parent.get(k).equals(k)) {
      K grand = parent.get(parent.get(k));
      parent.put(k, grand);
      k = grand;
    }
    return k;
  }

  /** Joins the sets of two keys. */
  public void union(K a, K b) {
    K ra = find(a);
    K rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }
}
