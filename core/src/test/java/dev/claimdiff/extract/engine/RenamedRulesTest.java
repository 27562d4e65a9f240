package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.claims.Draft;
import dev.claimdiff.extract.claims.QuoteAttribution;
import dev.claimdiff.extract.claims.ReportedSpeech;
import dev.claimdiff.extract.claims.SourceExtractor;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renaming rules changes no claim but the rule name it carries: code reads a rule's role, never
 * its name. Each rule of the files with roles of their own is given another rule's name (a
 * {@code before-…} rule is called {@code after-…}), and the claims over the seeds and corpora
 * must be the same.
 */
class RenamedRulesTest {
  private static final Pattern RULE_LINE = Pattern.compile("^rule:\\s*(\\S+)\\s*$");

  /** The file's rules, each under the name of the rule after it: the names map to the old ones. */
  private static RuleSet renamed(RuleSet original, String file, Language language,
      Map<String, String> oldNames) {
    List<String> names = original.rules().stream().map(RuleSet.Rule::name).toList();
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (String line : WordList.lines(RuleFileParser.resource(file, language))) {
      Matcher m = RULE_LINE.matcher(line);
      if (m.matches()) {
        String name = "r" + i + "_" + names.get((i + 1) % names.size());
        oldNames.put(name, m.group(1));
        line = "rule: " + name;
        i++;
      }
      lines.add(line);
    }
    return RuleFileParser.parse(file, file + ".rules", lines, language, original.macros());
  }

  /** The drafts with each new rule name in their rule put back to the old one. */
  private static List<Draft> withOldNames(List<Draft> drafts, Map<String, String> oldNames) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      String rule = d.rule();
      for (Map.Entry<String, String> e : oldNames.entrySet()) {
        rule = rule.replaceFirst(":" + Pattern.quote(e.getKey()) + "(?=\\+|$)",
            ":" + Matcher.quoteReplacement(e.getValue()));
      }
      out.add(new Draft(d.type(), d.speaker(), d.text(), d.value(), d.cleanSpan(), rule));
    }
    return out;
  }

  /** The QUOTE, STATEMENT and SOURCE_CITATION claims the rules make in the article. */
  private static List<Draft> claims(ArticleContext ctx, RuleSet quote, RuleSet statement,
      RuleSet source) {
    List<Draft> statements = new ReportedSpeech().statements(ctx, statement);
    List<Draft> out = new ArrayList<>(new QuoteAttribution().quotes(ctx, quote, statements));
    out.addAll(statements);
    new SourceExtractor().extract(ctx, source, new Events(ctx), out);
    return out;
  }

  @Test
  void renamedRulesMakeTheSameClaims() throws java.io.IOException {
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> texts = TestTexts.seedsAndCorpora();
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      LanguageRules rules = LanguageRules.of(language);
      Map<String, String> oldNames = new LinkedHashMap<>();
      RuleSet quote = rules.rules("quote");
      RuleSet statement = rules.rules("statement");
      RuleSet source = rules.rules("source-citation");
      RuleSet quoteRenamed = renamed(quote, "quote", language, oldNames);
      RuleSet statementRenamed = renamed(statement, "statement", language, oldNames);
      RuleSet sourceRenamed = renamed(source, "source-citation", language, oldNames);
      int claims = 0;
      for (String text : texts) {
        AnnotatedArticle article = splitter.split(new ArticleLoader(null,
            InputStream::nullInputStream).fromText("t", text, ArticleMetadata.unknown()));
        ArticleContext ctx = new ArticleContext(article, rules);
        List<Draft> before = claims(ctx, quote, statement, source);
        List<Draft> after = claims(ctx, quoteRenamed, statementRenamed, sourceRenamed);
        assertThat(withOldNames(after, oldNames)).as("%s", language).isEqualTo(before);
        claims += before.size();
      }
      assertThat(claims).as("%s", language).isGreaterThan(100);
    }
  }
}
