package dev.claimdiff.story;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups articles into stories, one per event they report, by average-link clustering of their
 * {@link StoryFeatures}.
 *
 * <p>Each article is a vector of its features weighted by how rare they are in the feed
 * ({@code ln((N + K) / df)}, where {@code K} = {@value #PRIOR} imagined articles that share
 * nothing keeps a feature every article has from weighing nothing when the whole feed is one
 * event). Two articles' similarity is the cosine of their vectors, over the features at least two
 * articles share. Groups merge, most similar first, while the average similarity between all
 * their pairs of articles is at least {@value #THRESHOLD}: one shared agency or one common
 * name cannot chain two events together, as single-link would, and two groups whose link rests
 * on one article (a round-up of two events) stay apart, and so do two groups whose main events'
 * dates are months apart, or weeks apart when both report an event held on one day, talks or a
 * match ({@link MainDates}). Nor do two groups merge that share no anchor of one event (a main
 * place below a province, a person's full name, a distinctive number, a main date at places
 * that agree; {@link Anchors}) unless they are near copies: lone reports of two accidents or two
 * rounds of talks share the names of their kind, not of their event. Only pairs that share a feature
 * are ever compared (an inverted index), so a feed of many small stories costs far less than all
 * pairs. An article whose average similarity to another story (of two articles or more) is at
 * least twice the threshold and at least its similarity to its own story also belongs to that
 * story: an article about two events.
 *
 * <p>Deterministic: ties are broken by input order, and the stories are ordered by their first
 * article.
 *
 * <p>Cost: the similarities, the clusters' link sums and the queue of candidate merges are
 * primitive arrays ({@link Similarities}, {@link LinkMap}, {@link MergeQueue}), not maps of boxed
 * pairs (one story of 2 000 near-copies has two million pairs), and an article is tried only
 * against the stories that hold one of its neighbours. The grouping is the one the plain
 * version gave, to the last bit of every sum (a test keeps that version as its reference).
 */
public final class StoryGrouper {

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
    return new StoryGroup(label(all, articles, weight, new HashMap<>()),
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
        if (f.startsWith(StoryFeatures.PUBLISHED)) {
          continue; // when an article appeared says nothing of which event it reports
        }
        if (f.startsWith(StoryFeatures.PERSON)) {
          continue; // an anchor only: the name's words are features already
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
    Similarities sim = Similarities.of(n, postings, weight, norm);
    EventDates[] dates = new EventDates[n];
    Anchors[] anchors = new Anchors[n];
    for (int i = 0; i < n; i++) {
      dates[i] = EventDates.of(articles.get(i));
      anchors[i] = Anchors.of(articles.get(i));
    }
    // the clusters' dates and anchors, by cluster id
    List<int[]> clusters = averageLink(sim, dates.clone(), anchors.clone());
    // an article about two events: also in a story it is as close to as to its own
    List<IntList> members = new ArrayList<>();
    int[] ownCluster = new int[n];
    IntList[] asLists = new IntList[clusters.size()];
    for (int k = 0; k < clusters.size(); k++) {
      asLists[k] = new IntList(clusters.get(k).length);
      for (int i : clusters.get(k)) {
        ownCluster[i] = k;
        asLists[k].add(i);
      }
      IntList m = new IntList(clusters.get(k).length);
      m.addAll(asLists[k]);
      members.add(m);
    }
    EventDates[] storyDates = new EventDates[clusters.size()];
    Anchors[] storyAnchors = new Anchors[clusters.size()];
    for (int k = 0; k < clusters.size(); k++) {
      int[] c = clusters.get(k);
      storyDates[k] = dates[c[0]];
      storyAnchors[k] = anchors[c[0]];
      for (int m = 1; m < c.length; m++) {
        storyDates[k] = storyDates[k].with(dates[c[m]]);
        storyAnchors[k] = storyAnchors[k].with(anchors[c[m]]);
      }
    }
    // only a story holding one of the article's neighbours can reach twice the threshold
    int[] seen = new int[clusters.size()];
    Arrays.fill(seen, -1);
    IntList candidates = new IntList(16);
    for (int a = 0; a < n; a++) {
      int own = ownCluster[a];
      candidates.clear();
      for (int j : sim.neighbours(a)) {
        int k = ownCluster[j];
        if (k != own && seen[k] != a && asLists[k].size() >= 2) {
          seen[k] = a;
          candidates.add(k);
        }
      }
      if (candidates.size() == 0) {
        continue;
      }
      double ownSimilarity = asLists[own].size() == 1 ? 0 : average(a, asLists[own], sim);
      for (int c = 0; c < candidates.size(); c++) {
        int k = candidates.get(c);
        double s = average(a, asLists[k], sim);
        if (s >= 2 * THRESHOLD && s >= ownSimilarity
            && !dates[a].farFrom(storyDates[k])
            && (s >= Anchors.NEAR_COPY || anchors[a].shares(storyAnchors[k]))) {
          members.get(k).add(a);
        }
      }
    }
    ImmutableList.Builder<StoryGroup> out = ImmutableList.builder();
    Map<String, Double> rank = new HashMap<>();
    for (IntList m : members) {
      List<Integer> sorted = Arrays.stream(m.sorted()).boxed().toList();
      out.add(new StoryGroup(label(sorted, articles, weight, rank),
          sorted.stream().map(i -> articles.get(i).article()).collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }

  /**
   * Clusters merged by average link while it reaches the threshold; ordered by first member, each
   * ascending. The pair of clusters with the highest average similarity (ties: the pair of
   * lowest ids) merges first; a cluster's id is its first member. Each cluster keeps the sums of
   * its similarities to its neighbours, and the candidate merges wait in a queue; an entry whose
   * clusters have grown since it was made is stale and skipped. {@code dates} holds each
   * cluster's main-event dates by cluster id, updated in place as clusters merge.
   */
  private static List<int[]> averageLink(Similarities sim, EventDates[] dates,
      Anchors[] anchors) {
    int n = sim.size();
    IntList[] clusters = new IntList[n]; // by id; null once merged into another
    LinkMap[] links = new LinkMap[n]; // cluster → (cluster → sum of pair similarities)
    MergeQueue queue = new MergeQueue();
    for (int i = 0; i < n; i++) {
      clusters[i] = IntList.of(i);
      int[] row = sim.neighbours(i);
      double[] values = sim.values(i);
      links[i] = new LinkMap(row.length);
      for (int k = 0; k < row.length; k++) {
        links[i].put(row[k], values[k]);
        if (i < row[k] && values[k] >= THRESHOLD) {
          queue.append(values[k], i, row[k], 1, 1);
        }
      }
    }
    queue.heapify();
    while (!queue.isEmpty()) {
      queue.poll();
      IntList ca = clusters[queue.a()];
      IntList cb = clusters[queue.b()];
      if (ca == null || cb == null || ca.size() != queue.sizeA() || cb.size() != queue.sizeB()) {
        continue; // stale: one side has merged since
      }
      if (ca.size() > 1 && cb.size() > 1 && carriedByOne(ca, cb, sim, queue.average())) {
        continue; // one article bridges two stories: it will belong to both, they stay apart
      }
      if (dates[queue.a()].farFrom(dates[queue.b()])) {
        continue; // two events of one kind, months apart (one-day events: weeks; sudden: days)
      }
      if (queue.average() < Anchors.NEAR_COPY && !anchors[queue.a()].shares(anchors[queue.b()])) {
        continue; // alike in kind only: no date, place, person or number of one event shared
      }
      int keep = queue.a();
      int gone = queue.b();
      ca.addAll(cb);
      dates[keep] = dates[keep].with(dates[gone]);
      anchors[keep] = anchors[keep].with(anchors[gone]);
      clusters[gone] = null;
      LinkMap merged = links[keep];
      merged.remove(gone);
      LinkMap goneLinks = links[gone];
      links[gone] = null;
      for (int s = 0; s < goneLinks.slots(); s++) {
        int k = goneLinks.keyAt(s);
        if (k >= 0 && k != keep) {
          merged.add(k, goneLinks.valueAt(s));
        }
      }
      for (int s = 0; s < merged.slots(); s++) {
        int k = merged.keyAt(s);
        if (k < 0) {
          continue;
        }
        double sum = merged.valueAt(s);
        LinkMap back = links[k];
        back.remove(gone);
        back.put(keep, sum);
        double average = sum / ((double) ca.size() * clusters[k].size());
        if (average >= THRESHOLD) {
          int a = Math.min(keep, k);
          int b = Math.max(keep, k);
          queue.add(average, a, b, clusters[a].size(), clusters[b].size());
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (IntList c : clusters) {
      if (c != null) {
        out.add(c.sorted());
      }
    }
    return out;
  }

  /**
   * Whether the link between two groups rests on one article: without the article that
   * contributes most to it, the average is under half the threshold. A round-up of two events
   * must not merge them.
   */
  private static boolean carriedByOne(IntList a, IntList b, Similarities sim, double average) {
    double top = Math.max(topContribution(a, b, sim), topContribution(b, a, sim));
    double total = average * a.size() * b.size();
    return (total - top) / ((double) a.size() * b.size()) < THRESHOLD / 2;
  }

  /** The largest sum of similarities one article of {@code from} has to the articles of {@code to}. */
  private static double topContribution(IntList from, IntList to, Similarities sim) {
    double top = 0;
    for (int k = 0; k < from.size(); k++) {
      top = Math.max(top, sim.sum(from.get(k), to));
    }
    return top;
  }

  private static double average(int a, IntList cluster, Similarities sim) {
    int count = 0;
    for (int k = 0; k < cluster.size(); k++) {
      if (cluster.get(k) != a) {
        count++;
      }
    }
    return count == 0 ? 0 : sim.sum(a, cluster) / count;
  }

  /** The names (then numbers) most of the story's articles share, rarest in the feed first. */
  private static String label(List<Integer> members, List<StoryFeatures> articles,
      Map<String, Double> weight, Map<String, Double> rank) {
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
    // a word's weight: the larger of its name's and its place's, looked up once per word
    keys.sort(Comparator.comparingDouble((String k) -> -count.get(k) * rank.computeIfAbsent(k,
            w -> Math.max(weight.getOrDefault("n:" + w, 0.0), weight.getOrDefault("p:" + w, 0.0))))
        .thenComparing(Comparator.naturalOrder()));
    String label = keys.stream().limit(LABEL_WORDS).map(shown::get).distinct()
        .collect(Collectors.joining(", "));
    return label.isEmpty() ? articles.get(members.get(0)).article() : label;
  }
}
