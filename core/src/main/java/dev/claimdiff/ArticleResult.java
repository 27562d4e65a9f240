package dev.claimdiff;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.story.StoryFeatures;
import org.jspecify.annotations.Nullable;

/**
 * What the engine keeps of one article once it is processed: its report entry, its claims, a
 * small digest for alignment, and what tells its story. The article's text is kept only when the
 * caller asked for it (the HTML report shows it), so a large run otherwise holds only this.
 * Serializable, so that a distributed pipeline (the {@code beam} module) can move it between
 * workers.
 *
 * @param entry the article's report entry (status {@code ok}, or why it could not be read)
 * @param claims its claims, in text order
 * @param digest what alignment needs of it, or null when it was not read or not to be aligned
 * @param story what tells which event it reports, or null likewise
 * @param text the article's text when the caller asked for texts, else null
 */
public record ArticleResult(ArticleEntry entry, ImmutableList<Claim> claims,
    @Nullable ArticleDigest digest, @Nullable StoryFeatures story, @Nullable String text)
    implements java.io.Serializable {}
