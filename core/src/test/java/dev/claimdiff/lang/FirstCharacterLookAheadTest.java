package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The look-ahead for the words' first characters that {@link WordPatterns#alternation} and its
 * kin write before the trie changes no match: with and without it, the pattern matches at the
 * same positions and as far, under the flags the rule files compile with and without them,
 * including the characters whose case folds onto an ASCII letter (dotted and dotless i, long s,
 * the Kelvin sign).
 */
class FirstCharacterLookAheadTest {
  private static final int RULE_FLAGS = Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS;

  /** The pattern without its look-ahead, as it was written before. */
  private static String withoutLookAhead(String pattern) {
    int open = pattern.indexOf("(?=[");
    assertThat(open).isGreaterThan(0);
    return pattern.substring(0, open) + pattern.substring(pattern.indexOf("])", open) + 2);
  }

  @Test
  void theLookAheadListsTheFirstSymbolsOfTheWords() {
    assertThat(WordPatterns.alternation(List.of("kata", "Kabar", "-an", "3 hari")))
        .startsWith("(?i:(?=[3K\\x{2D}k])(?<![\\p{L}\\d])");
    assertThat(WordPatterns.caseSensitiveAlternation(List.of("Bo", "Ka")))
        .startsWith("(?-i:(?=[BK])(?<![\\p{L}\\d])");
    // a word that is only white space lets the trie match the empty word: no look-ahead then
    assertThat(WordPatterns.alternation(List.of(" ", "ka"))).doesNotContain("(?=[");
    assertThat(WordPatterns.alternation(List.of())).isEqualTo("(?i:(?<![\\p{L}\\d])(?!)(?![\\p{L}\\d]))");
  }

  @Test
  void searchesStillSkipToWordStarts() {
    assertThat(WordPatterns.opensAtWordStart(
        Pattern.compile(WordPatterns.alternation(List.of("kata")), RULE_FLAGS))).isTrue();
    assertThat(WordPatterns.opensAtWordStart(
        Pattern.compile(WordPatterns.caseSensitiveAlternation(List.of("Kata")), RULE_FLAGS)))
        .isTrue();
    assertThat(WordPatterns.opensAtWordStart(
        Pattern.compile(WordPatterns.alternation(List.of("kata")) + "\\s+x", RULE_FLAGS)))
        .isFalse();
  }

  @Test
  void everyAlternationMatchesWhereAndAsFarAsWithoutTheLookAhead() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("../corpora"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(60).toList()) {
        text.append(Files.readString(p)).append('\n');
      }
    }
    text.append(" İSTANBUL İstanbul ıstanbul ſabtu SABTU Kelvin \u212Aelvin KELVIN 3 hari -an"
        + " Ürümqi ürümqi ÜRÜMQI Åland \u212Bland æon Æon µg ÿ Ÿ ss ß ");
    List<String> handmade = List.of("istanbul", "sabtu", "kelvin", "3 hari", "-an", "ürümqi",
        "åland", "æon", "µg", "ÿ", "ß", "s", "k", "i", "İzmir", "ıi");
    List<String> names = Gazetteer.standard().aliasesLongestFirst();
    List<Function<List<String>, String>> kinds = List.of(WordPatterns::alternation,
        WordPatterns::prefixAlternation, WordPatterns::caseSensitiveAlternation);
    String s = text.toString();
    for (List<String> words : List.of(handmade, names)) {
      for (Function<List<String>, String> kind : kinds) {
        String pattern = kind.apply(words);
        for (int flags : new int[] {RULE_FLAGS, Pattern.COMMENTS, 0}) {
          assertSameMatches(Pattern.compile(pattern, flags),
              Pattern.compile(withoutLookAhead(pattern), flags), s);
        }
      }
    }
  }

  private static void assertSameMatches(Pattern actual, Pattern expected, String text) {
    Matcher a = actual.matcher(text);
    Matcher e = expected.matcher(text);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      a.region(i, text.length());
      e.region(i, text.length());
      a.useTransparentBounds(true);
      e.useTransparentBounds(true);
      boolean matched = e.lookingAt();
      assertThat(a.lookingAt()).as("at %d", i).isEqualTo(matched);
      if (matched) {
        assertThat(a.end()).as("end at %d", i).isEqualTo(e.end());
        found.add(i);
      }
    }
    assertThat(found).isNotEmpty();
  }
}
