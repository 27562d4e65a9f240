/**
 * Sentences and tokens. {@link dev.claimdiff.nlp.SentenceSplitter} runs Stanford CoreNLP's
 * tokenizer and sentence splitter over an article's cleaned text and converts its output to
 * {@link dev.claimdiff.nlp.Sentence} and {@link dev.claimdiff.nlp.Token} records at this boundary:
 * this is the only package that imports CoreNLP.
 */
@NullMarked
package dev.claimdiff.nlp;

import org.jspecify.annotations.NullMarked;
