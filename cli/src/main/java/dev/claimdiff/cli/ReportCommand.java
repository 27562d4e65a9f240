package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Report;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What compare and extract share: run the engine, write the report, say what failed. */
abstract class ReportCommand implements Callable<Integer> {
  @Mixin OutputOptions options;
  @Spec CommandSpec spec;

  abstract Report run(Claimdiff engine);

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    Claimdiff engine = Claimdiff.create(options.engineOptions(err, terminal));
    Report report = run(engine);
    reportProblems(report, err);
    try {
      options.write(report, out, listClaims(), terminal && options.output == null);
    } catch (UncheckedIOException e) {
      err.println("claimdiff: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    return ExitCodes.of(report);
  }
}
