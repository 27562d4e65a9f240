package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.slots.SlotValue.Due;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A promise's dues compared across articles: written dates as dates, a weekday against the day a
 * date falls on, and only two written dates firm enough for a discrepancy.
 */
class DueTest {
  private static final Due BY_APRIL_21 = new Due("by 2023-04-21 (Friday)");
  private static final Due BY_APRIL_28 = new Due("by 2023-04-28 (Friday)");
  private static final Due APRIL_21_NO_YEAR = new Due("by --04-21");
  private static final Due BY_FRIDAY = new Due("by Friday");
  private static final Due BY_THURSDAY = new Due("by Thursday");
  private static final Due NEXT_WEEK = new Due("next week");

  @Test
  void twoWrittenDatesAreComparedAsDates() {
    assertThat(BY_APRIL_21.compatible(BY_APRIL_28)).isFalse();
    assertThat(BY_APRIL_21.compatible(new Due("on 2023-04-21 (Friday)"))).isTrue();
    assertThat(APRIL_21_NO_YEAR.compatible(BY_APRIL_21)).isTrue();
    assertThat(APRIL_21_NO_YEAR.compatible(BY_APRIL_28)).isFalse();
    assertThat(BY_APRIL_21.firm()).isTrue();
    assertThat(APRIL_21_NO_YEAR.firm()).isTrue();
  }

  @Test
  void aWeekdayFitsTheDateThatFallsOnIt() {
    assertThat(BY_FRIDAY.compatible(BY_APRIL_21)).isTrue();
    assertThat(BY_THURSDAY.compatible(BY_APRIL_21)).isFalse();
    assertThat(BY_THURSDAY.compatible(BY_FRIDAY)).isFalse();
    assertThat(BY_FRIDAY.firm()).isFalse();
  }

  @Test
  void aPhraseAndADayMayBothBeTrueButTwoPhrasesDiffer() {
    assertThat(NEXT_WEEK.compatible(BY_FRIDAY)).isTrue();
    assertThat(NEXT_WEEK.compatible(BY_APRIL_21)).isTrue();
    assertThat(NEXT_WEEK.compatible(new Due("within 7 days"))).isFalse();
    assertThat(NEXT_WEEK.compatible(new Due(null))).isTrue();
  }

  @Test
  void oneWindowWrittenInTwoUnitsIsOneDue() {
    Due twoWeeks = new Due("within 2 weeks");
    assertThat(twoWeeks.sameDay(new Due("within 14 days"))).isTrue();
    assertThat(twoWeeks.compatible(new Due("within 14 days"))).isTrue();
    assertThat(new Due("within 2 days").sameDay(new Due("within 48 hours"))).isTrue();
    assertThat(new Due("within 1 week").sameDay(new Due("within 7 days"))).isTrue();
  }

  @Test
  void twoWindowsOfOtherLengthsAreNeverOneDue() {
    Due twoWeeks = new Due("within 2 weeks");
    assertThat(twoWeeks.sameDay(new Due("within 10 days"))).isFalse();
    assertThat(twoWeeks.compatible(new Due("within 10 days"))).isFalse();
    assertThat(new Due("within 3 days").sameDay(new Due("within 3 weeks"))).isFalse();
    // a month has no fixed number of days: only the same months are one due
    assertThat(new Due("within 1 month").sameDay(new Due("within 30 days"))).isFalse();
    assertThat(new Due("within 1 month").sameDay(new Due("within 4 weeks"))).isFalse();
    // a window is no day: it never meets a weekday or a date as one day
    assertThat(twoWeeks.sameDay(BY_FRIDAY)).isFalse();
    assertThat(twoWeeks.sameDay(BY_APRIL_21)).isFalse();
  }

  @Test
  void aDateIsMorePreciseThanAWeekdayAndAWeekdayThanAPhrase() {
    assertThat(BY_APRIL_21.precision()).isGreaterThan(BY_FRIDAY.precision());
    assertThat(BY_FRIDAY.precision()).isGreaterThan(NEXT_WEEK.precision());
    assertThat(NEXT_WEEK.precision()).isGreaterThan(new Due(null).precision());
  }

  @Test
  void aPromiseAgreedOnIsNoLongerReportedByOneOutletOnly() {
    List<Finding> out = new ArrayList<>();
    out.add(finding(Kind.UNIQUE, "QUANTITY", "a#1"));
    int first = out.size();
    out.add(finding(Kind.AGREEMENT, "COMMITMENT", "a#2", "b#3"));
    out.add(finding(Kind.UNIQUE, "COMMITMENT", "a#2"));
    out.add(finding(Kind.UNIQUE, "COMMITMENT", "b#3"));
    out.add(finding(Kind.UNIQUE, "COMMITMENT", "c#4"));
    SlotFinder.withoutAgreedPromises(out, first);
    assertThat(out).extracting(f -> f.kind() + " " + f.claims())
        .containsExactly("UNIQUE [a#1]", "AGREEMENT [a#2, b#3]", "UNIQUE [c#4]");
  }

  private static Finding finding(Kind kind, String type, String... claims) {
    return new Finding("", kind, type, ImmutableList.copyOf(claims), "summary", type + " / x",
        ImmutableList.of(), ImmutableList.of());
  }
}
