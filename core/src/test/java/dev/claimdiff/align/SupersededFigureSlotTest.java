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
}
