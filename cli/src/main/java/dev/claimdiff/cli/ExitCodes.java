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
  /** --fail-on-discrepancy was given and a DISCREPANCY or INCONSISTENCY was found. */
  static final int DISCREPANCY = 6;

  /**
   * The code a finished run exits with: 1 when some input could not be read, else 5 when an
   * extraction failed, else 6 when asked to fail on a discrepancy and one was found, else 0.
   */
  static int of(dev.claimdiff.report.Report report, boolean failOnDiscrepancy) {
    if (report.hasErrors()) {
      return SOME_INPUT_UNREADABLE;
    }
    if (report.hasFailures()) {
      return EXTRACTION_FAILED;
    }
    if (failOnDiscrepancy && report.hasDiscrepancy()) {
      return DISCREPANCY;
    }
    return OK;
  }

  private ExitCodes() {}
}
