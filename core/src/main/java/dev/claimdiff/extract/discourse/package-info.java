/**
 * What an article is about, found once per article and shared by every claim extractor:
 * quotations, who is mentioned where, the canonical names, the events, the page zones, and when a
 * figure is stated for.
 *
 * <h2>The article</h2>
 *
 * <dl>
 *   <dt>{@link ArticleContext}
 *   <dd>What every extractor of one article shares: text, sentences, quotations, mentions.
 *   <dt>{@link PageZones}
 *   <dd>Where each stretch of text sits in its page: headline, dateline, masthead, byline,
 *       caption, related link or body.
 *   <dt>{@link QuoteFinder}
 *   <dd>The quotations of the cleaned text, nested ones included.
 * </dl>
 *
 * <h2>People and names</h2>
 *
 * <dl>
 *   <dt>{@link Discourse}
 *   <dd>Who is mentioned where: pronouns and surnames resolved to the person named before.
 *   <dt>{@link Mention}
 *   <dd>A person, country, organisation or pronoun mentioned (the text with every mention
 *       masked, for the rules that run over mentions, is the engine's
 *       {@link dev.claimdiff.extract.engine.Mentions}).
 *   <dt>{@link Names}
 *   <dd>A name as written turned into a canonical one: titles stripped, the gazetteer consulted.
 * </dl>
 *
 * <h2>Events, hedges and times</h2>
 *
 * <dl>
 *   <dt>{@link Events}
 *   <dd>Which event a value belongs to, and the article's main event.
 *   <dt>{@link Hedges}
 *   <dd>The interval a hedge word asserts, and whether a value is expected rather than observed.
 *   <dt>{@link FigureTimes}
 *   <dd>When a figure is stated for, and whether it revises an earlier one.
 *   <dt>{@link CountedUnits}
 *   <dd>A count of time units in English ('3 years'), the neutral form of such phrases.
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.discourse;

import org.jspecify.annotations.NullMarked;
