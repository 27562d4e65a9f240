package dev.claimdiff.nlp;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.ingest.Article;

/**
 * An article with its sentences: what the extractors read.
 *
 * @param article the article, with its original and cleaned text
 * @param sentences the sentences of the cleaned text, in order
 */
public record AnnotatedArticle(Article article, ImmutableList<Sentence> sentences) {

  /** The cleaned text that sentence and token offsets index. */
  public String text() {
    return article.clean().text();
  }

  /** The sentence holding {@code offset} of the cleaned text, or the last one starting before it. */
  public Sentence sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return sentences.get(low);
  }

  /** The cleaned text of one sentence. */
  public String text(Sentence sentence) {
    return text().substring(sentence.start(), sentence.end());
  }
}
