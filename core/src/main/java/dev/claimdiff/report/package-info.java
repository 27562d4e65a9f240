/**
 * The report: {@link dev.claimdiff.report.Report} is the {@code claimdiff/report-v1} contract
 * (articles with their status, claims, findings); {@link dev.claimdiff.report.JsonReportWriter},
 * {@link dev.claimdiff.report.TextReportWriter}, {@link dev.claimdiff.report.MarkdownReportWriter},
 * {@link dev.claimdiff.report.HtmlReportWriter} and {@link dev.claimdiff.report.ClaimReviewWriter}
 * write it for programs and people, {@link dev.claimdiff.report.ReportOutput} picks one, and
 * {@link dev.claimdiff.report.ReportWords} holds the words of the human formats in each language.
 * Output is deterministic: the same report gives the same bytes.
 */
@NullMarked
package dev.claimdiff.report;

import org.jspecify.annotations.NullMarked;
