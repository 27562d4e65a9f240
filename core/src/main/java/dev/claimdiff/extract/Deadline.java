package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When an article's extraction must have finished: checked cooperatively, sentence by sentence in
 * every rule pass and quotation by quotation, so a runaway article stops within one sentence's
 * work of its budget and the thread goes on with the next article (no thread is abandoned, none
 * is interrupted). {@link #NONE} never expires.
 *
 * <p>The budget is the <em>CPU time</em> of the thread that made the deadline (wall time where
 * the JVM cannot measure a thread's CPU time, or when another thread checks): on a busy machine
 * an article that waits for a core is not failed for the wait, so the same input fails or not
 * whatever else the machine runs. The clock is read first (cheap); the thread's CPU time only
 * once the clock says the budget is spent, and then the clock deadline moves on by what is left.
 * A deadline belongs to one thread's work on one batch, and is not shared between threads.
 */
public final class Deadline {
  /** No budget. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO, -1, null);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long endNanos;
  private final Duration budget;
  /** The owner's CPU time when the deadline was made, in nanoseconds; -1 if not measured. */
  private final long startCpuNanos;
  private final @Nullable Thread owner;

  private Deadline(long endNanos, Duration budget, long startCpuNanos, @Nullable Thread owner) {
    this.endNanos = endNanos;
    this.budget = budget;
    this.startCpuNanos = startCpuNanos;
    this.owner = owner;
  }

  /** A deadline {@code budget} from now; a zero budget is {@link #NONE}. */
  public static Deadline after(Duration budget) {
    checkArgument(!budget.isNegative(), "a time budget cannot be negative: %s", budget);
    return budget.isZero() ? NONE : new Deadline(System.nanoTime() + budget.toNanos(), budget,
        threadCpuNanos(), Thread.currentThread());
  }

  /** Throws {@link Exceeded} once the budget has been spent. */
  public void check() {
    if (this == NONE) {
      return;
    }
    long now = System.nanoTime();
    if (now - endNanos <= 0) {
      return;
    }
    if (startCpuNanos >= 0 && Thread.currentThread() == owner) {
      long cpu = threadCpuNanos();
      long left = budget.toNanos() - (cpu - startCpuNanos);
      if (cpu >= 0 && left > 0) {
        endNanos = now + left; // the clock ran on while the thread waited for a core
        return;
      }
    }
    throw new Exceeded(budget);
  }

  /** The current thread's CPU time in nanoseconds, or -1 when the JVM does not measure it. */
  private static long threadCpuNanos() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    } catch (UnsupportedOperationException e) {
      return -1;
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
