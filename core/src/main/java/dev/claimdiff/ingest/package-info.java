/**
 * Ingestion: from paths given by a user to {@link dev.claimdiff.ingest.Article}s, each with its
 * text exactly as decoded, a cleaned copy that maps back to it, and the metadata a reader can see.
 *
 * <p>{@link dev.claimdiff.ingest.InputResolver} expands files, directories and {@code -} into
 * {@link dev.claimdiff.ingest.InputSource}s; {@link dev.claimdiff.ingest.ArticleLoader} reads one
 * source (text, HTML, JSON or JSON lines) into {@link dev.claimdiff.ingest.LoadResult}s, one per
 * article or per failure, never throwing for bad input; {@link dev.claimdiff.ingest.TextCleaner}
 * removes scraping noise per language; {@link dev.claimdiff.ingest.MetadataDetector} finds outlet,
 * publication date and dateline; {@link dev.claimdiff.ingest.LanguageDetector} tells the language
 * from function words.
 */
@NullMarked
package dev.claimdiff.ingest;

import org.jspecify.annotations.NullMarked;
