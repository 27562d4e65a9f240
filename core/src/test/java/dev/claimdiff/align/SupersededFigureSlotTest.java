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
 * The aligner on figures that are not an outlet's current one, built by hand: the old figure of
 * a revision (qualifier 'superseded') is never compared nor agreed on, and the same toll before
 * and after a revision is no agreement.
 */
class SupersededFigureSlotTest {
  private final ClaimAligner aligner = new ClaimAligner();
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id, @Nullable String published) {
    digests.add(HandBuiltDigests.digest(id, Language.INDONESIAN, published));
  }

  private void claim(String article, QuantityValue value) {
    String text = "evidence " + claims.size();
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUANTITY, null,
        text, value, TextSpan.of(0, text.length()), text, "test:rule", Zone.BODY, text));
  }

  private static QuantityValue deaths(String what, double amount, @Nullable String asOf,
      @Nullable String revision) {
    return new QuantityValue("collision", what, amount, null, false, amount, amount, "exact",
        false, asOf, revision);
  }

  private List<Finding> findings(Kind kind) {
    return aligner.align(digests, claims).stream().filter(f -> f.kind() == kind)
        .toList();
  }

  @Test
  void theOldFigureOfARevisionIsNeverAgreedOn() {
    article("d", "2026-11-17T13:20+08:00");
    article("f", "2026-11-18T10:30+08:00");
    claim("d", deaths("deaths superseded", 2, null, "direvisi"));
    claim("d", deaths("deaths", 1, null, "direvisi"));
    claim("f", deaths("deaths superseded", 2, "2026-11-17", null));
    claim("f", deaths("deaths", 1, null, null));

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("1 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void theSameTollBeforeAndAfterARevisionIsNoAgreement() {
    article("w", "2026-11-20T15:10+07:00");
    article("a", "2026-11-20T21:05+07:00");
    article("k", "2026-11-21T13:10+07:00");
    claim("w", deaths("deaths", 8, "2026-11-20T14:00", "bertambah menjadi"));
    claim("a", deaths("deaths", 7, null, "merevisi"));
    claim("k", deaths("deaths", 8, null, "bertambah menjadi"));

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).hasSize(1);
    assertThat(findings(Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void theOldFigureOfARevisionIsTheFirstStepOfItsArticlesUpdate() {
    // 'the toll was revised down to seven from eight', and a later outlet's seven
    article("a", "2026-11-20T21:05+07:00");
    article("k", "2026-11-21T13:10+07:00");
    claim("a", deaths("deaths superseded", 8, null, "revised down from"));
    claim("a", deaths("deaths", 7, null, "revised down"));
    claim("k", deaths("deaths", 7, null, null));

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> {
      assertThat(f.values()).containsExactly("8 deaths superseded", "7 deaths", "7 deaths");
      assertThat(f.timeline()).extracting(Finding.TimelineEntry::article)
          .containsExactly("a", "a", "k");
    });
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("7 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anOldFigureNoTimeOrdersAgainstAnEarlierArticleAddsNothing() {
    // a second-day story 'the toll rose to 20 from 12' after a first-day outlet's 15: the old 12
    // is no figure of a time before or after the 15, so the update stays 15 -> 20
    article("b", "2026-11-20T10:00+07:00");
    article("a", "2026-11-21T10:00+07:00");
    claim("b", deaths("deaths", 15, null, null));
    claim("a", deaths("deaths superseded", 12, null, "rose from"));
    claim("a", deaths("deaths", 20, null, "rose to"));

    assertThat(findings(Kind.UPDATE)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("15 deaths", "20 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anOldFigureThatClashesAtItsMomentMakesNoDiscrepancy() {
    // one outlet's old figure of noon ('10 by noon, now 12') against another's 11 at noon: the
    // figures the outlets give as current still make their update, the old one is left out
    article("b", "2026-11-20T13:00+07:00");
    article("a", "2026-11-20T19:00+07:00");
    claim("b", deaths("deaths", 11, "2026-11-20T12:00", null));
    claim("a", deaths("deaths superseded", 10, "2026-11-20T12:00", "from"));
    claim("a", deaths("deaths", 12, "2026-11-20T18:00", "rose to"));

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("11 deaths", "12 deaths"));
  }

  @Test
  void anOldFigureAloneInItsArticleIsNoStep() {
    // an article that gives only the old figure states no current one to be a step before
    article("a", "2026-11-20T10:00+07:00");
    article("b", "2026-11-21T10:00+07:00");
    claim("a", deaths("deaths superseded", 9, null, "revised from"));
    claim("b", deaths("deaths", 7, null, null));

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }
}
