package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --article-timeout} option of compare, extract and eval. */
final class ArticleTimeout {
  private Duration duration = Claimdiff.DEFAULT_ARTICLE_TIMEOUT;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--article-timeout", paramLabel = "SECONDS",
      description = "How long one article's extraction may take, in CPU time, before it is "
          + "reported as failed (default: 10; 0: no limit).")
  void set(double seconds) {
    if (!(seconds >= 0) || seconds > 1e9) {
      throw new ParameterException(mixee.commandLine(),
          "--article-timeout must be a number of seconds, 0 or more, not " + seconds);
    }
    duration = Duration.ofNanos(Math.round(seconds * 1e9));
  }

  Duration duration() {
    return duration;
  }
}
