package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.TextSpan;
import org.junit.jupiter.api.Test;

/** Time limits and voyages (align/figure-keyed-lengths.txt) meet only at the very same length. */
class FigureKeyedLengthsTest {
  private static Claim length(String event, double minutes, boolean expected, String text) {
    DurationValue v = expected
        ? new DurationValue(event, false, minutes, false, null, 0.0, minutes, "at-most", true)
        : new DurationValue(event, false, minutes, true, "about", minutes * 0.9, minutes * 1.1,
            "about", false);
    return new Claim("x", "a", ClaimType.DURATION, null, text, v,
        new TextSpan(0, text.length()), text, "duration:test", text);
  }

  @Test
  void limitsOfDifferentLengthsNeverShareASlot() {
    Slot month = Slot.corroborating(length("deadline", 30 * 1440, true, "within a month"), null);
    Slot fortnight = Slot.corroborating(
        length("deadline", 14 * 1440, true, "given 14 days to submit"), null);
    Slot week = Slot.corroborating(length("deadline", 7 * 1440, true, "within a week"), null);
    assertThat(month).isNotNull();
    assertThat(month.key()).isNotEqualTo(fortnight.key()).isNotEqualTo(week.key());
    assertThat(fortnight.key()).isNotEqualTo(week.key());
  }

  @Test
  void theSameLimitSharesItsSlot() {
    Slot a = Slot.corroborating(length("deadline", 7 * 1440, true, "within a week"), null);
    Slot b = Slot.corroborating(length("deadline", 7 * 1440, true, "within seven days"), null);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void voyagesOfDifferentLengthsNeverShareASlot() {
    Slot trouble = Slot.corroborating(length("voyage", 30, false, "30 minutes after leaving"), null);
    Slot sank = Slot.corroborating(length("voyage", 120, false, "two hours into its crossing"),
        null);
    assertThat(trouble.key()).isNotEqualTo(sank.key());
  }

  @Test
  void otherHappeningsKeepOneSlotForAllLengths() {
    Slot a = Slot.corroborating(length("closure", 600, false, "closed for 10 hours"), null);
    Slot b = Slot.corroborating(length("closure", 720, false, "closed for 12 hours"), null);
    assertThat(a.key()).isEqualTo(b.key());
  }
}
