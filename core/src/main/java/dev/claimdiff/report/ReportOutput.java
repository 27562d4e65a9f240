package dev.claimdiff.report;

import java.io.Writer;

/**
 * How to write a report: its format, the language of its words (for the human formats), whether
 * to list every claim (text and Markdown) and whether to colour it (text). The CLI's options map
 * onto this one record, and it picks the writer.
 *
 * @param format the format
 * @param words the words of text, Markdown and HTML reports
 * @param claims whether text and Markdown also list every claim
 * @param color whether text output is coloured with ANSI escapes
 */
public record ReportOutput(ReportFormat format, ReportWords words, boolean claims, boolean color) {

  /** English, no claims listing, no colour. */
  public static ReportOutput of(ReportFormat format) {
    return new ReportOutput(format, ReportWords.english(), false, false);
  }

  /** Writes the report; {@code texts} are shown by the formats that show texts. */
  public void write(Report report, ArticleTexts texts, Writer out) {
    switch (format) {
      case TEXT -> TextReportWriter.plain().withWords(words).withClaims(claims).withColor(color)
          .write(report, out);
      case MARKDOWN -> MarkdownReportWriter.findingsOnly().withWords(words).withClaims(claims)
          .write(report, out);
      case JSON -> new JsonReportWriter().write(report, out);
      case HTML -> HtmlReportWriter.english().withWords(words).write(report, texts, out);
      case CLAIMREVIEW -> new ClaimReviewWriter().write(report, out);
    }
  }
}
