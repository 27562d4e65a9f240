package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English commitment rules' {@code $WHEN_AHEAD} reads {@code (?= (?: on | by | before ) \s )}
 * before its look-behind over the speech and reporting verbs: the words that follow the
 * look-behind in the same branch, so the look-ahead changes no match, and the look-behind (which
 * java.util.regex tries at every length of every verb) is no longer tried at every word of the
 * rest of the sentence. Each rule that holds the macro is run with and without the look-ahead at
 * every token where it may start ({@code starts:}) in the corpora and in generated sentences:
 * the same matches, the same groups.
 */
class LookBehindGuardTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final LanguageRules RULES = LanguageRules.of(Language.ENGLISH);
  private static final String GUARD = "(?= (?: on | by | before ) \\s ) ";

  /** Due dates and closing tags at the look-behind's edges (invented, in the style of the news). */
  private static final List<String> PROBES = List.of(
      "Kenya will reopen the border post by Friday, the trade minister said on Tuesday.",
      "Jane Harris will travel to Nairobi, officials said\u00a0on Monday, before the end of March.",
      "Uganda will release the traders before Dec. 18, its interior ministry told\tby March 3.",
      "The minister said  on Friday that Kenya will lift its ban on sugar on April 1.",
      "Kenya will also send a team, said on\u2009Monday by Jane Harris, within seven days.",
      "Kenya will pay, announced by on before Friday; Uganda will act by the end of January.",
      "Kenya is scheduled to visit Nairobi, reportedon Friday, Kenya said by Monday.",
      "Kenya will build roads, says ON Friday, By Monday, Before March 1, on  Friday.");

  @Test
  void theGuardChangesNoMatch() throws IOException {
    List<String> texts = new ArrayList<>(PROBES);
    texts.addAll(TestTexts.seedsAndCorpora());
    texts.addAll(NativeMatchersTest.englishCorpora());
    texts.addAll(randomSentences(1_000));
    RuleSet rules = RULES.rules("commitment");
    List<Integer> guarded = new ArrayList<>();
    List<Pattern> unguarded = new ArrayList<>();
    for (int i = 0; i < rules.rules().size(); i++) {
      Pattern pattern = rules.rules().get(i).pattern();
      if (pattern.pattern().contains(GUARD)) {
        guarded.add(i);
        unguarded.add(Pattern.compile(pattern.pattern().replace(GUARD, ""), pattern.flags()));
      }
    }
    assertThat(guarded).hasSizeGreaterThanOrEqualTo(5);
    int compared = 0;
    int matched = 0;
    for (String text : texts) {
      AnnotatedArticle article = SPLITTER.split(new ArticleLoader(null,
          InputStream::nullInputStream).fromText("t", text, ArticleMetadata.unknown()));
      CharSequence masked = new ArticleContext(article, RULES).textFor(rules);
      for (Sentence sentence : article.sentences()) {
        SentenceWords words = new SentenceWords(sentence);
        for (int k = 0; k < sentence.tokens().size(); k++) {
          Token token = sentence.tokens().get(k);
          int limit = Math.min(sentence.end(), token.start() + RuleSet.MAX_MATCH_CHARS);
          for (int r = 0; r < guarded.size(); r++) {
            RuleSet.Rule rule = rules.rules().get(guarded.get(r));
            if (!rule.starts().allows(words, k, masked)) {
              continue; // 'starts:' says the rule is tried nowhere else
            }
            Matcher with = boundless(rule.pattern(), masked, token.start(), limit);
            Matcher without = boundless(unguarded.get(r), masked, token.start(), limit);
            boolean found = with.lookingAt();
            assertThat(found)
                .as("%s at '%s' in: %s", rule.name(),
                    article.text().substring(token.start(), Math.min(limit, token.start() + 40)),
                    article.text().substring(sentence.start(), sentence.end()))
                .isEqualTo(without.lookingAt());
            if (found) {
              matched++;
              for (int g = 0; g <= with.groupCount(); g++) {
                assertThat(with.start(g)).as("%s group %s", rule.name(), g)
                    .isEqualTo(without.start(g));
                assertThat(with.end(g)).as("%s group %s", rule.name(), g)
                    .isEqualTo(without.end(g));
              }
            }
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(20_000);
    assertThat(matched).isGreaterThan(50);
  }

  /** A matcher as {@link RuleSet#forEachMatch} sets it up over {@code text[from, to)}. */
  private static Matcher boundless(Pattern pattern, CharSequence text, int from, int to) {
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(from, to);
    return m;
  }

  /**
   * Sentences that open with a name, a verb of promise and an act, then draw words from the
   * speech and reporting verbs, the words of the look-ahead, weekdays, months, day numbers, due
   * expressions and the white space between them, so that a verb stands one to four spaces
   * before 'on', 'by' or 'before' in more ways than any article shows. Seeded.
   */
  private static List<String> randomSentences(int count) {
    Lexicon lexicon = Lexicon.of(Language.ENGLISH);
    List<List<String>> pools = List.of(
        lexicon.words("speech-verbs"), lexicon.words("reporting-verbs"),
        List.of("on", "by", "before", "On", "By", "Before", "onto", "bypass", "beforehand"),
        List.of("Monday", "Friday", "March", "Dec.", "April", "1", "18", "2027", "end", "of",
            "the", "next", "week", "within", "seven", "days"),
        List.of("late", "early", "said", "it", "would", "and", ",", "Kenya", "Jane Harris"));
    List<String> openings = List.of("Kenya will reopen the border", "Jane Harris will travel",
        "Uganda is scheduled to release the traders", "Kenya said it will lift the ban",
        "The two ministers pledged to hold talks", "Kenya and Uganda will build a road");
    List<String> spaces = List.of(" ", " ", " ", "  ", "   ", "    ", "\u00a0", "\t", "\n");
    Random random = new Random(20261207L);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder(openings.get(random.nextInt(openings.size())));
      int words = 2 + random.nextInt(10);
      for (int w = 0; w < words; w++) {
        List<String> pool = pools.get(random.nextInt(pools.size()));
        sb.append(spaces.get(random.nextInt(spaces.size())))
            .append(pool.get(random.nextInt(pool.size())));
      }
      sentences.add(sb.append('.').toString());
    }
    return sentences;
  }
}
