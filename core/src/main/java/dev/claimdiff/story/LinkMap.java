package dev.claimdiff.story;

import java.util.Arrays;

/**
 * A map from a cluster id (a non-negative int) to a double, with open addressing: the sums of
 * similarities between one cluster and its neighbours in {@link StoryGrouper}'s average-link
 * clustering, without a boxed key and value per pair. Not thread-safe.
 */
final class LinkMap {
  private static final int EMPTY = -1;
  private int[] keys;
  private double[] values;
  private int mask;
  private int size;

  /** An empty map sized for about {@code expected} entries. */
  LinkMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    values = new double[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** How many slots {@link #keyAt} and {@link #valueAt} take: iterate them, skipping negative keys. */
  int slots() {
    return keys.length;
  }

  /** The key in this slot, or a negative number when the slot is empty. */
  int keyAt(int slot) {
    return keys[slot];
  }

  double valueAt(int slot) {
    return values[slot];
  }

  private int home(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** Sets the key's value. */
  void put(int key, double value) {
    int s = home(key);
    while (keys[s] != EMPTY) {
      if (keys[s] == key) {
        values[s] = value;
        return;
      }
      s = (s + 1) & mask;
    }
    insert(s, key, value);
  }

  /** Adds to the key's value ({@code old + value}); a missing key gets {@code value}. */
  void add(int key, double value) {
    int s = home(key);
    while (keys[s] != EMPTY) {
      if (keys[s] == key) {
        values[s] = values[s] + value;
        return;
      }
      s = (s + 1) & mask;
    }
    insert(s, key, value);
  }

  private void insert(int slot, int key, double value) {
    keys[slot] = key;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** Removes the key, if present (backward-shift deletion: no tombstones). */
  void remove(int key) {
    int s = home(key);
    while (keys[s] != key) {
      if (keys[s] == EMPTY) {
        return;
      }
      s = (s + 1) & mask;
    }
    int hole = s;
    int next = (s + 1) & mask;
    while (keys[next] != EMPTY) {
      // the entry at next may fill the hole when the hole lies between its home and next
      if (((next - home(keys[next])) & mask) >= ((next - hole) & mask)) {
        keys[hole] = keys[next];
        values[hole] = values[next];
        hole = next;
      }
      next = (next + 1) & mask;
    }
    keys[hole] = EMPTY;
    size--;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new double[keys.length];
    mask = keys.length - 1;
    size = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != EMPTY) {
        put(oldKeys[s], oldValues[s]);
      }
    }
  }
}
