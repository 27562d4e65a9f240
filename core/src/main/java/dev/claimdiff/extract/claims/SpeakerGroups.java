package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Discourse;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.Texts;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The speaker a speech rule's match names: its group {@code nya} (the clitic pronoun, the person
 * named before it), its group {@code collective} (a group named by a common noun, as written) or
 * its group {@code speaker}, resolved by the article's {@link Discourse}.
 */
final class SpeakerGroups {
  private SpeakerGroups() {}

  /** The canonical speaker the match names, or null when it names none. */
  static @Nullable String speaker(ArticleContext ctx, Matcher m) {
    if (RuleSet.group(m, "nya") != null) {
      return ctx.discourse.personBefore(m.start("nya"));
    }
    if (RuleSet.group(m, "collective") != null) {
      // a group named by a common noun ('the prosecutors said'): no name to resolve, so the
      // speaker is the noun as written, as a promise's collective actor is
      return Texts.collapse(ctx.group(m, "collective"));
    }
    String surface = ctx.group(m, "speaker");
    if (surface == null) {
      return null;
    }
    return ctx.discourse.speaker(surface, m.start("speaker"));
  }

  /**
   * The speaker of a closing tag whose statement starts at {@code clauseStart} ('Rescuers could
   * not reach the villages in X regency, he said'): a pronoun is resolved before the statement,
   * since the names the statement holds are what was said, not who said it.
   */
  static @Nullable String tagSpeaker(ArticleContext ctx, Matcher m, int clauseStart) {
    boolean pronoun = RuleSet.group(m, "nya") != null
        || (RuleSet.group(m, "speaker") != null && ctx.discourse.isPronoun(ctx.group(m, "speaker")));
    return pronoun ? ctx.discourse.personBefore(clauseStart) : speaker(ctx, m);
  }
}
