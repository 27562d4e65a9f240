package dev.claimdiff.report;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.WordPatterns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a report for a terminal, at most 100 columns wide: the articles with their status, then
 * the findings grouped by kind (discrepancies first), each with one line per claim (outlet,
 * value, evidence), then, when asked, every claim by article. Colour only when asked (the CLI
 * asks when standard output is a terminal).
 */
public final class TextReportWriter {
  /** Lines are wrapped or cut at this many characters. */
  private static final int WIDTH = 100;
  /** An outlet's name before a value is cut to this many characters. */
  private static final int MAX_OUTLET_WIDTH = 22;
  private final boolean includeClaims;
  private final boolean color;
  private final ReportWords words;

  private TextReportWriter(boolean includeClaims, boolean color, ReportWords words) {
    this.includeClaims = includeClaims;
    this.color = color;
    this.words = words;
  }

  /** A writer in English without claims listing and without colour. */
  public static TextReportWriter plain() {
    return new TextReportWriter(false, false, ReportWords.english());
  }

  /** A copy that also lists every claim by article. */
  public TextReportWriter withClaims(boolean include) {
    return new TextReportWriter(include, color, words);
  }

  /** A copy that colours headings and kinds with ANSI escapes. */
  public TextReportWriter withColor(boolean useColor) {
    return new TextReportWriter(includeClaims, useColor, words);
  }

  /** A copy that writes in another language. */
  public TextReportWriter withWords(ReportWords newWords) {
    return new TextReportWriter(includeClaims, color, newWords);
  }

  /** Writes the report. */
  public void write(Report report, Writer out) {
    StringBuilder sb = new StringBuilder();
    Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
    Map<String, Claim> claims = report.claims().stream()
        .collect(Collectors.toMap(Claim::id, c -> c, (a, b) -> a, LinkedHashMap::new));

    FindingSummaries summaries = new FindingSummaries(report, words);

    sb.append(bold(words.get("report.title"))).append(": ")
        .append(words.get("report.counts", report.articles().size(), report.readableArticles(),
            report.claims().size(), report.findings().size())).append('\n');
    for (String note : report.notes()) {
      sb.append(words.get("report.note", note)).append('\n');
    }
    sb.append('\n').append(bold(words.get("section.articles"))).append('\n');
    int statusWidth = java.util.stream.Stream.of("ok", "skipped", "error")
        .mapToInt(s -> words.get("status." + s).length()).max().orElse(7);
    String indent = " ".repeat(statusWidth + 3);
    for (ArticleEntry a : report.articles()) {
      String label = words.getOr("status." + a.status(), a.status());
      String padded = label + " ".repeat(Math.max(0, statusWidth - label.length()));
      String status = switch (a.status()) {
        case "ok" -> green(padded);
        case "skipped" -> yellow(padded);
        default -> red(padded);
      };
      sb.append("  ").append(status).append(' ').append(a.id()).append('\n');
      if (a.ok()) {
        sb.append(indent)
            .append(words.get("article.language")).append(": ").append(orDash(a.language()))
            .append("  ").append(words.get("article.outlet")).append(": ").append(orDash(a.outlet()))
            .append("  ").append(words.get("article.published")).append(": ")
            .append(orDash(a.published()))
            .append("  ").append(words.get("article.claims")).append(": ").append(a.claims())
            .append('\n');
      }
      if (a.message() != null) {
        sb.append(wrap(a.message(), indent)).append('\n');
      }
    }
    if (report.stories().size() > 1) {
      sb.append('\n').append(bold("Stories (" + report.stories().size() + ")")).append('\n');
      for (Story story : report.stories()) {
        String head = "  " + story.id() + "  ";
        sb.append(head).append(Snippets.shorten(story.label(), WIDTH - head.length())).append('\n');
        sb.append(wrap("articles: " + String.join(", ", story.articles()), "      ")).append('\n');
        sb.append(wrap("findings: " + (story.findings().isEmpty() ? "none"
            : String.join(", ", story.findings())), "      ")).append('\n');
      }
    }
    boolean bilingual = Languages.several(report);
    for (Finding.Kind kind : Finding.Kind.values()) {
      List<Finding> ofKind = report.findings().stream().filter(f -> f.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      sb.append('\n').append(bold(kindColor(kind, words.get("kind." + kind.name()) + " (" + ofKind.size() + ")"))).append('\n');
      for (Finding f : ofKind) {
        String head = "  " + f.id() + "  ";
        sb.append(head).append(wrap(Languages.tag(f, bilingual) + summaries.summary(f),
            " ".repeat(head.length())).strip()).append('\n');
        if (!f.timeline().isEmpty()) {
          // an UPDATE: its figures in time order
          for (Finding.TimelineEntry t : f.timeline()) {
            Claim c = claims.get(t.claim());
            ArticleEntry a = articles.get(t.article());
            String who = a == null ? t.article() : a.outlet() != null ? a.outlet() : shortId(a.id());
            sb.append("      ").append(Snippets.shorten((t.asOf() == null ? words.get("update.earlier") : t.asOf())
                + "  " + Snippets.shorten(who, MAX_OUTLET_WIDTH) + ": " + t.value(), WIDTH - 6)).append('\n');
            if (c != null) {
              sb.append("          \u201c").append(Snippets.shorten(c.evidence(), WIDTH - 12))
                  .append("\u201d\n");
            }
          }
          continue;
        }
        for (String id : f.claims()) {
          Claim c = claims.get(id);
          if (c == null) {
            continue;
          }
          ArticleEntry a = articles.get(c.article());
          String who = a == null ? c.article() : a.outlet() != null ? a.outlet() : shortId(a.id());
          sb.append("      ").append(Snippets.shorten(
              Snippets.shorten(who, MAX_OUTLET_WIDTH) + ": " + Snippets.value(c, words), WIDTH - 6)).append('\n');
          sb.append("          \u201c").append(Snippets.shorten(c.evidence(), WIDTH - 12))
              .append("\u201d\n");
        }
      }
    }
    if (includeClaims) {
      sb.append('\n').append(bold(words.get("section.claims"))).append('\n');
      String current = null;
      for (Claim c : report.claims()) {
        if (!c.article().equals(current)) {
          current = c.article();
          sb.append("  ").append(bold(current)).append('\n');
        }
        sb.append("    ").append(Snippets.shorten(c.type() + "  " + Snippets.value(c, words), WIDTH - 4))
            .append('\n');
        String where = "[" + c.span().start() + "-" + c.span().end() + "] ";
        sb.append("        ").append(where).append('\u201c')
            .append(Snippets.shorten(c.evidence(), WIDTH - 10 - where.length())).append("\u201d\n");
        String in = "        " + words.get("claim.in") + ": ";
        sb.append(in).append(Snippets.shorten(c.context(), WIDTH - in.length())).append('\n');
        sb.append("        ").append(words.get("claim.rule")).append(": ").append(c.rule())
            .append('\n');
      }
    }
    try {
      out.write(sb.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  private static String shortId(String id) {
    return id.length() <= 12 ? id : id.substring(0, 12);
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String wrap(String text, String indent) {
    StringBuilder sb = new StringBuilder(indent);
    int column = indent.length();
    for (String word : WordPatterns.WHITE_SPACE.split(text)) {
      if (column + word.length() + 1 > WIDTH && column > indent.length()) {
        sb.append('\n').append(indent);
        column = indent.length();
      }
      sb.append(column > indent.length() ? " " : "").append(word);
      column += word.length() + 1;
    }
    return sb.toString();
  }

  private String kindColor(Finding.Kind kind, String text) {
    return switch (kind) {
      case DISCREPANCY, INCONSISTENCY -> red(text);
      case UPDATE -> yellow(text);
      case AGREEMENT -> green(text);
      default -> yellow(text);
    };
  }

  private String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  private String red(String s) {
    return color ? "\u001b[31m" + s + "\u001b[0m" : s;
  }

  private String green(String s) {
    return color ? "\u001b[32m" + s + "\u001b[0m" : s;
  }

  private String yellow(String s) {
    return color ? "\u001b[33m" + s + "\u001b[0m" : s;
  }
}
