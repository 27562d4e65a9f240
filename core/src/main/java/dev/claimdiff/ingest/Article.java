package dev.claimdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
 * @param url where the article was published ({@code http}/{@code https}), when the input says:
 *     a JSON record's {@code url}, an HTML page's canonical link or {@code og:url}; else null
 */
public record Article(
    String id,
    String path,
    String text,
    CleanText clean,
    ArticleMetadata metadata,
    ImmutableList<String> warnings,
    @Nullable String url) {
  public Article {
    checkArgument(!id.isEmpty(), "an article needs an id");
    checkArgument(clean.original().equals(text), "cleaned text of %s must map into its text", id);
    checkArgument(url == null || webUrl(url) != null, "not an http(s) URL: %s", url);
  }

  /**
   * The value as an absolute {@code http} or {@code https} URL, or null when it is not one (a
   * relative link, {@code javascript:}, {@code file:}): only web addresses are kept.
   */
  public static @Nullable String webUrl(@Nullable String value) {
    if (value == null || value.isBlank() || value.length() > 2048) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
