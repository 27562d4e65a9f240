package dev.claimdiff.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class NamesTest {
  private final Names names = new Names(Language.INDONESIAN, Gazetteer.standard());

  private String canonical(String surface) {
    return names.resolve(surface, false).map(Names.Resolved::canonical).orElse(null);
  }

  @Test
  void titlesAndTheBodyTheyServeAreStripped() {
    assertThat(canonical("Menteri Luar Negeri Rusia Sergei Lavrov")).isEqualTo("Sergey Lavrov");
    assertThat(canonical("Menteri Perhubungan Budi Karya Sumadi")).isEqualTo("Budi Karya Sumadi");
    assertThat(canonical("Menteri Koordinator Bidang Perekonomian Airlangga Hartarto"))
        .isEqualTo("Airlangga Hartarto");
    assertThat(canonical("juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova"))
        .isEqualTo("Maria Zakharova");
  }

  @Test
  void anUnnamedOfficialIsTheTitleAsWrittenNotTheCountry() {
    assertThat(names.resolve("Menlu Rusia", false)).hasValueSatisfying(r -> {
      assertThat(r.canonical()).isEqualTo("Menlu Rusia");
      assertThat(r.kind()).isEqualTo(Mention.Kind.PERSON);
    });
    assertThat(canonical("Kapolri")).isNull();
  }

  @Test
  void aCityActingStandsForItsCountryAndAPlaceThatCannotActIsNoActor() {
    assertThat(names.resolve("Washington", false)).hasValueSatisfying(r -> {
      assertThat(r.canonical()).isEqualTo("United States");
      assertThat(r.entity()).isEqualTo("Washington");
      assertThat(r.kind()).isEqualTo(Mention.Kind.GROUP);
    });
    assertThat(canonical("Jenewa")).isNull();
  }

  @Test
  void oneUnknownWordIsAPersonOnlyWhereASpeakerStands() {
    assertThat(canonical("Suharyanto")).isNull();
    assertThat(names.resolve("Suharyanto", true)).map(Names.Resolved::canonical)
        .hasValue("Suharyanto");
    assertThat(canonical("Maria Ulfah")).isEqualTo("Maria Ulfah");
  }
}
