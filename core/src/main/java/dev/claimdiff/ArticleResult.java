package dev.claimdiff;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.story.StoryFeatures;
import org.jspecify.annotations.Nullable;

/**
 * What the engine keeps of one article once it is processed: its report entry, its claims, and a
 * small digest for alignment, and what tells its story. The article's text is not kept, so a large run holds only this.
 */
record ArticleResult(ArticleEntry entry, ImmutableList<Claim> claims, @Nullable ArticleDigest digest,
    @Nullable StoryFeatures story) {}
