package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.engine.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A word list written with folded classes ({@link WordPatterns#foldedAlternation}) matches what
 * its case-insensitive alternation matches, where and as far, in patterns compiled as the rule
 * files compile theirs.
 */
class FoldedAlternationTest {
  private static final int FLAGS = Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS;

  @Test
  void eachCharacterOfTheListsMatchesWhatItMatchedCaseInsensitivelyAloneAndInARun() {
    TreeSet<Integer> symbols = new TreeSet<>();
    for (List<String> words : allLists()) {
      words.forEach(w -> w.codePoints().filter(c -> !Character.isWhitespace(c))
          .forEach(symbols::add));
    }
    symbols.addAll(List.of((int) 'k', (int) 's', (int) 'i', (int) '\u00e5', (int) '\u00b5',
        (int) '\u00ff', (int) '\u00df', (int) '\u0130', 0x212a, (int) '1', (int) '-'));
    assertThat(symbols).hasSizeGreaterThan(40);
    for (int p : symbols) {
      String literal = Character.isLetterOrDigit(p) ? new String(Character.toChars(p))
          : String.format("\\x{%X}", p);
      String symbol = CaseFolding.symbol(p, literal);
      if (symbol == null) {
        continue; // the list keeps the case-insensitive form
      }
      Matcher alone = Pattern.compile("(?i:" + literal + ")", FLAGS).matcher("");
      Matcher run = Pattern.compile("(?i:" + literal + literal + ")", FLAGS).matcher("");
      Matcher folded = Pattern.compile("(?-i:" + symbol + ")", FLAGS).matcher("");
      Matcher foldedRun = Pattern.compile("(?-i:" + symbol + symbol + ")", FLAGS).matcher("");
      for (int c = 0; c <= 0x10FFFF; c = next(c)) {
        String one = new String(Character.toChars(c));
        String two = one + one;
        assertThat(folded.reset(one).matches()).as("U+%X against U+%X", p, c)
            .isEqualTo(alone.reset(one).matches());
        assertThat(foldedRun.reset(two).matches()).as("U+%X U+%X against U+%X", p, p, c)
            .isEqualTo(run.reset(two).matches());
      }
    }
  }

  /**
   * The code point after {@code c} to try: every one below U+0250 and every one with case, the
   * rest of the BMP by 11 and beyond it by 101 (the test runs in the suite).
   */
  private static int next(int c) {
    for (int n = c + 1; ; n++) {
      if (n < 0x250 || Character.toUpperCase(n) != n || Character.toLowerCase(n) != n
          || n % (n < 0x10000 ? 37 : 1009) == 0) {
        return n;
      }
    }
  }

  @Test
  void theKelvinSignLongSAndDottedCapitalIAreWrittenIntoTheirLettersClasses() {
    assertThat(CaseFolding.symbol('k', "k")).isEqualTo("[\\x{4B}\\x{6B}\\x{212A}]");
    assertThat(CaseFolding.symbol('s', "s")).isEqualTo("[\\x{53}\\x{73}\\x{17F}]");
    assertThat(CaseFolding.symbol('1', "1")).isEqualTo("1");
    // two words: one branch, written flat
    assertThat(WordPatterns.foldedAlternation(List.of("ka", "kata", "kabar"), false))
        .isEqualTo("(?i:(?<![\\p{L}\\d])(?-i:(?:(?:"
            + "[\\x{4B}\\x{6B}\\x{212A}][\\x{41}\\x{61}][\\x{42}\\x{62}][\\x{41}\\x{61}][\\x{52}\\x{72}]"
            + "|[\\x{4B}\\x{6B}\\x{212A}][\\x{41}\\x{61}][\\x{54}\\x{74}][\\x{41}\\x{61}]"
            + "|[\\x{4B}\\x{6B}\\x{212A}][\\x{41}\\x{61}])))"
            + "(?![\\p{L}\\d]))");
  }

  @Test
  void aListMatchesWhereAndAsFarAsItsCaseInsensitiveAlternation() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../corpora"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    assertThat(texts).hasSizeGreaterThan(40);
    int lists = 0;
    int found = 0;
    for (List<String> words : allLists()) {
      lists++;
      Random random = new Random(words.hashCode());
      List<String> all = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        all.add(texts.get(random.nextInt(texts.size())));
      }
      all.add(awkward(words, random));
      for (boolean open : new boolean[] {false, true}) {
        String plain = open ? WordPatterns.prefixAlternation(words) : WordPatterns.alternation(words);
        // as a rule writes a list: in a group, something after it
        Matcher expected = Pattern.compile("(?<w>" + plain + ")(?<after>\\s*\\S)?", FLAGS)
            .matcher("");
        Matcher actual = Pattern.compile("(?<w>" + WordPatterns.foldedAlternation(words, open)
            + ")(?<after>\\s*\\S)?", FLAGS).matcher("");
        for (String text : all) {
          expected.reset(text).useTransparentBounds(true);
          actual.reset(text).useTransparentBounds(true);
          int step = text.length() > 20_000 ? 3 : 1;
          for (int start = 0; start < text.length(); start += step) {
            int end = Math.min(text.length(), start + 1 + random.nextInt(300));
            expected.region(start, end);
            actual.region(start, end);
            boolean hit = expected.lookingAt();
            assertThat(actual.lookingAt()).as("%s at %s of %s", words, start, text).isEqualTo(hit);
            if (hit) {
              assertThat(actual.end("w")).isEqualTo(expected.end("w"));
              assertThat(actual.end()).isEqualTo(expected.end());
              found++;
            }
          }
        }
      }
    }
    assertThat(lists).isGreaterThan(60);
    assertThat(found).isGreaterThan(10_000);
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

  private static List<List<String>> allLists() {
    List<List<String>> lists = new ArrayList<>();
    for (Language language : List.of(Language.ENGLISH, Language.INDONESIAN)) {
      Lexicon lexicon = Lexicon.of(language);
      for (LanguageFile file : LanguageFile.values()) {
        if (!file.path().startsWith("extract/") || !file.path().endsWith(".txt")) {
          continue;
        }
        try {
          lists.add(lexicon.words(file));
        } catch (RuntimeException absent) {
          // not a list this language has
        }
      }
    }
    lists.removeIf(List::isEmpty);
    return lists;
  }

  /** The list's words in other cases, with letters that fold to ASCII ones, glued and cut. */
  private static String awkward(List<String> words, Random random) {
    String[] glue = {" ", "  ", "\u00a0", "\n", ", ", "-", "'", "\u2019", "x", "9", "\u0663",
        "\u00e9", "(", "\ud835\udc00", ""};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String w = words.get(random.nextInt(words.size()));
      switch (random.nextInt(7)) {
        case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
        case 1 -> w = w.replace('k', '\u212a').replace('s', '\u017f').replace('i', '\u0130');
        case 2 -> w = w.replace('i', '\u0131').replace('a', 'A');
        case 3 -> w = w.substring(0, random.nextInt(w.length() + 1));
        default -> { }
      }
      sb.append(w).append(glue[random.nextInt(glue.length)]);
    }
    return sb.toString();
  }
}
