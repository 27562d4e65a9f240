/**
 * claimdiff: extracts claims from news articles about one event and compares them across outlets.
 *
 * <p>The engine is a pipeline of five stages, one package each, passing immutable records:
 *
 * <ol>
 *   <li>{@link dev.claimdiff.ingest}: read files (text, HTML, JSON lines), decode, clean scraping
 *       noise while keeping a map back to the original offsets, detect language, outlet and date;
 *   <li>{@link dev.claimdiff.nlp}: split sentences and tokens with Stanford CoreNLP;
 *   <li>{@link dev.claimdiff.extract}: turn sentences into claims with per-language rules;
 *   <li>{@link dev.claimdiff.align}: group claims about the same thing and decide what agrees;
 *   <li>{@link dev.claimdiff.report}: the {@code claimdiff/report-v1} model and its writers.
 * </ol>
 *
 * <p>{@link dev.claimdiff.Claimdiff} is the facade a program (or the CLI) calls.
 */
@NullMarked
package dev.claimdiff;

import org.jspecify.annotations.NullMarked;
