package dev.claimdiff.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

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
}
