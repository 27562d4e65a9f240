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
}
