package dev.claimdiff.extract;

/** The kinds of claim claimdiff extracts; the names are part of the report contract. */
public enum ClaimType {
  /** Direct speech in quote marks, with its speaker. */
  QUOTE,
  /** Reported speech: "X mengatakan bahwa …", with its speaker. */
  STATEMENT,
  /** How long an event lasted. */
  DURATION,
  /** When an event happened, with a weekday/date check. */
  EVENT_DATE,
  /** Where an event happened. */
  LOCATION,
  /** Who promised what to whom, by when. */
  COMMITMENT,
  /** Whom the outlet credits (a news agency, another outlet). */
  SOURCE_CITATION,
  /** A number that matters: people killed, troops, magnitudes. */
  QUANTITY
}
