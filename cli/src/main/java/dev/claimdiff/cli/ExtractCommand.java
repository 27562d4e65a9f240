package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Report;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/** {@code claimdiff extract}: the claims of each article, without comparison. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the claims of each article, each with its evidence span, without "
        + "comparing articles.")
final class ExtractCommand extends ReportCommand {
  @Override
  Report run(Claimdiff engine, ArticleTexts.@Nullable Collector texts) {
    return texts == null ? engine.extract(options.inputs) : engine.extract(options.inputs, texts);
  }

  @Override
  boolean listClaims() {
    return true;
  }
}
