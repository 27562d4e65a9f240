package dev.claimdiff.cli;

import picocli.CommandLine;

/** Entry point: {@code claimdiff compare|extract|eval …}. The only place that exits. */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    System.exit(ClaimdiffCommand.commandLine().execute(args));
  }
}
