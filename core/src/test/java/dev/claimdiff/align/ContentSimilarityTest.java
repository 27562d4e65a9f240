package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class ContentSimilarityTest {
  private static final ContentSimilarity ENGLISH = new ContentSimilarity(Language.ENGLISH);
  private static final ContentSimilarity INDONESIAN = new ContentSimilarity(Language.INDONESIAN);

  private static ContentSimilarity.Match english(String a, String b) {
    return ContentSimilarity.compare(ENGLISH.clauses(a), ENGLISH.clauses(b));
  }

  @Test
  void anArticleIsNotANumber() {
    // 'a' and 'an' are number words for extraction ('a hundred'), not numbers stated
    assertThat(ENGLISH.clauses("We have set an emergency status for 14 days").numbers())
        .containsExactly("14");
    assertThat(english("We have set an emergency status for 14 days",
        "They set the emergency status for 14 days").shared()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void numberWordsJoinedByAHyphenAreANumber() {
    assertThat(ENGLISH.clauses("Sixty-one people have been rescued").numbers())
        .containsExactly("sixty-one");
    assertThat(english("Sixty-one people have been rescued", "52 people were rescued").shared())
        .isZero();
  }

  @Test
  void pronounsAndAuxiliariesCarryNoContent() {
    assertThat(ENGLISH.clauses("I am proud of our team").clauses().get(0).content())
        .containsExactlyInAnyOrder("proud", "team");
  }

  @Test
  void inflectedFormsOfASynonymGroupAreOneWord() {
    assertThat(english("Russia has no intention of invading the neighbour",
        "Russia had no plans to attack the neighbour").overlap()).isEqualTo(1.0);
  }

  @Test
  void wordsTheLexiconGivesOneMeaningMatchInTheSharedVocabulary() {
    // 'kesulitan' and 'kesusahan': both 'difficulty' in the bilingual lexicon (and synonyms)
    ContentSimilarity.Clauses a = CrossLanguageSpeech.neutral("Petani sudah kesulitan",
        INDONESIAN, Language.INDONESIAN);
    ContentSimilarity.Clauses b = CrossLanguageSpeech.neutral("Petani sudah kesusahan",
        INDONESIAN, Language.INDONESIAN);
    assertThat(ContentSimilarity.compare(a, b).overlap()).isEqualTo(1.0);
  }

  @Test
  void anIndonesianWordMatchesEachOfItsEnglishForms() {
    // 'akhir = final, end, late': the translation chose 'end', whose own concept is 'end'
    ContentSimilarity.Clauses id = CrossLanguageSpeech.neutral("sebelum akhir tahun ini",
        INDONESIAN, Language.INDONESIAN);
    ContentSimilarity.Clauses en = CrossLanguageSpeech.neutral("before the end of this year",
        ENGLISH, Language.ENGLISH);
    assertThat(ContentSimilarity.compare(id, en).shared()).isEqualTo(3);
    assertThat(ContentSimilarity.compare(en, id).shared()).isEqualTo(3);
  }

  @Test
  void aReduplicatedPluralIsItsSingleWord() {
    // 'anak-anak' (children) is looked up as 'anak' when the whole is not listed
    ContentSimilarity.Clauses id = CrossLanguageSpeech.neutral("Saya gendong anak-anak dan lari",
        INDONESIAN, Language.INDONESIAN);
    assertThat(id.clauses().get(0).content()).contains("child");
  }

  @Test
  void oneQuotationInBothLanguagesMatchesAndTwoStatementsDoNot() {
    ContentSimilarity.Clauses id = CrossLanguageSpeech.neutral(
        "Kalau besok tetap nihil, operasi kami tutup dan berganti menjadi pemantauan",
        INDONESIAN, Language.INDONESIAN);
    ContentSimilarity.Clauses en = CrossLanguageSpeech.neutral(
        "If we still find nothing tomorrow, we will close the operation and switch to monitoring",
        ENGLISH, Language.ENGLISH);
    assertThat(ContentSimilarity.compare(id, en).overlap()).isGreaterThanOrEqualTo(0.6);
    // the same speaker's other statement: the search goes on, not negated, other words
    ContentSimilarity.Clauses other = CrossLanguageSpeech.neutral(
        "We will keep searching the river until we find them", ENGLISH, Language.ENGLISH);
    assertThat(ContentSimilarity.compare(id, other).shared()).isLessThan(2);
  }

  private static ContentSimilarity.Clauses id(String text) {
    return CrossLanguageSpeech.neutral(text, INDONESIAN, Language.INDONESIAN);
  }

  private static ContentSimilarity.Clauses en(String text) {
    return CrossLanguageSpeech.neutral(text, ENGLISH, Language.ENGLISH);
  }

  @Test
  void numberWordsAndDigitsAreOneNumberAcrossLanguages() {
    // 'seratus', "a hundred" and '100' name one amount; 'empat' and "4" too
    assertThat(id("Seratus relawan sudah tiba di desa itu").numbers()).containsExactly("100");
    assertThat(en("A hundred volunteers have reached the village").numbers()).containsExactly("100");
    assertThat(en("4 volunteers were hurt").numbers())
        .isEqualTo(id("empat relawan terluka").numbers());
    // a vague word keeps its concept: 'puluhan' is no one amount
    assertThat(id("puluhan relawan terluka").numbers()).doesNotContain("10", "20");
  }

  @Test
  void everydayWordsOfQuotedPeopleMeetTheirTranslation() {
    // function words a translator renders one for one, and nouns of land, law and farming
    assertThat(ContentSimilarity.compare(
        id("Ketika air naik, kami lari ke tebing di belakang kampung"),
        en("When the water rose, we ran to the cliff behind the village")).overlap())
        .isGreaterThanOrEqualTo(0.6);
    assertThat(ContentSimilarity.compare(
        id("Kesepakatan di atas kertas lebih berharga daripada janji lisan"),
        en("An agreement on paper is worth more than a spoken promise")).shared())
        .isGreaterThanOrEqualTo(4);
    assertThat(ContentSimilarity.compare(
        id("Petani sawit bukan penjahat, dan menanam sawit bukan kejahatan"),
        en("Palm oil farmers are not criminals, and growing palm oil is not a crime")).overlap())
        .isGreaterThanOrEqualTo(0.6);
    // "out" of a phrasal verb ('carry out', 'hand out') is no power outage
    assertThat(en("The volunteers hand out rice").clauses().get(0).content())
        .doesNotContain("outage");
  }

  @Test
  void aWordIsLookedUpAsWrittenBeforeItsStem() {
    // 'perjanjian' is a treaty; its stem 'janji' is a promise
    ContentSimilarity.Clauses id = CrossLanguageSpeech.neutral("perjanjian batas laut",
        INDONESIAN, Language.INDONESIAN);
    ContentSimilarity.Clauses en = CrossLanguageSpeech.neutral("the sea border treaty",
        ENGLISH, Language.ENGLISH);
    assertThat(id.clauses().get(0).content()).contains("treaty").doesNotContain("promise");
    assertThat(ContentSimilarity.compare(id, en).overlap()).isEqualTo(1.0);
  }

  @Test
  void decimalsThatShareADigitGroupAreDifferentNumbers() {
    // '1,8' and '1,5' are read as digit groups ('1', '8' and '1', '5'): sharing the '1' is not
    // stating the same number
    var a = INDONESIAN.clauses(
        "kenaikan harga bensin akan menambah inflasi tahun ini, yang diperkirakan 1,8 poin");
    var b = INDONESIAN.clauses(
        "kenaikan harga bensin akan menambah inflasi tahun ini, yang diperkirakan 1,5 poin");
    assertThat(ContentSimilarity.compare(a, b).shared()).isZero();
    var c = INDONESIAN.clauses(
        "kenaikan harga bensin akan menambah inflasi tahun ini, yang diperkirakan 1,8 poin pada 2024");
    assertThat(ContentSimilarity.compare(a, c).shared()).isPositive();
  }

  @Test
  void wordsOfOppositeMeaningSayOppositeThings() {
    ContentSimilarity.Match opposite = ContentSimilarity.compare(
        INDONESIAN.clauses("Hasil paper test di landasan positif abu"),
        INDONESIAN.clauses("Hasil paper test di landasan negatif abu"));
    assertThat(opposite.shared()).isZero();
    ContentSimilarity.Match same = ContentSimilarity.compare(
        INDONESIAN.clauses("Hasil paper test di landasan negatif abu"),
        INDONESIAN.clauses("Hasil paper test landasan bandara negatif"));
    assertThat(same.shared()).isGreaterThanOrEqualTo(3);
    assertThat(english("The airport remained closed on Monday",
        "The airport was open on Monday").shared()).isZero();
    assertThat(english("The airport remained closed on Monday",
        "The airport is not open on Monday").shared()).isGreaterThanOrEqualTo(2);
  }
}
