package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamePromisesTest {

  @Test
  void twoWhoPromiseTogetherAreOnePairInEitherOrder() {
    assertThat(SamePromises.actorKey("Iran and United States"))
        .isEqualTo(SamePromises.actorKey("United States and Iran"))
        .isEqualTo("iran and united states");
  }

  @Test
  void oneActorIsItsNameLetterCaseAside() {
    assertThat(SamePromises.actorKey("Pemerintah Kabupaten")).isEqualTo("pemerintah kabupaten");
    assertThat(SamePromises.actorKey("Ministry of Trade and Industry and Japan"))
        .isEqualTo("ministry of trade and industry and japan");
  }
}
