package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.ReportOutput;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What compare and extract share: run the engine, write the report, say what failed. */
abstract class ReportCommand implements Callable<Integer> {
  @Mixin OutputOptions options;
  @Spec CommandSpec spec;

  /** Runs the engine; each readable article's text goes to {@code texts} when it is not null. */
  abstract Report run(Claimdiff engine, ArticleTexts.@Nullable Collector texts);

  /** Whether a DISCREPANCY or INCONSISTENCY makes the command exit 6. */
  boolean failOnDiscrepancy() {
    return false;
  }

  /**
   * One line on standard error for each input that could not be read or whose extraction failed,
   * or that was read with a warning.
   */
  static void reportProblems(Report report, PrintWriter err) {
    for (ArticleEntry a : report.articles()) {
      if (a.status().equals("error") || a.status().equals(ArticleEntry.FAILED)) {
        err.println("claimdiff: " + a.path() + ": " + a.message());
      } else if (a.status().equals("ok") && a.message() != null) {
        err.println("claimdiff: warning: " + a.path() + ": " + a.message());
      }
    }
    err.flush();
  }

  abstract boolean listClaims();

  /** The engine options this command adds to the shared ones (none by default). */
  Claimdiff.Options engineOptions(Claimdiff.Options shared) {
    return shared;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    Claimdiff engine = Claimdiff.create(engineOptions(options.engineOptions(err, terminal)));
    ReportOutput output = options.output(listClaims(), false);
    ArticleTexts.Collector texts = output.format().showsTexts() ? new ArticleTexts.Collector() : null;
    Report report = run(engine, texts);
    reportProblems(report, err);
    try {
      options.write(report, texts == null ? ArticleTexts.none() : texts.build(), out, listClaims(),
          terminal && options.output == null);
    } catch (UncheckedIOException e) {
      err.println("claimdiff: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    return ExitCodes.of(report, failOnDiscrepancy());
  }
}
