package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values said in passing (not of the article's main event) in a slot that main values fill,
 * built by hand: those that fit none of the slot's own values are of occasions the slot does not
 * tell apart (an earlier flood, a bridge's opening), so they never agree among themselves, take a
 * side or make a discrepancy.
 */
class PassingValuesApartTest {
  private final ClaimAligner aligner = new ClaimAligner();
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id, String published) {
    digests.add(HandBuiltDigests.digest(id, Language.ENGLISH, published));
  }

  private void date(String article, String date, boolean main) {
    String text = "in " + date;
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.EVENT_DATE, null,
        text, new EventDateValue("meeting", main, date, null, null, null, null, null),
        TextSpan.of(0, text.length()), text, "test:rule", Zone.BODY, text));
  }

  private List<Finding> findings(Kind kind) {
    return aligner.align(digests, claims).stream().filter(f -> f.kind() == kind).toList();
  }

  @Test
  void oneDayTwoOutletsGiveInPassingOfTwoOccasionsIsNoAgreement() {
    // 'a similar flood hit the district on Tuesday, February 3' and 'the regent opened the new
    // retention pond on Tuesday, February 3': one day, two occasions, both filed under the story's event
    article("a", "2026-02-20T10:00+00:00");
    article("b", "2026-02-20T12:00+00:00");
    article("c", "2026-02-20T14:00+00:00");
    date("a", "2026-02-19", true);
    date("b", "2026-02-19", true);
    date("c", "2026-02-19", true);
    date("a", "2026-02-03", false);
    date("b", "2026-02-03", false);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.values()).containsExactly("2026-02-19");
      assertThat(f.articles()).containsExactly("a", "b", "c");
    });
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void passingDaysThatDifferAreNeitherAnAgreementNorADiscrepancy() {
    // two outlets recall two different earlier rounds: no two of them name one day
    article("a", "2026-12-10T10:00+00:00");
    article("b", "2026-12-10T12:00+00:00");
    date("a", "2026-12-10", true);
    date("b", "2026-12-10", true);
    date("a", "2025-02", false);
    date("b", "2024-05", false);

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("2026-12-10"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aPassingDayOnlyOneOutletGivesIsNoFinding() {
    article("a", "2026-12-10T10:00+00:00");
    article("b", "2026-12-10T12:00+00:00");
    date("a", "2026-12-10", true);
    date("b", "2026-12-10", true);
    date("a", "2025-02", false);

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("2026-12-10"));
    assertThat(findings(Kind.UNIQUE)).noneSatisfy(f -> assertThat(f.values())
        .contains("2025-02"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }
}
