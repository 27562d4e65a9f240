package dev.claimdiff.report;

import java.util.Objects;

/**
 * How the text and Markdown reports say in which languages a finding was seen: when the report
 * holds articles in more than one language, each finding opens with its languages
 * ({@code [en+id]}); a report in one language shows nothing, as before.
 */
final class Languages {
  private Languages() {}

  /** Whether the report's readable articles are in more than one language. */
  static boolean several(Report report) {
    return report.articles().stream().map(ArticleEntry::language).filter(Objects::nonNull)
        .distinct().count() > 1;
  }

  /** The finding's languages as a tag before its summary, or nothing. */
  static String tag(Finding f, boolean several) {
    return several && !f.languages().isEmpty() ? "[" + String.join("+", f.languages()) + "] " : "";
  }
}
