package dev.claimdiff.report;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text of each readable article of a report, by the article's report id: the text every
 * claim's span indexes. The HTML report shows it with every claim marked. Not part of the JSON
 * contract, and kept only when asked ({@code Claimdiff.compare(inputs, texts)}), because the
 * engine otherwise drops each text as soon as its claims are extracted.
 *
 * @param byId the texts by article id, in report order
 */
public record ArticleTexts(ImmutableMap<String, String> byId) {

  /** No texts: article views say the text is not in the report. */
  public static ArticleTexts none() {
    return new ArticleTexts(ImmutableMap.of());
  }

  /** The text of an article, or null when it was not kept. */
  public @Nullable String text(String articleId) {
    return byId.get(articleId);
  }

  /** Collects texts while the engine runs; {@link #build()} gives them. Not thread-safe. */
  public static final class Collector {
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** Keeps the text of an article. */
    public void put(String articleId, String text) {
      texts.put(articleId, text);
    }

    /** The texts collected so far. */
    public ArticleTexts build() {
      return new ArticleTexts(ImmutableMap.copyOf(texts));
    }
  }
}
