package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.StatementValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class SpeakersTest {
  @Test
  void aNameAndTheTicketItHeadsAreOnePerson() {
    assertThat(Speakers.samePerson("Budi Santoso", "Budi Santoso-Rina Wulandari")).isTrue();
  }

  @Test
  void aNameWithAPlaceWordStuckToItIsThePerson() {
    assertThat(Speakers.samePerson("Palu Budi Santoso", "Budi Santoso")).isTrue();
  }

  @Test
  void oneSharedWordDoesNotMakeOnePerson() {
    assertThat(Speakers.samePerson("Budi", "Budi Santoso")).isFalse();
    assertThat(Speakers.samePerson("Budi Santoso", "Budi Hartono")).isFalse();
  }

  @Test
  void oneNameSpelledTwoWaysIsOnePerson() {
    assertThat(Speakers.samePerson("Herman Josef Bhara", "Herman Yosef Bhara")).isTrue();
    assertThat(Speakers.samePerson("Darius Sampe", "Darius Sampeh")).isTrue();
    // a single word spelled two ways is too weak, and two different family names stay apart
    assertThat(Speakers.samePerson("Andi", "Andri")).isFalse();
    assertThat(Speakers.samePerson("Budi Santoso", "Budi Setiawan")).isFalse();
  }

  @Test
  void aNameRomanisedTwoWaysIsOnePerson() {
    // a hyphen inside a name is a space, and 'gh' and 'q' romanise one letter
    assertThat(Speakers.samePerson("Mohammad-Reza Ghaffari", "Mohammad Reza Qaffari")).isTrue();
    assertThat(VariantFinder.isVariant("Mahmoud Abbasi", "Mahmud Abbasi")).isTrue();
    assertThat(VariantFinder.isVariant("Djamal Haddad", "Jamal Haddad")).isTrue();
    // the groups change nothing else: two family names stay two people
    assertThat(Speakers.samePerson("Hossein Ghaffari", "Hossein Karimi")).isFalse();
  }

  private static Claim said(String speaker, String sentence) {
    return new Claim("a#1", "a", ClaimType.STATEMENT, speaker, sentence,
        new StatementValue("said"), TextSpan.of(0, sentence.length()), sentence, "test:rule",
        Zone.BODY, sentence);
  }

  private static boolean twoPeople(Claim a, Claim b) {
    return Speakers.twoPeople(a, Language.INDONESIAN, b, Language.INDONESIAN);
  }

  @Test
  void twoNamedPeopleNeitherRelayingTheOtherSayEachTheirOwn() {
    assertThat(twoPeople(
        said("Marco van Duijn", "Pelatih Marco van Duijn menyebut kemenangan di Stadion Utama"),
        said("Rashid Al-Hinai", "Pelatih Rashid Al-Hinai mengakui kekalahan di Stadion Utama")))
        .isTrue();
  }

  @Test
  void onePersonRelayingAnotherMaySayTheSame() {
    assertThat(twoPeople(
        said("Antony Blinken", "Blinken said Lavrov assured him Russia had no plan to attack"),
        said("Sergey Lavrov", "Lavrov said Russia had no plan to attack Ukraine"))).isFalse();
  }

  @Test
  void aBodyADescriptionOrASpellingVariantIsNotASecondPerson() {
    Claim person = said("Rina Puspitasari", "Rina memperkirakan inflasi naik");
    assertThat(twoPeople(person, said("Kementerian Keuangan", "Kementerian memperkirakan"))).isFalse();
    assertThat(twoPeople(person, said("BPS", "BPS memperkirakan inflasi naik"))).isFalse();
    assertThat(twoPeople(person, said("ekonom itu", "inflasi naik"))).isFalse();
    assertThat(twoPeople(said("Henky Sopacua", "data itu dihimpun"),
        said("Hengky Sopacua", "data itu tercatat"))).isFalse();
  }
}
