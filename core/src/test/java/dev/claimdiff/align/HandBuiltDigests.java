package dev.claimdiff.align;

import com.google.common.collect.ImmutableSetMultimap;
import dev.claimdiff.lang.Language;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Digests of articles built by hand for the aligner's tests: the outlet is the id in capitals,
 * no features, and a MinHash that shares nothing with another's, so no two are copies.
 */
final class HandBuiltDigests {
  private HandBuiltDigests() {}

  static ArticleDigest digest(String id, Language language, @Nullable String published) {
    long[] minhash = new long[ArticleDigest.HASHES];
    Arrays.fill(minhash, Long.MAX_VALUE);
    return new ArticleDigest(id, id.toUpperCase(java.util.Locale.ROOT), language, published,
        ImmutableSetMultimap.of(), minhash);
  }
}
