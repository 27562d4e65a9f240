package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void hedgesBoundTheValue() {
    assertThat(Interval.of(120, Interval.EXACT)).isEqualTo(new Interval(120.0, 120.0, "exact"));
    assertThat(Interval.of(120, Interval.LESS_THAN)).isEqualTo(new Interval(0.0, 120.0, "less-than"));
    assertThat(Interval.of(120, Interval.MORE_THAN)).isEqualTo(new Interval(120.0, null, "more-than"));
    assertThat(Interval.of(120, Interval.ABOUT)).isEqualTo(new Interval(108.0, 132.0, "about"));
    assertThat(Interval.of(90, Interval.NEARLY)).isEqualTo(new Interval(81.0, 90.0, "nearly"));
    assertThat(Interval.range(240, 180)).isEqualTo(new Interval(180.0, 240.0, "range"));
  }

  @Test
  void lessThanAndMoreThanTheSameValueCannotBothHold() {
    assertThat(Interval.of(120, Interval.LESS_THAN).overlaps(Interval.of(120, Interval.MORE_THAN)))
        .isFalse();
    assertThat(Interval.of(120, Interval.AT_LEAST).overlaps(Interval.of(120, Interval.AT_MOST)))
        .isTrue();
    assertThat(Interval.of(90, Interval.NEARLY).overlaps(Interval.of(85, Interval.EXACT))).isTrue();
    assertThat(Interval.of(90, Interval.EXACT).overlaps(Interval.of(120, Interval.LESS_THAN)))
        .isTrue();
  }

  @Test
  void rejectsUnknownBoundsAndEmptyIntervals() {
    assertThatThrownBy(() -> new Interval(1.0, 2.0, "roughly"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(3.0, 2.0, "range"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
