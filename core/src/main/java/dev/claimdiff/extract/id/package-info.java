/**
 * Indonesian code for what the language's data cannot say, behind the interfaces of
 * {@link dev.claimdiff.extract.engine} (the pattern of Lucene's {@code analysis/id}). Everything
 * else Indonesian is data under {@code dev/claimdiff/lang/id/}.
 *
 * <dl>
 *   <dt>{@link IndonesianMorphology}
 *   <dd>The enclitic {@code -nya} ('Menurutnya', 'katanya').
 * </dl>
 */
@NullMarked
package dev.claimdiff.extract.id;

import org.jspecify.annotations.NullMarked;
