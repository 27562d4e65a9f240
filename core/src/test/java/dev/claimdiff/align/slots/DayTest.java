package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.align.slots.SlotValue.Day;
import org.junit.jupiter.api.Test;

/** Dates compared across articles: a day reckoned from a weekday never opposes a written one. */
class DayTest {
  private static final Day WRITTEN_SUNDAY = new Day(2026, 3, 8, null, "SUNDAY", true);
  private static final Day WRITTEN_MONDAY = new Day(2026, 3, 9, null, null, true);
  private static final Day RECKONED_TUESDAY = new Day(2026, 3, 10, null, "TUESDAY", false);
  private static final Day RECKONED_SUNDAY = new Day(2026, 3, 8, null, "SUNDAY", false);

  @Test
  void aReckonedDayFitsAWrittenOneButTwoWrittenDaysCanDiffer() {
    assertThat(RECKONED_TUESDAY.compatible(WRITTEN_SUNDAY)).isTrue();
    assertThat(WRITTEN_SUNDAY.compatible(RECKONED_TUESDAY)).isTrue();
    assertThat(WRITTEN_SUNDAY.compatible(WRITTEN_MONDAY)).isFalse();
  }

  @Test
  void twoReckonedDaysMustAgree() {
    assertThat(RECKONED_TUESDAY.compatible(RECKONED_SUNDAY)).isFalse();
    assertThat(RECKONED_SUNDAY.compatible(new Day(2026, 3, 8, null, "SUNDAY", false))).isTrue();
  }

  @Test
  void aWrittenDayIsMorePreciseThanAReckonedOne() {
    assertThat(WRITTEN_SUNDAY.precision()).isGreaterThan(RECKONED_SUNDAY.precision());
  }

  @Test
  void aReckonedWeekdayOpposesAWrittenDateItsOwnWeekdayDoesNotFit() {
    // 'late on Thursday' under a 15 May dateline (the 14th) against 'Thursday, May 15' (a Friday)
    Day reckonedThursday = new Day(2026, 5, 14, null, "THURSDAY", false);
    Day writtenThursday15 = new Day(2026, 5, 15, null, "THURSDAY", true);
    assertThat(writtenThursday15.mismatched()).isTrue();
    assertThat(reckonedThursday.compatible(writtenThursday15)).isFalse();
    assertThat(writtenThursday15.compatible(reckonedThursday)).isFalse();
    assertThat(RECKONED_TUESDAY.compatible(WRITTEN_SUNDAY)).isTrue();
  }

  @Test
  void aDayBacksAnotherOnlyWhenTheySaySomethingInCommon() {
    Day wednesday = new Day(null, null, null, null, "WEDNESDAY", false);
    Day december5 = new Day(null, 12, 5, null, null, true);
    assertThat(december5.compatible(wednesday)).isTrue();
    assertThat(december5.corroborates(wednesday)).isFalse();
    assertThat(new Day(null, null, null, null, "WEDNESDAY", false).corroborates(wednesday)).isTrue();
  }
}
