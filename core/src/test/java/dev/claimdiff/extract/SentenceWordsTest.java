package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceWordsTest {
  @Test
  void lowerCasingIsThatOfTheRootLocale() {
    for (String word : List.of("", "jenewa", "JENEWA", "Lavrov", "AS", "21/1/2022", "ASEAN2024",
        "O'Neill", "D’Souza", "Ölçü", "İSTANBUL", "ΑΘΗΝΑ", "Rusia-Ukraina", "\u00a0")) {
      assertThat(SentenceWords.lowerCase(word)).as(word)
          .isEqualTo(word.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void aWordInLowerCaseIsNotCopied() {
    String word = "mengatakan";
    assertThat(SentenceWords.lowerCase(word)).isSameAs(word);
  }
}
