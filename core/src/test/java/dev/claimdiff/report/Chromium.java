package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} package (or the binary named
 * by {@code $CHROMIUM}). When it is missing, tests fail under CI ({@code CI=true}: {@code .ci/run}
 * installs it, so a missing browser there is a broken setup) and are skipped elsewhere, each time
 * with a message saying how to install it.
 */
final class Chromium {
  private static final String MISSING = "headless Chromium is needed for the browser tests of the "
      + "HTML report and was not found on PATH (install it: apt-get install -y chromium, or set "
      + "CHROMIUM to its path; .ci/run installs it)";

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, or a failed (under CI) or skipped (elsewhere) test. */
  static Chromium require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(MISSING + "; CI=true, so this is a failure");
      }
      Assumptions.abort(MISSING + "; skipped (under CI=true this fails)");
    }
    return new Chromium(found.get());
  }

  private static Optional<Path> find() {
    String named = System.getenv("CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The DOM of the page after its scripts ran ({@code --dump-dom}). */
  String dumpDom(String url, Path work) throws IOException, InterruptedException {
    return run(work, "--dump-dom", url);
  }

  /** Saves a screenshot of the page at a window size. */
  void screenshot(String url, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", url);
    assertThat(png).exists();
  }

  private String run(Path work, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + command);
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s",
        Files.readString(err, StandardCharsets.UTF_8)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
