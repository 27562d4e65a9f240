package dev.claimdiff.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * What the comparison found about a group of claims.
 *
 * @param id stable within the report ({@code F1}, {@code F2}, …)
 * @param kind what it says about the claims (written in JSON as the kind's name)
 * @param type the claim type it is about ({@code ENTITY} for a VARIANT, {@code ARTICLE} for a
 *     DUPLICATE)
 * @param claims the ids of the claims it rests on
 * @param summary one line in English
 * @param slot what the claims are about ({@code DURATION / meeting}), or null
 * @param articles the articles involved
 * @param values human-readable values: for VARIANT the spellings, for DISCREPANCY the competing
 *     values, for AGREEMENT the agreed value, for INCONSISTENCY the stated and the actual
 *     weekday (or the headline's and the body's value), for UPDATE the values in time order,
 *     for a quote attributed to two people the two speakers; else empty. Display strings for
 *     people, not for parsing: programs read the claims' {@code value} objects.
 * @param languages the languages of the articles involved, as ISO 639-1 codes in alphabetical
 *     order ({@code ["en", "id"]} for a finding seen across languages); empty when no article's
 *     language is known
 * @param timeline for an UPDATE, the values in the order of the time each is stated for; empty
 *     (and not written) for every other kind
 */
@JsonPropertyOrder({"id", "kind", "type", "claims", "summary", "slot", "articles", "values",
    "languages", "timeline"})
public record Finding(
    String id,
    Kind kind,
    String type,
    ImmutableList<String> claims,
    String summary,
    @Nullable String slot,
    ImmutableList<String> articles,
    ImmutableList<String> values,
    ImmutableList<String> languages,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) ImmutableList<TimelineEntry> timeline)
    implements java.io.Serializable {

  /**
   * What a finding says about its claims. The constants are declared in the order a report
   * presents them (so {@code Comparator.comparing(Finding::kind)} sorts as reports do), and a
   * report writes a kind as its name ({@code "kind": "DISCREPANCY"}): renaming a constant changes
   * the report contract.
   */
  public enum Kind {
    /** Independent outlets give incompatible values for one slot, or credit one quotation to
     * different people. */
    DISCREPANCY,
    /** An article contradicts itself: a weekday that is not its date's, a headline against its
     * body. */
    INCONSISTENCY,
    /** The values of one slot differ because time passed (a toll rising through the day). */
    UPDATE,
    /** Two or more independent outlets give compatible values, or say the same thing. */
    AGREEMENT,
    /** One name spelled two close ways: never a discrepancy. */
    VARIANT,
    /** Articles that are copies (or translations) of one story: they count as one outlet. */
    DUPLICATE,
    /** A slot or a quotation only one outlet reports. */
    UNIQUE;

    /**
     * Whether the kind says that sources contradict (a DISCREPANCY or an INCONSISTENCY): what
     * {@code --fail-on-discrepancy} fails on and what a gold trap must not meet. An UPDATE is no
     * contradiction.
     */
    public boolean contradiction() {
      return this == DISCREPANCY || this == INCONSISTENCY;
    }
  }

  /** A finding without a timeline (every kind but UPDATE). */
  public Finding(String id, Kind kind, String type, ImmutableList<String> claims, String summary,
      @Nullable String slot, ImmutableList<String> articles, ImmutableList<String> values) {
    this(id, kind, type, claims, summary, slot, articles, values, ImmutableList.of(),
        ImmutableList.of());
  }

  /** A finding whose languages are not yet known (the aligner fills them in). */
  public Finding(String id, Kind kind, String type, ImmutableList<String> claims, String summary,
      @Nullable String slot, ImmutableList<String> articles, ImmutableList<String> values,
      ImmutableList<TimelineEntry> timeline) {
    this(id, kind, type, claims, summary, slot, articles, values, ImmutableList.of(), timeline);
  }

  /** A copy with these languages. */
  public Finding withLanguages(ImmutableList<String> newLanguages) {
    return new Finding(id, kind, type, claims, summary, slot, articles, values, newLanguages,
        timeline);
  }

  /** Whether the finding rests on articles in more than one language. */
  public boolean acrossLanguages() {
    return languages.size() > 1;
  }

  /** A copy with another id. */
  public Finding withId(String newId) {
    return new Finding(newId, kind, type, claims, summary, slot, articles, values, languages,
        timeline);
  }

  /**
   * One value of an UPDATE's sequence.
   *
   * @param claim the id of the claim that states it
   * @param article the article that states it
   * @param value the value for people ({@code 37 deaths})
   * @param asOf the ISO date or date-time the value is stated for (the figure's own time, else
   *     the article's publication time), or null when only its place in the sequence is known
   *     (an earlier figure an article cites, {@code sebelumnya 4})
   */
  @JsonPropertyOrder({"claim", "article", "value", "asOf"})
  public record TimelineEntry(String claim, String article, String value, @Nullable String asOf)
      implements java.io.Serializable {}
}
