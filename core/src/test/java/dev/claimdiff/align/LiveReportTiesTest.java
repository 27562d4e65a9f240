package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * One live report's timed figures of a running count whose latest moment holds two figures,
 * built by hand: the one its revision words give as current ends the report's own sequence, the
 * other (another source's figure of that moment) is no step; without revision words nothing is
 * ordered.
 */
class LiveReportTiesTest {
  private final ClaimAligner aligner = new ClaimAligner();
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id, String published) {
    digests.add(HandBuiltDigests.digest(id, Language.INDONESIAN, published));
  }

  private void protesters(String article, double amount, String asOf, @Nullable String revision) {
    figure(article, "protest", "protesters", amount, asOf, revision);
  }

  private void figure(String article, String event, String what, double amount,
      @Nullable String asOf, @Nullable String revision) {
    String text = "evidence " + claims.size();
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUANTITY, null,
        text, new QuantityValue(event, what, amount, null, false, amount, amount,
            "exact", false, asOf, revision),
        TextSpan.of(0, text.length()), text, "test:rule", Zone.BODY, text));
  }

  private List<Finding> findings(Kind kind) {
    return aligner.align(digests, claims).stream().filter(f -> f.kind() == kind).toList();
  }

  @Test
  void theRevisedFigureOfTheLatestMomentEndsTheLiveReportsSequence() {
    // 10.30: about 800; 12.00: 1,500; 20.05: police revise to 1,200, organisers say 3,000
    article("live", "2026-12-03T20:10+07:00");
    protesters("live", 800, "2026-12-03T10:30", null);
    protesters("live", 1500, "2026-12-03T12:00", null);
    protesters("live", 1200, "2026-12-03T20:05", "merevisi menjadi");
    protesters("live", 3000, "2026-12-03T20:05", null);

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("800 protesters", "1500 protesters", "1200 protesters"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void twoFiguresOfTheLatestMomentWithNoRevisionWordsOrderNothing() {
    // the two figures of 20.05 are two sources' (police, organisers): none is the current one
    article("live", "2026-12-03T20:10+07:00");
    protesters("live", 800, "2026-12-03T10:30", null);
    protesters("live", 1500, "2026-12-03T12:00", null);
    protesters("live", 1200, "2026-12-03T20:05", null);
    protesters("live", 3000, "2026-12-03T20:05", null);

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anotherOutletsFigureOfAnotherMomentIsNoDiscrepancy() {
    // a later outlet's 1,000 the next morning: the crowd thinned, a running count's update
    article("live", "2026-12-03T20:10+07:00");
    article("next", "2026-12-04T09:00+07:00");
    protesters("live", 800, "2026-12-03T10:30", null);
    protesters("live", 1500, "2026-12-03T12:00", null);
    protesters("live", 1200, "2026-12-03T20:05", "merevisi menjadi");
    protesters("live", 3000, "2026-12-03T20:05", null);
    protesters("next", 1000, "2026-12-04T08:00", null);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("800 protesters", "1500 protesters", "1200 protesters",
            "1000 protesters"));
  }

  @Test
  void aRisingCountsFigureGivenAsNewBelowTheLastEarlierOneIsNoStep() {
    // 13.00: 4 dead; 16.00: 10 dead; at 19.00 the district office counts 15 and the police say
    // the toll 'rose to 8': 8 cannot follow 10 in one toll's series (it is the police's own count)
    article("live", "2026-05-14T19:30+07:00");
    article("next", "2026-05-14T20:15+07:00");
    figure("live", "landslide", "deaths", 4, "2026-05-14T13:00", null);
    figure("live", "landslide", "deaths", 10, "2026-05-14T16:00", null);
    figure("live", "landslide", "deaths", 15, "2026-05-14T19:00", null);
    figure("live", "landslide", "deaths", 8, "2026-05-14T19:00", "bertambah menjadi");
    figure("next", "landslide", "deaths", 15, null, null);

    assertThat(findings(Kind.UPDATE)).allSatisfy(f -> assertThat(String.join(" ", f.values()))
        .doesNotContain("10 deaths 8 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aRisingCountsFigureGivenAsNewAboveTheLastEarlierOneEndsTheSequence() {
    // the same report with the police's 'rose to 12' after 10: a step of the toll's series
    article("live", "2026-05-14T19:30+07:00");
    figure("live", "landslide", "deaths", 4, "2026-05-14T13:00", null);
    figure("live", "landslide", "deaths", 10, "2026-05-14T16:00", null);
    figure("live", "landslide", "deaths", 15, "2026-05-14T19:00", null);
    figure("live", "landslide", "deaths", 12, "2026-05-14T19:00", "bertambah menjadi");

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("4 deaths", "10 deaths", "12 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }
}
