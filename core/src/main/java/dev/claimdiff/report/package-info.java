/**
 * The report: {@link dev.claimdiff.report.Report} is the {@code claimdiff/report-v1} contract
 * (articles with their status, claims, findings); {@link dev.claimdiff.report.JsonReportWriter},
 * {@link dev.claimdiff.report.TextReportWriter} and {@link dev.claimdiff.report.MarkdownReportWriter}
 * write it for programs and people. Output is deterministic: the same report gives the same bytes.
 */
@NullMarked
package dev.claimdiff.report;

import org.jspecify.annotations.NullMarked;
