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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the report of a run from its articles' results, in input order: gives every article a
 * unique id (renaming its claims to match), groups the articles into stories (or takes them as
 * one), aligns each story on its own and merges the findings. Runs on one thread, after every
 * article is extracted; safe to share between threads.
 */
final class ReportAssembler {
  private final ClaimAligner aligner;
  private final StoryGrouper grouper = new StoryGrouper();
  private final boolean oneStory;

  ReportAssembler(ClaimAligner aligner, boolean oneStory) {
    this.aligner = aligner;
    this.oneStory = oneStory;
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
      for (StoryGroup g : groups) {
        ClaimAligner.Alignment alignment = StoryFindings.align(aligner, g, digests, claims);
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

  private static Claim renamed(Claim c, String articleId) {
    String number = c.id().substring(c.id().lastIndexOf('#'));
    return c.inArticle(articleId, articleId + number);
  }
}
