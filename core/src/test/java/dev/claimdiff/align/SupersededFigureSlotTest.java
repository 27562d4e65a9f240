package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
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

  private void englishArticle(String id, String published) {
    digests.add(HandBuiltDigests.digest(id, Language.ENGLISH, published));
  }

  /** A claim whose evidence ({@code evidence}) is written in its sentence ({@code sentence}). */
  private void said(String article, QuantityValue value, String sentence, String evidence) {
    int at = sentence.indexOf(evidence);
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUANTITY, null,
        evidence, value, TextSpan.of(at, at + evidence.length()), evidence, "test:rule",
        Zone.BODY, sentence));
  }

  private void day(String article, String date, boolean main, String sentence, String evidence) {
    int at = sentence.indexOf(evidence);
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.EVENT_DATE, null,
        evidence, new EventDateValue("collision", main, date, null, null, null, null, null),
        TextSpan.of(at, at + evidence.length()), evidence, "test:rule", Zone.BODY, sentence));
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
      assertThat(f.values()).containsExactly("8 deaths (earlier figure)", "7 deaths", "7 deaths");
      assertThat(f.summary()).contains("8 deaths (earlier figure)").doesNotContain("superseded");
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

  @Test
  void anOldFigureOfAnotherEventNamedInItsSentenceIsNoStep() {
    // 'the toll rose from 4 in the flash flood of Thursday (5/2) in the same village': 4 is
    // that earlier flood's toll, not an earlier figure of this collision's
    article("a", "2026-02-09T18:00+07:00");
    article("b", "2026-02-09T20:00+07:00");
    String first = "Tabrakan itu menewaskan 9 orang.";
    said("a", deaths("deaths", 9, null, null), first, "9 orang");
    said("a", deaths("deaths superseded", 4, null, null),
        "Jumlah itu naik dari 4 orang pada banjir bandang Kamis (5/2/2026) di desa yang sama.",
        "4 orang");
    said("b", deaths("deaths", 9, null, null), "Sembilan orang tewas.", "Sembilan orang");

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("9 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anOldFigureOfAnEarlierEventInEnglishIsNoStep() {
    englishArticle("r", "2026-02-09T11:00+00:00");
    englishArticle("p", "2026-02-09T13:00+00:00");
    said("r", deaths("deaths", 9, null, null), "The collision killed nine people.",
        "nine people");
    said("r", deaths("deaths superseded", 3, null, "up from"),
        "The toll was up from three deaths in a crash on the same road in January, police said.",
        "three deaths");
    said("p", deaths("deaths", 9, null, null), "Nine people died.", "Nine people");

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anOldFigureDatedToAnotherDayThanTheMainEventsIsNoStep() {
    // no listed word, but the sentence dates the old figure's occasion to another day than the
    // one the article gives the collision: another occasion's count
    article("a", "2026-02-09T18:00+07:00");
    article("b", "2026-02-09T20:00+07:00");
    String main = "Tabrakan terjadi Senin (9/2/2026) pagi.";
    day("a", "2026-02-09", true, main, "Senin (9/2/2026)");
    said("a", deaths("deaths", 9, null, null), "Tabrakan itu menewaskan 9 orang.", "9 orang");
    String old = "Jumlah itu naik dari 4 orang dalam tabrakan Kamis (5/2/2026).";
    said("a", deaths("deaths superseded", 4, null, null), old, "4 orang");
    day("a", "2026-02-05", false, old, "Kamis (5/2/2026)");
    said("b", deaths("deaths", 9, null, null), "Sembilan orang tewas.", "Sembilan orang");

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aHigherOldFigureOfARisingCountWithNoRevisionIsNoStep() {
    // 'the number fell from 350': a toll does not fall to its current figure unless the
    // article gives that figure as a revision; 350 is another period's count
    article("a", "2026-04-02T08:00+07:00");
    article("b", "2026-04-02T11:00+07:00");
    said("a", deaths("deaths", 300, null, null), "Sebanyak 300 orang meninggal.", "300 orang");
    said("a", deaths("deaths superseded", 350, null, null), "Jumlah itu turun dari 350 orang.",
        "350 orang");
    said("b", deaths("deaths", 300, null, null), "Korban meninggal 300 orang.", "300 orang");

    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("300 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anEarlierFigureOfTheSameCountStaysTheFirstStep() {
    // 'rose to 12 from 8 reported in the morning': no other occasion, the step rises
    article("a", "2026-02-09T18:00+07:00");
    article("b", "2026-02-09T20:00+07:00");
    said("a", deaths("deaths", 12, null, "bertambah menjadi"),
        "Korban tewas bertambah menjadi 12 orang dari 8 orang yang dilaporkan pagi tadi.",
        "12 orang");
    said("a", deaths("deaths superseded", 8, null, "dari"),
        "Korban tewas bertambah menjadi 12 orang dari 8 orang yang dilaporkan pagi tadi.",
        "8 orang");
    said("b", deaths("deaths", 12, null, null), "Dua belas orang tewas.", "Dua belas orang");

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("8 deaths (earlier figure)", "12 deaths", "12 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void theDayTheOldFigureWasGivenIsNoOtherOccasion() {
    // 'rose to 12 from 8 reported on Monday (9/2)': Monday is when 8 was given, the same count
    article("a", "2026-02-10T18:00+07:00");
    article("b", "2026-02-10T20:00+07:00");
    day("a", "2026-02-08", true, "Tabrakan terjadi Minggu (8/2/2026).", "Minggu (8/2/2026)");
    String revised = "Korban tewas bertambah menjadi 12 orang dari 8 orang yang dilaporkan "
        + "Senin (9/2/2026).";
    said("a", deaths("deaths", 12, null, "bertambah menjadi"), revised, "12 orang");
    said("a", deaths("deaths superseded", 8, null, "dari"), revised, "8 orang");
    day("a", "2026-02-09", false, revised, "Senin (9/2/2026)");
    said("b", deaths("deaths", 12, null, null), "Dua belas orang tewas.", "Dua belas orang");

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("8 deaths (earlier figure)", "12 deaths", "12 deaths"));
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }
}
