package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A span [start, end) of an article's original text, in UTF-16 code units (Java string indices).
 */
@JsonPropertyOrder({"start", "end"})
public record TextSpan(int start, int end) {
  public TextSpan {
    checkArgument(0 <= start && start <= end, "invalid span [%s, %s)", start, end);
  }

  /** The span [start, end). */
  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Whether this span lies within the other. */
  public boolean within(TextSpan other) {
    return other.start <= start && end <= other.end;
  }

  /** The number of characters. */
  public int length() {
    return end - start;
  }
}
