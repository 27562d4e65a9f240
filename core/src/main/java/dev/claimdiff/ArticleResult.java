package dev.claimdiff;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.ArticleEntry;
import org.jspecify.annotations.Nullable;

/**
 * What the engine keeps of one article once it is processed: its report entry, its claims, and a
 * small digest for alignment. The article's text is kept only when the caller asked for it (the
 * HTML report shows it), so a large run otherwise holds only this.
 */
record ArticleResult(ArticleEntry entry, ImmutableList<Claim> claims, @Nullable ArticleDigest digest,
    @Nullable String text) {}
