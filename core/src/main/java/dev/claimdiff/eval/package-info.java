/**
 * Evaluation against a gold annotation ({@code claimdiff-gold/1}): {@link
 * dev.claimdiff.eval.Evaluator} scores a report with the same matching rules as the project's
 * reference scorer ({@code shared/tools/score.py}): lenient on wording, strict on speakers and
 * values.
 */
@NullMarked
package dev.claimdiff.eval;

import org.jspecify.annotations.NullMarked;
