package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.discourse.ArticleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Readings of an article's counts that only the whole article gives, settled once all its claims
 * are drafted:
 *
 * <ul>
 *   <li><b>The difference of a revision.</b> An article that revises a figure ('merevisi jumlah
 *       nelayan menjadi 194 orang', earlier 212) and gives a count of the same things equal to
 *       the difference ('18 nelayan dalam daftar awal ternyata sudah dipulangkan') gives the
 *       reason for the change, not a figure of its own: the count gets the qualifier
 *       {@value #DIFFERENCE}, which {@code align/increment-qualifiers.txt} lists (no slot, never
 *       compared).
 *   <li><b>A headline's count read as its body reads it.</b> A headline abbreviates its body: a
 *       headline count whose amount the body writes of the same things ('60 Nelayan India Pulang
 *       Jumat' over 'memulangkan 60 nelayan India pertama … pada Jumat') takes the body's reading,
 *       its qualifier ('fishermen first': a first group, not a total) and whether it is
 *       expected.
 * </ul>
 */
public final class ArticleFigures {
  /** The qualifier of a count that is the difference of a revision the article gives. */
  static final String DIFFERENCE = "difference";

  private ArticleFigures() {}

  /** The drafts with both readings applied; other drafts unchanged, in the same order. */
  public static List<Draft> settle(ArticleContext ctx, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.value() instanceof QuantityValue v ? settle(ctx, drafts, d, v) : d);
    }
    return out;
  }

  private static Draft settle(ArticleContext ctx, List<Draft> drafts, Draft d, QuantityValue v) {
    if (v.unit() != null || v.approximate()) {
      return d;
    }
    String noun = head(v.what());
    if (v.revision() == null && isDifference(drafts, d, v, noun)) {
      return d.withValue(withWhat(v, noun + " " + DIFFERENCE, v.expected()));
    }
    if (ctx.zones.at(d.cleanStart()) == Zone.HEADLINE && !bodyWrites(ctx, drafts, v)) {
      for (Draft b : drafts) {
        if (b != d && b.value() instanceof QuantityValue w && ctx.zones.at(b.cleanStart()) == Zone.BODY
            && w.unit() == null && w.amount() == v.amount() && head(w.what()).equals(noun)
            && !w.what().equals(v.what()) && w.what().startsWith(v.what() + " ")) {
          return d.withValue(withWhat(v, w.what(), w.expected()));
        }
      }
    }
    return d;
  }

  /** Whether the body writes the headline's count as the headline reads it. */
  private static boolean bodyWrites(ArticleContext ctx, List<Draft> drafts, QuantityValue v) {
    return drafts.stream().anyMatch(b -> b.value() instanceof QuantityValue w
        && ctx.zones.at(b.cleanStart()) == Zone.BODY && w.amount() == v.amount()
        && w.what().equals(v.what()));
  }

  /**
   * Whether the count equals the difference between a revised figure (one with a revision word)
   * and another figure of the same things in the article, neither of them this count.
   */
  private static boolean isDifference(List<Draft> drafts, Draft d, QuantityValue v, String noun) {
    for (Draft r : drafts) {
      if (r == d || !(r.value() instanceof QuantityValue revised) || revised.revision() == null
          || revised.unit() != null || !head(revised.what()).equals(noun)) {
        continue;
      }
      for (Draft o : drafts) {
        if (o != d && o != r && o.value() instanceof QuantityValue old && old.unit() == null
            && head(old.what()).equals(noun) && old.amount() != revised.amount()
            && Math.abs(old.amount() - revised.amount()) == v.amount()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The counted noun of a 'what', without its qualifiers ('fishermen released' → 'fishermen'). */
  private static String head(String what) {
    int space = what.indexOf(' ');
    return space < 0 ? what : what.substring(0, space);
  }

  private static QuantityValue withWhat(QuantityValue v, String what, boolean expected) {
    return new QuantityValue(v.event(), what, v.amount(), v.unit(), v.approximate(), v.low(),
        v.high(), v.bound(), expected, v.asOf(), v.revision(), v.asOfOffset());
  }
}
