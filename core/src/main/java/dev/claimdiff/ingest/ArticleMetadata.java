package dev.claimdiff.ingest;

import dev.claimdiff.lang.Language;
import org.jspecify.annotations.Nullable;

/**
 * What a reader can tell about an article from its text or its container.
 *
 * @param language the detected (or declared) language; null when it cannot be told
 * @param outlet the outlet that published it, from a dateline, a credit line or the container
 * @param published the publication date, ISO ({@code 2022-01-22}, or {@code 2022-01})
 * @param dateline the canonical place the story was filed from ({@code JENEWA, KOMPAS.com –})
 */
public record ArticleMetadata(
    @Nullable Language language,
    @Nullable String outlet,
    @Nullable String published,
    @Nullable String dateline) {

  /** Nothing known. */
  public static ArticleMetadata unknown() {
    return new ArticleMetadata(null, null, null, null);
  }

  /** A copy where each field missing here is taken from {@code fallback}. */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    return new ArticleMetadata(
        language != null ? language : fallback.language,
        outlet != null ? outlet : fallback.outlet,
        published != null ? published : fallback.published,
        dateline != null ? dateline : fallback.dateline);
  }
}
