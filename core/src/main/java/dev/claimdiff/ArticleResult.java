package dev.claimdiff;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.LoadResult;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.story.StoryFeatures;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
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
 * @param yearlessDay the day its wire dateline gives without a year ({@code JAKARTA, Aug 19
 *     (Reuters) -}) when nothing else dated it, else null: the run's other articles may give
 *     the year ({@link YearlessDatelines})
 */
public record ArticleResult(ArticleEntry entry, ImmutableList<Claim> claims,
    @Nullable ArticleDigest digest, @Nullable StoryFeatures story, @Nullable String text,
    @Nullable MonthDay yearlessDay)
    implements java.io.Serializable {

  /** An extracted article's result; its digest and story features only when it is to be aligned. */
  static ArticleResult extracted(LoadResult loaded, AnnotatedArticle annotated,
      Extraction extraction, boolean align, boolean keepText) {
    Article article = annotated.article();
    ImmutableList<Claim> claims = extraction.claims();
    Language language = article.metadata().language();
    String message = loaded.message();
    if (language != null && !ClaimExtractor.supports(language)) {
      String unsupported = "no claim extraction rules for language '" + language.code() + "' yet";
      message = message == null ? unsupported : message + "; " + unsupported;
    } else if (language == null) {
      String unknown = "language could not be told; read with the Indonesian rules";
      message = message == null ? unknown : message + "; " + unknown;
    }
    ArticleEntry entry = new ArticleEntry(article.id(), article.path(),
        language == null ? null : language.code(), article.metadata().outlet(),
        article.metadata().published(), "ok", message, article.text().length(),
        article.metadata().dateline(), claims.size(), article.url());
    return new ArticleResult(entry, claims, align ? ArticleDigest.of(annotated, extraction) : null,
        align ? StoryFeatures.of(annotated, extraction) : null, keepText ? article.text() : null,
        article.metadata().datelineDay());
  }

  /** An article read but not extracted: status {@code failed}, with why. */
  static ArticleResult failed(String id, String path, String message) {
    ArticleEntry entry = new ArticleEntry(id, path, null, null, null, ArticleEntry.FAILED, message,
        0, null, 0, null);
    return new ArticleResult(entry, ImmutableList.of(), null, null, null, null);
  }

  /** An input that could not be read, or was skipped: its status and message as the loader gave. */
  static ArticleResult unread(LoadResult result) {
    ArticleEntry entry = new ArticleEntry(result.id(), result.path(), null, null, null,
        result.status().name().toLowerCase(Locale.ROOT), result.message(), 0, null, 0, null);
    return new ArticleResult(entry, ImmutableList.of(), null, null, null, null);
  }

  /** The day the article was published on, when known: what dates a yearless dateline. */
  public @Nullable LocalDate publishedDay() {
    return YearlessDatelines.day(entry.published());
  }
}
