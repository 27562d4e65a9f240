package dev.claimdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one article (or failing to): every input produces at least one, so the
 * report can list every input with its status.
 *
 * @param id the article id (file name or record id), or the path where none could be read
 * @param path the input as the user named it, with {@code :LINE} for a JSON-lines record
 * @param status ok, error (nothing usable) or skipped (not an article, such as a gold file)
 * @param message why it failed or was skipped, or warnings for an ok article; null when none
 * @param article the article, present exactly when the status is ok
 */
public record LoadResult(
    String id, String path, Status status, @Nullable String message, @Nullable Article article) {

  /** Whether an input could be used. */
  public enum Status {
    OK,
    ERROR,
    SKIPPED
  }

  public LoadResult {
    checkArgument((status == Status.OK) == (article != null), "an ok result carries its article");
    checkArgument(status == Status.OK || message != null, "a failed result says why: %s", path);
  }

  /** A readable article; its warnings, if any, become the message. */
  public static LoadResult ok(Article article) {
    String message = article.warnings().isEmpty() ? null : String.join("; ", article.warnings());
    return new LoadResult(article.id(), article.path(), Status.OK, message, article);
  }

  /** An input that could not be read. */
  public static LoadResult error(String id, String path, String message) {
    return new LoadResult(id, path, Status.ERROR, message, null);
  }

  /** An input that is not an article and was passed over on purpose. */
  public static LoadResult skipped(String id, String path, String message) {
    return new LoadResult(id, path, Status.SKIPPED, message, null);
  }
}
