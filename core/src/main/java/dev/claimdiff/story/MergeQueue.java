package dev.claimdiff.story;

import java.util.Arrays;

/**
 * The candidate merges of {@link StoryGrouper}'s average-link clustering, best first: a heap of
 * primitive entries (average similarity, the two cluster ids, their sizes when the entry was
 * made), ordered by average descending, then by the first id, then by the second. Entries that
 * compare equal differ at most in their sizes, of which at most one can match the clusters as
 * they are, so the order in which they leave does not change the clustering. Not thread-safe.
 *
 * <p>A 4-ary heap whose sifts move a hole instead of swapping: half the levels of a binary heap,
 * and a node's children side by side in memory (one dense story pushes millions of entries).
 */
final class MergeQueue {
  private static final int ARITY = 4;
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
    for (int i = (size - 2) / ARITY; i >= 0; i--) {
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
      average[0] = average[size];
      ids[0] = ids[size];
      sizes[0] = sizes[size];
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

  /** Whether an entry (average x, ids x) comes before another (average y, ids y). */
  private static boolean precedes(double averageX, long idsX, double averageY, long idsY) {
    int c = Double.compare(averageY, averageX);
    return c != 0 ? c < 0 : idsX < idsY;
  }

  private void siftUp(int i) {
    double avg = average[i];
    long id = ids[i];
    long sz = sizes[i];
    while (i > 0) {
      int parent = (i - 1) / ARITY;
      if (!precedes(avg, id, average[parent], ids[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    put(i, avg, id, sz);
  }

  private void siftDown(int i) {
    double avg = average[i];
    long id = ids[i];
    long sz = sizes[i];
    while (true) {
      int first = ARITY * i + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int end = Math.min(first + ARITY, size);
      for (int c = first + 1; c < end; c++) {
        if (precedes(average[c], ids[c], average[best], ids[best])) {
          best = c;
        }
      }
      if (!precedes(average[best], ids[best], avg, id)) {
        break;
      }
      move(best, i);
      i = best;
    }
    put(i, avg, id, sz);
  }

  /** Moves the entry at {@code from} to {@code to} (a sift's step). */
  private void move(int from, int to) {
    put(to, average[from], ids[from], sizes[from]);
  }

  private void put(int i, double avg, long id, long sz) {
    average[i] = avg;
    ids[i] = id;
    sizes[i] = sz;
  }
}
