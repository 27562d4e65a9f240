package dev.claimdiff.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code claimdiff compare|extract|eval …}. The only place that exits. */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    CommandLine cl = ClaimdiffCommand.commandLine();
    // reports are UTF-8 whatever the locale: evidence must be the article's exact text
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
