package dev.claimdiff.report;

import dev.claimdiff.extract.Claim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a report as a Markdown document to paste into a fact-check draft: the articles as a
 * table, then one section per finding kind with a table per finding (outlet, value, evidence
 * quoted), then, when asked, every claim.
 */
public final class MarkdownReportWriter {
  /** A finding's table cuts each claim's evidence to this many characters. */
  static final int MAX_FINDING_EVIDENCE = 200;
  /** The claims table cuts a claim's evidence to this many characters. */
  static final int MAX_CLAIM_EVIDENCE = 160;
  /** The claims table cuts a claim's sentence to this many characters. */
  static final int MAX_CLAIM_CONTEXT = 300;

  private final boolean includeClaims;
  private final ReportWords words;

  private MarkdownReportWriter(boolean includeClaims, ReportWords words) {
    this.includeClaims = includeClaims;
    this.words = words;
  }

  /** A writer in English that lists findings only. */
  public static MarkdownReportWriter findingsOnly() {
    return new MarkdownReportWriter(false, ReportWords.english());
  }

  /** A copy that also lists every claim. */
  public MarkdownReportWriter withClaims(boolean include) {
    return new MarkdownReportWriter(include, words);
  }

  /** A copy that writes in another language. */
  public MarkdownReportWriter withWords(ReportWords newWords) {
    return new MarkdownReportWriter(includeClaims, newWords);
  }

  /** Writes the report. */
  public void write(Report report, Writer out) {
    FindingSummaries summaries = new FindingSummaries(report, words);
    StringBuilder sb = new StringBuilder("# ").append(words.get("report.title")).append("\n\n");
    sb.append(words.get("report.counts", report.articles().size(), report.readableArticles(),
        report.claims().size(), report.findings().size())).append(".\n\n");
    for (String note : report.notes()) {
      sb.append("> ").append(cell(note)).append("\n\n");
    }
    sb.append("## ").append(words.get("section.articles")).append("\n\n")
        .append(words.get("md.articles.header")).append("\n|---|---|---|---|---|---|---|\n");
    Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    for (ArticleEntry a : report.articles()) {
      articles.putIfAbsent(a.id(), a);
      sb.append("| ").append(words.getOr("status." + a.status(), a.status()).toLowerCase(
          java.util.Locale.ROOT)).append(" | `").append(a.id()).append("` | ")
          .append(dash(a.language())).append(" | ").append(dash(a.outlet())).append(" | ")
          .append(dash(a.published())).append(" | ").append(a.claims()).append(" | ")
          .append(a.message() == null ? "" : cell(a.message())).append(" |\n");
    }
    Map<String, Claim> claims = report.claims().stream()
        .collect(Collectors.toMap(Claim::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    if (report.stories().size() > 1) {
      sb.append("\n## Stories (").append(report.stories().size()).append(")\n\n")
          .append("| story | label | articles | findings |\n|---|---|---|---|\n");
      for (Story story : report.stories()) {
        sb.append("| ").append(story.id()).append(" | ").append(cell(story.label())).append(" | ")
            .append(cell(story.articles().stream().map(a -> "`" + a + "`")
                .collect(Collectors.joining(", "))))
            .append(" | ").append(String.join(", ", story.findings())).append(" |\n");
      }
    }
    boolean bilingual = Languages.several(report);
    for (Finding.Kind kind : Finding.Kind.values()) {
      List<Finding> ofKind = report.findings().stream().filter(f -> f.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      sb.append("\n## ").append(words.get("title." + kind.name())).append(" (").append(ofKind.size()).append(")\n");
      for (Finding f : ofKind) {
        sb.append("\n### ").append(f.id()).append(": ")
            .append(cell(Languages.tag(f, bilingual) + summaries.summary(f))).append("\n\n");
        if (f.claims().isEmpty()) {
          continue;
        }
        if (!f.timeline().isEmpty()) {
          // an UPDATE: its figures in time order
          sb.append(words.get("md.update.header")).append("\n|---|---|---|---|\n");
          for (Finding.TimelineEntry t : f.timeline()) {
            Claim c = claims.get(t.claim());
            ArticleEntry a = articles.get(t.article());
            sb.append("| ").append(t.asOf() == null ? words.get("update.earlier") : cell(t.asOf())).append(" | ")
                .append(cell(a == null ? t.article() : a.label())).append(" | ")
                .append(cell(t.value())).append(" | \u201c")
                .append(c == null ? "" : cell(Snippets.shorten(c.evidence(), MAX_FINDING_EVIDENCE)))
                .append("\u201d |\n");
          }
          continue;
        }
        sb.append(words.get("md.finding.header")).append("\n|---|---|---|\n");
        for (String id : f.claims()) {
          Claim c = claims.get(id);
          if (c == null) {
            continue;
          }
          ArticleEntry a = articles.get(c.article());
          sb.append("| ").append(cell(a == null ? c.article() : a.label())).append(" | ")
              .append(cell(Snippets.value(c, words))).append(" | \u201c")
              .append(cell(Snippets.shorten(c.evidence(), MAX_FINDING_EVIDENCE))).append("\u201d |\n");
        }
      }
    }
    if (includeClaims) {
      sb.append("\n## ").append(words.get("section.claims")).append("\n\n")
          .append(words.get("md.claims.header")).append("\n|---|---|---|---|---|---|\n");
      for (Claim c : report.claims()) {
        sb.append("| `").append(c.id()).append("` | ").append(c.type()).append(" | ")
            .append(cell(Snippets.value(c, words))).append(" | \u201c")
            .append(cell(Snippets.shorten(c.evidence(), MAX_CLAIM_EVIDENCE))).append("\u201d | ")
            .append(cell(Snippets.shorten(c.context(), MAX_CLAIM_CONTEXT))).append(" | `")
            .append(c.rule()).append("` |\n");
      }
    }
    try {
      out.write(sb.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  private static String dash(String s) {
    return s == null ? "–" : cell(s);
  }

  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
  }
}
