package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets a clear message naming the problem, and the good article given
 * beside it is still read and its claims extracted.
 */
class BadInputTest {
  static final String GOOD = "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin "
      + "(21/11/2022). Kepala BNPB Suharyanto mengatakan bahwa 268 orang meninggal dunia.\n\n"
      + "\"Kami terus mencari korban yang hilang,\" kata Suharyanto kepada wartawan.\n";

  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(2));
  }

  private Path good() throws IOException {
    return Files.writeString(dir.resolve("good.txt"), GOOD);
  }

  private Report compare(Path... paths) {
    return engine.compare(java.util.Arrays.stream(paths).map(Path::toString).toList());
  }

  private static ArticleEntry entry(Report report, String id) {
    return report.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static void assertGoodArticleProcessed(Report report) {
    ArticleEntry good = entry(report, "good.txt");
    assertThat(good.status()).isEqualTo("ok");
    assertThat(good.claims()).isPositive();
    assertThat(report.claims()).anyMatch(c -> c.article().equals("good.txt"));
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Report report = compare(empty, good());

    assertThat(entry(report, "empty.txt").status()).isEqualTo("error");
    assertThat(entry(report, "empty.txt").message()).isEqualTo("empty file");
    assertThat(report.hasErrors()).isTrue();
    assertGoodArticleProcessed(report);
  }

  @Test
  void binaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path image = Files.write(dir.resolve("photo.txt"), png);
    Report report = compare(image, good());

    assertThat(entry(report, "photo.txt").message()).isEqualTo("not a text file: it looks like a PNG image");
    assertGoodArticleProcessed(report);
  }

  @Test
  void unreadableFile() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), GOOD);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(secret)).as("running as root: permissions do not apply").isFalse();
    Report report = compare(secret, good());

    assertThat(entry(report, "secret.txt").message()).contains("permission denied");
    assertGoodArticleProcessed(report);
  }

  @Test
  void aPathThatIsNotARegularFileCannotBeRead() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
    Report report = compare(fifo, good());

    assertThat(entry(report, "pipe.txt").status()).isEqualTo("error");
    assertThat(entry(report, "pipe.txt").message()).isEqualTo("not a regular file");
    assertGoodArticleProcessed(report);
  }

  @Test
  void missingPathAndDanglingLink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("nowhere.txt"));
    Path missing = dir.resolve("missing.txt");
    Report report = compare(missing, link, good());

    assertThat(report.articles()).filteredOn(a -> a.status().equals("error"))
        .extracting(ArticleEntry::message)
        .containsExactly("no such file or directory", "no such file or directory");
    assertGoodArticleProcessed(report);
  }

  @Test
  void invalidUtf8IsDecodedAsWindows1252WithAWarning() throws IOException {
    byte[] latin = ("Menteri mengatakan caf\u00e9 itu ditutup karena tidak memiliki izin dan "
        + "juga akan dibongkar pada pekan depan oleh petugas dari dinas.")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin.txt"), latin);
    Report report = compare(file, good());

    ArticleEntry entry = entry(report, "latin.txt");
    assertThat(entry.status()).isEqualTo("ok");
    assertThat(entry.message()).startsWith("not valid UTF-8 (first bad byte at offset 22)")
        .endsWith("decoded as Windows-1252");
    assertGoodArticleProcessed(report);
  }

  @Test
  void fiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    Report report = compare(big, good());

    assertThat(entry(report, "big.txt").message())
        .isEqualTo("file is too large: 50.0 MB, the limit for one article file is 16.0 MB");
    assertGoodArticleProcessed(report);
  }

  @Test
  void htmlKeepsTheArticleTextAndDropsScriptsAndNavigation() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Gempa</title>"
        + "<meta property=\"og:site_name\" content=\"Berita Kita\"><script>var x = 1;</script></head>"
        + "<body><nav>Beranda | Nasional</nav><article><h1>Gempa Cianjur</h1>"
        + "<p>Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022).</p>"
        + "<p>\"Kami terus mencari korban,\" kata Suharyanto.</p></article>"
        + "<footer>Hak cipta</footer></body></html>");
    Report report = compare(page, good());

    ArticleEntry entry = entry(report, "page.html");
    assertThat(entry.status()).isEqualTo("ok");
    assertThat(entry.outlet()).isEqualTo("Berita Kita");
    assertThat(report.claims()).filteredOn(c -> c.article().equals("page.html"))
        .anyMatch(c -> c.evidence().equals("Kami terus mencari korban"))
        .noneMatch(c -> c.evidence().contains("var x"));
    assertGoodArticleProcessed(report);
  }

  @Test
  void jsonLinesWithOneMalformedLine() throws IOException {
    String record = "{\"id\": \"a%d\", \"outlet\": \"Berita Kita\", \"text\": \"%s\"}";
    String text = "Banjir merendam 300 rumah di Bekasi pada Selasa (3/1/2023).";
    Path lines = Files.writeString(dir.resolve("batch.jsonl"),
        String.format(record, 1, text) + "\n{\"id\": \"a2\", \"text\": \n" + String.format(record, 3, text) + "\n");
    Report report = compare(lines, good());

    assertThat(report.articles()).extracting(ArticleEntry::id, ArticleEntry::status)
        .contains(org.assertj.core.groups.Tuple.tuple("a1", "ok"),
            org.assertj.core.groups.Tuple.tuple("a3", "ok"));
    ArticleEntry bad = report.articles().stream().filter(a -> a.status().equals("error"))
        .findFirst().orElseThrow();
    assertThat(bad.path()).endsWith("batch.jsonl:2");
    assertThat(bad.message()).startsWith("line 2 is not valid JSON");
    assertThat(entry(report, "a1").outlet()).isEqualTo("Berita Kita");
    assertGoodArticleProcessed(report);
  }

  @Test
  void directoryWithASingleArticleSaysThereIsNothingToCompare() throws IOException {
    good();
    Report report = engine.compare(List.of(dir.toString()));

    assertThat(report.notes())
        .containsExactly("nothing to compare: only one article could be read; its claims are listed");
    assertThat(report.findings()).isEmpty();
    assertGoodArticleProcessed(report);
  }

  @Test
  void theSameArticleTwiceIsReadTwiceAndReportedAsADuplicate() throws IOException {
    Path good = good();
    Report report = compare(good, good);

    assertThat(report.articles()).extracting(ArticleEntry::id).containsExactly("good.txt", "good.txt~2");
    assertThat(report.claims()).anyMatch(c -> c.id().startsWith("good.txt~2#"));
    assertThat(report.findings()).anyMatch(f -> f.kind() == Kind.DUPLICATE
        && f.articles().equals(List.of("good.txt", "good.txt~2")));
    assertThat(report.findings()).noneMatch(f -> f.kind() == Kind.AGREEMENT);
    assertGoodArticleProcessed(report);
  }

  @Test
  void standardInputIsReadAndSniffed() {
    Claimdiff withStdin = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1)
        .withStdin(() -> new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8))));
    Report report = withStdin.extract(List.of("-"));

    assertThat(report.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("stdin");
      assertThat(a.status()).isEqualTo("ok");
    });
    assertThat(report.claims()).isNotEmpty();
  }

  @Test
  void anEnglishArticleIsReadWithTheEnglishRules() throws IOException {
    Path english = Files.writeString(dir.resolve("english.txt"), "The minister said that the "
        + "aid for the flood victims will be sent from the warehouse in the city and that it was "
        + "delayed by the storm on Monday.");
    Report report = compare(english, good());

    assertThat(entry(report, "english.txt").status()).isEqualTo("ok");
    assertThat(entry(report, "english.txt").language()).isEqualTo("en");
    assertThat(entry(report, "english.txt").message()).isNull();
    assertThat(report.claims()).anyMatch(c -> c.article().equals("english.txt"));
    assertGoodArticleProcessed(report);
  }

  @Test
  void goldFileAmongTheInputsIsSkippedNotAnError() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.json"), "{\"schema\": \"claimdiff-gold/1\"}");
    Report report = compare(gold, good());

    assertThat(entry(report, "gold.json").status()).isEqualTo("skipped");
    assertThat(report.hasErrors()).isFalse();
    assertGoodArticleProcessed(report);
  }

  @Test
  void whenNoInputCanBeReadTheReportSaysSoForExtractAndCompare() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    for (Report report : List.of(compare(empty),
        engine.extract(List.of(empty.toString())))) {
      assertThat(report.notes()).contains("no article could be read: nothing to extract or compare");
      assertThat(report.articles()).singleElement().extracting(ArticleEntry::status).isEqualTo("error");
    }
    Report extracted = engine.extract(List.of(good().toString(), empty.toString()));
    assertThat(extracted.notes()).isEmpty();
    assertGoodArticleProcessed(extracted);
  }
}
