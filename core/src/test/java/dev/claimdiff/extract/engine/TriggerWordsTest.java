package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbered words are found by text, words numbered later too, and every other word is not. */
class TriggerWordsTest {

  @Test
  void wordsNumberedBeforeAndAfterALookUpAreFoundAndOthersAreNot() {
    String first = "zz-kata-uji-pertama";
    int firstId = TriggerWords.intern(first);
    assertThat(TriggerWords.id(first)).isEqualTo(firstId);
    assertThat(TriggerWords.intern(first)).isEqualTo(firstId);

    // many more words after the first look-up: the table grows, and every number holds
    List<String> words = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      String w = "zz-kata-uji-" + i;
      words.add(w);
      ids.add(TriggerWords.intern(w));
      if (i % 500 == 0) {
        assertThat(TriggerWords.id(w)).isEqualTo(TriggerWords.intern(w));
      }
    }
    assertThat(ids).hasSize(words.size()).doesNotContain(firstId);
    for (String w : words) {
      assertThat(TriggerWords.id(w)).as(w).isEqualTo(TriggerWords.intern(w));
    }
    assertThat(TriggerWords.id(first)).isEqualTo(firstId);
    assertThat(TriggerWords.count()).isGreaterThan(3000);

    // words that were never numbered: other texts, prefixes, longer words, the empty word
    for (String other : List.of("zz-kata-uji", "zz-kata-uji-3000", "zz-kata-uji-12x", "",
        "zz-kata-uji-pertamax", "ZZ-KATA-UJI-1")) {
      assertThat(TriggerWords.id(other)).as(other).isEqualTo(-1);
    }
  }
}
