package dev.claimdiff.story;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link StoryGrouper} as it was before session 7 made it fast (maps of boxed pairs, a queue of
 * pair objects, every story tried for every article): the reference that
 * {@code StoryGrouperEquivalenceTest} checks the fast grouping against, story for story and
 * label for label.
 */
final class BruteForceStoryGrouper {

  /** The average similarity at or above which two groups are one story. */
  public static final double THRESHOLD = 0.12;
  /** Articles imagined to share nothing, in the rarity weight. */
  static final int PRIOR = 10;
  /**
   * Features more articles than this share are left out: in a day's feed they name no one event
   * (a country, an agency), their weight is small, and their pairs would cost the square of
   * their count. A story of more articles than this is held together by its rarer features.
   */
  static final int MAX_SHARED = 1000;
  private static final int LABEL_WORDS = 4;

  /** Every article in one story (what {@code --one-story} asks for), labelled as a group would be. */
  public static StoryGroup oneStory(List<StoryFeatures> articles) {
    checkArgument(!articles.isEmpty(), "a story has at least one article");
    List<Integer> all = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      all.add(i);
      articles.get(i).features().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
    }
    Map<String, Double> weight = new HashMap<>();
    df.forEach((f, d) -> weight.put(f, Math.log((double) (articles.size() + PRIOR) / d)));
    return new StoryGroup(label(all, articles, weight),
        articles.stream().map(StoryFeatures::article).collect(ImmutableList.toImmutableList()));
  }

  /** Groups the articles; every article is in at least one story. */
  public ImmutableList<StoryGroup> group(List<StoryFeatures> articles) {
    int n = articles.size();
    if (n == 0) {
      return ImmutableList.of();
    }
    checkArgument(articles.stream().map(StoryFeatures::article).distinct().count() == n,
        "article ids must be unique");
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String f : articles.get(i).features().keySet()) {
        if (f.startsWith(StoryFeatures.PUBLISHED) || f.startsWith(StoryFeatures.PERSON)) {
          continue;
        }
        postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Double> weight = new HashMap<>();
    double[] norm = new double[n];
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      if (e.getValue().size() < 2 || e.getValue().size() > MAX_SHARED) {
        continue;
      }
      double w = Math.log((double) (n + PRIOR) / e.getValue().size());
      weight.put(e.getKey(), w);
      for (int i : e.getValue()) {
        norm[i] += w * w;
      }
    }
    List<Map<Integer, Double>> sim = similarities(n, postings, weight, norm);
    EventDates[] dates = new EventDates[n];
    Anchors[] anchors = new Anchors[n];
    for (int i = 0; i < n; i++) {
      dates[i] = EventDates.of(articles.get(i));
      anchors[i] = Anchors.of(articles.get(i));
    }
    List<List<Integer>> clusters = averageLink(n, sim, dates.clone(), anchors.clone());
    // an article about two events: also in a story it is as close to as to its own
    List<List<Integer>> members = new ArrayList<>();
    for (List<Integer> c : clusters) {
      members.add(new ArrayList<>(c));
    }
    int[] ownCluster = new int[n];
    List<Integer> stories = new ArrayList<>(); // the clusters of two articles or more
    for (int k = 0; k < clusters.size(); k++) {
      for (int i : clusters.get(k)) {
        ownCluster[i] = k;
      }
      if (clusters.get(k).size() >= 2) {
        stories.add(k);
      }
    }
    for (int a = 0; a < n; a++) {
      int own = ownCluster[a];
      double ownSimilarity = clusters.get(own).size() == 1 ? 0 : average(a, clusters.get(own), sim);
      for (int k : stories) {
        List<Integer> other = clusters.get(k);
        if (k == own) {
          continue;
        }
        double s = average(a, other, sim);
        EventDates otherDates = EventDates.of(articles.get(other.get(0)));
        Anchors otherAnchors = Anchors.of(articles.get(other.get(0)));
        for (int i : other.subList(1, other.size())) {
          otherDates = otherDates.with(EventDates.of(articles.get(i)));
          otherAnchors = otherAnchors.with(Anchors.of(articles.get(i)));
        }
        if (s >= 2 * THRESHOLD && s >= ownSimilarity
            && !EventDates.of(articles.get(a)).farFrom(otherDates)
            && (s >= Anchors.NEAR_COPY || Anchors.of(articles.get(a)).shares(otherAnchors))) {
          members.get(k).add(a);
        }
      }
    }
    ImmutableList.Builder<StoryGroup> out = ImmutableList.builder();
    for (List<Integer> m : members) {
      m.sort(Comparator.naturalOrder());
      out.add(new StoryGroup(label(m, articles, weight),
          m.stream().map(i -> articles.get(i).article()).collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }

  /**
   * The sparse cosine similarities: for each article, the articles it shares a weighted feature
   * with. Each pair's dot product sums its shared features' squared weights in the features'
   * order (the order of {@code postings}), the same sum whichever article of the pair it is
   * computed from; one scratch row per article instead of a map update per pair and feature,
   * which a story of thousands of copies made the largest cost of a run.
   */
  private static List<Map<Integer, Double>> similarities(int n,
      Map<String, List<Integer>> postings, Map<String, Double> weight, double[] norm) {
    // each article's weighted features, in the order of postings (sorted by feature)
    List<List<String>> featuresOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      featuresOf.add(new ArrayList<>());
    }
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      if (weight.containsKey(e.getKey())) {
        for (int i : e.getValue()) {
          featuresOf.get(i).add(e.getKey());
        }
      }
    }
    double[] dot = new double[n];
    int[] touched = new int[n];
    List<Map<Integer, Double>> sim = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (String f : featuresOf.get(i)) {
        double w = weight.get(f);
        for (int j : postings.get(f)) {
          if (j != i) {
            if (dot[j] == 0) {
              touched[count++] = j;
            }
            dot[j] += w * w;
          }
        }
      }
      Map<Integer, Double> row = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
      for (int k = 0; k < count; k++) {
        int j = touched[k];
        row.put(j, dot[j] / Math.sqrt(norm[i] * norm[j]));
        dot[j] = 0;
      }
      sim.add(row);
    }
    return sim;
  }

  /** Most similar first; ties by input order of the pair's clusters. */
  private record Pair(double average, int a, int b, int sizeA, int sizeB) {
    static int compare(Pair x, Pair y) {
      int c = Double.compare(y.average, x.average);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.a, y.a);
      return c != 0 ? c : Integer.compare(x.b, y.b);
    }
  }

  /** Clusters merged by average link while it reaches the threshold; ordered by first member. */
  private static List<List<Integer>> averageLink(int n, List<Map<Integer, Double>> sim,
      EventDates[] dates, Anchors[] anchors) {
    // cluster id = its smallest member; links: cluster → (cluster → sum of pair similarities)
    Map<Integer, List<Integer>> clusters = new TreeMap<>();
    Map<Integer, Map<Integer, Double>> links = new HashMap<>();
    PriorityQueue<Pair> queue = new PriorityQueue<>(Pair::compare);
    for (int i = 0; i < n; i++) {
      clusters.put(i, new ArrayList<>(List.of(i)));
      links.put(i, new HashMap<>(sim.get(i)));
      for (Map.Entry<Integer, Double> e : sim.get(i).entrySet()) {
        if (i < e.getKey() && e.getValue() >= THRESHOLD) {
          queue.add(new Pair(e.getValue(), i, e.getKey(), 1, 1));
        }
      }
    }
    while (!queue.isEmpty()) {
      Pair p = queue.poll();
      List<Integer> ca = clusters.get(p.a());
      List<Integer> cb = clusters.get(p.b());
      if (ca == null || cb == null || ca.size() != p.sizeA() || cb.size() != p.sizeB()) {
        continue; // stale: one side has merged since
      }
      if (ca.size() > 1 && cb.size() > 1 && carriedByOne(ca, cb, sim, p.average())) {
        continue; // one article bridges two stories: it will belong to both, they stay apart
      }
      if (dates[p.a()].farFrom(dates[p.b()])) {
        continue; // two events of one kind, months apart
      }
      if (p.average() < Anchors.NEAR_COPY && !anchors[p.a()].shares(anchors[p.b()])) {
        continue; // alike in kind only
      }
      int keep = p.a();
      int gone = p.b();
      ca.addAll(cb);
      dates[keep] = dates[keep].with(dates[gone]);
      anchors[keep] = anchors[keep].with(anchors[gone]);
      clusters.remove(gone);
      Map<Integer, Double> merged = links.get(keep);
      merged.remove(gone);
      for (Map.Entry<Integer, Double> e : links.remove(gone).entrySet()) {
        if (e.getKey() != keep) {
          merged.merge(e.getKey(), e.getValue(), Double::sum);
        }
      }
      for (Map.Entry<Integer, Double> e : merged.entrySet()) {
        Map<Integer, Double> back = links.get(e.getKey());
        back.remove(gone);
        back.put(keep, e.getValue());
        List<Integer> other = clusters.get(e.getKey());
        double average = e.getValue() / ((double) ca.size() * other.size());
        if (average >= THRESHOLD) {
          int a = Math.min(keep, e.getKey());
          int b = Math.max(keep, e.getKey());
          queue.add(new Pair(average, a, b, clusters.get(a).size(), clusters.get(b).size()));
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>(clusters.values());
    out.forEach(c -> c.sort(Comparator.naturalOrder()));
    return out;
  }

  /**
   * Whether the link between two groups rests on one article: without the article that
   * contributes most to it, the average is under half the threshold. A round-up of two events
   * must not merge them.
   */
  private static boolean carriedByOne(List<Integer> a, List<Integer> b,
      List<Map<Integer, Double>> sim, double average) {
    double top = Math.max(topContribution(a, b, sim), topContribution(b, a, sim));
    double total = average * a.size() * b.size();
    return (total - top) / ((double) a.size() * b.size()) < THRESHOLD / 2;
  }

  /** The largest sum of similarities one article of {@code from} has to the articles of {@code to}. */
  private static double topContribution(List<Integer> from, List<Integer> to,
      List<Map<Integer, Double>> sim) {
    double top = 0;
    for (int i : from) {
      double sum = 0;
      for (int j : to) {
        sum += sim.get(i).getOrDefault(j, 0.0);
      }
      top = Math.max(top, sum);
    }
    return top;
  }

  private static double average(int a, List<Integer> cluster, List<Map<Integer, Double>> sim) {
    double sum = 0;
    int count = 0;
    for (int j : cluster) {
      if (j != a) {
        sum += sim.get(a).getOrDefault(j, 0.0);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /** The names (then numbers) most of the story's articles share, rarest in the feed first. */
  private static String label(List<Integer> members, List<StoryFeatures> articles,
      Map<String, Double> weight) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, String> shown = new HashMap<>();
    for (int i : members) {
      articles.get(i).features().forEach((k, v) -> {
        if (k.startsWith("n:") || k.startsWith("p:")) {
          count.merge(k.substring(2), 1, Integer::sum);
          shown.putIfAbsent(k.substring(2), v);
        }
      });
    }
    List<String> keys = new ArrayList<>(count.keySet());
    keys.sort(Comparator.comparingDouble((String k) -> -count.get(k)
            * Math.max(weight.getOrDefault("n:" + k, 0.0), weight.getOrDefault("p:" + k, 0.0)))
        .thenComparing(Comparator.naturalOrder()));
    String label = keys.stream().limit(LABEL_WORDS).map(shown::get).distinct()
        .collect(Collectors.joining(", "));
    return label.isEmpty() ? articles.get(members.get(0)).article() : label;
  }
}
