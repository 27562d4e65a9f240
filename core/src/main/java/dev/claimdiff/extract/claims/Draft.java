package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * A claim before it is placed in the original text: its span is in the cleaned text.
 *
 * <p>Made with {@link #of} (a value and where it stands), then {@link #saidBy} for the words of a
 * speaker; {@link #withValue} and {@link #withSpeaker} copy it.
 *
 * @param speaker for QUOTE and STATEMENT, the canonical speaker, or null
 * @param text the quoted or reported words, or null to use the evidence
 * @param cleanSpan where the evidence is in the cleaned text
 * @param rule the name of the rule (or sieve) that made it
 */
public record Draft(
    ClaimType type,
    @Nullable String speaker,
    @Nullable String text,
    ClaimValue value,
    TextSpan cleanSpan,
    String rule) {

  /** The same with the span as two offsets, for callers that have not moved to {@link #of}. */
  Draft(ClaimType type, @Nullable String speaker, @Nullable String text, ClaimValue value,
      int cleanStart, int cleanEnd, String rule) {
    this(type, speaker, text, value, TextSpan.of(cleanStart, cleanEnd), rule);
  }

  /** A claim of a value at [cleanStart, cleanEnd) of the cleaned text, with no speaker. */
  static Draft of(ClaimType type, ClaimValue value, int cleanStart, int cleanEnd, String rule) {
    return new Draft(type, null, null, value, TextSpan.of(cleanStart, cleanEnd), rule);
  }

  /** A copy with the speaker (null: unresolved) and the words said. */
  Draft saidBy(@Nullable String newSpeaker, String words) {
    return new Draft(type, newSpeaker, words, value, cleanSpan, rule);
  }

  /** A copy with another value. */
  public Draft withValue(ClaimValue newValue) {
    return new Draft(type, speaker, text, newValue, cleanSpan, rule);
  }

  /** A copy with another speaker, found by another rule. */
  Draft withSpeaker(@Nullable String newSpeaker, String newRule) {
    return new Draft(type, newSpeaker, text, value, cleanSpan, newRule);
  }

  /** Where the evidence starts in the cleaned text. */
  public int cleanStart() {
    return cleanSpan.start();
  }

  /** Where the evidence ends in the cleaned text. */
  public int cleanEnd() {
    return cleanSpan.end();
  }
}
