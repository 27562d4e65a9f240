package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordPatterns;
import org.junit.jupiter.api.Test;

/** A list's alternation is built once, and is what building it from the list's words gives. */
class LexiconAlternationTest {
  private final Lexicon lexicon = Lexicon.of(Language.INDONESIAN);

  @Test
  void eachModeGivesItsWordPatternsAlternation() {
    var words = lexicon.words("give-verbs");

    assertThat(lexicon.alternation("give-verbs", "")).isEqualTo(WordPatterns.alternation(words));
    assertThat(lexicon.alternation("give-verbs", "+"))
        .isEqualTo(WordPatterns.prefixAlternation(words));
    assertThat(lexicon.alternation("give-verbs", "^"))
        .isEqualTo(WordPatterns.caseSensitiveAlternation(words));
  }

  @Test
  void anAlternationIsBuiltOnce() {
    assertThat(lexicon.alternation("give-verbs", "")).isSameAs(lexicon.alternation("give-verbs", ""));
  }

  @Test
  void aListTheManifestDoesNotDeclareStillFails() {
    assertThatThrownBy(() -> lexicon.alternation("no-such-list", ""))
        .isInstanceOf(RuntimeException.class);
  }
}
