package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The anchors two groups must share before they merge into one story (issue 16). */
class AnchorsTest {

  private static Anchors of(String... features) {
    ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
    Arrays.stream(features).distinct().forEach(f -> map.put(f, f.substring(f.indexOf(':') + 1)));
    return Anchors.of(new StoryFeatures("x", map.build()));
  }

  @Test
  void twoSpellingsOfOneNameHaveOneSkeletonAndTwoPeopleTwo() {
    assertThat(Anchors.skeleton("Dharmawan Prasetyo")).isEqualTo(Anchors.skeleton("Darmawan Prasetyo"));
    assertThat(Anchors.skeleton("Herman Josef Bhara")).isEqualTo(Anchors.skeleton("Herman Yosef Bhara"));
    assertThat(Anchors.skeleton("Andi Rusdiansyah")).isEqualTo(Anchors.skeleton("Andi Rusdiyansyah"));
    assertThat(Anchors.skeleton("Siti Rahmawati")).isNotEqualTo(Anchors.skeleton("Sita Rahmadani"));
  }

  @Test
  void aDistinctiveNumberIsLongAndNeitherRoundNorLedByZero() {
    assertThat(Anchors.distinctive("1247")).isTrue();
    assertThat(Anchors.distinctive("386")).isTrue();
    assertThat(Anchors.distinctive("1500")).isFalse(); // a round figure
    assertThat(Anchors.distinctive("0615")).isFalse(); // a clock time
    assertThat(Anchors.distinctive("37")).isFalse(); // too short
  }

  @Test
  void aSharedPersonNumberOrFinePlaceIsAnAnchor() {
    assertThat(of("a:siti rahmawati", "n:basarnas").shares(of("a:siti rahmawati"))).isTrue();
    assertThat(of("#1247").shares(of("#1247", "#12"))).isTrue();
    assertThat(of("p:Wonosobo").shares(of("p:Wonosobo"))).isTrue();
  }

  @Test
  void aPersonDoesNotTieGroupsWhoseMainPlacesAreTwo() {
    // the head of a national agency comments on two quakes of one day in two regencies
    assertThat(of("a:Rahmat Widodo", "p:Garut", "e:earthquake")
        .shares(of("a:Rahmat Widodo", "p:Kupang", "e:earthquake"))).isFalse();
    // one event: a regency and the province it lies in, a place the gazetteer does not know
    // (a village of the regency), or one group naming no place
    assertThat(of("a:Rahmat Widodo", "p:Garut").shares(of("a:Rahmat Widodo", "p:West Java")))
        .isTrue();
    assertThat(of("a:Rahmat Widodo", "p:Garut").shares(of("a:Rahmat Widodo", "p:Pameungpeuk")))
        .isTrue();
    assertThat(of("a:Rahmat Widodo", "p:Garut").shares(of("a:Rahmat Widodo"))).isTrue();
    // a shared distinctive number still ties them, whatever the places say
    assertThat(of("a:Rahmat Widodo", "#1247", "p:Garut")
        .shares(of("a:Rahmat Widodo", "#1247", "p:Pameungpeuk"))).isTrue();
  }

  @Test
  void commonNamesACountryOrAProvinceAreNoAnchor() {
    // two accidents reported with one rescue agency, in one country and one province
    assertThat(of("n:basarnas", "p:Indonesia", "#15").shares(of("n:basarnas", "p:Indonesia", "#15")))
        .isFalse();
    assertThat(of("p:Central Java").shares(of("p:Central Java"))).isFalse();
  }

  @Test
  void aDateIsAnAnchorOnlyAtPlacesThatAgree() {
    // the same day in a city and the province it lies in
    assertThat(of("d:2026-05-04", "p:Palembang").shares(of("d:2026-05-05", "p:South Sumatra")))
        .isTrue();
    // the same day, two events in two provinces the gazetteer knows apart
    assertThat(of("d:2026-05-04", "e:accident", "p:Central Java")
        .shares(of("d:2026-05-04", "e:accident", "p:West Java"))).isFalse();
    // the same day, a place the gazetteer does not know: only with a main event of one type
    assertThat(of("d:2026-05-04", "e:meeting", "p:Lakeside Villa")
        .shares(of("d:2026-05-04", "e:meeting", "p:Kirkkonummi Manor"))).isTrue();
    assertThat(of("d:2026-05-04", "e:meeting", "p:Lakeside Villa")
        .shares(of("d:2026-05-04", "e:earthquake", "p:Kirkkonummi Manor"))).isFalse();
    // one unknown place beside places the gazetteer knows apart: two quakes of one day in two
    // provinces, two fires of one day in two cities of the capital
    assertThat(of("d:2026-08-10", "e:earthquake", "p:Garut", "p:Pameungpeuk")
        .shares(of("d:2026-08-10", "e:earthquake", "p:East Nusa Tenggara", "p:Waingapu")))
        .isFalse();
    assertThat(of("d:2026-05-11", "e:fire", "p:Tambora", "p:West Jakarta")
        .shares(of("d:2026-05-11", "e:fire", "p:Cakung", "p:East Jakarta"))).isFalse();
    // a date alone, with no place: many events happen on one day
    assertThat(of("d:2026-05-04", "e:accident").shares(of("d:2026-05-04", "e:accident")))
        .isFalse();
    // dates more than two days apart
    assertThat(of("d:2026-05-04", "p:Palembang").shares(of("d:2026-05-08", "p:Palembang")))
        .isTrue(); // the place itself is an anchor
    assertThat(of("d:2026-05-04", "p:Central Java").shares(of("d:2026-05-08", "p:Central Java")))
        .isFalse();
  }

  @Test
  void groupsTogetherHoldTheAnchorsOfBoth() {
    Anchors group = of("a:siti rahmawati").with(of("#1247"));
    assertThat(group.shares(of("#1247"))).isTrue();
    assertThat(group.shares(of("a:siti rahmawati"))).isTrue();
    assertThat(group.shares(of("#1248"))).isFalse();
  }
}
