package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One promise whose actor outlets write more or less fully ('Ahmad Patunru', 'Ahmad Baharuddin
 * Patunru') is one promise; two people, a person and a body, or two who promise together are
 * never joined.
 */
class PromiseActorsTest {
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void articles(String... ids) {
    for (String id : ids) {
      digests.add(HandBuiltDigests.digest(id, Language.ENGLISH, "2026-05-15"));
    }
  }

  private void promise(String article, String actor, String action, String due,
      String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.COMMITMENT,
        null, sentence, new CommitmentValue(actor, action, null, due, null),
        TextSpan.of(0, sentence.length()), sentence, "test:rule", sentence));
  }

  private List<Finding> agreements() {
    return new ClaimAligner().align(digests, claims).stream()
        .filter(f -> f.kind() == Kind.AGREEMENT && f.type().equals("COMMITMENT")).toList();
  }

  private List<Finding> discrepancies() {
    return new ClaimAligner().align(digests, claims).stream()
        .filter(f -> f.kind() == Kind.DISCREPANCY).toList();
  }

  @Test
  void onePersonNamedMoreOrLessFullyMakesOnePromise() {
    articles("a.txt", "b.txt");
    promise("a.txt", "Marta Wulandari Siregar", "rebuild clinic", "by Friday",
        "Regent Marta Wulandari Siregar said she would rebuild the flooded village clinic by "
            + "Friday.");
    promise("b.txt", "Marta Siregar", "reopen clinic", "by Friday",
        "Marta Siregar promised that the flooded village clinic would reopen by Friday.");

    assertThat(agreements()).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a.txt", "b.txt"));
    assertThat(discrepancies()).isEmpty();
  }

  @Test
  void twoPeopleWhoShareASurnameAreNeverOne() {
    articles("a.txt", "b.txt");
    promise("a.txt", "Marta Siregar", "rebuild clinic", "by Friday",
        "Regent Marta Siregar said she would rebuild the flooded village clinic by Friday.");
    promise("b.txt", "Tomas Siregar", "reopen clinic", "by Friday",
        "Tomas Siregar promised that the flooded village clinic would reopen by Friday.");

    assertThat(agreements()).isEmpty();
    assertThat(discrepancies()).isEmpty();
  }

  @Test
  void aBodyAndItsProvincialOfficeAreNeverOne() {
    articles("a.txt", "b.txt");
    promise("a.txt", "Social Ministry", "send food", "by Friday",
        "The Social Ministry said it would send food parcels to the flooded village by Friday.");
    promise("b.txt", "Social Ministry West Java", "deliver food", "by Friday",
        "The Social Ministry West Java office will deliver food parcels to the flooded village by "
            + "Friday.");

    assertThat(agreements()).isEmpty();
  }

  @Test
  void twoWhoPromiseTogetherAreNeitherOfThem() {
    articles("a.txt", "b.txt");
    promise("a.txt", "Marta Siregar", "rebuild clinic", "by Friday",
        "Regent Marta Siregar said she would rebuild the flooded village clinic by Friday.");
    promise("b.txt", "Marta Siregar and Tomas Lubis", "reopen clinic", "by Friday",
        "Marta Siregar and Tomas Lubis promised that the flooded village clinic would reopen "
            + "by Friday.");

    assertThat(agreements()).isEmpty();
  }

  @Test
  void onePersonsTwoPromisesOfOtherThingsDoNotAgree() {
    articles("a.txt", "b.txt");
    promise("a.txt", "Marta Wulandari Siregar", "rebuild clinic", "by Friday",
        "Regent Marta Wulandari Siregar said she would rebuild the flooded village clinic by "
            + "Friday.");
    promise("b.txt", "Marta Siregar", "pay compensation", "by Friday",
        "Marta Siregar promised compensation payments to farmers whose harvest was lost by "
            + "Friday.");

    assertThat(agreements()).isEmpty();
    assertThat(discrepancies()).isEmpty();
  }

  @Test
  void duesForDifferentGoodsOfOneKindAreNoDiscrepancy() {
    articles("a.txt", "b.txt");
    promise("a.txt", "National Disaster Agency", "aid", "by 2026-05-20 (Wednesday)",
        "The rice will reach the shelters by Wednesday, May 20, the agency head said.");
    promise("b.txt", "National Disaster Agency", "aid", "by 2026-05-22 (Friday)",
        "The tents will reach the shelters by Friday, May 22, the agency head said.");

    assertThat(discrepancies()).isEmpty();
  }

  @Test
  void duesForTheSameGoodsStillDisagree() {
    articles("a.txt", "b.txt");
    promise("a.txt", "National Disaster Agency", "aid", "by 2026-05-20 (Wednesday)",
        "The rice will reach the shelters by Wednesday, May 20, the agency head said.");
    promise("b.txt", "National Disaster Agency", "aid", "by 2026-05-22 (Friday)",
        "The rice will reach the shelters by Friday, May 22, the agency head said.");

    assertThat(discrepancies()).singleElement()
        .satisfies(f -> assertThat(f.type()).isEqualTo("COMMITMENT"));
  }
}
