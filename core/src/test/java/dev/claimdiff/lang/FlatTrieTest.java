package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A literal trie written with its branches of few words flat ({@link WordPatterns#literalTrie})
 * matches what the trie with a group per branching node matches, where and as far, in patterns
 * compiled as the rule files compile theirs.
 */
class FlatTrieTest {
  private static final int FLAGS = Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS;

  @Test
  void aBranchOfFewWordsListsThemInTheTriesOrderInOneGroup() {
    assertThat(WordPatterns.literalTrie(List.of("Ka", "Kata", "Kabar", "Bo")))
        .isEqualTo("(?:(?:Bo|Kabar|Kata|Ka))");
    assertThat(WordPatterns.literalTrie(List.of("Jakarta", "Jakarta Pusat")))
        .isEqualTo("(?:(?:Jakarta\\s+Pusat|Jakarta))");
    // a no-break space, which \\s matches, in a name: the trie as it was
    assertThat(WordPatterns.literalTrie(List.of("A\u00a0B", "A")))
        .isEqualTo("(?:A(?:\\x{A0}B)?)");
  }

  @Test
  void theGazetteersNamesWrittenFlatMatchWhereAndAsFarAsTheirTrie() throws IOException {
    List<String> names = Gazetteer.standard().aliasesLongestFirst();
    String trie = WordPatterns.caseSensitiveAlternation(names); // not flat
    String flat = "(?<![\\p{L}\\d])" + WordPatterns.literalTrie(names) + "(?![\\p{L}\\d])";
    assertThat(flat.length()).isNotEqualTo(trie.length() - "(?-i:)".length());
    Matcher expected = Pattern.compile("(?<n>" + trie + ")(?<after>\\s+\\p{Lu}\\S*)?", FLAGS)
        .matcher("");
    Matcher actual = Pattern.compile("(?<n>" + flat + ")(?<after>\\s+\\p{Lu}\\S*)?", FLAGS)
        .matcher("");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("../corpora"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) { // names glued, cut, spaced oddly
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(5)) {
        case 0 -> name = name.substring(0, random.nextInt(name.length() + 1));
        case 1 -> name = name.replace(" ", "  \n");
        case 2 -> name = name + "s";
        default -> { }
      }
      all.append(name).append(random.nextBoolean() ? " " : "\u00a0");
    }
    String text = all.toString();
    expected.reset(text).useTransparentBounds(true);
    actual.reset(text).useTransparentBounds(true);
    int found = 0;
    for (int start = 0; start < text.length(); start++) {
      int end = Math.min(text.length(), start + 200);
      expected.region(start, end);
      actual.region(start, end);
      boolean hit = expected.lookingAt();
      assertThat(actual.lookingAt()).as("at %s", start).isEqualTo(hit);
      if (hit) {
        assertThat(actual.end("n")).isEqualTo(expected.end("n"));
        assertThat(actual.end()).isEqualTo(expected.end());
        found++;
      }
    }
    assertThat(found).isGreaterThan(3000);
  }
}
