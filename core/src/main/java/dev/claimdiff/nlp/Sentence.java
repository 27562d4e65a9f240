package dev.claimdiff.nlp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * One sentence of an article's cleaned text.
 *
 * @param index its position in the article, from 0
 * @param start its first character in the cleaned text
 * @param end just past its last character in the cleaned text
 * @param paragraph the paragraph it belongs to (paragraphs are separated by blank lines), from 0
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, int paragraph, ImmutableList<Token> tokens) {
  public Sentence {
    checkArgument(start <= end, "bad sentence span [%s, %s)", start, end);
    checkArgument(!tokens.isEmpty(), "a sentence has tokens");
  }
}
