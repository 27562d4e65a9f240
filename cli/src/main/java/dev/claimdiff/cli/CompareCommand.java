package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Report;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimdiff compare}: extract claims from every article and compare them. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Extract claims from every article and report where the outlets agree, "
        + "disagree, contradict themselves, spell a name two ways, or stand alone.")
final class CompareCommand extends ReportCommand {
  @Option(names = "--claims", description = "Also list every claim in text and Markdown output.")
  boolean claims;

  @Option(names = "--fail-on-discrepancy",
      description = "Exit 6 when a DISCREPANCY or INCONSISTENCY is found (for scripts and CI).")
  boolean failOnDiscrepancy;

  @Option(names = "--one-story", description = "Take every article as reporting one event: "
      + "compare them all together instead of grouping them into stories first.")
  boolean oneStory;

  @Override
  Claimdiff.Options engineOptions(Claimdiff.Options shared) {
    return shared.withOneStory(oneStory);
  }

  @Override
  Report run(Claimdiff engine, ArticleTexts.@Nullable Collector texts) {
    return texts == null ? engine.compare(options.inputs) : engine.compare(options.inputs, texts);
  }

  @Override
  boolean failOnDiscrepancy() {
    return failOnDiscrepancy;
  }

  @Override
  boolean listClaims() {
    return claims;
  }
}
