/**
 * The command-line front end: parses options with picocli, calls {@link dev.claimdiff.Claimdiff}
 * and writes the report with core's writers. No logic a library user would also need lives here.
 */
@NullMarked
package dev.claimdiff.cli;

import org.jspecify.annotations.NullMarked;
