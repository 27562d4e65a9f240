package dev.claimdiff.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  @Test
  void wordsFollowedInATrieAreFoundWhereTheirRegexFindsThem() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../corpora"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    assertThat(texts).hasSizeGreaterThan(40);
    int trieLists = 0;
    int found = 0;
    for (Language language : List.of(Language.ENGLISH, Language.INDONESIAN)) {
      Lexicon lexicon = Lexicon.of(language);
      for (List<String> words : wordLists(lexicon)) {
        SentenceMatches.Words list = SentenceMatches.Words.of(words);
        if (!list.followsTrie()) {
          continue; // the regex on both sides
        }
        trieLists++;
        Random random = new Random(words.hashCode());
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // a few of the articles for each list, all over the lists
          all.add(texts.get(random.nextInt(texts.size())));
        }
        all.add(awkward(words, random));
        for (String text : all) {
          for (int start = 0; start < text.length(); start += 200 + random.nextInt(400)) {
            int end = Math.min(text.length(), start + random.nextInt(600));
            int[] expected = SentenceMatches.atWordStarts(text, start, end, list.pattern());
            assertThat(list.matches(text, start, end))
                .as("%s in [%s, %s) of %s", words, start, end, text.substring(start, end))
                .containsExactly(expected);
            assertThat(list.occurIn(text, start, end))
                .isEqualTo(list.pattern().matcher(text).region(start, end).find());
            found += expected.length;
          }
        }
      }
    }
    assertThat(trieLists).isGreaterThan(30);
    assertThat(found).isGreaterThan(1_000);
  }

  @Test
  void onlyListsOfLowerCaseAsciiWordsAreFollowedInATrie() {
    assertThat(SentenceMatches.Words.of(List.of("up from", "earlier")).followsTrie()).isTrue();
    assertThat(SentenceMatches.Words.of(List.of("up from", "Earlier")).followsTrie()).isFalse();
    assertThat(SentenceMatches.Words.of(List.of("naïve")).followsTrie()).isFalse();
    SentenceMatches.Words words = SentenceMatches.Words.of(List.of("up", "up from", "from", "to"));
    // a supplementary letter before 'from': the sentence goes to the regex
    String text = "up\u00a0from x\ud835\udc00from to";
    assertThat(words.matches(text, 0, text.length()))
        .containsExactly(SentenceMatches.atWordStarts(text, 0, text.length(), words.pattern()));
  }

  /** Every plain and keyed word list of a language's extraction folder. */
  private static List<List<String>> wordLists(Lexicon lexicon) {
    List<List<String>> lists = new ArrayList<>();
    for (LanguageFile file : LanguageFile.values()) {
      if (!file.path().startsWith("extract/") || !file.path().endsWith(".txt")) {
        continue;
      }
      try {
        lists.add(lexicon.list(file));
        lexicon.keyed(file).forEach(line -> lists.add(line.words()));
      } catch (RuntimeException absentOrOfAnotherShape) {
        // not a list this language has, or not one of words
      }
    }
    lists.removeIf(List::isEmpty);
    return lists;
  }

  /**
   * A text of the list's words with the characters a case-insensitive Unicode regex treats
   * apart: other cases, letters that fold to ASCII ones (Kelvin sign, long s, dotted capital I),
   * non-breaking and other white space, digits of other scripts, letters and digits glued on,
   * and cut words.
   */
  private static String awkward(List<String> words, Random random) {
    String[] glue = {" ", "  ", "\u00a0", "\n", "\t", ", ", "-", "'", "\u2019", "x", "9", "\u0663",
        "\u00e9", "(", "\u2007", "\u0085", "\u001c", ""};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      String w = words.get(random.nextInt(words.size()));
      switch (random.nextInt(8)) {
        case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
        case 1 -> w = w.replace('k', '\u212a').replace('s', '\u017f').replace('i', '\u0130');
        case 2 -> w = w.replace(" ", "\u00a0");
        case 3 -> w = w.substring(0, random.nextInt(w.length() + 1));
        case 4 -> w = w.replace(" ", " \n  ");
        default -> { }
      }
      sb.append(w).append(glue[random.nextInt(glue.length)]);
    }
    return sb.toString();
  }
}
