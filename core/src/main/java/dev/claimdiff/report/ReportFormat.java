package dev.claimdiff.report;

/** The forms a report can be written in; {@link ReportOutput} writes them. */
public enum ReportFormat {
  /** For a terminal. */
  TEXT,
  /** For documents. */
  MARKDOWN,
  /** The {@code claimdiff/report-v1} contract, for programs. */
  JSON,
  /** One self-contained page for people: matrix, findings, article views. */
  HTML,
  /** schema.org ClaimReview JSON-LD, for fact-checking sites and search engines. */
  CLAIMREVIEW;

  /** Whether the format shows the articles' texts (they must then be kept while running). */
  public boolean showsTexts() {
    return this == HTML;
  }

  /** Whether the format is for people, written in the report language. */
  public boolean human() {
    return this == TEXT || this == MARKDOWN || this == HTML;
  }
}
