package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Interval;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.FigureTimes;
import dev.claimdiff.extract.discourse.Hedges;
import dev.claimdiff.extract.engine.NumberParser;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.nlp.Sentence;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * QUANTITY claims from {@code lang/<lang>/extract/rules/quantity.rules}: a number with what it
 * counts.
 */
public final class QuantityExtractor extends RuleExtractor {
  public QuantityExtractor() {
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
    String term = group(m, "term");
    if (term != null) { // 'sembilan tahun penjara': a prison term, in years
      what = ctx.rules.lexicon().mapping("term-nouns")
          .getOrDefault(normalize(noun), normalize(noun));
      String qualifier = termQualifier(ctx, sentence, m.start("num"));
      if (qualifier != null && !qualifier.equals("sentence")) {
        what = what + " " + qualifier;
      } else if (events.background(sentence)) {
        return null; // 'X lebih dulu divonis tujuh tahun': another case's sentence
      }
      unit = ctx.rules.lexicon().mapping("term-units").getOrDefault(normalize(term), normalize(term));
    } else if (noun != null) {
      what = ctx.rules.lexicon().mapping("counted-nouns")
          .getOrDefault(normalize(noun), normalize(noun));
      String qualifier = group(m, "qual");
      if (qualifier != null) { // '2 desa terisolasi': villages isolated, not villages affected
        what = what + " " + ctx.rules.lexicon().mapping("count-qualifiers")
            .getOrDefault(normalize(qualifier), normalize(qualifier));
      }
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
    Double amountTo = null;
    String to = group(m, "numto");
    if (to != null) { // '10 hingga 15 orang'
      NumberParser.Parsed end = ctx.rules.numbers().parse(to);
      if (end == null) {
        return null;
      }
      amountTo = end.value();
    }
    String scale = group(m, "scale");
    if (scale != null) {
      String factor = ctx.rules.lexicon().mapping("amount-scales").get(normalize(scale));
      if (factor != null) { // in decimal: 4,23 miliar is 4230000000, not 4230000000.0000005
        amount = scaled(amount, factor);
        amountTo = amountTo == null ? null : scaled(amountTo, factor); // '2 hingga 3 miliar'
      }
    }
    number = new NumberParser.Parsed(amount, number.approximate());
    String approx = group(m, "approx");
    boolean approximate = number.approximate() || approx != null || amountTo != null;
    Interval interval = amountTo != null ? Interval.range(number.value(), amountTo)
        : Hedges.interval(ctx.rules, approx, number.value(), number.approximate());
    boolean expected = Hedges.expected(ctx, sentence, m.start());
    String event = events.countedEvent(sentence, m.start(), m.end());
    return new Draft(ClaimType.QUANTITY, null, null,
        new QuantityValue(event, what, number.value(), unit, approximate, interval.low(),
            interval.high(), interval.bound(), expected,
            FigureTimes.asOf(ctx, sentence, m.start(), m.end()),
            FigureTimes.revision(ctx, sentence, m.start("num"), m.end())), m.start(), m.end(),
        ruleName("quantity", rule));
  }

  /** An amount times a scale word's factor, computed in decimal. */
  private static double scaled(double amount, String factor) {
    return new java.math.BigDecimal(Double.toString(amount))
        .multiply(new java.math.BigDecimal(factor)).doubleValue();
  }

  private static String normalize(String s) {
    return Texts.key(s);
  }

  /** The qualifier of term-qualifiers.txt nearest before a prison term in its sentence, or null. */
  private static @Nullable String termQualifier(ArticleContext ctx, Sentence sentence, int at) {
    java.util.Map<String, String> qualifiers = ctx.rules.lexicon().mapping("term-qualifiers");
    java.util.regex.Pattern words = ctx.rules.pattern("term-qualifiers",
        lexicon -> java.util.regex.Pattern.compile(dev.claimdiff.lang.WordPatterns.alternation(
            lexicon.words("term-qualifiers"))));
    java.util.regex.Matcher m = words.matcher(ctx.text).region(sentence.start(), at);
    String last = null;
    while (m.find()) {
      last = qualifiers.get(normalize(m.group()));
    }
    return last;
  }
}
