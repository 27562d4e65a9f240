package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever one article's extraction does (throw, overflow the stack, run out of memory, run over
 * its time budget), that article alone is reported as {@code failed}, with a message and no stack
 * trace, and every other article gets exactly the report it gets without it.
 */
class ContainmentTest {
  @TempDir Path dir;

  /** 40 articles (more than a batch), the bad one in the middle. */
  private List<String> inputs(String badText) throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = i == 20 ? badText : BadInputTest.GOOD.replace("268", String.valueOf(100 + i));
      inputs.add(Files.writeString(dir.resolve(String.format("a%02d.txt", i)), text).toString());
    }
    return inputs;
  }

  private static Report compare(Consumer<dev.claimdiff.ingest.Article> probe, int threads,
      Duration timeout, List<String> inputs) {
    return Claimdiff.withProbe(Claimdiff.Options.defaults().withThreads(threads)
        .withArticleTimeout(timeout), probe).compare(inputs);
  }

  private static void assertOnlyTheBadOneFailed(Report report, String message) {
    assertThat(report.articles()).hasSize(40);
    ArticleEntry bad = report.articles().get(20);
    assertThat(bad.status()).isEqualTo("failed");
    assertThat(bad.message()).isEqualTo(message);
    assertThat(report.articles()).filteredOn(a -> a != bad).allMatch(ArticleEntry::ok);
    assertThat(report.claims()).noneMatch(c -> c.article().equals(bad.id()));
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void anyThrowableOfOneArticleIsThatArticlesFailure() throws IOException {
    List<String> inputs = inputs("Artikel yang gagal: Menteri itu mengatakan bahwa 5 orang tiba.");
    String clean = new JsonReportWriter().toJson(
        compare(a -> {}, 2, Duration.ZERO, inputs)).replace("\"a20.txt\"", "");
    for (Throwable t : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
        new IllegalStateException("boom"))) {
      Consumer<dev.claimdiff.ingest.Article> probe = a -> {
        if (a.id().equals("a20.txt")) {
          throwIt(t);
        }
      };
      for (int threads : List.of(1, 2)) {
        Report report = compare(probe, threads, Duration.ZERO, inputs);
        assertOnlyTheBadOneFailed(report, Claimdiff.failureMessage(t));
        assertThat(report.articles().get(20).message()).doesNotContain("\tat ", "dev.claimdiff");
        // every other article is reported as it is without the failure
        assertThat(report.articles()).filteredOn(ArticleEntry::ok).hasSize(39);
        assertThat(report.claims()).hasSizeGreaterThan(39 * 2);
      }
    }
    assertThat(clean).isNotEmpty();
  }

  @Test
  void anArticleOverItsTimeBudgetFailsAloneWhateverTheThreadCount() throws IOException {
    List<String> inputs = inputs(BadInputTest.GOOD);
    Consumer<dev.claimdiff.ingest.Article> slow = a -> {
      if (a.id().equals("a20.txt")) {
        spin(2500); // a runaway article: the budget is the thread's CPU time
      }
    };
    String one = null;
    for (int threads : List.of(1, 2)) {
      Report report = compare(slow, threads, Duration.ofSeconds(2), inputs);
      assertOnlyTheBadOneFailed(report, "extraction took longer than 2 s");
      String json = new JsonReportWriter().toJson(report);
      if (one == null) {
        one = json;
      } else {
        assertThat(json).isEqualTo(one);
      }
    }
  }

  @Test
  void failureMessagesSayWhatHappenedInOneLine() {
    assertThat(Claimdiff.failureMessage(new StackOverflowError()))
        .isEqualTo("extraction failed: the text nests or repeats too deeply (stack overflow)");
    assertThat(Claimdiff.failureMessage(new OutOfMemoryError("Java heap space")))
        .isEqualTo("extraction failed: out of memory");
    assertThat(Claimdiff.failureMessage(new StringIndexOutOfBoundsException("index 7")))
        .isEqualTo("extraction failed: internal error (StringIndexOutOfBoundsException: index 7)");
  }

  private static void throwIt(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    throw (RuntimeException) t;
  }

  /** Keeps the current thread busy for {@code millis} of its own CPU time. */
  private static void spin(long millis) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
    while (threads.getCurrentThreadCpuTime() < end) {
      Thread.onSpinWait();
    }
  }
}
