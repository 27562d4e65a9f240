package dev.claimdiff.cli;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.ReportFormat;
import dev.claimdiff.report.ReportOutput;
import dev.claimdiff.report.ReportWords;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options compare and extract share: inputs, format, output file, languages. */
final class OutputOptions {
  /** The report formats, as typed. */
  enum Format { text, markdown, json, html, claimreview }

  /** --lang values. */
  enum Lang { auto, id, en }

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Article files (.txt, .html, .json, .jsonl), directories (read recursively, "
          + "in sorted order) or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--lang", defaultValue = "auto",
      description = "Language of the articles: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
          + "detected per article).")
  Lang lang;

  Integer threads;
  String reportLang;

  @Option(names = "--report-lang", paramLabel = "LANG",
      description = "Language of text, Markdown and HTML reports: id or en (default: the "
          + "locale's language when claimdiff has its words, else en).")
  void setReportLang(String code) {
    if (!ReportWords.available(code)) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
          "--report-lang: no report words for '" + code + "' (id, en)");
    }
    reportLang = code;
  }

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles extracted at once (default: the number of cores).")
  void setThreads(int n) {
    if (n < 1) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
          "--threads must be at least 1, not " + n);
    }
    threads = n;
  }

  @picocli.CommandLine.Mixin ArticleTimeout timeout;

  Claimdiff.Options engineOptions(PrintWriter err, boolean stderrIsTerminal) {
    Claimdiff.Options options = Claimdiff.Options.defaults()
        .withArticleTimeout(timeout.duration())
        .withLanguage(lang == Lang.auto ? null : Language.fromCode(lang.name()).orElseThrow());
    if (threads != null) {
      options = options.withThreads(threads);
    }
    if (stderrIsTerminal) {
      options = options.withProgress((done, total) -> {
        if (total > 20) {
          err.print("\rread " + done + "/" + total + (done == total ? "\n" : ""));
          err.flush();
        }
      });
    }
    return options;
  }

  /** The core's description of the output the options ask for. */
  ReportOutput output(boolean listClaims, boolean color) {
    String lang = reportLang != null ? reportLang : ReportWords.forLocale(Locale.getDefault());
    return new ReportOutput(ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)),
        ReportWords.of(lang), listClaims, color);
  }

  /** Writes the report where asked; claims are listed in text and Markdown when asked. */
  void write(Report report, ArticleTexts texts, PrintWriter stdout, boolean listClaims,
      boolean stdoutIsTerminal) {
    if (output == null) {
      output(listClaims, stdoutIsTerminal).write(report, texts, stdout);
      return;
    }
    try (Writer file = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
      output(listClaims, false).write(report, texts, file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("cannot write " + output + ": no such directory", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UncheckedIOException("cannot write " + output + ": permission denied", e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(e.getCause());
    } catch (IOException e) {
      throw cannotWrite(e);
    }
  }

  private UncheckedIOException cannotWrite(IOException cause) {
    return new UncheckedIOException("cannot write " + output + ": " + cause.getMessage(), cause);
  }
}
