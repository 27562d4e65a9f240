/**
 * Claim extraction: from an {@link dev.claimdiff.nlp.AnnotatedArticle} to {@link
 * dev.claimdiff.extract.Claim}s, each with its evidence span in the original text and the name of
 * the rule that made it.
 *
 * <p>Language knowledge is data: rule files {@code extract/<claim-type>/<lang>.rules} (see {@link
 * dev.claimdiff.extract.RuleSet} for the format) and word lists {@code extract/<lang>/*.txt}. The
 * Java code interprets what a rule's named groups captured (a number and a unit, a speaker, a
 * date) and resolves speakers through an ordered series of sieves. {@link
 * dev.claimdiff.extract.ClaimExtractor} runs everything for one article.
 */
@NullMarked
package dev.claimdiff.extract;

import org.jspecify.annotations.NullMarked;
