package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

/** Every language with extraction rules registers its morphology, and the registry finds it. */
class MorphologyTest {
  @Test
  void everyLanguageWithRulesHasItsOwnMorphology() {
    for (Language language : Language.values()) {
      if (ClaimExtractor.supports(language)) {
        assertThat(Morphology.of(language).language()).as(language.code()).isEqualTo(language);
      }
    }
  }

  @Test
  void theIndonesianEncliticIsReadAndEnglishHasNone() {
    assertThat(Morphology.of(Language.INDONESIAN).encliticEnd("Menurutnya,", 7, 11)).isEqualTo(10);
    assertThat(Morphology.of(Language.INDONESIAN).encliticEnd("Menurut kami", 7, 12)).isEqualTo(-1);
    assertThat(Morphology.of(Language.ENGLISH).encliticEnd("Menurutnya,", 7, 11)).isEqualTo(-1);
    assertThat(Morphology.of(Language.ENGLISH).optionalEnclitic()).isEmpty();
  }
}
