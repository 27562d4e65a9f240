package dev.claimdiff.ingest;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as read from its input, before the per-article work (language detection, cleaning,
 * metadata detection) that {@link ArticleLoader#finish} does: what reading must hand over so that
 * the rest can run on another thread.
 *
 * @param id the article id (file name or record id)
 * @param path the input as the user named it, with {@code :LINE} or {@code #N} for a record
 * @param text the text as read (decoded; the page's main text for HTML)
 * @param declared what the input declares (a record's language, outlet, date; a page's meta tags)
 * @param warnings what reading noticed, for the report's message
 * @param url the article's web address, or null
 */
public record RawArticle(String id, String path, String text, ArticleMetadata declared,
    ImmutableList<String> warnings, @Nullable String url) {

  /** A raw article; the warnings are copied. */
  public RawArticle(String id, String path, String text, ArticleMetadata declared,
      List<String> warnings, @Nullable String url) {
    this(id, path, text, declared, ImmutableList.copyOf(warnings), url);
  }
}
