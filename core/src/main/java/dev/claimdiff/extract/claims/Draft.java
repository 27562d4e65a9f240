package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue;
import org.jspecify.annotations.Nullable;

/**
 * A claim before it is placed in the original text: its span is in the cleaned text.
 *
 * @param text the quoted or reported words, or null to use the evidence
 */
public record Draft(
    ClaimType type,
    @Nullable String speaker,
    @Nullable String text,
    ClaimValue value,
    int cleanStart,
    int cleanEnd,
    String rule) {}
