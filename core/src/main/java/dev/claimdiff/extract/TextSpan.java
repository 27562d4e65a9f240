package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A span [start, end) of an article's original text, in UTF-16 code units (Java string indices).
 */
@JsonPropertyOrder({"start", "end"})
public record TextSpan(int start, int end) implements java.io.Serializable {
  public TextSpan {
    checkArgument(0 <= start && start <= end, "invalid span [%s, %s)", start, end);
  }

  /** The span [start, end). */
  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  /** The number of characters. */
  public int length() {
    return end - start;
  }
}
