package dev.claimdiff.extract.discourse;

import org.jspecify.annotations.Nullable;

/**
 * A person, country, organisation or pronoun mentioned in an article's cleaned text.
 *
 * @param start first character in the cleaned text
 * @param end just past the last character
 * @param surface the text as written
 * @param canonical the canonical name (for a pronoun, the person it was resolved to, or null)
 * @param kind what it is
 * @param inQuote whether it stands inside a quotation (and so cannot be an antecedent)
 * @param entity the entity the spelling names (null for a pronoun)
 * @param spelling the name as written without titles (null for a pronoun)
 */
public record Mention(int start, int end, String surface, @Nullable String canonical, Kind kind,
    boolean inQuote, @Nullable String entity, @Nullable String spelling) {

  /** Whether it names a body (a country, an organisation), not a person. */
  public boolean isGroup() {
    return kind == Kind.GROUP;
  }

  /** Whether it names a person (not a pronoun). */
  public boolean isPerson() {
    return kind == Kind.PERSON;
  }

  enum Kind {
    PERSON,
    GROUP, // a country, an organisation, a city acting for its country
    PRONOUN
  }
}
