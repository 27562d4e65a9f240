package dev.claimdiff.story;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sparse cosine similarities of {@link StoryGrouper}: for each article, the articles it
 * shares a weighted feature with and how similar they are, as sorted arrays (no boxed key and
 * value per pair: a story of thousands of near-copies has millions of pairs).
 *
 * <p>Each pair's dot product sums its shared features' squared weights in the features' order
 * (the order of {@code postings}), the same sum whichever article of the pair it is computed
 * from, so {@code get(i, j) == get(j, i)} exactly.
 */
final class Similarities {
  private final int[][] neighbours; // per article, ascending
  private final double[][] values;
  private final double[] scratch; // all zero between calls

  private Similarities(int[][] neighbours, double[][] values) {
    this.neighbours = neighbours;
    this.values = values;
    this.scratch = new double[neighbours.length];
  }

  /**
   * The similarities of {@code n} articles given each feature's articles (in ascending order,
   * the features in a fixed order), the weights of the features that count, and each article's
   * squared norm.
   */
  static Similarities of(int n, Map<String, List<Integer>> postings, Map<String, Double> weight,
      double[] norm) {
    // each article's weighted features, in the order of postings: as weights and article arrays
    int[] count = new int[n];
    int features = 0;
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      if (weight.containsKey(e.getKey())) {
        features++;
        for (int i : e.getValue()) {
          count[i]++;
        }
      }
    }
    double[] squared = new double[features];
    int[][] holders = new int[features][];
    int[][] featuresOf = new int[n][];
    for (int i = 0; i < n; i++) {
      featuresOf[i] = new int[count[i]];
      count[i] = 0;
    }
    int f = 0;
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      Double w = weight.get(e.getKey());
      if (w == null) {
        continue;
      }
      squared[f] = w * w;
      holders[f] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      for (int i : holders[f]) {
        featuresOf[i][count[i]++] = f;
      }
      f++;
    }
    double[] dot = new double[n];
    int[] touched = new int[n];
    int[][] neighbours = new int[n][];
    double[][] values = new double[n][];
    for (int i = 0; i < n; i++) {
      int found = 0;
      for (int g : featuresOf[i]) {
        double ww = squared[g];
        for (int j : holders[g]) {
          if (j != i) {
            if (dot[j] == 0) {
              touched[found++] = j;
            }
            dot[j] += ww;
          }
        }
      }
      Arrays.sort(touched, 0, found);
      int[] row = Arrays.copyOf(touched, found);
      double[] sims = new double[found];
      for (int k = 0; k < found; k++) {
        int j = row[k];
        sims[k] = dot[j] / Math.sqrt(norm[i] * norm[j]);
        dot[j] = 0;
      }
      neighbours[i] = row;
      values[i] = sims;
    }
    return new Similarities(neighbours, values);
  }

  int size() {
    return neighbours.length;
  }

  /** The articles article i shares a weighted feature with, ascending (do not modify). */
  int[] neighbours(int i) {
    return neighbours[i];
  }

  /** The similarities to {@link #neighbours}, in the same order (do not modify). */
  double[] values(int i) {
    return values[i];
  }

  /** The similarity of two articles, 0 when they share no weighted feature. */
  double get(int i, int j) {
    int k = Arrays.binarySearch(neighbours[i], j);
    return k >= 0 ? values[i][k] : 0.0;
  }

  /**
   * The sum of article i's similarities to {@code to}'s articles except i itself, added up in
   * {@code to}'s order (so that the sum is the same, to the last bit, however it is looked up).
   */
  double sum(int i, IntList to) {
    int[] row = neighbours[i];
    double sum = 0;
    if ((long) to.size() * 8 < row.length) {
      for (int k = 0; k < to.size(); k++) {
        int j = to.get(k);
        if (j != i) {
          sum += get(i, j);
        }
      }
      return sum;
    }
    double[] v = values[i];
    for (int k = 0; k < row.length; k++) {
      scratch[row[k]] = v[k];
    }
    for (int k = 0; k < to.size(); k++) {
      int j = to.get(k);
      if (j != i) {
        sum += scratch[j];
      }
    }
    for (int j : row) {
      scratch[j] = 0;
    }
    return sum;
  }
}
