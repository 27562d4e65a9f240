package dev.claimdiff.eval;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scores of every evaluation corpus folder ({@code corpora/<event>/<lang>/} with its
 * {@code gold.json}) as one table: a line per folder, then the totals, claims counted over all
 * folders (micro-average), and the gold findings reproduced by kind.
 *
 * @param rows one per folder, in path order
 */
public record CorpusScores(ImmutableList<Row> rows) {

  /**
   * One folder's scores.
   *
   * @param name {@code <event>/<lang>}
   * @param articles the articles read
   * @param result the scores
   */
  public record Row(String name, int articles, EvalResult result) {}

  /** The folders below {@code root} that hold a gold file, two levels down, in path order. */
  public static ImmutableList<Path> folders(Path root) {
    try (Stream<Path> events = Files.list(root)) {
      return events.filter(Files::isDirectory).sorted()
          .flatMap(event -> {
            try (Stream<Path> langs = Files.list(event)) {
              return langs.filter(l -> Files.isRegularFile(l.resolve("gold.json"))).sorted()
                  .toList().stream();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpora in " + root, e);
    }
  }

  /** The folder's name in the table: {@code <event>/<lang>}. */
  public static String name(Path folder) {
    return folder.getParent().getFileName() + "/" + folder.getFileName();
  }

  /** The table, with the totals and the findings by kind. */
  public String render() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%-44s %8s %8s %9s %9s %6s %6s%n", "corpus", "articles", "recall", "precision",
        "findings", "false", "traps"));
    int articles = 0;
    int found = 0;
    int core = 0;
    int correct = 0;
    int reported = 0;
    long reproduced = 0;
    int goldFindings = 0;
    int falseAlarms = 0;
    long trapsKept = 0;
    int traps = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    for (Row r : rows) {
      EvalResult e = r.result();
      sb.append(String.format(Locale.ROOT, "%-44s %8d %8.2f %9.2f %9s %6d %6s%n", r.name(),
          r.articles(), e.recall(), e.precision(), e.findingsReproduced() + "/" + e.findings().size(),
          e.unexplained().size(), e.traps().stream().filter(EvalResult.TrapScore::kept).count()
              + "/" + e.traps().size()));
      articles += r.articles();
      found += e.coreFound();
      core += e.core();
      correct += e.correct();
      reported += e.reported();
      reproduced += e.findingsReproduced();
      goldFindings += e.findings().size();
      falseAlarms += e.unexplained().size();
      trapsKept += e.traps().stream().filter(EvalResult.TrapScore::kept).count();
      traps += e.traps().size();
      e.findingsByKind().forEach((kind, c) -> {
        int[] sum = byKind.computeIfAbsent(kind, k -> new int[2]);
        sum[0] += c[0];
        sum[1] += c[1];
      });
    }
    sb.append(String.format(Locale.ROOT, "%-44s %8d %8.2f %9.2f %9s %6d %6s%n",
        "all (" + rows.size() + " folders, claims pooled)", articles,
        found / (double) Math.max(1, core), correct / (double) Math.max(1, reported),
        reproduced + "/" + goldFindings, falseAlarms, trapsKept + "/" + traps));
    sb.append("findings reproduced by kind:");
    byKind.forEach((kind, c) -> sb.append(' ').append(kind).append(' ').append(c[0]).append('/')
        .append(c[1]));
    return sb.append('\n').toString();
  }
}
