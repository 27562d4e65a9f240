package dev.claimdiff.align.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.align.slots.SlotValue.Place;
import dev.claimdiff.lang.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places compared across articles: a region and the island or province around it agree. */
class PlaceTest {
  private static final Place WEST_SULAWESI = new Place("West Sulawesi", "Indonesia");
  private static final Place SULAWESI = new Place("Sulawesi", "Indonesia");
  private static final Place CENTRAL_SULAWESI = new Place("Central Sulawesi", "Indonesia");
  private static final Place EAST_JAVA = new Place("East Java", "Indonesia");

  @Test
  void aRegionFitsTheIslandItLiesOnBothWays() {
    assertThat(WEST_SULAWESI.compatible(SULAWESI)).isTrue();
    assertThat(SULAWESI.compatible(WEST_SULAWESI)).isTrue();
  }

  @Test
  void twoRegionsOfOneIslandStillDiffer() {
    assertThat(WEST_SULAWESI.compatible(CENTRAL_SULAWESI)).isFalse();
    assertThat(WEST_SULAWESI.compatible(EAST_JAVA)).isFalse();
    assertThat(SULAWESI.compatible(EAST_JAVA)).isFalse();
  }

  @Test
  void aKnownVenueFitsTheCityItStandsInButNotAnotherCity() {
    Place stadium = new Place("Gelora Bung Karno Main Stadium", "Jakarta");
    Place jakarta = new Place("Jakarta", "Indonesia");
    assertThat(stadium.compatible(jakarta)).isTrue();
    assertThat(jakarta.compatible(stadium)).isTrue();
    assertThat(stadium.compatible(new Place("Surabaya", "Indonesia"))).isFalse();
  }

  @Test
  void aTownTheGazetteerDoesNotKnowFitsTheIslandNamedAfterIt() {
    Place nusaDua = new Place("Nusa Dua", "Indonesia");
    Place bali = new Place("Bali", "Indonesia");
    assertThat(nusaDua.compatible(bali)).isTrue();
    assertThat(bali.compatible(nusaDua)).isTrue();
  }

  @Test
  void liesWithinFollowsTheInLinksAndStopsAtUnknownPlaces() {
    Gazetteer gazetteer = Gazetteer.of(List.of(
        "REGION: Island = Island",
        "REGION: Province = Province ; in=Island",
        "CITY: Town = Town ; in=Province"));
    assertThat(gazetteer.liesWithin("Town", "Island")).isTrue();
    assertThat(gazetteer.liesWithin("Town", "Province")).isTrue();
    assertThat(gazetteer.liesWithin("Island", "Town")).isFalse();
    assertThat(gazetteer.liesWithin("Nowhere", "Island")).isFalse();
  }

  @Test
  void aCityFitsTheProvinceItLiesInAndNoOtherProvince() {
    Place ternate = new Place("Ternate", "Indonesia");
    Place northMaluku = new Place("North Maluku", "Indonesia");
    assertThat(ternate.compatible(northMaluku)).isTrue();
    assertThat(northMaluku.compatible(ternate)).isTrue();
    assertThat(ternate.compatible(new Place("South Sulawesi", "Indonesia"))).isFalse();
    assertThat(ternate.compatible(new Place("Ambon", "Indonesia"))).isFalse();
    assertThat(new Place("Bekasi", "Indonesia").compatible(EAST_JAVA)).isFalse();
    assertThat(new Place("Surabaya", "Indonesia").compatible(EAST_JAVA)).isTrue();
  }

  @Test
  void placesInDifferentCountriesDifferAndARegionWithoutALevelFitsItsNeighbours() {
    assertThat(new Place("Geneva", "Switzerland").compatible(new Place("Jakarta", "Indonesia")))
        .isFalse();
    assertThat(new Place("Geneva", "Switzerland").compatible(new Place("Switzerland", null)))
        .isTrue();
    assertThat(new Place("Bali", "Indonesia").compatible(new Place("Japan", null))).isFalse();
    // Europe and Eastern Europe: the gazetteer links neither, so nothing says they are disjoint
    assertThat(new Place("Europe", null).compatible(new Place("Eastern Europe", null))).isTrue();
  }

  @Test
  void disjointNeedsEvidenceAtOneLevel() {
    Gazetteer gazetteer = Gazetteer.of(List.of(
        "COUNTRY: Land = Land",
        "COUNTRY: Other Land = Other Land",
        "REGION: Island = Island ; country=Land ; level=island",
        "REGION: Far Island = Far Island ; country=Land ; level=island",
        "REGION: Province = Province ; country=Land ; in=Island ; level=province",
        "REGION: Next Province = Next Province ; country=Land ; in=Island ; level=province",
        "REGION: Far Province = Far Province ; country=Land ; in=Far Island ; level=province",
        "CITY: Town = Town ; country=Land ; in=Province",
        "CITY: Next Town = Next Town ; country=Land ; in=Province",
        "CITY: Loose Town = Loose Town ; country=Land",
        "CITY: Venue = Venue ; country=Town",
        "CITY: Abroad = Abroad ; country=Other Land"));
    assertThat(gazetteer.disjoint("Town", "Province")).isFalse();
    assertThat(gazetteer.disjoint("Town", "Island")).isFalse();
    assertThat(gazetteer.disjoint("Town", "Next Town")).isTrue();
    assertThat(gazetteer.disjoint("Town", "Next Province")).isTrue();
    assertThat(gazetteer.disjoint("Town", "Far Island")).isTrue();
    assertThat(gazetteer.disjoint("Province", "Far Province")).isTrue();
    // a city whose province is unknown is no evidence against a province; another city is
    assertThat(gazetteer.disjoint("Loose Town", "Next Province")).isFalse();
    assertThat(gazetteer.disjoint("Loose Town", "Town")).isTrue();
    // a venue lies somewhere in its town
    assertThat(gazetteer.disjoint("Venue", "Town")).isFalse();
    assertThat(gazetteer.disjoint("Venue", "Province")).isFalse();
    assertThat(gazetteer.disjoint("Venue", "Next Town")).isTrue();
    assertThat(gazetteer.disjoint("Abroad", "Island")).isTrue();
    assertThat(gazetteer.disjoint("Nowhere", "Town")).isFalse();
  }

  @Test
  void everyIndonesianCityInTheGazetteerHasItsProvince() {
    Gazetteer gazetteer = Gazetteer.standard();
    List<String> lines = dev.claimdiff.lang.WordList.load("dev/claimdiff/lang/id/gazetteer.txt");
    long cities = 0;
    for (String line : lines) {
      if (line.startsWith("CITY:") && line.contains("country=Indonesia")) {
        cities++;
        String name = line.substring(5, line.indexOf('=')).strip();
        assertThat(line).as(name).contains("in=");
        String province = line.substring(line.indexOf("in=") + 3).split(";")[0].strip();
        assertThat(gazetteer.lookup(province)).as(name + " in " + province).isPresent();
      }
    }
    assertThat(cities).isGreaterThan(80);
  }
}
