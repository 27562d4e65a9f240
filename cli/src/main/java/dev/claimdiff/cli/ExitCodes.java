package dev.claimdiff.cli;

/** The process exit codes, documented in the README. */
final class ExitCodes {
  /** Done: every input was read. */
  static final int OK = 0;
  /** Done, but some input could not be read; the others were processed and reported. */
  static final int SOME_INPUT_UNREADABLE = 1;
  /** Usage error: a bad option, no input given. */
  static final int USAGE = 2;
  /** For eval: the scores are below the floors given with --min-recall / --min-precision. */
  static final int BELOW_FLOOR = 3;
  /** The output could not be written, or an internal error. */
  static final int FAILURE = 4;
  /**
   * Every input was read, but the extraction of some article failed or ran over its time budget
   * (status {@code failed}); the others were processed and reported. An unreadable input (1) wins.
   */
  static final int EXTRACTION_FAILED = 5;

  /** The exit code of a finished run: 1 when some input could not be read, else 5, else 0. */
  static int of(dev.claimdiff.report.Report report) {
    return report.hasErrors() ? SOME_INPUT_UNREADABLE
        : report.hasFailures() ? EXTRACTION_FAILED : OK;
  }

  private ExitCodes() {}
}
