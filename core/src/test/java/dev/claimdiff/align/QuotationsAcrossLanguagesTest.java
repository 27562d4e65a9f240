package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One quotation in two languages, on articles of our own: a rendering of the same speaker's
 * words agrees; a rendering word for word, taken from the outlet the article credits and given
 * to another person, is a quotation credited to two people; without that credit two people's
 * like words in two languages are left alone.
 */
class QuotationsAcrossLanguagesTest {
  private static final String WORDS_EN =
      "We will not stop searching until every missing fisherman is found";
  private static final String WORDS_ID =
      "Kami tidak akan berhenti mencari sampai semua nelayan yang hilang ditemukan";

  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id, Language language) {
    digests.add(HandBuiltDigests.digest(id, language, "2026-08-03"));
  }

  private Claim quote(String article, String speaker, String words) {
    Claim c = new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUOTE, speaker,
        words, new QuoteValue(false, null), TextSpan.of(0, words.length()), words, "test:quote",
        words);
    claims.add(c);
    return c;
  }

  private void credit(String article, String outlet) {
    String words = "seperti dilansir " + outlet;
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.SOURCE_CITATION,
        null, words, new SourceValue(outlet), TextSpan.of(100, 100 + words.length()), words,
        "test:source", words));
  }

  private List<Finding> align() {
    return new ClaimAligner().align(digests, claims);
  }

  private static List<Finding> of(List<Finding> findings, Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind && f.type().equals("QUOTE")).toList();
  }

  @Test
  void oneSpeakersWordsRenderedInTheOtherLanguageAgree() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat", WORDS_EN);
    Claim id = quote("portal", "Rahmat Hidayat", WORDS_ID);
    List<Finding> findings = align();
    assertThat(of(findings, Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
    assertThat(of(findings, Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aRenderingFromTheCreditedOutletGivenToAnotherPersonIsAnAttributionDiscrepancy() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat", WORDS_EN);
    credit("portal", "WIRE");
    Claim id = quote("portal", "Sri Wahyuni", WORDS_ID);
    assertThat(of(align(), Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
  }

  @Test
  void twoPeoplesLikeWordsInTwoLanguagesWithoutACreditAreLeftAlone() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    quote("wire", "Rahmat Hidayat", WORDS_EN);
    quote("portal", "Sri Wahyuni", WORDS_ID);
    List<Finding> findings = align();
    assertThat(of(findings, Kind.DISCREPANCY)).isEmpty();
    assertThat(of(findings, Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void anotherStatementOfTheOtherPersonFromTheCreditedOutletIsNoDiscrepancy() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    quote("wire", "Rahmat Hidayat", WORDS_EN);
    credit("portal", "WIRE");
    quote("portal", "Sri Wahyuni",
        "Kami akan membangun kembali semua rumah nelayan yang rusak sebelum musim hujan");
    assertThat(of(align(), Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aTranslationThatChoseAnotherSenseOfAWordIsFound() {
    // 'awal' is "early" first, "start" too; 'akhir' "final", "end" too: no pair of first
    // senses is shared, so the index must offer the pair through the other senses
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat", "This is a start, not the end");
    Claim id = quote("portal", "Rahmat Hidayat", "Ini awal, bukan akhir");
    assertThat(of(align(), Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
  }

  @Test
  void aWordNamingACountrysPeopleIsTheCountrysName() {
    // "Indonesian fishermen" rendered 'nelayan Indonesia': the demonym names the country
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat",
        "The new boats will reach Indonesian fishermen before the rainy season");
    Claim id = quote("portal", "Rahmat Hidayat",
        "Kapal-kapal baru akan sampai ke nelayan Indonesia sebelum musim hujan");
    assertThat(of(align(), Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
  }

  @Test
  void aRenderingWordForWordGivenToAnotherPersonIsFoundThroughADemonym() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat",
        "We welcome Malaysian boats in our waters, but not Malaysian trawlers");
    credit("portal", "WIRE");
    Claim id = quote("portal", "Sri Wahyuni",
        "Kami menyambut kapal Malaysia di perairan kami, tetapi tidak kapal pukat Malaysia");
    assertThat(of(align(), Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
  }

  @Test
  void aClosedRoadIsOneClaimInBothLanguagesWhetherClosedOrShut() {
    // 'menutup' reads as 'membuka' negated, as "closed" reads as "open" negated; the name of a
    // compound adjective ('Bandung-bound') is the place it names
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    Claim en = quote("wire", "Rahmat Hidayat",
        "We closed the Bandung-bound lanes for the whole night");
    Claim id = quote("portal", "Rahmat Hidayat",
        "Kami menutup jalur arah Bandung sepanjang malam");
    assertThat(of(align(), Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(en.id(), id.id()));
  }

  @Test
  void aRoadClosedIsNotARoadOpened() {
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    quote("wire", "Rahmat Hidayat", "We closed the Bandung-bound lanes for the whole night");
    quote("portal", "Rahmat Hidayat", "Kami membuka jalur arah Bandung sepanjang malam");
    assertThat(of(align(), Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void aTitledNameItsShortFormAndTheShortFormSpelledOtherwiseAreOneSpeaker() {
    // 'police chief Rahmat Hidayat' holds 'Rahmat Hidayat', which 'Rahmat Hidajat' spells
    // otherwise: one person, so one quotation credited to them is no attribution discrepancy
    article("wire", Language.ENGLISH);
    article("portal", Language.INDONESIAN);
    article("daily", Language.INDONESIAN);
    quote("wire", "police chief Rahmat Hidayat", WORDS_EN);
    credit("portal", "WIRE");
    quote("portal", "Rahmat Hidayat", WORDS_ID);
    quote("daily", "Rahmat Hidajat", WORDS_ID);
    assertThat(of(align(), Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void oneSentenceOfShortClausesQuotedTwiceAndGivenToTwoPeopleIsAnAttributionDiscrepancy() {
    // no clause of it holds five words, but the sentence taken whole is one quotation
    article("wire", Language.ENGLISH);
    article("weekly", Language.ENGLISH);
    Claim wire = quote("wire", "Rahmat Hidayat",
        "The water rose very fast, because most houses stood on low ground, near the river. "
            + "We could not reach them in time");
    Claim weekly = quote("weekly", "Sri Wahyuni",
        "The water rose very fast, because most houses stood on low ground, near the river");
    assertThat(of(align(), Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains(wire.id(), weekly.id()));
  }

  @Test
  void twoPeoplesSentencesThatShareAClauseAreNotOneQuotation() {
    article("wire", Language.ENGLISH);
    article("weekly", Language.ENGLISH);
    quote("wire", "Rahmat Hidayat",
        "The water rose very fast, because most houses stood on low ground, near the river");
    quote("weekly", "Sri Wahyuni",
        "The water rose very fast, but the pumps kept the market dry until the evening");
    assertThat(of(align(), Kind.DISCREPANCY)).isEmpty();
  }
}
