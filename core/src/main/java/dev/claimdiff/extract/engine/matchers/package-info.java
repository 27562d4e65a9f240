/**
 * Code that finds what the rule engine's most-tried patterns find, step for step as their regexes
 * do, only faster: a rule file names it under a rule with a {@code native:} or {@code check:}
 * line, and the rule's pattern stays its definition. Also the character trie that the engine,
 * discourse and the extractors search word lists with.
 *
 * <h2>Named by rule files</h2>
 *
 * <dl>
 *   <dt>{@link NativeMatchers}
 *   <dd>The registry: the matcher a rule's {@code native: <name>} line names, for a language.
 *   <dt>{@link NameGrammar}
 *   <dd>The name grammar of {@code macros.rules} ({@code $KNOWN}, {@code $CAPWORD},
 *       {@code $NAME}) in two shapes: {@code native: known-or-name} and
 *       {@code native: name-with-age} (Indonesian macros), {@code native: possessive-known-or-name}
 *       (English macros).
 *   <dt>{@link TitledName}
 *   <dd>A name after its titles ({@code $TITLED (?: $KNOWN | $NAME )}):
 *       {@code native: titled-name}.
 *   <dt>{@link QualifiedTitledName}
 *   <dd>A name after its titles and the words that qualify them (the English {@code $TITLED}):
 *       {@code native: qualified-titled-name}.
 *   <dt>{@link SubjectGap}
 *   <dd>The check a rule names with {@code check: subject-gap}: where the gap after a mention can
 *       end, so a pattern is tried only where it can match.
 * </dl>
 *
 * <h2>Finding words</h2>
 *
 * <dl>
 *   <dt>{@link CharTrie}
 *   <dd>The words of a list as a trie of characters, compared as the regex compares them.
 *   <dt>{@link CharClasses}
 *   <dd>The regex character classes and word boundaries ({@code \s}, {@code [\p{L}\d]}) the
 *       matchers test characters with.
 *   <dt>{@link Next}
 *   <dd>Where a part of a pattern hands each end it reaches (continuation-passing).
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.engine.matchers;

import org.jspecify.annotations.NullMarked;
