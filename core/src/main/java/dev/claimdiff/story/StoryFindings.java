package dev.claimdiff.story;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ClaimAligner;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns each story on its own and gathers the findings into one report: a finding only ever
 * pairs articles of one story. Used by {@code Claimdiff.compare} and by the Beam pipeline, which
 * aligns stories on different workers and merges them with {@link #merge}.
 */
public final class StoryFindings {

  /** A report's findings, numbered across stories, and its stories pointing at them. */
  public record Merged(ImmutableList<Finding> findings, ImmutableList<Story> stories) {}

  private StoryFindings() {}

  /**
   * The findings about one story (numbered within it), with the aligner's notes on it: its
   * articles' digests and claims aligned. A story of one article has none, as a report of one
   * article has none.
   */
  public static ClaimAligner.Alignment align(ClaimAligner aligner, StoryGroup story,
      List<ArticleDigest> digests, List<Claim> claims) {
    Set<String> members = new HashSet<>(story.articles());
    List<ArticleDigest> its = digests.stream().filter(d -> members.contains(d.article())).toList();
    if (its.size() < 2) {
      return new ClaimAligner.Alignment(ImmutableList.of(), ImmutableList.of());
    }
    return aligner.alignWithNotes(its,
        claims.stream().filter(c -> members.contains(c.article())).toList());
  }

  /**
   * A report's digests and claims indexed by article, so that each of many stories takes its own
   * without a pass over all of them. {@link #align(ClaimAligner, StoryGroup)} gives what
   * {@link StoryFindings#align(ClaimAligner, StoryGroup, List, List)} gives on the same lists;
   * safe to use from several threads once built.
   */
  public static final class ByArticle {
    private final List<ArticleDigest> digests;
    private final List<Claim> claims;
    private final Map<String, List<Integer>> digestsOf = new HashMap<>();
    private final Map<String, List<Integer>> claimsOf = new HashMap<>();

    /** Indexes these digests and claims (in report order). */
    public ByArticle(List<ArticleDigest> digests, List<Claim> claims) {
      this.digests = List.copyOf(digests);
      this.claims = List.copyOf(claims);
      for (int i = 0; i < digests.size(); i++) {
        digestsOf.computeIfAbsent(digests.get(i).article(), k -> new ArrayList<>()).add(i);
      }
      for (int i = 0; i < claims.size(); i++) {
        claimsOf.computeIfAbsent(claims.get(i).article(), k -> new ArrayList<>()).add(i);
      }
    }

    /** The findings about one story, as {@link StoryFindings#align} gives them. */
    public ClaimAligner.Alignment align(ClaimAligner aligner, StoryGroup story) {
      List<ArticleDigest> its = pick(digests, digestsOf, story);
      if (its.size() < 2) {
        return new ClaimAligner.Alignment(ImmutableList.of(), ImmutableList.of());
      }
      return aligner.alignWithNotes(its, pick(claims, claimsOf, story));
    }

    /** The items of the story's articles, in the order of {@code all}. */
    private static <T> List<T> pick(List<T> all, Map<String, List<Integer>> of, StoryGroup story) {
      List<Integer> positions = new ArrayList<>();
      for (String article : new LinkedHashSet<>(story.articles())) {
        positions.addAll(of.getOrDefault(article, List.of()));
      }
      positions.sort(Comparator.naturalOrder());
      List<T> out = new ArrayList<>(positions.size());
      positions.forEach(i -> out.add(all.get(i)));
      return out;
    }
  }

  /**
   * The stories' findings as one list in the order {@link ClaimAligner#align} gives (kind, type,
   * slot, first claim in report order, articles, summary), numbered F1, F2, …; a finding two
   * stories share (about an article in both), or one story gives twice, is listed once. With
   * one story this is that story's findings, each once.
   *
   * @param stories the stories, in report order
   * @param findings each story's findings, in the same order
   * @param claims every claim of the report, in report order
   */
  public static Merged merge(List<StoryGroup> stories, List<? extends List<Finding>> findings,
      List<Claim> claims) {
    checkArgument(stories.size() == findings.size(), "one list of findings per story: %s vs %s",
        stories.size(), findings.size());
    Map<String, Integer> claimOrder = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      claimOrder.put(claims.get(i).id(), i);
    }
    // id-less finding → the stories that give it, each once (a story's alignment may reach one
    // finding by two paths: it is one finding, listed once)
    Map<Finding, Set<Integer>> storiesOf = new LinkedHashMap<>();
    for (int s = 0; s < stories.size(); s++) {
      for (Finding f : findings.get(s)) {
        storiesOf.computeIfAbsent(f.withId(""), k -> new TreeSet<>()).add(s);
      }
    }
    List<Finding> all = new ArrayList<>(storiesOf.keySet());
    all.sort(Comparator.comparing(Finding::kind)
        .thenComparing(Finding::type)
        .thenComparing(f -> f.slot() == null ? "" : f.slot())
        .thenComparingInt(f -> f.claims().isEmpty() ? -1
            : claimOrder.getOrDefault(f.claims().get(0), -1))
        .thenComparing(f -> String.join(",", f.articles()))
        .thenComparing(Finding::summary));
    List<List<String>> ids = new ArrayList<>();
    stories.forEach(s -> ids.add(new ArrayList<>()));
    ImmutableList.Builder<Finding> numbered = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      String id = "F" + (i + 1);
      numbered.add(all.get(i).withId(id));
      for (int s : storiesOf.get(all.get(i))) {
        ids.get(s).add(id);
      }
    }
    ImmutableList.Builder<Story> out = ImmutableList.builder();
    for (int s = 0; s < stories.size(); s++) {
      out.add(new Story("S" + (s + 1), stories.get(s).label(), stories.get(s).articles(),
          ImmutableList.copyOf(ids.get(s))));
    }
    return new Merged(numbered.build(), out.build());
  }
}
