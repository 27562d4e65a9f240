/**
 * Languages and the per-language data files every stage reads.
 *
 * <p>A language and its folder:
 *
 * <ul>
 *   <li>{@link dev.claimdiff.lang.Language}: a language and where its resources live
 *       ({@code dev/claimdiff/lang/<code>/});
 *   <li>{@link dev.claimdiff.lang.LanguageFile}: every file of a language folder that code reads,
 *       named once, required or optional;
 *   <li>{@link dev.claimdiff.lang.LanguageManifest}: a folder's {@code manifest.txt}, read and
 *       checked against the folder, the code and the rule files, with file and line in every
 *       error.
 * </ul>
 *
 * <p>Reading data files:
 *
 * <ul>
 *   <li>{@link dev.claimdiff.lang.WordList}: a word list or pattern list from the classpath, its
 *       entries with their lines and glosses;
 *   <li>{@link dev.claimdiff.lang.KeyedList}: the one parser of {@code key: word, word} lines;
 *   <li>{@link dev.claimdiff.lang.WordPatterns}: word lists as whole-word regular expressions;
 *   <li>{@link dev.claimdiff.lang.Gazetteer}: the spellings of people, places, countries and
 *       media mapped to canonical English names;
 *   <li>{@link dev.claimdiff.lang.Calendar}: month and weekday names.
 * </ul>
 */
@NullMarked
package dev.claimdiff.lang;

import org.jspecify.annotations.NullMarked;
