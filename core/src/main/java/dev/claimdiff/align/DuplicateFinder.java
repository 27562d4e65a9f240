package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds near-duplicate articles, copies of one story (MinHash of word 5-grams, similarity at
 * least {@value #DUPLICATE_SIMILARITY}): one DUPLICATE finding per cluster, and the outlets that
 * count as one in agreements. Each article is compared only with the first article of each
 * locality-sensitive bucket it falls in, so the work grows with the number of articles.
 */
final class DuplicateFinder {
  /** The least share of 5-word sequences two articles share to be copies of one story. */
  static final double DUPLICATE_SIMILARITY = 0.6;
  /** Bands of the MinHash signature; two articles with one equal band are compared. */
  private static final int LSH_BANDS = 16;

  private DuplicateFinder() {}

  /** Adds a DUPLICATE per cluster of copies to {@code out}; returns the outlets that are one. */
  static UnionFind<String> find(List<ArticleDigest> digests, List<Finding> out) {
    UnionFind<String> outlets = new UnionFind<>();
    int rows = ArticleDigest.HASHES / LSH_BANDS;
    Map<String, Integer> bucketHead = new HashMap<>();
    Map<String, Double> best = new HashMap<>();
    for (int i = 0; i < digests.size(); i++) {
      ArticleDigest digest = digests.get(i);
      long[] sig = digest.minhash();
      if (sig[0] == Long.MAX_VALUE) {
        continue; // too short to have 5-grams
      }
      for (int band = 0; band < LSH_BANDS; band++) {
        StringBuilder key = new StringBuilder().append(band);
        for (int r = 0; r < rows; r++) {
          key.append(':').append(sig[band * rows + r]);
        }
        // each article is compared with the first article of each bucket it falls in: linear,
        // and enough to gather a story's copies into one cluster
        Integer head = bucketHead.putIfAbsent(key.toString(), i);
        if (head == null || outlets.find(digests.get(head).article()).equals(outlets.find(digest.article()))) {
          continue;
        }
        double similarity = digests.get(head).similarity(digest);
        if (similarity >= DUPLICATE_SIMILARITY) {
          outlets.union(digests.get(head).article(), digest.article());
          best.merge(digest.article(), similarity, Math::max);
        }
      }
    }
    Map<String, List<ArticleDigest>> clusters = new TreeMap<>();
    for (ArticleDigest d : digests) {
      clusters.computeIfAbsent(outlets.find(d.article()), k -> new ArrayList<>()).add(d);
    }
    for (List<ArticleDigest> cluster : clusters.values()) {
      if (cluster.size() < 2) {
        continue;
      }
      double lowest = cluster.stream().skip(1).mapToDouble(d -> best.getOrDefault(d.article(), 1.0))
          .min().orElse(1.0);
      String names = FindingText.named(
          cluster.stream().limit(FindingText.MAX_NAMED_ARTICLES).map(ArticleDigest::label).toList(),
          cluster.size());
      out.add(new Finding("", Kind.DUPLICATE, "ARTICLE", ImmutableList.of(),
          String.format(Locale.ROOT,
              "%d articles are near-duplicates (copies of one story, at least %.0f%% of their "
                  + "5-word sequences shared): %s; they count as one source",
              cluster.size(), lowest * 100, names),
          null, cluster.stream().map(ArticleDigest::article).collect(ImmutableList.toImmutableList()),
          ImmutableList.of()));
    }
    return outlets;
  }
}
