package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One claim an article makes, with the evidence to check it.
 *
 * @param id stable within a report: the article id and the claim's rank in it
 * @param article the article id
 * @param type what kind of claim
 * @param speaker for QUOTE and STATEMENT, the canonical speaker; null if it cannot be resolved
 * @param text the quoted or reported words (QUOTE, STATEMENT), else the evidence
 * @param value the normalised slots for the type
 * @param span where the evidence is in the article's original text
 * @param evidence the original text at {@code span}
 * @param rule the name of the rule (or sieve) that made the claim
 * @param zone where in the page the evidence sits (headline, dateline, caption, body, …)
 * @param context the sentence (or sentences) holding the evidence, as the original text has it
 */
@JsonPropertyOrder({"id", "article", "type", "speaker", "text", "value", "span", "evidence", "rule",
    "zone", "context"})
public record Claim(
    String id,
    String article,
    ClaimType type,
    @Nullable String speaker,
    String text,
    ClaimValue value,
    TextSpan span,
    String evidence,
    String rule,
    Zone zone,
    String context) {
  public Claim {
    checkArgument(evidence.length() == span.length(), "evidence must be the span's text: %s", id);
    checkArgument(!rule.isEmpty(), "every claim names its rule: %s", id);
    checkArgument(context.contains(evidence), "the context must hold the evidence: %s", id);
  }

  /** A claim of the article's body. */
  public Claim(String id, String article, ClaimType type, @Nullable String speaker, String text,
      ClaimValue value, TextSpan span, String evidence, String rule, String context) {
    this(id, article, type, speaker, text, value, span, evidence, rule, Zone.BODY, context);
  }

  /** A copy with another id. */
  public Claim withId(String newId) {
    return new Claim(newId, article, type, speaker, text, value, span, evidence, rule, zone,
        context);
  }

  /** A copy in another zone. */
  public Claim withZone(Zone newZone) {
    return new Claim(id, article, type, speaker, text, value, span, evidence, rule, newZone,
        context);
  }
}

