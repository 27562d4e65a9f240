package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.eval.EvalResult;
import dev.claimdiff.eval.Evaluator;
import dev.claimdiff.report.Report;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimdiff eval}: compare the inputs and score the report against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run compare on the inputs and score the report against a gold annotation "
        + "(claimdiff-gold/1): recall and precision per claim type, the misses, the findings.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "GOLD.json",
      description = "The gold annotation.")
  Path gold;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The annotated articles.")
  List<String> inputs;

  Double minRecall;
  Double minPrecision;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ArticleTimeout timeout;

  @Option(names = "--min-recall", paramLabel = "R",
      description = "Exit 3 when core claim recall is below R (0 to 1).")
  void setMinRecall(double r) {
    minRecall = fraction("--min-recall", r);
  }

  @Option(names = "--min-precision", paramLabel = "P",
      description = "Exit 3 when claim precision is below P (0 to 1).")
  void setMinPrecision(double p) {
    minPrecision = fraction("--min-precision", p);
  }

  private double fraction(String option, double value) {
    if (value < 0 || value > 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          option + " must be between 0 and 1, not " + value);
    }
    return value;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("claimdiff: " + gold + ": no such gold file");
      return ExitCodes.USAGE;
    }
    Evaluator evaluator;
    try {
      evaluator = Evaluator.forGold(gold);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("claimdiff: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // a gold annotation describes one event: its articles are compared as one story
    Report report = Claimdiff.create(Claimdiff.Options.defaults().withOneStory(true)
        .withArticleTimeout(timeout.duration())).compare(inputs);
    ReportCommand.reportProblems(report, err);
    EvalResult result = evaluator.score(report);
    out.print(result.render());
    out.flush();
    boolean below = minRecall != null && result.recall() < minRecall
        || minPrecision != null && result.precision() < minPrecision;
    if (below) {
      err.println("claimdiff: below the floor (recall " + result.recall() + ", precision "
          + result.precision() + ")");
      return ExitCodes.BELOW_FLOOR;
    }
    return ExitCodes.of(report, false);
  }
}
