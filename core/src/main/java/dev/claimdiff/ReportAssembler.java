package dev.claimdiff;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ClaimAligner;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.Story;
import dev.claimdiff.story.StoryFeatures;
import dev.claimdiff.story.StoryFindings;
import dev.claimdiff.story.StoryGroup;
import dev.claimdiff.story.StoryGrouper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Makes the report of a run from its articles' results, in input order: gives every article a
 * unique id (renaming its claims to match), groups the articles into stories (or takes them as
 * one), aligns each story on its own and merges the findings. Runs after every article is
 * extracted, on the calling thread except the stories' alignments, which run on a pool of
 * workers when there are several (their results are put together in the stories' order, so
 * the report does not depend on the number of threads); safe to share between threads.
 */
final class ReportAssembler {
  private final ClaimAligner aligner;
  private final StoryGrouper grouper = new StoryGrouper();
  private final boolean oneStory;
  private final int threads;

  /** An assembler that aligns stories on up to {@code threads} threads at once. */
  ReportAssembler(ClaimAligner aligner, boolean oneStory, int threads) {
    this.aligner = aligner;
    this.oneStory = oneStory;
    this.threads = threads;
  }

  /**
   * The report of these results (in input order); aligned when {@code align}. Each readable
   * article's text, when its result holds one, goes to {@code texts} under its report id.
   */
  Report assemble(List<ArticleResult> results, boolean align,
      ArticleTexts.@Nullable Collector texts) {
    UniqueIds ids = new UniqueIds();
    List<ArticleEntry> entries = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    List<StoryFeatures> features = new ArrayList<>();
    for (ArticleResult r : results) {
      String id = ids.next(r.entry().id());
      ArticleEntry e = r.entry();
      entries.add(new ArticleEntry(id, e.path(), e.language(), e.outlet(), e.published(),
          e.status(), e.message(), e.chars(), e.dateline(), e.claims(), e.url()));
      for (Claim c : r.claims()) {
        claims.add(id.equals(c.article()) ? c : renamed(c, id));
      }
      if (r.digest() != null) {
        digests.add(r.digest().withArticle(id, e.outlet()));
      }
      if (texts != null && r.text() != null) {
        texts.put(id, r.text());
      }
      if (r.story() != null) {
        features.add(r.story().withArticle(id));
      }
    }
    List<String> notes = new ArrayList<>();
    ImmutableList<Finding> findings = ImmutableList.of();
    ImmutableList<Story> stories = ImmutableList.of();
    if (entries.stream().noneMatch(ArticleEntry::ok)) {
      notes.add("no article could be read: nothing to extract or compare");
    } else if (align) {
      if (digests.size() == 1) {
        notes.add("nothing to compare: only one article could be read; its claims are listed");
      }
      // each story is aligned on its own, so no finding pairs articles of two events
      List<StoryGroup> groups = oneStory || features.size() == 1
          ? List.of(StoryGrouper.oneStory(features)) : grouper.group(features);
      List<ImmutableList<Finding>> perStory = new ArrayList<>();
      Set<String> storyNotes = new LinkedHashSet<>();
      for (ClaimAligner.Alignment alignment : alignAll(groups, digests, claims)) {
        perStory.add(alignment.findings());
        storyNotes.addAll(alignment.notes());
      }
      notes.addAll(storyNotes);
      StoryFindings.Merged merged = StoryFindings.merge(groups, perStory, claims);
      findings = merged.findings();
      stories = merged.stories();
    }
    return new Report(Report.SCHEMA, ImmutableList.copyOf(entries), ImmutableList.copyOf(claims),
        findings, ImmutableList.copyOf(notes), stories);
  }

  /**
   * Each story's alignment, in the stories' order. With several stories and threads, the
   * stories are aligned on a pool of {@code threads} workers, the largest first (the order in
   * which they finish does not matter: each result goes to its story's place).
   */
  private List<ClaimAligner.Alignment> alignAll(List<StoryGroup> groups,
      List<ArticleDigest> digests, List<Claim> claims) {
    StoryFindings.ByArticle byArticle = new StoryFindings.ByArticle(digests, claims);
    List<ClaimAligner.Alignment> out = new ArrayList<>();
    if (threads == 1 || groups.size() == 1) {
      groups.forEach(g -> out.add(byArticle.align(aligner, g)));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, groups.size()), r -> {
      Thread t = new Thread(r, "claimdiff-align");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Integer> bySize = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        bySize.add(i);
      }
      bySize.sort(Comparator.comparingInt((Integer i) -> -groups.get(i).articles().size())
          .thenComparingInt(i -> i));
      List<CompletableFuture<ClaimAligner.Alignment>> futures =
          new ArrayList<>(Collections.nCopies(groups.size(), null));
      for (int i : bySize) {
        futures.set(i, CompletableFuture.supplyAsync(
            () -> byArticle.align(aligner, groups.get(i)), pool));
      }
      for (CompletableFuture<ClaimAligner.Alignment> f : futures) {
        out.add(f.join());
      }
      return out;
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Claim renamed(Claim c, String articleId) {
    String number = c.id().substring(c.id().lastIndexOf('#'));
    return c.inArticle(articleId, articleId + number);
  }
}
