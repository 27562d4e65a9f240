package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.Report;
import picocli.CommandLine.Command;

/** {@code claimdiff extract}: the claims of each article, without comparison. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the claims of each article, each with its evidence span, without "
        + "comparing articles.")
final class ExtractCommand extends ReportCommand {
  @Override
  Report run(Claimdiff engine) {
    return engine.extract(options.inputs);
  }

  @Override
  boolean listClaims() {
    return true;
  }
}
