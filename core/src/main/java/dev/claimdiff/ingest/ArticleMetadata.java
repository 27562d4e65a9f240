package dev.claimdiff.ingest;

import dev.claimdiff.lang.Language;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * What a reader can tell about an article from its text or its container.
 *
 * @param language the detected (or declared) language; null when it cannot be told
 * @param outlet the outlet that published it, from a dateline, a credit line or the container
 * @param published the publication date, ISO ({@code 2022-01-22}, or {@code 2022-01})
 * @param dateline the canonical place the story was filed from ({@code JENEWA, KOMPAS.com –})
 * @param publishedAt the publication date-time when a clock time is given, ISO local date-time
 *     with the offset when the time zone is known ({@code 2022-01-22T09:31+07:00} from
 *     {@code 22/01/2022, 09:31 WIB}); null otherwise. It orders figures that change through a day.
 * @param datelineDay the day a wire's dateline gives without a year ({@code JAKARTA, Aug 19
 *     (Reuters) -}) when nothing else in the article dates it; null when {@code published} is
 *     known. A run takes its year from the other inputs' dates ({@code YearlessDatelines}).
 */
public record ArticleMetadata(
    @Nullable Language language,
    @Nullable String outlet,
    @Nullable String published,
    @Nullable String dateline,
    @Nullable String publishedAt,
    @Nullable MonthDay datelineDay) {

  public ArticleMetadata {
    if (published != null) {
      datelineDay = null; // a known date needs no year from elsewhere
    }
  }

  /** Metadata without a dateline's yearless day. */
  public ArticleMetadata(@Nullable Language language, @Nullable String outlet,
      @Nullable String published, @Nullable String dateline, @Nullable String publishedAt) {
    this(language, outlet, published, dateline, publishedAt, null);
  }

  /** Metadata without a publication time. */
  public ArticleMetadata(@Nullable Language language, @Nullable String outlet,
      @Nullable String published, @Nullable String dateline) {
    this(language, outlet, published, dateline, null);
  }

  /** Nothing known. */
  public static ArticleMetadata unknown() {
    return new ArticleMetadata(null, null, null, null, null, null);
  }

  /** A copy where each field missing here is taken from {@code fallback}. */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    boolean ownDate = published != null;
    return new ArticleMetadata(
        language != null ? language : fallback.language,
        outlet != null ? outlet : fallback.outlet,
        ownDate ? published : fallback.published,
        dateline != null ? dateline : fallback.dateline,
        publishedAt != null || !ownDate ? (publishedAt != null ? publishedAt : fallback.publishedAt)
            : fallback.publishedAt != null && fallback.publishedAt.startsWith(published)
                ? fallback.publishedAt : null, // a time goes only with its own date
        datelineDay != null ? datelineDay : fallback.datelineDay);
  }

  /** A copy published on {@code day} (ISO), its dateline's yearless day then spent. */
  public ArticleMetadata withPublished(String day) {
    return new ArticleMetadata(language, outlet, day, dateline, null, null);
  }
}
