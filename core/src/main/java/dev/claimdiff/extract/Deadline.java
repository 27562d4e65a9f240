package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * When an article's extraction must have finished: checked cooperatively, sentence by sentence in
 * every rule pass and quotation by quotation, so a runaway article stops within one sentence's
 * work of its budget and the thread goes on with the next article (no thread is abandoned, none
 * is interrupted). {@link #NONE} never expires.
 */
public final class Deadline {
  /** No budget. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

  private final long endNanos;
  private final Duration budget;

  private Deadline(long endNanos, Duration budget) {
    this.endNanos = endNanos;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now; a zero budget is {@link #NONE}. */
  public static Deadline after(Duration budget) {
    checkArgument(!budget.isNegative(), "a time budget cannot be negative: %s", budget);
    return budget.isZero() ? NONE : new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** Throws {@link Exceeded} once the deadline has passed. */
  public void check() {
    if (this != NONE && System.nanoTime() - endNanos > 0) {
      throw new Exceeded(budget);
    }
  }

  /** An article's extraction ran over its time budget. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration budget;

    Exceeded(Duration budget) {
      super("extraction took longer than " + seconds(budget), null, false, false);
      this.budget = budget;
    }

    /** The budget that was exceeded. */
    public Duration budget() {
      return budget;
    }

    private static String seconds(Duration d) {
      return java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString()
          + " s";
    }
  }
}
