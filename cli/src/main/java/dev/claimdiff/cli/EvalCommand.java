package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import com.google.common.collect.ImmutableList;
import dev.claimdiff.eval.CorpusScores;
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

/**
 * {@code claimdiff eval}: compare the inputs and score the report against a gold file; or, with
 * {@code --corpora DIR}, every {@code DIR/<event>/<lang>/} folder against its own
 * {@code gold.json}, with a summary table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run compare on the inputs and score the report against a gold annotation "
        + "(claimdiff-gold/1): recall and precision per claim type, the misses, the findings "
        + "(per kind too), the traps. With --corpora DIR, score every DIR/<event>/<lang>/ folder "
        + "against its gold.json and print a table with the totals.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "GOLD.json",
      description = "The gold annotation (needed unless --corpora is given).")
  Path gold;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "Score every DIR/<event>/<lang>/ folder that holds a gold.json, one table.")
  Path corpora;

  @Option(names = "--details",
      description = "With --corpora: also print each folder's full scores before the table.")
  boolean details;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "The annotated articles.")
  List<String> inputs = List.of();

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
    if (corpora != null) {
      if (gold != null || !inputs.isEmpty()) {
        err.println("claimdiff: eval: give either --corpora DIR or --gold GOLD.json INPUT..., not both");
        return ExitCodes.USAGE;
      }
      return corpora(out, err);
    }
    if (gold == null || inputs.isEmpty()) {
      err.println("claimdiff: eval: needs --gold GOLD.json and at least one INPUT (or --corpora DIR)");
      return ExitCodes.USAGE;
    }
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

  /** Every corpus folder scored against its own gold; the floors apply to each folder. */
  private int corpora(PrintWriter out, PrintWriter err) {
    if (!Files.isDirectory(corpora)) {
      err.println("claimdiff: " + corpora + ": no such directory");
      return ExitCodes.USAGE;
    }
    List<Path> folders = CorpusScores.folders(corpora);
    if (folders.isEmpty()) {
      err.println("claimdiff: " + corpora + ": no <event>/<lang>/gold.json below it");
      return ExitCodes.USAGE;
    }
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withOneStory(true)
        .withArticleTimeout(timeout.duration()));
    ImmutableList.Builder<CorpusScores.Row> rows = ImmutableList.builder();
    boolean below = false;
    boolean unreadable = false;
    boolean failed = false;
    for (Path folder : folders) {
      EvalResult result;
      Report report;
      try {
        Evaluator evaluator = Evaluator.forGold(folder.resolve("gold.json"));
        report = engine.compare(List.of(folder.toString()));
        result = evaluator.score(report);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("claimdiff: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      ReportCommand.reportProblems(report, err);
      unreadable |= report.hasErrors();
      failed |= report.hasFailures();
      if (details) {
        out.println("== " + CorpusScores.name(folder));
        out.print(result.render());
        out.println();
      }
      rows.add(new CorpusScores.Row(CorpusScores.name(folder), (int) report.readableArticles(), result));
      below |= minRecall != null && result.recall() < minRecall
          || minPrecision != null && result.precision() < minPrecision;
    }
    out.print(new CorpusScores(rows.build()).render());
    out.flush();
    if (below) {
      err.println("claimdiff: a folder is below the floor");
      return ExitCodes.BELOW_FLOOR;
    }
    return unreadable ? ExitCodes.SOME_INPUT_UNREADABLE
        : failed ? ExitCodes.EXTRACTION_FAILED : ExitCodes.OK;
  }
}
