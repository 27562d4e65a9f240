package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire copied as text keeps its dateline's month and day but not the year the page's stamp
 * gave: the year comes from the other articles of the run, so the wire's 'on Wednesday' and its
 * figures' times can be placed; without a dated article near it the date stays unknown.
 */
class YearlessDatelinesTest {
  @TempDir Path dir;

  private static final String WIRE = """
      Flood in river town kills 9, hundreds flee

      By Jane Doe

      SAMARINDA, Indonesia, Jan 3 (Reuters) - A flash flood swept through a river town in East \
      Kalimantan on Saturday, killing at least nine people, the disaster agency said.

      "The water rose within minutes," said Ahmad Fauzi, a local official.
      """;

  private static final String DATED = """
      Banjir Bandang di Samarinda, 12 Orang Meninggal

      Kompas.com - 04/01/2027, 10:15 WIB

      SAMARINDA, KOMPAS.com - Banjir bandang melanda Samarinda pada Sabtu (2/1/2027). Sebanyak \
      12 orang meninggal dunia, kata Kepala BPBD.
      """;

  @Test
  void theYearNearestTheOtherArticlesDates() {
    MonthDay jan3 = MonthDay.of(Month.JANUARY, 3);
    // across a new year: 3 January next to 30 December is the next year's
    assertThat(YearlessDatelines.year(jan3, List.of(LocalDate.of(2026, 12, 30))))
        .isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(YearlessDatelines.year(MonthDay.of(Month.AUGUST, 19),
        List.of(LocalDate.of(2026, 8, 20), LocalDate.of(2024, 8, 19))))
        .isEqualTo(LocalDate.of(2024, 8, 19));
    // nothing dated within a month: unknown, never a guess
    assertThat(YearlessDatelines.year(jan3, List.of(LocalDate.of(2026, 6, 1)))).isNull();
    assertThat(YearlessDatelines.year(jan3, List.of())).isNull();
    assertThat(YearlessDatelines.year(MonthDay.of(Month.FEBRUARY, 29),
        List.of(LocalDate.of(2028, 3, 1)))).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(YearlessDatelines.day("2026-08-19T18:00+07:00")).isEqualTo(LocalDate.of(2026, 8, 19));
    assertThat(YearlessDatelines.day("2026-08")).isNull();
  }

  @Test
  void aWireTakesTheYearOfTheArticlesBesideItAndSaysSo() throws IOException {
    Path wire = Files.writeString(dir.resolve("reuters.txt"), WIRE);
    Path dated = Files.writeString(dir.resolve("kompas.txt"), DATED);
    String first = null;
    for (int threads : List.of(1, 2)) {
      Report report = Claimdiff.create(Claimdiff.Options.defaults().withThreads(threads))
          .compare(List.of(wire.toString(), dated.toString()));
      ArticleEntry entry = report.articles().get(0);
      assertThat(entry.published()).isEqualTo("2027-01-03");
      assertThat(entry.message()).contains("Jan 3 without a year", "2027-01-03");
      // its 'on Saturday' is now a date
      assertThat(report.claims()).filteredOn(c -> c.article().equals(entry.id())
              && c.type() == ClaimType.EVENT_DATE)
          .extracting(c -> ((ClaimValue.EventDateValue) c.value()).date())
          .contains("2027-01-02"); // Saturday, the day before the dateline
      String json = new JsonReportWriter().toJson(report);
      assertThat(first == null || first.equals(json)).as("same report for %d threads", threads)
          .isTrue();
      first = json;
    }
  }

  @Test
  void aWireAloneKeepsNoDate() throws IOException {
    Path wire = Files.writeString(dir.resolve("reuters.txt"), WIRE);
    Report report = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(wire.toString()));
    assertThat(report.articles().get(0).published()).isNull();
    assertThat(report.articles().get(0).message()).isNull();
  }
}
