package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles are tokenized and extracted {@link Claimdiff#BATCH_SIZE} at a time: a run over more
 * articles than a batch, with unreadable inputs between them, reports every input in order and
 * gives each article the claims it gets alone.
 */
class BatchExtractionTest {
  private static final Path SEEDS = dev.claimdiff.report.ReportSchemaTest.projectRoot().resolve("seeds");

  private static Claimdiff engine;
  private static List<String> seedTexts;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() throws IOException {
    engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(2));
    try (Stream<Path> files = Files.list(SEEDS)) {
      seedTexts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seedTexts.add(Files.readString(p));
      }
    }
  }

  /**
   * {@code count} files named in input order: seed articles, with an empty file (unreadable) in
   * every seventh place.
   */
  private List<Path> articles(int count) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = String.format(java.util.Locale.ROOT, "a%03d.txt", i);
      String text = i % 7 == 3 ? "" : seedTexts.get(i % seedTexts.size());
      paths.add(Files.writeString(dir.resolve(name), text));
    }
    return paths;
  }

  @Test
  void moreArticlesThanABatchAreReportedInOrderEachWithTheClaimsItGetsAlone() throws IOException {
    List<Path> paths = articles(2 * Claimdiff.BATCH_SIZE + 5);

    Report all = engine.extract(List.of(dir.toString()));

    assertThat(all.articles()).extracting(ArticleEntry::id)
        .containsExactlyElementsOf(paths.stream().map(p -> p.getFileName().toString()).toList());
    for (int i = 0; i < paths.size(); i++) {
      ArticleEntry entry = all.articles().get(i);
      String id = entry.id();
      Report alone = engine.extract(List.of(paths.get(i).toString()));
      assertThat(entry).as(id).isEqualTo(alone.articles().get(0));
      assertThat(all.claims().stream().filter(c -> c.article().equals(id)).toList())
          .as(id).isEqualTo(alone.claims());
      assertThat(entry.status()).as(id).isEqualTo(i % 7 == 3 ? "error" : "ok");
    }
    assertThat(all.claims()).hasSizeGreaterThan(2 * Claimdiff.BATCH_SIZE);
  }

  @Test
  void oneAndTwoThreadsGiveTheSameReportOverSeveralBatches() throws IOException {
    articles(3 * Claimdiff.BATCH_SIZE + 1);
    JsonReportWriter writer = new JsonReportWriter();

    String one = writer.toJson(Claimdiff.create(Claimdiff.Options.defaults().withThreads(1))
        .compare(List.of(dir.toString())));
    String two = writer.toJson(engine.compare(List.of(dir.toString())));

    assertThat(one).contains("\"claims\"").isEqualTo(two);
  }

  @Test
  void extractAllGivesWhatEachArticleGetsAlone() {
    ArticleLoader loader = new ArticleLoader(null, InputStream::nullInputStream);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < Claimdiff.BATCH_SIZE + 3; i++) {
      articles.add(loader.fromText("t" + i, seedTexts.get(i % seedTexts.size()),
          ArticleMetadata.unknown()));
    }

    List<Extraction> extractions = engine.extractAll(articles);

    assertThat(extractions).hasSameSizeAs(articles);
    for (int i = 0; i < articles.size(); i++) {
      List<Claim> alone = engine.claims(articles.get(i));
      assertThat(extractions.get(i).claims()).as("t" + i).isEqualTo(alone).isNotEmpty();
    }
  }

  @Test
  void aBatchGivesEachArticleWhatItGetsAloneWhateverElseIsInIt() {
    ArticleLoader indonesian = new ArticleLoader(null, InputStream::nullInputStream);
    ArticleLoader english = new ArticleLoader(dev.claimdiff.lang.Language.ENGLISH,
        InputStream::nullInputStream);
    SentenceSplitter splitter = new SentenceSplitter();
    ClaimExtractor extractor = new ClaimExtractor();
    List<AnnotatedArticle> batch = new ArrayList<>();
    for (int i = 0; i < 2 * seedTexts.size(); i++) {
      // the seeds twice, in another order the second time, with an English article (the
      // other language's rules) and a headline alone between them
      String text = seedTexts.get(i < seedTexts.size() ? i : 2 * seedTexts.size() - 1 - i);
      batch.add(splitter.split(indonesian.fromText("s" + i, text, ArticleMetadata.unknown())));
      if (i == 2) {
        batch.add(splitter.split(english.fromText("en", "The talks in Geneva lasted 90 minutes, "
            + "the minister said on Friday.", ArticleMetadata.unknown())));
        batch.add(splitter.split(indonesian.fromText("headline", "Blinken dan Lavrov Bertemu",
            ArticleMetadata.unknown())));
      }
    }

    List<Extraction> together = extractor.extractAll(batch);

    assertThat(together).hasSameSizeAs(batch);
    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i)).as(batch.get(i).article().id())
          .isEqualTo(extractor.extractAll(List.of(batch.get(i))).get(0));
    }
    assertThat(together.get(3).claims()).as("English: the duration and what was said")
        .isNotEmpty();
    assertThat(together.get(0).claims()).isNotEmpty();
  }
}
