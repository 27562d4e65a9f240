package dev.claimdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * One article as read: its text exactly as decoded (every claim's offsets point into it), the
 * cleaned text the pipeline works on, and its metadata.
 *
 * @param id the file name, or the record's id for JSON input
 * @param path the input it came from
 * @param text the text as decoded from the file (UTF-16 offsets in the report index this)
 * @param clean the cleaned copy, with a map back into {@code text}
 * @param metadata outlet, date, language, dateline
 * @param warnings problems that did not stop reading (a fallback encoding, say)
 */
public record Article(
    String id,
    String path,
    String text,
    CleanText clean,
    ArticleMetadata metadata,
    ImmutableList<String> warnings) {
  public Article {
    checkArgument(!id.isEmpty(), "an article needs an id");
    checkArgument(clean.original().equals(text), "cleaned text of %s must map into its text", id);
  }
}
