package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * How {@link BilingualLexicon} finds the listed word an Indonesian word is derived from when
 * Lucene's stemmer leaves it unknown, on words of our own choosing.
 */
class BilingualLexiconTest {
  private final BilingualLexicon lexicon = BilingualLexicon.standard();

  private String id(String word) {
    return lexicon.concept(Language.INDONESIAN, word);
  }

  private String en(String word) {
    return lexicon.concept(Language.ENGLISH, word);
  }

  @Test
  void aNasalPrefixThatReplacedTheRootsFirstConsonantIsUndone() {
    // meN- before t: 'menewaskan' is tewas + -kan; the stemmer leaves 'ewas'
    assertThat(id("menewaskan")).isNotNull().isEqualTo(en("killing"));
    // peN- before t: 'penembakan' is tembak + -an
    assertThat(id("penembakan")).isNotNull().isEqualTo(id("tembak"));
  }

  @Test
  void aPrefixWhoseRMergesWithTheRootsRIsUndone() {
    // per- + rawat + -an: 'perawatan' is treatment (rawat: treat)
    assertThat(id("perawatan")).isNotNull().isEqualTo(id("rawat"));
  }

  @Test
  void aWordTheLexiconListsKeepsItsOwnConcept() {
    assertThat(id("menutup")).isEqualTo(id("tutup"));
    assertThat(id("terguling")).isEqualTo(en("overturned"));
  }

  @Test
  void aWordWithNoBaseInTheLexiconStaysUnknown() {
    assertThat(id("menyanyikannya")).isNull();
  }
}
