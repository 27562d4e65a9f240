package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How {@link Translations} tells a rendering of a report from an article that uses it, and what
 * it makes of a difference between the two, on articles of our own.
 */
class TranslationsTest {

  /** An article as its sentences, each with where it starts in the text. */
  private record Text(String id, String outlet, Language language, List<String> sentences) {
    String text() {
      return String.join(" ", sentences);
    }

    int start(int sentence) {
      int at = 0;
      for (int i = 0; i < sentence; i++) {
        at += sentences.get(i).length() + 1;
      }
      return at;
    }

    ArticleDigest digest() {
      ImmutableList.Builder<NeutralSentences.Keys> keys = ImmutableList.builder();
      for (int i = 0; i < sentences.size(); i++) {
        keys.add(new NeutralSentences.Keys(start(i), start(i) + sentences.get(i).length(),
            NeutralSentences.ofPhrase(language, sentences.get(i))));
      }
      long[] minhash = new long[ArticleDigest.HASHES];
      Arrays.fill(minhash, Long.MAX_VALUE);
      return new ArticleDigest(id, outlet, language, null, ImmutableSetMultimap.of(), minhash,
          keys.build());
    }

    /** A claim whose evidence is the first occurrence of {@code evidence} in a sentence. */
    Claim claim(String claimId, int sentence, String evidence, ClaimType type,
        dev.claimdiff.extract.ClaimValue value) {
      int at = start(sentence) + sentences.get(sentence).indexOf(evidence);
      return new Claim(claimId, id, type, null, evidence, value,
          TextSpan.of(at, at + evidence.length()), evidence, "test:" + type,
          sentences.get(sentence));
    }
  }

  private static final Text WIRE = new Text("wire", "Reuters", Language.ENGLISH, List.of(
      "Police said on Monday that eight people were killed in the crush at the concert hall.",
      "The crush followed a concert by a rock band on Sunday night.",
      "Fans pushed towards a narrow exit door after the lights went out.",
      "The governor said the government would pay the funeral costs of every victim."));

  /** The wire rendered sentence by sentence, crediting it in its lead. */
  private static final Text RENDERED = new Text("rendered", "Kabar Kota", Language.INDONESIAN,
      List.of(
          "Polisi mengatakan pada Senin delapan orang tewas dalam desak-desakan di gedung konser "
              + "itu, seperti dilansir Reuters.",
          "Desak-desakan terjadi setelah konser sebuah band rock pada Minggu malam.",
          "Penggemar berdesakan ke arah pintu keluar yang sempit setelah lampu padam.",
          "Gubernur mengatakan pemerintah akan membayar biaya pemakaman setiap korban."));

  private static EventDateValue date(String date, String weekday) {
    return new EventDateValue("crowd crush", true, date, weekday, null, null, null, null);
  }

  private static QuantityValue deaths(double amount) {
    return new QuantityValue("crowd crush", "deaths", amount, null, false, amount, amount,
        "exact", false, null, null, null);
  }

  private static Translations.Pair pair(Text translation, Text original, List<Claim> claims) {
    Translations.Pair pair = Translations.compare(original.digest(), translation.digest(),
        Translations.credits(claims));
    assertThat(pair).isNotNull();
    return pair;
  }

  private static Finding discrepancy(ClaimType type, Claim a, Claim b, String va, String vb) {
    return new Finding("F1", Kind.DISCREPANCY, type.name(), ImmutableList.of(a.id(), b.id()),
        "When the crowd crush took place: " + va + " vs " + vb, type.name(),
        ImmutableList.of(a.article(), b.article()), ImmutableList.of(va, vb));
  }

  private static Map<String, ArticleDigest> articles() {
    return Map.of(WIRE.id(), WIRE.digest(), RENDERED.id(), RENDERED.digest());
  }

  @Test
  void aRenderingSentenceBySentenceThatCreditsTheWireIsItsTranslation() {
    Claim credit = RENDERED.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    Translations.Pair pair = pair(RENDERED, WIRE, List.of(credit));

    assertThat(pair.translation()).isEqualTo("rendered");
    assertThat(pair.original()).isEqualTo("wire");
    assertThat(pair.full()).isTrue();
    assertThat(pair.credited()).isTrue();
    assertThat(pair.aligned()).isEqualTo(4);
  }

  @Test
  void aDateOnlyOneLanguagesReadingTakesForTheEventsIsNoDiscrepancy() {
    // the rendering's "pada Senin" is when the police spoke, read as the crush's day in one
    // language only: the wire's aligned sentence says "on Monday" too, so nothing was changed
    Claim sunday = WIRE.claim("w#1", 1, "Sunday", ClaimType.EVENT_DATE,
        date("2026-09-13", "SUNDAY"));
    Claim senin = RENDERED.claim("r#2", 0, "Senin", ClaimType.EVENT_DATE,
        date("2026-09-14", "MONDAY"));
    Claim credit = RENDERED.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    List<Claim> claims = List.of(sunday, credit, senin);
    Finding f = discrepancy(ClaimType.EVENT_DATE, sunday, senin, "2026-09-13 (Sunday)",
        "2026-09-14 (Monday)");

    List<Finding> out = Translations.annotate(List.of(f), List.of(pair(RENDERED, WIRE, claims)),
        articles(), claims);

    assertThat(out).isEmpty();
  }

  @Test
  void aNumberTheRenderingChangedStaysAndSaysSo() {
    Text changed = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        "Polisi mengatakan pada Senin 18 orang tewas dalam desak-desakan di gedung konser itu, "
            + "seperti dilansir Reuters.",
        RENDERED.sentences().get(1), RENDERED.sentences().get(2), RENDERED.sentences().get(3)));
    Text wire = new Text("wire", "Reuters", Language.ENGLISH, List.of(
        "Police said on Monday that 8 people were killed in the crush at the concert hall.",
        WIRE.sentences().get(1), WIRE.sentences().get(2), WIRE.sentences().get(3)));
    Claim eight = wire.claim("w#1", 0, "8 people were killed", ClaimType.QUANTITY, deaths(8));
    Claim eighteen = changed.claim("r#2", 0, "18 orang tewas", ClaimType.QUANTITY, deaths(18));
    Claim credit = changed.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    List<Claim> claims = List.of(eight, credit, eighteen);
    Finding f = new Finding("F1", Kind.DISCREPANCY, "QUANTITY",
        ImmutableList.of(eight.id(), eighteen.id()), "How many deaths: 8 deaths vs 18 deaths",
        "QUANTITY", ImmutableList.of("wire", "rendered"),
        ImmutableList.of("8 deaths", "18 deaths"));

    List<Finding> out = Translations.annotate(List.of(f), List.of(pair(changed, wire, claims)),
        Map.of("wire", wire.digest(), "rendered", changed.digest()), claims);

    assertThat(out).singleElement().satisfies(d ->
        assertThat(d.summary()).contains("the translation changed the value")
            .contains("says 8 deaths").contains("says 18 deaths"));
  }

  private static dev.claimdiff.extract.ClaimValue.DurationValue nearly(double hours) {
    return new dev.claimdiff.extract.ClaimValue.DurationValue("meeting", true, hours * 60, true,
        "nearly", hours * 60 * 0.9, hours * 60, "nearly", false);
  }

  @Test
  void aHedgedLengthTheRenderingChangedIsAChangeThoughBothAreHedged() {
    // "nearly four hours" rendered 'hampir lima jam': two outlets' hedged lengths so close would
    // not contradict each other, but a rendering keeps the number it renders
    Text wire = new Text("wire", "Reuters", Language.ENGLISH, List.of(
        "The two ministers met for nearly four hours at the governor's residence on Monday.",
        WIRE.sentences().get(1), WIRE.sentences().get(2), WIRE.sentences().get(3)));
    Text rendered = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        "Kedua menteri bertemu selama hampir lima jam di rumah dinas gubernur pada Senin, "
            + "seperti dilansir Reuters.",
        RENDERED.sentences().get(1), RENDERED.sentences().get(2), RENDERED.sentences().get(3)));
    Claim four = wire.claim("w#1", 0, "nearly four hours", ClaimType.DURATION, nearly(4));
    Claim five = rendered.claim("r#2", 0, "hampir lima jam", ClaimType.DURATION, nearly(5));
    Claim credit = rendered.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    List<Claim> claims = List.of(four, credit, five);
    List<Finding> out = new ArrayList<>();

    Set<String> changed = Translations.changedValues(List.of(pair(rendered, wire, claims)), claims,
        Map.of("wire", wire.digest(), "rendered", rendered.digest()), out);

    assertThat(changed).containsExactly("r#2");
    assertThat(out).singleElement().satisfies(d ->
        assertThat(d.summary()).contains("the translation changed the value"));

    // rendered faithfully ('hampir empat jam'): nothing changed
    Text faithful = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        rendered.sentences().get(0).replace("lima", "empat"),
        RENDERED.sentences().get(1), RENDERED.sentences().get(2), RENDERED.sentences().get(3)));
    Claim fourId = faithful.claim("r#2", 0, "hampir empat jam", ClaimType.DURATION, nearly(4));
    Claim credit2 = faithful.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    List<Claim> same = List.of(four, credit2, fourId);
    List<Finding> none = new ArrayList<>();
    assertThat(Translations.changedValues(List.of(pair(faithful, wire, same)), same,
        Map.of("wire", wire.digest(), "rendered", faithful.digest()), none)).isEmpty();
    assertThat(none).isEmpty();
  }

  @Test
  void aPromisesDueTheRenderingChangedIsAChangeThoughItsActionIsWordedInEachLanguage() {
    // "within 14 days" rendered 'dalam 40 hari': the sentence's promise is one promise, its
    // action worded in each language ('repair … bridge', 'memperbaiki jembatan')
    Text wire = new Text("wire", "Reuters", Language.ENGLISH, List.of(
        WIRE.sentences().get(0), WIRE.sentences().get(1), WIRE.sentences().get(2),
        "The governor said the province would repair the damaged bridge within 14 days."));
    Text rendered = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        RENDERED.sentences().get(0), RENDERED.sentences().get(1), RENDERED.sentences().get(2),
        "Gubernur mengatakan provinsi akan memperbaiki jembatan yang rusak dalam 40 hari."));
    Claim fourteen = wire.claim("w#1", 3, "would repair the damaged bridge within 14 days",
        ClaimType.COMMITMENT, new dev.claimdiff.extract.ClaimValue.CommitmentValue(
            "province", "repair damaged bridge", null, "within 14 days", null));
    Claim forty = rendered.claim("r#2", 3, "akan memperbaiki jembatan yang rusak dalam 40 hari",
        ClaimType.COMMITMENT, new dev.claimdiff.extract.ClaimValue.CommitmentValue(
            "province", "memperbaiki jembatan", null, "within 40 days", null));
    Claim credit = rendered.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));
    List<Claim> claims = List.of(fourteen, credit, forty);
    List<Finding> out = new ArrayList<>();

    Set<String> changed = Translations.changedValues(List.of(pair(rendered, wire, claims)), claims,
        Map.of("wire", wire.digest(), "rendered", rendered.digest()), out);

    assertThat(changed).containsExactly("r#2");
    assertThat(out).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo("COMMITMENT");
      assertThat(d.claims()).containsExactly("w#1", "r#2");
      assertThat(d.summary()).contains("the translation changed the value");
    });

    // rendered with the same due, or with none read: nothing changed
    Claim sameDue = rendered.claim("r#2", 3, "akan memperbaiki jembatan yang rusak dalam 40 hari",
        ClaimType.COMMITMENT, new dev.claimdiff.extract.ClaimValue.CommitmentValue(
            "province", "memperbaiki jembatan", null, "within 14 days", null));
    List<Claim> same = List.of(fourteen, credit, sameDue);
    List<Finding> none = new ArrayList<>();
    assertThat(Translations.changedValues(List.of(pair(rendered, wire, same)), same,
        Map.of("wire", wire.digest(), "rendered", rendered.digest()), none)).isEmpty();
    assertThat(none).isEmpty();
  }

  /** Two of the wire's four sentences rendered, and two sentences of the article's own. */
  private static final Text DRAWS_ON = new Text("draws", "Kabar Kota", Language.INDONESIAN,
      List.of(
          "Wali kota menutup semua gedung pertunjukan di kota itu selama sepekan.",
          "Polisi mengatakan pada Senin delapan orang tewas dalam desak-desakan di gedung konser "
              + "itu.",
          "Warga berkumpul di depan balai kota untuk menyalakan lilin.",
          "Gubernur mengatakan pemerintah akan membayar biaya pemakaman setiap korban."));

  /** A place the lead names: the body's first claim. */
  private static final LocationValue CITY =
      new LocationValue("crowd crush", true, "Bandung", null, "Indonesia");

  @Test
  void aCreditInTheLeadAttributesTheArticleToTheReportItDrawsOn() {
    Claim lead = DRAWS_ON.claim("d#1", 0, "di kota itu", ClaimType.LOCATION, CITY);
    Text credited = new Text("draws", "Kabar Kota", Language.INDONESIAN, List.of(
        DRAWS_ON.sentences().get(0).replace("sepekan.", "sepekan, seperti dilansir Reuters."),
        DRAWS_ON.sentences().get(1), DRAWS_ON.sentences().get(2), DRAWS_ON.sentences().get(3)));
    Claim credit = credited.claim("d#2", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));

    Translations.Pair pair = Translations.compare(WIRE.digest(), credited.digest(),
        Translations.credits(List.of(credit, lead)));

    assertThat(pair).isNotNull();
    assertThat(pair.full()).isFalse();
    assertThat(pair.aligned()).isEqualTo(2);
  }

  @Test
  void aNumberChangedInASentenceTheArticleRendersIsItsChange() {
    // the article draws on the wire (credited in its lead) and renders its toll with another
    // number: the sentence is the wire's, the number the article's
    Text wire = new Text("wire", "Reuters", Language.ENGLISH, List.of(WIRE.sentences().get(0)
        .replace("eight people", "8 people"), WIRE.sentences().get(1), WIRE.sentences().get(2),
        WIRE.sentences().get(3)));
    Text draws = new Text("draws", "Kabar Kota", Language.INDONESIAN, List.of(
        DRAWS_ON.sentences().get(0).replace("sepekan.", "sepekan, seperti dilansir Reuters."),
        DRAWS_ON.sentences().get(1).replace("delapan orang", "18 orang"),
        DRAWS_ON.sentences().get(2), DRAWS_ON.sentences().get(3)));
    List<Claim> claims = List.of(
        wire.claim("w#1", 0, "8 people were killed", ClaimType.QUANTITY, deaths(8)),
        draws.claim("d#1", 0, "di kota itu", ClaimType.LOCATION, CITY),
        draws.claim("d#2", 0, "seperti dilansir Reuters", ClaimType.SOURCE_CITATION,
            new SourceValue("Reuters")),
        draws.claim("d#3", 1, "18 orang tewas", ClaimType.QUANTITY, deaths(18)));
    Translations.Pair pair = pair(draws, wire, claims);
    List<Finding> out = new ArrayList<>();

    Translations.changedValues(List.of(pair), claims,
        Map.of("wire", wire.digest(), "draws", draws.digest()), out);

    assertThat(pair.full()).isFalse();
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.summary()).contains("changed the value of the report it credits and draws on")
          .contains("says 8 deaths").contains("says 18 deaths");
      assertThat(f.claims()).containsExactly("w#1", "d#3");
    });
  }

  @Test
  void aCreditInsideTheBodySourcesOneFactNotTheArticle() {
    // "Dikutip dari Reuters, …" in the second sentence credits the toll, not the article
    Text cited = new Text("draws", "Kabar Kota", Language.INDONESIAN, List.of(
        DRAWS_ON.sentences().get(0),
        "Dikutip dari Reuters, polisi mengatakan pada Senin delapan orang tewas dalam "
            + "desak-desakan di gedung konser itu.",
        DRAWS_ON.sentences().get(2), DRAWS_ON.sentences().get(3)));
    List<Claim> claims = new ArrayList<>();
    claims.add(cited.claim("d#1", 0, "di kota itu", ClaimType.LOCATION, CITY));
    claims.add(cited.claim("d#2", 1, "Dikutip dari Reuters", ClaimType.SOURCE_CITATION,
        new SourceValue("Reuters")));

    assertThat(Translations.compare(WIRE.digest(), cited.digest(), Translations.credits(claims)))
        .isNull();
  }

  @Test
  void aRenderingThatCreditsNoOneNeedsMoreOfItsSentencesAligned() {
    // three of four sentences (75 %) make a translation of a credited report, not of another
    // outlet's: two reports of one briefing share its facts in the order it gave them
    Text uncredited = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        "Wali kota menutup semua gedung pertunjukan di kota itu selama sepekan.",
        RENDERED.sentences().get(1), RENDERED.sentences().get(2), RENDERED.sentences().get(3)));
    Text credited = new Text("rendered", "Kabar Kota", Language.INDONESIAN, List.of(
        "Wali kota menutup semua gedung pertunjukan di kota itu selama sepekan, seperti "
            + "dilansir Reuters.",
        RENDERED.sentences().get(1), RENDERED.sentences().get(2), RENDERED.sentences().get(3)));
    Claim credit = credited.claim("r#1", 0, "seperti dilansir Reuters",
        ClaimType.SOURCE_CITATION, new SourceValue("Reuters"));

    assertThat(Translations.compare(WIRE.digest(), uncredited.digest(),
        Translations.credits(List.of()))).isNull();
    assertThat(Translations.compare(WIRE.digest(), credited.digest(),
        Translations.credits(List.of(credit)))).isNotNull()
        .satisfies(p -> assertThat(p.full()).isTrue());
  }

  @Test
  void aPhraseHasTheKeysItsSentenceGivesIt() {
    assertThat(NeutralSentences.ofPhrase(Language.INDONESIAN, "pada Minggu"))
        .isEqualTo(NeutralSentences.ofPhrase(Language.ENGLISH, "on Sunday"));
    assertThat(NeutralSentences.ofPhrase(Language.INDONESIAN, "1.356 rumah"))
        .contains("#1356");
    assertThat(ImmutableSet.copyOf(NeutralSentences.ofPhrase(Language.ENGLISH, "1,356 houses")))
        .contains("#1356");
  }
}
