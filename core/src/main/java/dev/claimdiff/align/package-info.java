/**
 * Alignment: decides which claims of different articles speak about the same thing, and what
 * the outlets agree and disagree on. {@link dev.claimdiff.align.ClaimAligner} groups claims into
 * slots (event and type, actor and action, speaker and content), compares normalised values,
 * and yields the report's findings; {@link dev.claimdiff.align.ArticleDigest} is what it keeps of
 * each article (spellings of names, a MinHash of the text for near-duplicates);
 * {@link dev.claimdiff.align.ContentSimilarity} compares what two outlets say someone said.
 */
@NullMarked
package dev.claimdiff.align;

import org.jspecify.annotations.NullMarked;
