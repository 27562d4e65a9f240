package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read on the workers and a record file's articles finished there: whatever the thread
 * count, every input is reported in input order, with its status and message, and the report is
 * the same byte for byte; the progress listener hears of every input once, in order.
 */
class BatchSchedulerTest {
  @TempDir Path dir;

  /**
   * Text files (an empty one among them), an HTML page, a JSON-lines file with a bad line, a
   * JSON file with two records, more text files, and a path that does not exist.
   */
  private List<String> mixedInputs() throws IOException {
    List<String> inputs = new ArrayList<>();
    Path texts = Files.createDirectories(dir.resolve("texts"));
    for (int i = 0; i < 45; i++) {
      String text = i == 7 ? "" : BadInputTest.GOOD.replace("268", String.valueOf(200 + i));
      Files.writeString(texts.resolve(String.format(Locale.ROOT, "t%02d.txt", i)), text);
    }
    inputs.add(texts.toString());
    inputs.add(Files.writeString(dir.resolve("page.html"), "<html><body><article><p>"
        + BadInputTest.GOOD.replace("\n\n", "</p><p>") + "</p></article></body></html>").toString());
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append(i == 5 ? "{not json" : "{\"id\": \"r" + i + "\", \"text\": \""
          + BadInputTest.GOOD.replace("268", String.valueOf(300 + i)).replace("\"", "\\\"")
              .replace("\n", "\\n") + "\"}").append('\n');
    }
    inputs.add(Files.writeString(dir.resolve("feed.jsonl"), lines).toString());
    inputs.add(Files.writeString(dir.resolve("two.json"), "[{\"text\": \"Menteri itu mengatakan "
        + "bahwa 5 orang tiba.\"}, {\"id\": \"\"}]").toString());
    inputs.add(dir.resolve("missing.txt").toString());
    inputs.add(Files.writeString(dir.resolve("last.txt"), BadInputTest.GOOD).toString());
    return inputs;
  }

  @Test
  void everyInputInOrderAndTheSameReportForAnyThreadCount() throws IOException {
    List<String> inputs = mixedInputs();
    String first = null;
    for (int threads : List.of(1, 2, 3)) {
      List<int[]> told = new ArrayList<>();
      Report report = Claimdiff.create(Claimdiff.Options.defaults().withThreads(threads)
          .withProgress((done, total) -> told.add(new int[] {done, total}))).compare(inputs);
      List<String> ids = report.articles().stream().map(ArticleEntry::id).toList();
      assertThat(ids).hasSize(45 + 1 + 40 + 2 + 1 + 1);
      assertThat(ids.subList(0, 3)).containsExactly("t00.txt", "t01.txt", "t02.txt");
      assertThat(ids.get(45)).isEqualTo("page.html");
      assertThat(ids.subList(46, 49)).containsExactly("r0", "r1", "r2");
      assertThat(ids.get(51)).isEqualTo("feed.jsonl:6"); // the bad line keeps its place
      assertThat(ids.get(85)).isEqualTo("r39");
      assertThat(ids.subList(86, 90)).containsExactly("two.json#1", "two.json#2",
          dir.resolve("missing.txt").toString(), "last.txt");
      assertThat(report.articles().get(7).status()).isEqualTo("error");
      assertThat(report.articles().get(7).message()).isEqualTo("empty file");
      assertThat(report.articles().get(51).status()).isEqualTo("error");
      assertThat(report.articles().get(87).message()).isEqualTo("record 2 has no \"text\" string");
      assertThat(report.articles().get(88).message()).isEqualTo("no such file or directory");
      assertThat(report.articles()).filteredOn(ArticleEntry::ok).hasSize(90 - 4);
      // every input read (45 + 4 files) is told once, in order, the last told last
      assertThat(told).extracting(t -> t[0]).containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, 49).boxed().toList());
      assertThat(told).allMatch(t -> t[1] == 49);
      String json = new JsonReportWriter().toJson(report);
      if (first == null) {
        first = json;
      } else {
        assertThat(json).as(threads + " threads").isEqualTo(first);
      }
    }
  }

  @Test
  void aRecordFilesArticlesGetWhatTheyGetAsFiles() throws IOException {
    Path one = Files.writeString(dir.resolve("one.txt"), BadInputTest.GOOD);
    Path record = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"one.txt\", \"text\": \""
        + BadInputTest.GOOD.replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n");
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(2));

    Report fromFile = engine.extract(List.of(one.toString()));
    Report fromRecord = engine.extract(List.of(record.toString()));

    assertThat(fromRecord.claims()).isEqualTo(fromFile.claims()).isNotEmpty();
  }
}
