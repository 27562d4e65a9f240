package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The regencies and cities the gazetteer looks up but never searches for in text. */
class RegenciesTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void aRegencyIsFoundWithItsProvinceAndCanonicalEnglishName() {
    assertThat(gazetteer.lookup("Sumba Timur")).hasValueSatisfying(e -> {
      assertThat(e.canonical()).isEqualTo("East Sumba");
      assertThat(e.within()).isEqualTo("East Nusa Tenggara");
    });
    assertThat(gazetteer.liesWithin("East Sumba", "East Nusa Tenggara")).isTrue();
  }

  @Test
  void twoRegenciesOfTwoProvincesAreDisjointAndARegencyNotFromItsOwnProvince() {
    assertThat(gazetteer.disjoint("Garut", "East Sumba")).isTrue();
    assertThat(gazetteer.disjoint("East Sumba", "East Nusa Tenggara")).isFalse();
  }

  @Test
  void aRegencyIsFoundAsWrittenOrInCapitalsNeverInLowerCase() {
    assertThat(gazetteer.lookup("Batu")).isPresent();
    assertThat(gazetteer.lookup("BATU")).isPresent(); // a dateline
    assertThat(gazetteer.lookup("batu")).isEmpty(); // a stone
  }

  @Test
  void regencyNamesAreNotSearchedForInText() {
    assertThat(gazetteer.aliasesLongestFirst()).doesNotContain("Sumba Timur", "Batu");
    // the hand-written gazetteer's entries still are
    assertThat(gazetteer.aliasesLongestFirst()).contains("Garut");
  }
}
