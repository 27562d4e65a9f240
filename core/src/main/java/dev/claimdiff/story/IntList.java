package dev.claimdiff.story;

import java.util.Arrays;

/** A growable list of ints: a cluster's members in {@link StoryGrouper}. Not thread-safe. */
final class IntList {
  private int[] items;
  private int size;

  IntList(int capacity) {
    items = new int[Math.max(1, capacity)];
  }

  static IntList of(int item) {
    IntList list = new IntList(1);
    list.add(item);
    return list;
  }

  int size() {
    return size;
  }

  int get(int index) {
    return items[index];
  }

  void clear() {
    size = 0;
  }

  void add(int item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = item;
  }

  void addAll(IntList other) {
    if (size + other.size > items.length) {
      items = Arrays.copyOf(items, Math.max(size + other.size, size * 2));
    }
    System.arraycopy(other.items, 0, items, size, other.size);
    size += other.size;
  }

  /** The items in ascending order, as a new array. */
  int[] sorted() {
    int[] out = Arrays.copyOf(items, size);
    Arrays.sort(out);
    return out;
  }
}
