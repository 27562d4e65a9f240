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

  @Test
  void clockTimesWithZonesAreOrderedAsInstants() {
    // 23:20 UTC on the 8th is 08:20 WIT on the 9th: after 08:00 WIT, though its day is earlier
    assertThat(Moment.parse("2026-03-08T23:20+00:00").compare(Moment.parse("2026-03-09T08:00+09:00")))
        .isPositive();
    assertThat(Moment.parse("2026-03-09T08:00+09:00").compare(Moment.parse("2026-03-08T23:20+00:00")))
        .isNegative();
  }

  @Test
  void aClockWithNoZoneIsOrderedAgainstAUtcStampOnlyWhenNoZoneReversesThem() {
    Moment utc = Moment.parse("2024-03-13T09:18+00:00");
    // AFP's '10:32' with no zone may be 10:32 UTC or 10:32 WITA (02:32 UTC): either side of it
    assertThat(Moment.parse("2024-03-13T10:32").compare(utc)).isNull();
    assertThat(utc.compare(Moment.parse("2024-03-13T10:32"))).isNull();
    // 20:00 of the day before is before 09:18 UTC in every zone from UTC-12 to UTC+14
    assertThat(Moment.parse("2024-03-12T08:00").compare(utc)).isNegative();
    assertThat(utc.compare(Moment.parse("2024-03-12T08:00"))).isPositive();
    // a local stamp's zone is the story's: its clock and a zone-less figure time are one zone's
    assertThat(Moment.parse("2024-03-13T08:00").compare(Moment.parse("2024-03-13T09:52+08:00")))
        .isNegative();
  }
}
