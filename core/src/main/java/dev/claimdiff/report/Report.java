package dev.claimdiff.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;

/**
 * A claimdiff report: the {@code claimdiff/report-v1} contract, documented in
 * {@code docs/report-schema.md}. Fields may be added in later versions of v1; none is removed or
 * changes meaning without a new schema name.
 *
 * @param schema always {@value #SCHEMA}
 * @param articles every input, in input order, readable or not
 * @param claims every claim of every readable article, in article order then text order
 * @param findings what the comparison found, discrepancies and inconsistencies first
 * @param notes plain sentences about the run as a whole ("nothing to compare: one article")
 * @param stories the articles grouped by the event they report, each with its findings
 *     ({@code compare} only; empty for {@code extract})
 */
@JsonPropertyOrder({"schema", "articles", "claims", "findings", "notes", "stories"})
public record Report(
    String schema,
    ImmutableList<ArticleEntry> articles,
    ImmutableList<Claim> claims,
    ImmutableList<Finding> findings,
    ImmutableList<String> notes,
    ImmutableList<Story> stories) {

  /** A report without stories (what {@code extract} gives). */
  public Report(String schema, ImmutableList<ArticleEntry> articles, ImmutableList<Claim> claims,
      ImmutableList<Finding> findings, ImmutableList<String> notes) {
    this(schema, articles, claims, findings, notes, ImmutableList.of());
  }

  /** The schema name this version writes. */
  public static final String SCHEMA = "claimdiff/report-v1";

  /** The number of articles that could be read. */
  public long readableArticles() {
    return articles.stream().filter(ArticleEntry::ok).count();
  }

  /**
   * Whether the report found a DISCREPANCY (outlets disagree) or an INCONSISTENCY (an article
   * contradicts itself): what {@code --fail-on-discrepancy} fails on. UPDATEs are not counted:
   * values that changed as time passed are no contradiction.
   */
  public boolean hasDiscrepancy() {
    return findings.stream()
        .anyMatch(f -> f.kind().contradiction());
  }

  /** Whether some input could not be read. */
  public boolean hasErrors() {
    return articles.stream().anyMatch(a -> a.status().equals("error"));
  }

  /** Whether some article was read but its extraction failed or ran over its time budget. */
  public boolean hasFailures() {
    return articles.stream().anyMatch(a -> a.status().equals(ArticleEntry.FAILED));
  }
}
