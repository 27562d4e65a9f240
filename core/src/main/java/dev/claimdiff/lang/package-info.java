/**
 * Languages and the per-language data files every stage reads: {@link dev.claimdiff.lang.Language}
 * names a language and where its resources live, {@link dev.claimdiff.lang.WordList} loads a word
 * list or pattern list from the classpath, and {@link dev.claimdiff.lang.Gazetteer} maps the
 * spellings of people, places, countries and media to canonical English names.
 */
@NullMarked
package dev.claimdiff.lang;

import org.jspecify.annotations.NullMarked;
