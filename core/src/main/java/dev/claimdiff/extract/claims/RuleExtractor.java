package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.nlp.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * An extractor driven by one rule file: runs its rules sentence by sentence in priority order
 * (the first rule to match a stretch of text claims it, even when the match then yields no
 * claim) and turns each match into a claim with {@link #produce}.
 */
public abstract class RuleExtractor {
  private final String ruleFile;

  RuleExtractor(String ruleFile) {
    this.ruleFile = ruleFile;
  }

  public final void extract(ArticleContext ctx, Events events, List<Draft> out) {
    extract(ctx, ctx.rules.rules(ruleFile), events, out);
  }

  /** {@link #extract(ArticleContext, Events, List)} with the rules of {@code rules}. */
  public final void extract(ArticleContext ctx, RuleSet rules, Events events, List<Draft> out) {
    java.util.BitSet taken = new java.util.BitSet(); // cleared for each sentence
    for (Sentence sentence : ctx.sentences) {
      ctx.deadline.check();
      taken.clear();
      rules.forEachMatch(ctx.textFor(rules), sentence, ctx.words(sentence), taken, (rule, m) -> {
        if (Texts.anySet(taken, m.start(), m.end())) {
          return; // an earlier rule claimed part of this stretch
        }
        taken.set(m.start(), m.end());
        Draft draft = produce(ctx, events, sentence, rule, m, out);
        if (draft != null) {
          out.add(draft);
          for (Draft more : followOn(ctx, sentence, m, draft)) {
            // a follow-on inside the match's own stretch (followOnWithinMatch) is checked only
            // against what earlier matches took outside it
            boolean clash = followOnWithinMatch()
                ? Texts.anySet(taken, more.cleanStart(), Math.min(more.cleanEnd(), m.start()))
                    || Texts.anySet(taken, Math.max(more.cleanStart(), m.end()), more.cleanEnd())
                : Texts.anySet(taken, more.cleanStart(), more.cleanEnd());
            if (!clash) {
              taken.set(more.cleanStart(), more.cleanEnd());
              out.add(more);
            }
          }
        }
      });
    }
  }

  /** The claim a match makes, or null when the match turns out not to be one. */
  abstract @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m);

  /**
   * The claim a match makes, given the claims found before it in the article ({@code earlier}:
   * the quotations with their speakers, then the other extractors' claims); by default
   * {@link #produce(ArticleContext, Events, Sentence, Rule, Matcher)}.
   */
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m, List<Draft> earlier) {
    return produce(ctx, events, sentence, rule, m);
  }

  /**
   * Claims that continue a match's claim past its end ('dilansir AFP dan Reuters': Reuters); none
   * by default.
   */
  List<Draft> followOn(ArticleContext ctx, Sentence sentence, Matcher m, Draft draft) {
    return List.of();
  }

  /**
   * Whether {@link #followOn} claims may lie inside the stretch of the match that made the first
   * claim (a second promised act inside the first promise's text); false by default: a follow-on
   * continues past the match's end.
   */
  boolean followOnWithinMatch() {
    return false;
  }

  static @Nullable String group(Matcher m, String name) {
    return RuleSet.group(m, name);
  }

  static String ruleName(String file, Rule rule) {
    return file + ":" + rule.name();
  }
}
