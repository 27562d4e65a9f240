package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
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

  @Test
  void eachWordIsReadAsItsLowerCaseTriggerNumberAndDigitsSay() {
    LanguageRules.of(Language.INDONESIAN).rules("statement"); // trigger words numbered
    List<String> words = List.of("Kata", "kata", "KATA", "mengatakan", "Mengatakan", "21/1/2022",
        "ASEAN2024", "O'Neill", "D’Souza", "Ölçü", "İSTANBUL", "ΑΘΗΝΑ", "Rusia-Ukraina", "١٢",
        "Ujar", "menurut", "Menurutnya", "bahwa", "BAHWA", "Bahwa", "\"", ",", "x9", "Z", "ujarnya");
    SentenceWords read = wordsOf(words);

    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String lower = w.toLowerCase(Locale.ROOT);
      assertThat(read.lower(k)).as(w).isEqualTo(lower);
      assertThat(read.triggerId(k)).as(w).isEqualTo(TriggerWords.id(lower));
      boolean digit = w.chars().anyMatch(Character::isDigit);
      assertThat((read.flags(k) & SentenceWords.HAS_DIGIT) != 0).as(w).isEqualTo(digit);
    }
    assertThat(read.triggerId(words.indexOf("Kata"))).isNotNegative();
    assertThat(read.triggerId(words.indexOf("BAHWA"))).isNotNegative();
    assertThat(read.hasDigit()).isTrue();
  }

  @Test
  void theTokensStartingWithEachPrefixAreThoseEveryPrefixWouldFindOneByOne() {
    LanguageRules.of(Language.INDONESIAN).rules("statement"); // 'menurut+', month words
    LanguageRules.of(Language.ENGLISH).rules("event-date");
    TriggerWords.internPrefix("ölç");
    TriggerWords.internPrefix("é");
    List<String> words = List.of("Menurut", "menurutnya", "Januari", "Jan.", "january", "mengatakan",
        "Ölçü", "ölçüm", "élan", "Éclair", "\"", "20", "1999", "Rp5", "x", "menuru", "ΑΘΗΝΑ");
    SentenceWords read = wordsOf(words);

    String[] prefixes = TriggerWords.prefixes().all();
    assertThat(prefixes).contains("menurut", "ölç", "é");
    for (String prefix : prefixes) {
      List<Integer> expected = new java.util.ArrayList<>();
      for (int k = 0; k < words.size(); k++) {
        if (words.get(k).toLowerCase(Locale.ROOT).startsWith(prefix)) {
          expected.add(k);
        }
      }
      assertThat(java.util.Arrays.stream(read.tokensStartingWith(prefix)).boxed().toList()).as(prefix)
          .containsExactlyElementsOf(expected);
    }
    assertThat(read.tokensStartingWith("ölç")).containsExactly(6, 7);
    assertThat(read.tokensStartingWith("menurut")).containsExactly(0, 1);
  }

  /** The words of a sentence of {@code words}, one space apart. */
  private static SentenceWords wordsOf(List<String> words) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    int at = 0;
    for (String w : words) {
      tokens.add(new Token(w, at, at + w.length()));
      at += w.length() + 1;
    }
    return new SentenceWords(new Sentence(0, 0, at - 1, 0, tokens.build()));
  }
}
