package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs a fuzzing campaign found to break claimdiff ({@code reliability/}, written for the
 * purpose, not taken from articles; see docs/reliability.md), each read as the CLI reads it: it
 * is reported with status ok (or a clear error for a JSON file beyond the reader's limits), and
 * the slow ones finish in time linear in their size.
 */
class ReliabilityRegressionTest {
  private static final Path FOUND =
      Path.of("src", "test", "resources", "dev", "claimdiff", "reliability");
  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
  }

  private static Report extract(Path... files) {
    return engine.extract(java.util.Arrays.stream(files).map(Path::toString).toList());
  }

  private static ArticleEntry only(Report report) {
    assertThat(report.articles()).hasSize(1);
    return report.articles().get(0);
  }

  @Test
  void anUnfinishedListOfDignitariesAtTheEndOfTheText() {
    for (String name : List.of("titled_name_list_at_end_sioobe.txt", "titled_sioobe_min.txt")) {
      ArticleEntry entry = only(extract(FOUND.resolve(name)));
      assertThat(entry.status()).as(name + ": " + entry.message()).isEqualTo("ok");
    }
  }

  @Test
  void aRelativeDateBeyondTheCalendarGivesNoDate() {
    for (String name : List.of("date_billion_years_ago.txt", "date_30000_months_ago.txt",
        "min_dtpe.txt")) {
      Report report = extract(FOUND.resolve(name));
      assertThat(only(report).status()).as(name + ": " + only(report).message()).isEqualTo("ok");
      assertThat(report.claims()).as(name)
          .noneMatch(c -> c.type() == ClaimType.EVENT_DATE && c.evidence().contains("lalu"));
    }
  }

  @Test
  void monthAndYearAfterSpacesAtTheStartOfTheText() {
    for (String name : List.of("date_leading_spaces_month_year_sioobe.txt",
        "date_leading_spaces_month_year_min.txt")) {
      Report report = extract(FOUND.resolve(name));
      assertThat(only(report).status()).as(name + ": " + only(report).message()).isEqualTo("ok");
      assertThat(report.claims()).as(name).singleElement()
          .satisfies(c -> assertThat(c.span().start()).isGreaterThan(0));
    }
  }

  @Test
  void aNumberOfThousandsOfGroupsDoesNotOverflowTheStack() {
    ArticleEntry entry = only(extract(FOUND.resolve("regex_stackoverflow_dotted_number.txt")));
    assertThat(entry.status()).as(entry.message()).isEqualTo("ok");
  }

  @Test
  void jsonBeyondTheReadersLimitsIsAClearError() {
    Report report = extract(FOUND.resolve("json_deep_nesting_npe.json"),
        FOUND.resolve("json_long_number.json"));
    assertThat(report.articles()).extracting(ArticleEntry::status).containsOnly("error");
    assertThat(report.articles().get(0).message())
        .startsWith("JSON beyond the reader's limits: ").contains("nesting depth")
        .doesNotContain("StreamReadConstraints");
    assertThat(report.articles().get(1).message())
        .startsWith("JSON beyond the reader's limits: ").contains("Number value length");
  }

  @Test
  void aJsonTextOverTheArticleLimitIsAClearError() throws IOException {
    // json_huge_text_npe.py: one record whose text is 21 MB, in a file under the JSON limit
    String text = "Kata Blinken, AS setuju. ".repeat(840_001);
    Path big = Files.writeString(dir.resolve("json_huge_text.json"),
        "{\"id\": \"big\", \"text\": \"" + text + "\"}");
    ArticleEntry entry = only(extract(big));
    assertThat(entry.status()).isEqualTo("error");
    assertThat(entry.message()).isEqualTo("the record is too large: the limit for one article is 16.0 MB");
  }

  @Test
  void repeatedIdsBecomeUnique() {
    Report report = extract(FOUND.resolve("duplicate_ids_tilde.jsonl"));
    assertThat(report.articles()).extracting(ArticleEntry::id)
        .containsExactly("a", "a~2", "a~2~2");
    List<String> claimIds = report.claims().stream().map(Claim::id).toList();
    assertThat(claimIds).doesNotHaveDuplicates();
  }

  /**
   * An article of this text. How long extraction takes is measured by the benchmark and the
   * fuzzing campaign (docs/reliability.md), never asserted here: these tests check that the
   * inputs that once took quadratic time are read and give a result.
   */
  private static Article article(String text) {
    return new ArticleLoader(null, InputStream::nullInputStream)
        .fromText("t", text, ArticleMetadata.unknown());
  }

  @Test
  void aLongRunOfQuoteMarksIsRead() {
    ArticleEntry entry = only(extract(FOUND.resolve("slow_ascii_quote_run_4k.txt")));
    assertThat(entry.status()).isEqualTo("ok");
    // 16 000 characters: 8 000 quote marks took 7 s before runs were broken, and the time grew
    // with the square of the length (16 000 would take half a minute)
    for (String unit : List.of("\"", "'", "&", "\\", "a\"", "a,")) {
      String text = "Kata dia " + unit.repeat(16_000 / unit.length()) + " selesai.";
      assertThat(engine.claims(article(text))).as("a run of %s", unit).isNotNull();
    }
  }

  @Test
  void manyDatesInOneSentenceAreRead() {
    // slow_dates_one_sentence.py, with four times the dates (4 000 took 5 s before, 8 000 would
    // take 20 s)
    Random random = new Random(3);
    List<String> weekdays = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    String sentence = random.ints(8_000, 0, 7).mapToObj(w -> weekdays.get(w) + " ("
        + (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/2022)")
        .collect(Collectors.joining(", "));
    assertThat(engine.claims(article("dilansir dari AFP, " + sentence)))
        .as("the dates of one long sentence").isNotEmpty();
  }
}
