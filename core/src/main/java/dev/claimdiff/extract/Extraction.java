package dev.claimdiff.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;

/**
 * What extraction yields for one article.
 *
 * @param claims the claims, ordered by position
 * @param spellings for each named entity (canonical name), the spellings the article used for it
 *     without titles ({@code Sergey Lavrov} → {@code Sergei Lavrov}, {@code Lavrov}); the
 *     aligner finds spelling variants across articles in these
 * @param people the entities of {@code spellings} that the article names as people (outside
 *     quotations), canonical; story grouping takes a full name two articles share as a sign that
 *     they report one event
 */
public record Extraction(ImmutableList<Claim> claims, ImmutableSetMultimap<String, String> spellings,
    ImmutableSet<String> people) {

  /** What extraction yields when no person is told apart from other names. */
  public Extraction(ImmutableList<Claim> claims, ImmutableSetMultimap<String, String> spellings) {
    this(claims, spellings, ImmutableSet.of());
  }

  /** Nothing extracted. */
  public static Extraction empty() {
    return new Extraction(ImmutableList.of(), ImmutableSetMultimap.of());
  }
}
