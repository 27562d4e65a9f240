package dev.claimdiff.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;

/**
 * What extraction yields for one article.
 *
 * @param claims the claims, ordered by position
 * @param spellings for each named entity (canonical name), the spellings the article used for it
 *     without titles ({@code Sergey Lavrov} → {@code Sergei Lavrov}, {@code Lavrov}); the
 *     aligner finds spelling variants across articles in these
 */
public record Extraction(ImmutableList<Claim> claims, ImmutableSetMultimap<String, String> spellings) {

  /** Nothing extracted. */
  public static Extraction empty() {
    return new Extraction(ImmutableList.of(), ImmutableSetMultimap.of());
  }
}
