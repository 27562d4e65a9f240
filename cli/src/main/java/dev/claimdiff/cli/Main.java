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
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(err);
    int exit = cl.execute(args);
    if (out.checkError()) { // a PrintWriter hides write errors: a full disk, a closed pipe
      err.println("claimdiff: cannot write the report to standard output");
      exit = ExitCodes.FAILURE;
    }
    System.exit(exit);
  }
}
