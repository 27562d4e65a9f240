package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

/** A bare count of people joins other kinds of people only in a sentence about casualties. */
class BarePeopleCasualtyTest {
  private static Claim people(String sentence) {
    String evidence = "40 people";
    int at = sentence.indexOf(evidence);
    return new Claim("x", "a", ClaimType.QUANTITY, null, evidence,
        new QuantityValue(null, "people", 40, null, false),
        new TextSpan(at, at + evidence.length()), evidence, "quantity:test", sentence);
  }

  @Test
  void aCountOfPeopleQuestionedIsNoCasualty() {
    assertThat(SameFigures.aboutCasualties(
        people("Investigators said 40 people had been questioned by Monday."), Language.ENGLISH))
        .isFalse();
  }

  @Test
  void aCountOfPeopleHurtIsACasualtyCount() {
    assertThat(SameFigures.aboutCasualties(
        people("The blast injured 40 people near the station."), Language.ENGLISH)).isTrue();
  }

  @Test
  void anUnknownLanguageJoinsNothing() {
    assertThat(SameFigures.aboutCasualties(
        people("The blast injured 40 people near the station."), null)).isFalse();
  }

  @Test
  void theCountOfAllPeopleIsDeclaredInTheFile() {
    assertThat(SameFigures.joinsPeople("people", "injured")).isTrue();
    assertThat(SameFigures.countsPeople("= people")).isFalse();
    assertThat(SameFigures.countsCasualties("injured")).isTrue();
    assertThat(SameFigures.countsCasualties("members")).isFalse();
    assertThat(SameFigures.countsPeople("injured")).isTrue();
  }
}
