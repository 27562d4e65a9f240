package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
    String context) implements java.io.Serializable {
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

  /** A builder that names every part of a claim as it is set, instead of eleven positions. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Claim}: set every part, then {@link #build}. The id defaults to empty (the
   * report numbers claims later), the speaker to none and the zone to {@link Zone#BODY}.
   */
  public static final class Builder {
    private String id = "";
    private @Nullable String article;
    private @Nullable ClaimType type;
    private @Nullable String speaker;
    private @Nullable String text;
    private @Nullable ClaimValue value;
    private @Nullable TextSpan span;
    private @Nullable String evidence;
    private @Nullable String rule;
    private Zone zone = Zone.BODY;
    private @Nullable String context;

    private Builder() {}

    public Builder id(String newId) {
      this.id = newId;
      return this;
    }

    public Builder article(String newArticle) {
      this.article = newArticle;
      return this;
    }

    /** What kind of claim, and its normalised slots. */
    public Builder value(ClaimType newType, ClaimValue newValue) {
      this.type = newType;
      this.value = newValue;
      return this;
    }

    /** Who said it (null: unresolved) and the words said or the evidence. */
    public Builder said(@Nullable String newSpeaker, String newText) {
      this.speaker = newSpeaker;
      this.text = newText;
      return this;
    }

    /** Where the evidence is in the original text, and the text there. */
    public Builder evidence(TextSpan newSpan, String newEvidence) {
      this.span = newSpan;
      this.evidence = newEvidence;
      return this;
    }

    public Builder rule(String newRule) {
      this.rule = newRule;
      return this;
    }

    public Builder zone(Zone newZone) {
      this.zone = newZone;
      return this;
    }

    /** The sentence (or sentences) that hold the evidence. */
    public Builder context(String newContext) {
      this.context = newContext;
      return this;
    }

    /**
     * The claim.
     *
     * @throws NullPointerException when a part other than the id, speaker and zone is not set
     */
    public Claim build() {
      return new Claim(id, checkNotNull(article, "article"), checkNotNull(type, "type"), speaker,
          checkNotNull(text, "text"), checkNotNull(value, "value"), checkNotNull(span, "span"),
          checkNotNull(evidence, "evidence"), checkNotNull(rule, "rule"), zone,
          checkNotNull(context, "context"));
    }
  }

  /** A copy with another id. */
  public Claim withId(String newId) {
    return new Claim(newId, article, type, speaker, text, value, span, evidence, rule, zone,
        context);
  }

  /** A copy filed under another article id, with the claim id that goes with it. */
  public Claim inArticle(String newArticle, String newId) {
    return new Claim(newId, newArticle, type, speaker, text, value, span, evidence, rule, zone,
        context);
  }

  /** A copy in another zone. */
  public Claim withZone(Zone newZone) {
    return new Claim(id, article, type, speaker, text, value, span, evidence, rule, newZone,
        context);
  }
}

