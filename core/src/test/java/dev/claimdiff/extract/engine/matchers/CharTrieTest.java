package dev.claimdiff.extract.engine.matchers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.lang.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CharTrie#mayStartAt} reads a table of first characters below U+0100: it must say what
 * the trie's root says, for every character, with and without case folding.
 */
class CharTrieTest {

  @Test
  void mayStartAtAgreesWithTheWordsFirstCharacters() {
    List<List<String>> lists = new ArrayList<>();
    for (Language language : List.of(Language.ENGLISH, Language.INDONESIAN)) {
      Lexicon lexicon = Lexicon.of(language);
      for (String list : List.of("speech-verbs", "titles", "name-stopwords", "future-cues")) {
        lists.add(lexicon.words(list));
      }
    }
    // first characters that fold across U+0100 (the Kelvin sign, the long s, the dotted I),
    // accented ones, a no-break space inside a word, a mask of a mention
    lists.add(List.of("\u212Aenya", "\u017Fome", "\u0130stanbul", "éclair", "Über", "ÿes",
        "\u00b5g", "a\u00a0b", "\uE000x", "7th", "'s", "-long"));
    int compared = 0;
    for (List<String> words : lists) {
      for (boolean anyCase : new boolean[] {true, false}) {
        CharTrie trie = CharTrie.of(words, anyCase);
        java.util.Set<Character> firsts = new java.util.HashSet<>();
        for (String w : words) {
          if (!w.isBlank()) {
            firsts.add(fold(w.strip().charAt(0), anyCase));
          }
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
          boolean expected = firsts.contains(fold(c, anyCase));
          assertThat(trie.mayStartAt(String.valueOf(c), 0, 1))
              .as("U+%04X in %s (any case: %s)", (int) c, words, anyCase).isEqualTo(expected);
          compared++;
        }
        assertThat(trie.mayStartAt("a", 1, 1)).isFalse();
      }
    }
    assertThat(compared).isGreaterThan(1_000_000);
  }

  /** How a case-insensitive Unicode regex compares a character (outside the private-use area). */
  private static char fold(char c, boolean anyCase) {
    return !anyCase || c >= '\uE000' && c <= '\uF8FF' ? c
        : Character.toLowerCase(Character.toUpperCase(c));
  }
}
