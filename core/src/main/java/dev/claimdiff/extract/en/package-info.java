/**
 * English code for what the language's data cannot say, behind the interfaces of
 * {@link dev.claimdiff.extract.engine}. Everything else English is data under
 * {@code dev/claimdiff/lang/en/}.
 *
 * <dl>
 *   <dt>{@link EnglishMorphology}
 *   <dd>No enclitics.
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.en;

import org.jspecify.annotations.NullMarked;
