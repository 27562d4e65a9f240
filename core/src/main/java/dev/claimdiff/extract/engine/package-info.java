/**
 * The rule engine of extraction: reads a language's rule files and word lists and runs the rules
 * over the sentences of an article. It knows no claim type; what it matches comes from the files
 * under {@code dev/claimdiff/lang/<code>/extract/}.
 *
 * <h2>Rule files</h2>
 *
 * <dl>
 *   <dt>{@link RuleSet}
 *   <dd>The rules of one rule file, ready to run: the matching of them over a sentence in file
 *       order.
 *   <dt>{@link RuleFileParser}
 *   <dd>Reads a rule file ({@code extract/rules/<type>.rules}, after the language's
 *       {@code extract/macros.rules}) into a {@link RuleSet}; every error names file and line.
 *   <dt>{@link RuleRole}
 *   <dd>What a rule does with its match ({@code role:}), declared in its file and checked at
 *       load: code reads a rule's role, never its name.
 *   <dt>{@link StartIndex}
 *   <dd>The {@code trigger:}, {@code starts:} and {@code ahead:} lines of a file's rules as bit
 *       masks: which rules fire in a sentence and where each may start.
 *   <dt>{@link Mentions}
 *   <dd>The text with every mention masked, which the rules of a {@code text: mentions} file run
 *       over ({@code $MENTION}).
 * </dl>
 *
 * <p>The code that a rule's {@code native:} or {@code check:} line names, and the character trie
 * that word lists are searched with, are in {@link dev.claimdiff.extract.engine.matchers}.
 *
 * <h2>Finding words fast</h2>
 *
 * <dl>
 *   <dt>{@link TriggerWords}
 *   <dd>A number for every word a rule's {@code trigger:} or {@code starts:} line names.
 *   <dt>{@link SentenceWords}
 *   <dd>The words of one sentence as triggers check them.
 *   <dt>{@link PhraseIndex}
 *   <dd>The phrases of a word list found in a sentence by its tokens.
 * </dl>
 *
 * <h2>A language's data</h2>
 *
 * <dl>
 *   <dt>{@link LanguageRules}
 *   <dd>Everything one language brings to extraction, loaded once and shared between threads.
 *   <dt>{@link Lexicon}
 *   <dd>The word lists of one language, {@code extract/<name>.txt}.
 *   <dt>{@link Morphology}
 *   <dd>What a language's words carry that its lists cannot say (enclitics), implemented in the
 *       language's own package ({@code extract.id}, {@code extract.en}).
 *   <dt>{@link NumberParser}
 *   <dd>Numbers as news writes them, in digits or in words.
 *   <dt>{@link Texts}
 *   <dd>Small string helpers used on hot paths.
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.engine;

import org.jspecify.annotations.NullMarked;
