package dev.claimdiff.extract;

import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.RuleSet.Rule;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.nlp.Sentence;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * SOURCE_CITATION claims from {@code extract/source/<lang>.rules}. A source must be media known to
 * the gazetteer, or, after an explicit citation ('dilansir dari X', 'Sumber: X'), a name that is
 * not a known person, country or place.
 */
final class SourceExtractor extends RuleExtractor {
  /** How much of the article's start is its header (dateline, byline). */
  private static final int SELF_CREDIT_HEAD = 400;

  SourceExtractor() {
    super("source");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    String surface = Names.trim(m.group("source"));
    if (surface.isEmpty()) {
      return null;
    }
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(surface);
    boolean knownOnly = rule.name().startsWith("source-known");
    String source;
    if (entity.isPresent() && entity.get().type() == EntityType.MEDIA) {
      source = entity.get().canonical();
    } else if (knownOnly || entity.isPresent()) {
      return null;
    } else {
      source = surface;
    }
    int start = m.start();
    int end = m.end();
    String outlet = ctx.metadata().outlet();
    if (rule.name().endsWith("credit-line") && source.equals(outlet)
        && ctx.text.substring(0, Math.min(ctx.text.length(), SELF_CREDIT_HEAD)).toLowerCase(Locale.ROOT)
            .contains(surface.toLowerCase(Locale.ROOT).length() > 3 ? surface.toLowerCase(Locale.ROOT)
                : source.toLowerCase(Locale.ROOT))) {
      return null; // '(ant)' closing an Antara story whose dateline already names Antara
    }
    return new Draft(ClaimType.SOURCE_CITATION, null, null, new SourceValue(source), start, end,
        ruleName("source", rule));
  }
}
