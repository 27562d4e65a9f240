/**
 * One extractor per claim type: each runs the rules of its rule file
 * ({@code dev/claimdiff/lang/<code>/extract/rules/<type>.rules}) and turns what a match's named
 * groups captured into a claim's value.
 *
 * <h2>The common part</h2>
 *
 * <dl>
 *   <dt>{@link RuleExtractor}
 *   <dd>An extractor driven by one rule file: its rules tried sentence by sentence in priority
 *       order, each match turned into a claim.
 *   <dt>{@link Draft}
 *   <dd>A claim before it is placed in the original text.
 * </dl>
 *
 * <h2>The claim types</h2>
 *
 * <dl>
 *   <dt>{@link QuoteAttribution}
 *   <dd>QUOTE claims: a quotation and its speaker, from the quote rules' sieves.
 *   <dt>{@link ReportedSpeech}
 *   <dd>STATEMENT claims: reported speech, its clause after, before or around the rule's match.
 *   <dt>{@link SpeakerGroups}
 *   <dd>The speaker a speech rule's match names ({@code speaker} or {@code nya} group).
 *   <dt>{@link DurationExtractor}
 *   <dd>DURATION claims: minutes, hedged or not.
 *   <dt>{@link DateExtractor}
 *   <dd>EVENT_DATE claims: the day an event happened, resolved against the publication day.
 *   <dt>{@link LocationExtractor}
 *   <dd>LOCATION claims: a place the gazetteer knows, in a sentence that names an event.
 *   <dt>{@link CommitmentExtractor}
 *   <dd>COMMITMENT claims: what is promised, to whom and by when.
 *   <dt>{@link SourceExtractor}
 *   <dd>SOURCE_CITATION claims: media an article cites.
 *   <dt>{@link QuantityExtractor}
 *   <dd>QUANTITY claims: a number with what it counts.
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.claims;

import org.jspecify.annotations.NullMarked;
