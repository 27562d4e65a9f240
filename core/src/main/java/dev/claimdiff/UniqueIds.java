package dev.claimdiff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes article ids unique within a report, in input order: an id not yet given stays as it is;
 * one already given gets the first of {@code ~2}, {@code ~3}, … that makes it unused. So the same
 * file given twice is {@code a} and {@code a~2}, and records with ids {@code a}, {@code a},
 * {@code a~2} become {@code a}, {@code a~2} and {@code a~2~2} (the third's own id is taken by the
 * second). One instance per report; not thread-safe.
 */
final class UniqueIds {
  private final Set<String> given = new HashSet<>();
  private final Map<String, Integer> lastSuffix = new HashMap<>();

  /** The id to report for an article whose own id is {@code id}. */
  String next(String id) {
    if (given.add(id)) {
      return id;
    }
    int n = lastSuffix.getOrDefault(id, 1);
    String candidate;
    do {
      n++;
      candidate = id + "~" + n;
    } while (!given.add(candidate));
    lastSuffix.put(id, n);
    return candidate;
  }
}
