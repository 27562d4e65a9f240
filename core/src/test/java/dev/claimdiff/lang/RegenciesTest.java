package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The regencies and cities the gazetteer places in their provinces (lang/id/regencies.txt) but
 * neither looks up nor searches for in text.
 */
class RegenciesTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void aRegencyLiesInItsProvinceByItsIndonesianOrEnglishName() {
    assertThat(gazetteer.liesWithin("East Sumba", "East Nusa Tenggara")).isTrue();
    assertThat(gazetteer.liesWithin("Sumba Timur", "East Nusa Tenggara")).isTrue();
    assertThat(gazetteer.liesWithin("East Sumba", "West Java")).isFalse();
  }

  @Test
  void twoRegenciesOfTwoProvincesAreDisjointAndARegencyNotFromItsOwnProvince() {
    assertThat(gazetteer.disjointPlaced("Garut", "East Sumba")).isTrue();
    assertThat(gazetteer.disjointPlaced("East Sumba", "East Nusa Tenggara")).isFalse();
  }

  @Test
  void claimsPlacesAreNotToldApartByTheRegencyList() {
    // outlets name one event's place by neighbouring regencies, or a city and a regency beside
    // it: no evidence of a contradiction between two reports (SlotValue.Place)
    assertThat(gazetteer.disjoint("Garut", "East Sumba")).isFalse();
    assertThat(gazetteer.disjoint("Bantul", "Gunungkidul")).isFalse();
  }

  @Test
  void aRegencyIsPlacedAsWrittenOrInCapitalsNeverInLowerCase() {
    assertThat(gazetteer.disjointPlaced("Batu", "Garut")).isTrue();
    assertThat(gazetteer.disjointPlaced("BATU", "Garut")).isTrue(); // a dateline
    assertThat(gazetteer.disjointPlaced("batu", "Garut")).isFalse(); // a stone
  }

  @Test
  void regencyNamesAreNeitherLookedUpNorSearchedForInText() {
    assertThat(gazetteer.lookup("Sumba Timur")).isEmpty();
    assertThat(gazetteer.aliasesLongestFirst()).doesNotContain("Sumba Timur", "Batu");
    // the hand-written gazetteer's entries are both
    assertThat(gazetteer.lookup("Garut")).isPresent();
    assertThat(gazetteer.aliasesLongestFirst()).contains("Garut");
  }
}
