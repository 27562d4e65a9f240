package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aligner on the main event's place, claims built by hand: a city and the province it lies in
 * agree across outlets and between a headline and its body; two cities or two provinces differ.
 */
class PlaceSlotTest {
  private final ClaimAligner aligner = new ClaimAligner();
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id) {
    digests.add(HandBuiltDigests.digest(id, Language.INDONESIAN, null));
  }

  private void place(String article, String place, Zone zone) {
    String text = "evidence " + claims.size();
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.LOCATION, null,
        text, new LocationValue("accident", true, place, null, "Indonesia"),
        TextSpan.of(0, text.length()), text, "test:rule", zone, text));
  }

  private List<Finding> findings(Kind kind) {
    return aligner.alignWithNotes(digests, claims).findings().stream()
        .filter(f -> f.kind() == kind).toList();
  }

  @Test
  void aCityAndItsProvinceAreNoDiscrepancyAcrossOutlets() {
    article("a");
    article("b");
    place("a", "Ternate", Zone.BODY);
    place("b", "North Maluku", Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aHeadlineCityAndABodyProvinceAreNoInconsistency() {
    article("a");
    article("b");
    place("a", "Ternate", Zone.HEADLINE);
    place("a", "North Maluku", Zone.BODY);
    place("b", "Ternate", Zone.BODY);

    assertThat(findings(Kind.INCONSISTENCY)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void twoCitiesOrACityAndAnotherProvinceStillDiffer() {
    article("a");
    article("b");
    article("c");
    place("a", "Ternate", Zone.BODY);
    place("b", "Ambon", Zone.BODY);
    place("c", "Ambon", Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.values()).contains("Ternate", "Ambon"));
  }

  @Test
  void aHeadlineCityInAnotherProvinceThanTheBodyIsAnInconsistency() {
    article("a");
    place("a", "Makassar", Zone.HEADLINE);
    place("a", "North Maluku", Zone.BODY);

    assertThat(findings(Kind.INCONSISTENCY)).hasSize(1);
  }
}
