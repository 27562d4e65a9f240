package dev.claimdiff.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only subcommands and the standard --help/--version. */
@Command(
    name = "claimdiff",
    mixinStandardHelpOptions = true,
    versionProvider = ClaimdiffCommand.VersionProvider.class,
    description = "Compares what news articles about one event claim: who said what, when, where, "
        + "how long, what was promised, and whom each outlet credits.",
    subcommands = {CompareCommand.class, ExtractCommand.class, EvalCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done; every input was read",
        "1:done, but some input could not be read (the others are reported)",
        "2:usage error (bad option, no input)",
        "3:eval only: a score is below the floor given",
        "4:the report could not be written, or an internal error",
        "5:done, every input was read, but the extraction of some article failed or ran over "
            + "its time budget (status failed; the others are reported)",
        "6:--fail-on-discrepancy: a DISCREPANCY or INCONSISTENCY was found"})
public final class ClaimdiffCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("claimdiff: a command is required (compare, extract, eval)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The configured command line: usage errors exit 2, failures 4. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ClaimdiffCommand());
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILURE);
    cl.setExecutionExceptionHandler(ClaimdiffCommand::internalError);
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
      sub.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILURE);
    }
    return cl;
  }

  /**
   * An internal error: one line on standard error, no stack trace (set the environment variable
   * {@code CLAIMDIFF_DEBUG=1} to see it), exit 4.
   */
  private static int internalError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    java.io.PrintWriter err = cl.getErr();
    err.println("claimdiff: internal error: " + (e.getMessage() == null
        ? e.getClass().getSimpleName() : e.getMessage()));
    if ("1".equals(System.getenv("CLAIMDIFF_DEBUG"))) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  /** The version from the jar's manifest. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ClaimdiffCommand.class.getPackage().getImplementationVersion();
      return new String[] {"claimdiff " + (version == null ? "(development build)" : version),
          "report schema claimdiff/report-v1"};
    }
  }
}
