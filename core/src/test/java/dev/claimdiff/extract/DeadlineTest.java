package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-article budget is the extracting thread's CPU time, not the clock's. */
class DeadlineTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void waitingForACoreSpendsNoBudgetButWorkDoes() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofMillis(200));
    Thread.sleep(400); // the clock runs on, the thread does no work: as on a busy machine
    deadline.check();
    busy(300);
    assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class)
        .hasMessage("extraction took longer than 0.2 s");
  }

  @Test
  void anotherThreadCheckingGoesByTheClock() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofMillis(50));
    Thread.sleep(100);
    Throwable[] thrown = new Throwable[1];
    Thread other = new Thread(() -> {
      try {
        deadline.check();
      } catch (Deadline.Exceeded e) {
        thrown[0] = e;
      }
    });
    other.start();
    other.join();
    assertThat(thrown[0]).isInstanceOf(Deadline.Exceeded.class);
  }

  @Test
  void noBudgetNeverExpires() {
    busy(20);
    Deadline.NONE.check();
    assertThat(Deadline.after(Duration.ZERO)).isSameAs(Deadline.NONE);
  }

  private static void busy(long millis) {
    long end = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
    while (THREADS.getCurrentThreadCpuTime() < end) {
      Thread.onSpinWait();
    }
  }
}
