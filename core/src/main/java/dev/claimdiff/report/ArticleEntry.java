package dev.claimdiff.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One input article as the report lists it, readable or not.
 *
 * @param id the article id (file name, or record id)
 * @param path the input it came from
 * @param language {@code id}, {@code en}, or null when it could not be told
 * @param outlet the outlet named in the text or the container, or null
 * @param published ISO publication date ({@code 2022-01-22} or {@code 2022-01}), or null
 * @param status {@code ok}, {@code error} (could not be read), {@code failed} (read, but its
 *     extraction failed or ran over its time budget) or {@code skipped}
 * @param message why it failed or was skipped, or warnings; null when none
 * @param chars the length of the article text in UTF-16 code units (0 when unreadable)
 * @param dateline the canonical place of the dateline, or null
 * @param claims how many claims were extracted from it
 * @param url where it was published (http or https), when the input said; null (and not
 *     written) otherwise
 */
@JsonPropertyOrder({"id", "path", "language", "outlet", "published", "status", "message", "chars",
    "dateline", "claims", "url"})
public record ArticleEntry(
    String id,
    String path,
    @Nullable String language,
    @Nullable String outlet,
    @Nullable String published,
    String status,
    @Nullable String message,
    int chars,
    @Nullable String dateline,
    int claims,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String url)
    implements java.io.Serializable {

  /** The status of an article read whose extraction failed or ran over its time budget. */
  public static final String FAILED = "failed";

  /** Whether the article was read. */
  public boolean ok() {
    return status.equals("ok");
  }

  /** The outlet, or the id when the outlet is unknown: how people name the article. */
  public String label() {
    return outlet != null ? outlet + " (" + id + ")" : id;
  }
}
