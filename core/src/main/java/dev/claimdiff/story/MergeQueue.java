package dev.claimdiff.story;

import java.util.Arrays;

/**
 * The candidate merges of {@link StoryGrouper}'s average-link clustering, best first: a binary
 * heap of primitive entries (average similarity, the two cluster ids, their sizes when the entry
 * was made), ordered by average descending, then by the first id, then by the second. Entries
 * that compare equal differ at most in their sizes, of which at most one can match the clusters
 * as they are, so the order in which they leave does not change the clustering. Not thread-safe.
 */
final class MergeQueue {
  private double[] average = new double[16];
  private long[] ids = new long[16]; // a << 32 | b, a < b: orders as (a, b) does
  private long[] sizes = new long[16]; // sizeA << 32 | sizeB
  private int size;
  // the entry taken by poll()
  private double polledAverage;
  private long polledIds;
  private long polledSizes;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Adds an entry. */
  void add(double avg, int a, int b, int sizeA, int sizeB) {
    append(avg, a, b, sizeA, sizeB);
    siftUp(size - 1);
  }

  /** Adds an entry without keeping the heap order; call {@link #heapify} before polling. */
  void append(double avg, int a, int b, int sizeA, int sizeB) {
    if (size == average.length) {
      int capacity = size * 2;
      average = Arrays.copyOf(average, capacity);
      ids = Arrays.copyOf(ids, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
    }
    average[size] = avg;
    ids[size] = (long) a << 32 | b;
    sizes[size] = (long) sizeA << 32 | sizeB;
    size++;
  }

  /** Restores the heap order after {@link #append}. */
  void heapify() {
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  /** Takes the best entry; read it with {@link #average}, {@link #a}, {@link #b}, … */
  void poll() {
    polledAverage = average[0];
    polledIds = ids[0];
    polledSizes = sizes[0];
    size--;
    if (size > 0) {
      move(size, 0);
      siftDown(0);
    }
  }

  double average() {
    return polledAverage;
  }

  int a() {
    return (int) (polledIds >>> 32);
  }

  int b() {
    return (int) polledIds;
  }

  int sizeA() {
    return (int) (polledSizes >>> 32);
  }

  int sizeB() {
    return (int) polledSizes;
  }

  /** Whether entry i comes before entry j. */
  private boolean before(int i, int j) {
    int c = Double.compare(average[j], average[i]);
    return c != 0 ? c < 0 : ids[i] < ids[j];
  }

  private void move(int from, int to) {
    average[to] = average[from];
    ids[to] = ids[from];
    sizes[to] = sizes[from];
  }

  private void swap(int i, int j) {
    double x = average[i];
    average[i] = average[j];
    average[j] = x;
    long y = ids[i];
    ids[i] = ids[j];
    ids[j] = y;
    long z = sizes[i];
    sizes[i] = sizes[j];
    sizes[j] = z;
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && before(child + 1, child)) {
        child++;
      }
      if (!before(child, i)) {
        return;
      }
      swap(i, child);
      i = child;
    }
  }
}
