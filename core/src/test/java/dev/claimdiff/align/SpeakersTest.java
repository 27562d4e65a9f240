package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {
  @Test
  void aNameAndTheTicketItHeadsAreOnePerson() {
    assertThat(Speakers.samePerson("Budi Santoso", "Budi Santoso-Rina Wulandari")).isTrue();
  }

  @Test
  void aNameWithAPlaceWordStuckToItIsThePerson() {
    assertThat(Speakers.samePerson("Palu Budi Santoso", "Budi Santoso")).isTrue();
  }

  @Test
  void oneSharedWordDoesNotMakeOnePerson() {
    assertThat(Speakers.samePerson("Budi", "Budi Santoso")).isFalse();
    assertThat(Speakers.samePerson("Budi Santoso", "Budi Hartono")).isFalse();
  }
}
