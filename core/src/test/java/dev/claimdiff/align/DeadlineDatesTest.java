package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines (deadline-markers.txt right before a date): kept as EVENT_DATE claims with {@code due},
 * of no event and never the main date, so two articles' different deadlines are never a
 * discrepancy about when the event took place, and a far deadline does not make its sentence
 * background.
 */
class DeadlineDatesTest {
  private static Claimdiff engine;

  @TempDir Path dir;

  @BeforeAll
  static void buildEngine() {
    engine = ClaimAlignerTest.oneStoryEngine();
  }

  private Report compare(String... namesAndTexts) throws IOException {
    return ClaimAlignerTest.compareIn(engine, dir, namesAndTexts);
  }

  private static List<EventDateValue> dates(Report report, String article) {
    return ClaimAlignerTest.valuesOf(report, article, EventDateValue.class);
  }

  @Test
  void aDeadlineIsADueDateOfNoEvent() throws IOException {
    Report report = compare(
        "a.txt", "Banjir bandang melanda Kabupaten Bima pada Selasa (4/3/2025). "
            + "Bupati berjanji akan membayar santunan paling lambat Jumat (7/3/2025).");

    assertThat(dates(report, "a.txt")).extracting(EventDateValue::date, EventDateValue::main,
            EventDateValue::isDue)
        .contains(org.assertj.core.groups.Tuple.tuple("2025-03-04", true, false),
            org.assertj.core.groups.Tuple.tuple("2025-03-07", false, true));
    assertThat(dates(report, "a.txt")).filteredOn(EventDateValue::isDue)
        .allSatisfy(d -> assertThat(d.event()).isNull());
  }

  @Test
  void twoDifferentDeadlinesNeverContradictTheEventsDate() throws IOException {
    // the same flood on the same Tuesday; one regent pays by Friday, the other by Saturday
    Report report = compare(
        "a.txt", "Banjir bandang melanda Kabupaten Bima pada Selasa (4/3/2025). "
            + "Bupati berjanji akan membayar santunan paling lambat Jumat (7/3/2025).",
        "b.txt", "Banjir bandang melanda Kabupaten Bima pada Selasa (4/3/2025). "
            + "Gubernur akan menyalurkan bantuan beras paling lambat Sabtu (8/3/2025).");

    assertThat(report.findings()).noneMatch(f -> f.type().equals("EVENT_DATE")
        && (f.kind() == Kind.DISCREPANCY || f.kind() == Kind.INCONSISTENCY));
  }
}
