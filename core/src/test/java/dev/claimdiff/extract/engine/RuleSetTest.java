package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the rules of a file are tried: {@code trigger:}, {@code starts:} and {@code ahead:}. */
class RuleSetTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static RuleSet rules(String... lines) {
    return RuleFileParser.parse("test.rules", List.of(lines), Language.INDONESIAN, Map.of());
  }

  /** The text every rule matched in the (one-sentence) article, rule by rule in file order. */
  private static List<String> matches(RuleSet rules, String text) {
    AnnotatedArticle article = SPLITTER.split(new ArticleLoader(null, InputStream::nullInputStream)
        .fromText("t", text, ArticleMetadata.unknown()));
    List<String> found = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      rules.forEachMatch(article.text(), sentence, new SentenceWords(sentence),
          (rule, m) -> found.add(rule.name() + ":" + m.group()));
    }
    return found;
  }

  @Test
  void anAnchorInsideALookBehindIsRefused() {
    // java.util.regex reports such a match as starting at the anchor, before its region
    assertThat(RuleFileParser.anchorInLookBehind("(?<= \\A \\s{0,3} ) Jun")).isTrue();
    assertThat(RuleFileParser.anchorInLookBehind("(?<= [.;] \\s? | ^ ) Jun")).isTrue();
    assertThat(RuleFileParser.anchorInLookBehind("(?<= (?<! [\\s\\S] ) \\s{0,3} ) Jun")).isFalse();
    assertThat(RuleFileParser.anchorInLookBehind("\\A Jun (?<! [^a] ) (?= \\z )")).isFalse();
    assertThat(RuleFileParser.anchorInLookBehind("(?<= [\\A^] ) Jun")).isFalse();
  }

  @Test
  void aRuleIsTriedOnlyAtTheTokensItsStartsLineAllows() {
    RuleSet rules = rules("rule: capital", "pattern: \\p{L}+", "starts: <capitalized>");
    assertThat(matches(rules, "Andi bertemu Budi di Jakarta."))
        .containsExactly("capital:Andi", "capital:Budi", "capital:Jakarta");
  }

  @Test
  void aRuleIsSkippedInSentencesWithoutItsTriggerWord() {
    RuleSet rules = rules("rule: capital", "pattern: \\p{Lu}\\p{L}+", "trigger: berkata");
    assertThat(matches(rules, "Andi bertemu Budi.")).isEmpty();
    assertThat(matches(rules, "Andi berkata kepada Budi.")).containsExactly("capital:Andi",
        "capital:Budi");
  }

  @Test
  void aRuleWithAnAheadLineIsNotTriedAfterTheLastSuchWord() {
    RuleSet rules = rules("rule: before-verb", "pattern: \\p{Lu}\\p{L}+",
        "starts: <capitalized>", "ahead: berkata bertanya");
    assertThat(matches(rules, "Andi berkata kepada Budi, lalu Citra bertanya kepada Dedi."))
        .containsExactly("before-verb:Andi", "before-verb:Budi", "before-verb:Citra");
    assertThat(matches(rules, "Andi bertemu Budi.")).isEmpty();
  }

  @Test
  void theAheadWordMayBeTheStartTokenItself() {
    RuleSet rules = rules("rule: word", "pattern: \\p{L}+", "ahead: berkata");
    assertThat(matches(rules, "Andi berkata pelan."))
        .containsExactly("word:Andi", "word:berkata");
  }

  @Test
  void aheadTakesListsAndDigits() {
    RuleSet rules = rules("rule: before-number", "pattern: \\p{L}+", "starts: <capitalized>",
        "ahead: <digit>");
    assertThat(matches(rules, "Andi membawa 12 karung, kata Budi."))
        .containsExactly("before-number:Andi");
  }

  @Test
  void aFileOfMoreThan64RulesIsRefusedWithItsLine() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      lines.addAll(List.of("rule: r" + i, "pattern: x"));
    }
    assertThatThrownBy(() -> RuleFileParser.parse("big.rules", lines, Language.INDONESIAN, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("big.rules:129")
        .hasMessageContaining("at most 64 rules");
  }

  @Test
  void anAheadLineBeforeAnyRuleIsRefused() {
    assertThatThrownBy(() -> rules("ahead: berkata"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.rules:1")
        .hasMessageContaining("ahead before any 'rule:'");
  }

  @Test
  void anActionMayRunTheSameRulesAgain() {
    RuleSet rules = rules("rule: capital", "pattern: \\p{Lu}\\p{L}+", "starts: <capitalized>");
    String text = "Andi bertemu Budi di Jakarta.";
    AnnotatedArticle article = SPLITTER.split(new ArticleLoader(null, InputStream::nullInputStream)
        .fromText("t", text, ArticleMetadata.unknown()));
    Sentence sentence = article.sentences().get(0);
    List<String> outer = new ArrayList<>();
    rules.forEachMatch(article.text(), sentence, new SentenceWords(sentence), (rule, m) -> {
      outer.add(m.group());
      assertThat(matches(rules, text)).hasSize(3); // a matcher of its own, the outer one untouched
    });
    assertThat(outer).containsExactly("Andi", "Budi", "Jakarta");
  }

  @Test
  void matchesAreTheSameWhenTheRulesRunInSeveralThreads() throws Exception {
    RuleSet rules = rules("rule: capital", "pattern: \\p{Lu}\\p{L}+", "starts: <capitalized>");
    String text = "Andi bertemu Budi di Jakarta.";
    List<String> expected = matches(rules, text);
    List<List<String>> seen = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 50; i++) {
          seen.add(matches(rules, text));
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(200).allSatisfy(m -> assertThat(m).isEqualTo(expected));
  }

  /**
   * Java's regex engine tests a character class that lists two single characters beyond Latin-1
   * ({@code [^.;"“”]}) about ten times slower than one that gives them as a range
   * ({@code [^.;"“-”]}): a clause scanned with such a class cost 9 µs instead of 1.
   */
  @Test
  void noRuleClassListsTwoCharactersBeyondLatin1() throws java.io.IOException {
    java.util.regex.Pattern charClass = java.util.regex.Pattern.compile("\\[\\^?((?:\\\\.|[^\\]\\n])*)\\]");
    List<String> slow = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(
        java.nio.file.Path.of("src/main/resources/dev/claimdiff/lang"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
        for (String line : java.nio.file.Files.readAllLines(file)) {
          var m = charClass.matcher(line);
          while (m.find()) {
            String singles = m.group(1).replaceAll(".-.", "");
            if (singles.chars().filter(c -> c > 0xFF).count() >= 2) {
              slow.add(file.getFileName() + ": " + m.group());
            }
          }
        }
      }
    }
    assertThat(slow).as("write adjacent characters as a range (“-”)").isEmpty();
  }

  /** The scan's short cuts (sentences skipped, only some tokens read) change no mask. */
  @Test
  void theScanShortCutsGiveTheMasksOfAFullScan() throws java.io.IOException {
    LanguageRules rules = LanguageRules.of(Language.INDONESIAN);
    List<String> files = List.of("mention", "statement", "quote", "commitment", "event-date",
        "duration", "location", "source-citation", "quantity");
    files.forEach(rules::rules); // every trigger word numbered before the sentences are read
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> texts = TestTexts.seedsAndCorpora();
    int sentences = 0;
    {
      for (String text : texts) {
        AnnotatedArticle article = splitter.split(new ArticleLoader(null,
            InputStream::nullInputStream).fromText("t", text, ArticleMetadata.unknown()));
        ArticleContext ctx = new ArticleContext(article, rules);
        for (Sentence sentence : article.sentences()) {
          SentenceWords words = ctx.words(sentence);
          for (String file : files) {
            RuleSet set = rules.rules(file);
            long[] fast = new long[words.size()];
            long[] full = new long[words.size()];
            long fastFires = set.startMasks(ctx.textFor(set), words, fast, false);
            long fullFires = set.startMasks(ctx.textFor(set), words, full, true);
            assertThat(fastFires).as("%s: sentence %s", file, sentence.index()).isEqualTo(fullFires);
            if (fullFires != 0) {
              assertThat(fast).as("%s: sentence %s", file, sentence.index()).isEqualTo(full);
            }
          }
          sentences++;
        }
      }
    }
    assertThat(sentences).isGreaterThan(500);
  }
}
