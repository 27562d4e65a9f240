/**
 * Claim extraction: from an {@link dev.claimdiff.nlp.AnnotatedArticle} to {@link Claim}s, each
 * with its evidence span in the original text and the name of the rule that made it. This package
 * holds the claim model and the front door; the work is done in its sub-packages.
 *
 * <p>Language knowledge is data, a folder per language: rule files
 * {@code dev/claimdiff/lang/<code>/extract/rules/<type>.rules} (see {@link
 * dev.claimdiff.extract.engine.RuleSet} for the format) and word lists
 * {@code dev/claimdiff/lang/<code>/extract/*.txt}. The Java code interprets what a rule's named
 * groups captured (a number and a unit, a speaker, a date) and resolves speakers through an ordered
 * series of sieves.
 *
 * <h2>The front door</h2>
 *
 * <dl>
 *   <dt>{@link ClaimExtractor}
 *   <dd>Runs everything for one article, or for each article of a batch.
 *   <dt>{@link Extraction}
 *   <dd>What extraction yields for one article: its claims and the spellings of the names they
 *       use.
 *   <dt>{@link Deadline}
 *   <dd>The time budget of one article's extraction.
 * </dl>
 *
 * <h2>The claim model</h2>
 *
 * <dl>
 *   <dt>{@link Claim}, {@link ClaimType}
 *   <dd>One claim of an article, of one of the claim types.
 *   <dt>{@link ClaimValue}
 *   <dd>What a claim says, one record per claim type.
 *   <dt>{@link Interval}
 *   <dd>The interval a duration or quantity asserts, and how the text bounds it.
 *   <dt>{@link TextSpan}, {@link Zone}
 *   <dd>Where a claim's evidence is in the article, and in which part of the page.
 * </dl>
 *
 * <h2>Sub-packages</h2>
 *
 * <dl>
 *   <dt>{@link dev.claimdiff.extract.engine}
 *   <dd>The rule engine: rule files, matching, the word lists of a language.
 *   <dt>{@link dev.claimdiff.extract.discourse}
 *   <dd>What an article is about: quotations, mentions, names, events, page zones, figure times.
 *   <dt>{@link dev.claimdiff.extract.claims}
 *   <dd>One extractor per claim type.
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract;

import org.jspecify.annotations.NullMarked;
