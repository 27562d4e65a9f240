package dev.claimdiff.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * What the comparison found about a group of claims.
 *
 * @param id stable within the report ({@code F1}, {@code F2}, …)
 * @param kind AGREEMENT, DISCREPANCY, INCONSISTENCY, VARIANT, UNIQUE or DUPLICATE
 * @param type the claim type it is about ({@code ENTITY} for a VARIANT, {@code ARTICLE} for a
 *     DUPLICATE)
 * @param claims the ids of the claims it rests on
 * @param summary one line in English
 * @param slot what the claims are about ({@code DURATION / meeting}), or null
 * @param articles the articles involved
 * @param values human-readable values: for VARIANT the spellings, for DISCREPANCY the competing
 *     values, for AGREEMENT the agreed value, for INCONSISTENCY the stated and the actual
 *     weekday, for a quote attributed to two people the two speakers; else empty. Display
 *     strings for people, not for parsing: programs read the claims' {@code value} objects.
 */
@JsonPropertyOrder({"id", "kind", "type", "claims", "summary", "slot", "articles", "values"})
public record Finding(
    String id,
    String kind,
    String type,
    ImmutableList<String> claims,
    String summary,
    @Nullable String slot,
    ImmutableList<String> articles,
    ImmutableList<String> values) implements java.io.Serializable {

  /** The kinds, in the order a report presents them. */
  public static final ImmutableList<String> KINDS = ImmutableList.of(
      "DISCREPANCY", "INCONSISTENCY", "AGREEMENT", "VARIANT", "DUPLICATE", "UNIQUE");

  /** A copy with another id. */
  public Finding withId(String newId) {
    return new Finding(newId, kind, type, claims, summary, slot, articles, values);
  }
}
