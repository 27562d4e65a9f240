package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The times figures are stated for: ordered only when the text allows (moved from ValueSlotTest). */
class MomentTest {
  @Test
  void momentsAreOrderedOnlyWhenTheTextAllows() {
    Moment noon = Moment.parse("2023-04-10T12:00+07:00");
    Moment evening = Moment.parse("2023-04-10T19:30");
    Moment day = Moment.parse("2023-04-10");
    assertThat(noon.compare(evening)).isNegative();
    assertThat(day.compare(noon)).isNull();
    assertThat(day.compare(Moment.parse("2023-04-10"))).isNull();
    assertThat(Moment.parse("2023-04").compare(Moment.parse("2023-05-01"))).isNegative();
    assertThat(Moment.parse("2023-04-10T05:00+00:00").compare(noon)).isZero();
  }
}
