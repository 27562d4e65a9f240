package dev.claimdiff.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.WordPatterns;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceMatchesTest {
  // 'up from 27 and rose to 41 from 30': matches of 'up from', 'to', 'from'
  private static final String TEXT = "up from 27 and rose to 41 from 30";
  private static final int[] MATCHES = {0, 7, 20, 22, 26, 30};

  @Test
  void theLastMatchWithinAReachIsTheLastThatLiesWhollyInIt() {
    assertThat(SentenceMatches.lastWithin(MATCHES, 0, TEXT.length())).isEqualTo(4);
    assertThat(SentenceMatches.lastWithin(MATCHES, 0, 29)).isEqualTo(2); // 'from' ends at 30
    assertThat(SentenceMatches.lastWithin(MATCHES, 1, 20)).isEqualTo(-1); // 'up from' starts at 0
    assertThat(SentenceMatches.lastEndWithin(MATCHES, 15, 26)).isEqualTo(22);
    assertThat(SentenceMatches.lastEndWithin(new int[0], 0, 10)).isEqualTo(-1);
  }

  @Test
  void wordsRightBeforeANumberAreThoseFollowedByWhiteSpaceOnlyUpToIt() {
    assertThat(SentenceMatches.firstEndingBefore(MATCHES, TEXT, 0, 8)).isEqualTo(0);
    assertThat(SentenceMatches.firstEndingBefore(MATCHES, TEXT, 0, 31)).isEqualTo(4);
    assertThat(SentenceMatches.firstEndingBefore(MATCHES, TEXT, 0, 7)).isEqualTo(-1); // no space
    assertThat(SentenceMatches.firstEndingBefore(MATCHES, TEXT, 0, 11)).isEqualTo(-1); // '27 '
    assertThat(SentenceMatches.firstEndingBefore(MATCHES, "up from\u00a027", 0, 8)).isEqualTo(0);
  }

  @Test
  void matchesTriedAtWordStartsOnlyAreThoseOfAFindOverTheSentence() {
    List<Pattern> patterns = List.of(
        Pattern.compile(WordPatterns.alternation(List.of("up from", "from", "to", "naik", "é"))),
        Pattern.compile(WordPatterns.alternation(List.of("revised", "earlier", "2024", "s"))),
        Pattern.compile(WordPatterns.caseSensitiveAlternation(List.of("To", "Earlier"))));
    String text = "xup from 27, rose to41 from30 Earlier-revised  é ébto TO to\u00a0from 2024s "
        + "naik\ndari s's up  from; to";
    for (Pattern pattern : patterns) {
      assertThat(WordPatterns.opensAtWordStart(pattern)).isTrue();
      for (int start = 0; start < text.length(); start += 3) {
        for (int end = start; end <= text.length(); end += 5) {
          assertThat(SentenceMatches.atWordStarts(text, start, end, pattern))
              .as("%s in [%s, %s)", pattern, start, end)
              .containsExactly(SentenceMatches.everywhere(text, start, end, pattern));
        }
      }
    }
    assertThat(SentenceMatches.atWordStarts(text, 0, text.length(), patterns.get(0))).isNotEmpty();
  }

  @Test
  void onlyAWholeAlternationOpensAtAWordStart() {
    String words = WordPatterns.alternation(List.of("from", "to"));
    assertThat(WordPatterns.opensAtWordStart(Pattern.compile(words + "\\s+\\d"))).isFalse();
    assertThat(WordPatterns.opensAtWordStart(Pattern.compile(words + "|x"))).isFalse();
    assertThat(WordPatterns.opensAtWordStart(Pattern.compile("[,;]|" + words))).isFalse();
    assertThat(WordPatterns.opensAtWordStart(Pattern.compile(words))).isTrue();
  }
}
