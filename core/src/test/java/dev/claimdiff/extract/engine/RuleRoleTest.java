package dev.claimdiff.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdiff.lang.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's {@code role:} line: read from the file, and checked when the file loads. */
class RuleRoleTest {
  private static RuleSet parse(String file, String... lines) {
    return RuleFileParser.parse(file, file + ".rules", List.of(lines), Language.INDONESIAN, Map.of());
  }

  @Test
  void aRuleHasTheRoleItDeclares() {
    RuleSet rules = parse("quote", "rule: a", "role: after-unresolved", "pattern: x",
        "rule: b", "role: frame", "pattern: y");
    assertThat(rules.rules()).extracting(RuleSet.Rule::role)
        .containsExactly(RuleRole.AFTER_UNRESOLVED, RuleRole.FRAME);
  }

  @Test
  void aRoleBeforeTheFirstRuleIsEveryRulesUnlessOneSaysOtherwise() {
    RuleSet rules = parse("source-citation", "role: citation", "rule: a", "pattern: x",
        "rule: b", "role: credit-line", "pattern: y");
    assertThat(rules.rules()).extracting(RuleSet.Rule::role)
        .containsExactly(RuleRole.CITATION, RuleRole.CREDIT_LINE);
  }

  @Test
  void aFileWithoutRolesOfItsOwnMakesEveryRuleAMatch() {
    assertThat(parse("event-date", "rule: a", "pattern: x").rules().get(0).role())
        .isEqualTo(RuleRole.MATCH);
  }

  @Test
  void anUnknownRoleIsRefusedWithItsFileAndLine() {
    assertThatThrownBy(() -> parse("quote", "rule: after-x", "pattern: x", "role: aftr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote.rules:3")
        .hasMessageContaining("no role 'aftr'");
  }

  @Test
  void aRoleOfAnotherFileIsRefusedWithItsFileAndLine() {
    assertThatThrownBy(() -> parse("event-date", "", "rule: date-x", "role: after", "pattern: x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event-date.rules:3")
        .hasMessageContaining("role 'after' is not one of event-date's: match");
    assertThatThrownBy(() -> parse("statement", "rule: s", "role: frame", "pattern: x"))
        .hasMessageContaining("statement.rules:2")
        .hasMessageContaining("not one of statement's");
  }

  @Test
  void aRuleWithoutTheRoleItsFileRequiresIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("statement", "rule: a", "role: inner-tag", "pattern: x",
        "# the next rule says nothing", "rule: statement-after-clause", "pattern: y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statement.rules:5")
        .hasMessageContaining("rule statement-after-clause has no role");
  }

  @Test
  void aRuleDeclaresOneRole() {
    assertThatThrownBy(() -> parse("quote", "rule: a", "role: after", "role: before",
        "pattern: x"))
        .hasMessageContaining("quote.rules:3")
        .hasMessageContaining("has a role already");
  }

  @Test
  void everyRuleFileOfEveryLanguageLoads() {
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      LanguageRules rules = LanguageRules.of(language);
      for (String file : List.of("quote", "statement", "source-citation")) {
        assertThat(rules.rules(file).rules()).as("%s %s", language, file)
            .isNotEmpty()
            .allSatisfy(r -> assertThat(RuleRole.allowedIn(file)).contains(r.role()));
      }
    }
  }
}
