package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.ingest.CleanText;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import dev.claimdiff.ingest.TextCleaner;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzz tests (Jazzer). {@code mvn verify} replays each target's corpus
 * ({@code src/test/resources/dev/claimdiff/ClaimdiffFuzzTestInputs/<target>/}: the seeds' openings,
 * every input that ever broke claimdiff, hand-made hostile inputs) as regression tests;
 * {@code scripts/fuzz TARGET [DURATION]} runs a campaign (JAZZER_FUZZ=1) that adds to it. Every
 * target asserts {@link ReportInvariants} and that no article fails: a contained failure is
 * still a bug to fix. See docs/reliability.md.
 */
class ClaimdiffFuzzTest {
  private static final String[] FORMATS = {"txt", "html", "json", "jsonl"};
  private static final Claimdiff ONE_THREAD =
      Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
  private static final Claimdiff TWO_THREADS =
      Claimdiff.create(Claimdiff.Options.defaults().withThreads(2));
  private static final ArticleLoader LOADER =
      new ArticleLoader(null, InputStream::nullInputStream);
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final Path DIR = tempDir();

  /** Whether this is a campaign (scripts/fuzz) rather than the replay of the corpus. */
  private static final boolean CAMPAIGN = System.getenv("JAZZER_FUZZ") != null
      && !System.getenv("JAZZER_FUZZ").isEmpty() && !System.getenv("JAZZER_FUZZ").equals("0");

  /** In a campaign, how often {@link #comparison} compares again with two threads. */
  static final int THREAD_CHECK_EVERY = 16;

  private static int comparisons;

  /**
   * The loader, every format: the first byte picks txt, html, json or jsonl, the rest is the
   * file. The report lists every article the loader reads from it, in order.
   */
  @FuzzTest(maxDuration = "5m")
  void loader(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    Path file = DIR.resolve("input." + FORMATS[(data[0] & 0xff) % FORMATS.length]);
    Files.write(file, java.util.Arrays.copyOfRange(data, 1, data.length));
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>();
    LOADER.load(InputSource.file(file), (LoadResult r) -> {
      paths.add(r.path());
      if (r.article() != null) {
        texts.put(r.path(), r.article().text());
      }
    });
    Report report = ONE_THREAD.extract(List.of(file.toString()));
    ReportInvariants.check(report, paths, texts);
    assertNoFailure(report);
  }

  /**
   * The cleaner: every clean character comes from the original, in order, or is a space put in.
   * Checked with plain comparisons, not AssertJ: this runs per character, and a campaign spends
   * its time on the cleaner, not on building assertion objects (the message says the same).
   */
  @FuzzTest(maxDuration = "5m")
  void cleaner(byte[] data) {
    String original = new String(data, StandardCharsets.UTF_8);
    for (Language language : new Language[] {null, Language.INDONESIAN}) {
      CleanText clean = CLEANER.clean(original, language);
      String text = clean.text();
      int previous = 0;
      for (int i = 0; i < text.length(); i++) {
        int at = clean.toOriginal(i);
        char c = text.charAt(i);
        if (at < previous || at > original.length()
            || c != ' ' && (at == original.length() || original.charAt(at) != c)) {
          throw new AssertionError(String.format(
              "clean char %s (%s) maps to %s, after %s, in an original of %s chars (%s)",
              i, c, at, previous, original.length(), language));
        }
        previous = at;
      }
      assertThat(clean.toOriginal(text.length())).isEqualTo(original.length());
    }
  }

  /** Extraction of one article held in memory: spans and evidence. */
  @FuzzTest(maxDuration = "5m")
  void extraction(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return;
    }
    Article article = LOADER.fromText("fuzz", text, ArticleMetadata.unknown());
    List<Claim> claims = ONE_THREAD.claims(article);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Claim c : claims) {
      assertThat(ids.add(c.id())).as("claim id %s unique", c.id()).isTrue();
      assertThat(c.span().end()).isBetween(c.span().start(), text.length());
      assertThat(c.evidence()).isEqualTo(text.substring(c.span().start(), c.span().end()));
    }
  }

  /**
   * Comparison of up to four articles (the input split at 0xFF bytes, which UTF-8 never holds):
   * invariants on every input, and the same bytes for one and for two threads on every input of
   * the regression corpus but, in a campaign, on every {@value #THREAD_CHECK_EVERY}th input only:
   * a second comparison with a thread pool of its own would more than halve the campaign's speed.
   */
  @FuzzTest(maxDuration = "5m")
  void comparison(byte[] data) throws IOException {
    List<String> paths = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    int from = 0;
    for (int i = 0; i <= data.length && paths.size() < 4; i++) {
      if (i == data.length || data[i] == (byte) 0xff) {
        Path file = DIR.resolve("article" + paths.size() + ".txt");
        Files.write(file, java.util.Arrays.copyOfRange(data, from, i));
        paths.add(file.toString());
        from = i + 1;
      }
    }
    for (String path : paths) {
      LOADER.load(InputSource.file(Path.of(path)), r -> {
        if (r.article() != null) {
          texts.put(r.path(), r.article().text());
        }
      });
    }
    Report one = ONE_THREAD.compare(paths);
    ReportInvariants.check(one, paths, texts);
    assertNoFailure(one);
    if (!CAMPAIGN || comparisons++ % THREAD_CHECK_EVERY == 0) {
      Report two = TWO_THREADS.compare(paths);
      JsonReportWriter writer = new JsonReportWriter();
      assertThat(writer.toJson(two)).as("1 and 2 threads").isEqualTo(writer.toJson(one));
    }
  }

  private static void assertNoFailure(Report report) {
    assertThat(report.articles()).as("articles whose extraction failed")
        .noneMatch(a -> a.status().equals(ArticleEntry.FAILED));
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("claimdiff-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
