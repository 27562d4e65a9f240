package dev.claimdiff.extract;

import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.RuleSet.Rule;
import dev.claimdiff.nlp.Sentence;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** QUANTITY claims from {@code extract/quantity/<lang>.rules}: a number with what it counts. */
final class QuantityExtractor extends RuleExtractor {
  QuantityExtractor() {
    super("quantity");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    NumberParser.Parsed number = ctx.rules.numbers().parse(m.group("num"));
    if (number == null) {
      return null;
    }
    String what;
    String unit = null;
    String noun = group(m, "noun");
    String unitWord = group(m, "unit");
    if (noun != null) {
      what = ctx.rules.lexicon().mapping("counted-nouns")
          .getOrDefault(normalize(noun), normalize(noun));
    } else if (group(m, "magnitude") != null) {
      what = "magnitude";
    } else if (unitWord != null) {
      unit = ctx.rules.lexicon().mapping("quantity-units")
          .getOrDefault(normalize(unitWord), normalize(unitWord));
      String money = group(m, "money");
      // money says what it is by the words before it ('denda Rp500 juta': a fine); an amount
      // without them is kept but not compared across articles (see ClaimAligner)
      what = money != null
          ? ctx.rules.lexicon().mapping("money-nouns").getOrDefault(normalize(money), normalize(money))
          : unit;
    } else {
      return null;
    }
    double amount = number.value();
    String scale = group(m, "scale");
    if (scale != null) {
      String factor = ctx.rules.lexicon().mapping("amount-scales").get(normalize(scale));
      amount *= factor == null ? 1 : Double.parseDouble(factor);
    }
    number = new NumberParser.Parsed(amount, number.approximate());
    String approx = group(m, "approx");
    boolean approximate = number.approximate() || approx != null;
    Interval interval = Hedges.interval(ctx.rules, approx, number.value(), number.approximate());
    String event = events.eventNear(sentence, m.start(), m.end());
    return new Draft(ClaimType.QUANTITY, null, null,
        new QuantityValue(event, what, number.value(), unit, approximate, interval.low(),
            interval.high(), interval.bound(), false, null, null), m.start(), m.end(),
        ruleName("quantity", rule));
  }

  private static String normalize(String s) {
    return Texts.key(s);
  }
}
