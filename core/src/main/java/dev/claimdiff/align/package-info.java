/**
 * Alignment: decides which claims of different articles speak about the same thing, and what
 * the outlets agree and disagree on. {@link dev.claimdiff.align.ClaimAligner} is the front door:
 * it runs one finder per kind of finding and numbers what they find.
 *
 * <h2>Contents</h2>
 *
 * <ul>
 *   <li>Front door: {@link dev.claimdiff.align.ClaimAligner}.
 *   <li>Finders: {@code DuplicateFinder} (near-copies: DUPLICATE), {@code Translations} (an
 *       article and its translation: DUPLICATE, a changed value: DISCREPANCY),
 *       {@link dev.claimdiff.align.slots.SlotFinder} (value slots, in their own package),
 *       {@code WeekdayFinder} (a weekday that is not the date's: INCONSISTENCY),
 *       {@code SpeechFinder} (what was said: AGREEMENT, UNIQUE, DISCREPANCY of attribution),
 *       {@code VariantFinder} (one name spelled two ways: VARIANT); {@code SoleReports}
 *       keeps every UNIQUE true, with {@code PromiseSentences} (a promise another article
 *       states in other words).
 *   <li>What is kept of an article: {@link dev.claimdiff.align.ArticleDigest} (spellings of
 *       names, a MinHash of the text, its sentences in a shared vocabulary).
 *   <li>Comparing speech: {@link dev.claimdiff.align.ContentSimilarity} (clauses as content
 *       stems), {@code CrossLanguageSpeech}, {@code BilingualLexicon}, {@code NeutralSentences}
 *       (the same across languages), {@code Speakers} (two names of one speaker).
 *   <li>Shared: {@link dev.claimdiff.align.FindingText} (how summaries name articles and cut
 *       quotations), {@link dev.claimdiff.align.UnionFind} (outlets that count as one).
 * </ul>
 */
@NullMarked
package dev.claimdiff.align;

import org.jspecify.annotations.NullMarked;
