package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
 *       compared). A count the article also states for a clock time of its own (an asOf with a
 *       time of day) is that time's figure, never a difference.
 *   <li><b>A headline's count read as its body reads it.</b> A headline abbreviates its body: a
 *       headline count whose amount the body writes of the same things ('60 Nelayan India Pulang
 *       Jumat' over 'memulangkan 60 nelayan India pertama … pada Jumat') takes the body's reading,
 *       its qualifier ('fishermen first': a first group, not a total) and whether it is
 *       expected.
 *   <li><b>A figure revised in the next sentence.</b> A count whose next sentence gives its
 *       earlier figure and the revision ('… 194 nelayan … Kementerian itu sebelumnya menyebut
 *       angka 212, tetapi menurunkannya') is the current figure of a revision: it gets the
 *       earlier-figure word as its {@code revision}, so outlets' figures are ordered in time.
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
    if (v.revision() == null && ctx.zones.at(d.cleanStart()) == Zone.BODY) {
      String earlier = earlierFigureAfter(ctx, drafts, d, v);
      if (earlier != null) {
        v = new QuantityValue(v.event(), v.what(), v.amount(), v.unit(), v.approximate(), v.low(),
            v.high(), v.bound(), v.expected(), v.asOf(), earlier, v.asOfOffset());
        d = d.withValue(v);
      }
    }
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

  /** The claims that read a number as a value of their own. */
  private static final java.util.Set<ClaimType> VALUES =
      java.util.EnumSet.of(ClaimType.QUANTITY, ClaimType.EVENT_DATE, ClaimType.DURATION);

  /** A bare number: no digit, separator or letter on either side ('212', not '2025' in a date). */
  private static final Pattern BARE_NUMBER =
      Pattern.compile("(?<![\\p{L}\\d.,/:-])\\d{1,6}(?![\\p{L}\\d/:-]|[.,]\\d)");

  /**
   * The word of 'earlier-figure' ({@code extract/superseded-markers.txt}) when the sentence right
   * after a count gives the count's earlier figure and its revision: a word of 'earlier-figure',
   * a word of 'revision-verb' and a bare number other than the count's, that no claim reads
   * ('Pakistan juga akan membebaskan 194 nelayan … Kementerian itu sebelumnya menyebut angka
   * 212, tetapi menurunkannya …', 'It had put the number at 212 earlier in the day but lowered
   * it'): the count is the current figure of a revision, else null.
   */
  private static @Nullable String earlierFigureAfter(ArticleContext ctx, List<Draft> drafts,
      Draft d, QuantityValue v) {
    Sentence own = ctx.sentenceAt(d.cleanStart());
    if (own.index() + 1 >= ctx.sentences.size()) {
      return null;
    }
    Sentence next = ctx.sentences.get(own.index() + 1);
    String text = ctx.text.substring(next.start(), next.end());
    Matcher earlier = SupersededFigures.pattern(ctx, "earlier-figure", "(?![\\p{L}])").matcher(text);
    if (!earlier.find()
        || !SupersededFigures.pattern(ctx, "revision-verb", "").matcher(text).find()) {
      return null;
    }
    Matcher n = BARE_NUMBER.matcher(text);
    while (n.find()) {
      int at = next.start() + n.start();
      double amount = Double.parseDouble(n.group());
      boolean read = drafts.stream().anyMatch(o -> VALUES.contains(o.type())
          && o.cleanStart() <= at && at < o.cleanEnd());
      if (!read && amount != v.amount() && (amount < 1900 || amount > 2100)) {
        return earlier.group().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
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
    // a figure the article states for a clock time of its own ('Hingga pukul 14.00, lima orang
    // meninggal', and the live blog's '14.20 - 5 meninggal' of the same figure) is that time's
    // count, not the difference between two others of a running count that happen to differ by
    // it; a day alone ('menemukan dua jenazah pada Kamis siang') may be the day of a find
    if (drafts.stream().anyMatch(o -> o.value() instanceof QuantityValue t && t.asOf() != null
        && t.asOf().contains("T") && t.unit() == null && t.amount() == v.amount()
        && head(t.what()).equals(noun))) {
      return false;
    }
    for (Draft r : drafts) {
      if (r == d || !(r.value() instanceof QuantityValue revised) || revised.revision() == null
          || revised.unit() != null || !head(revised.what()).equals(noun)) {
        continue;
      }
      for (Draft o : drafts) {
        if (o != d && o != r && o.value() instanceof QuantityValue old && old.unit() == null
            && head(old.what()).equals(noun) && sameThings(old.what(), revised.what())
            && old.amount() != revised.amount()
            && Math.abs(old.amount() - revised.amount()) == v.amount()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two figures count the same things, an old figure set aside ('deaths superseded')
   * being its things' own: a part in a state of its own ('injured hospitalised' beside 'injured')
   * is no earlier figure of the whole, so their difference is no revision's change.
   */
  private static boolean sameThings(String a, String b) {
    String suffix = " " + SupersededFigures.QUALIFIER;
    return (a.endsWith(suffix) ? a.substring(0, a.length() - suffix.length()) : a)
        .equals(b.endsWith(suffix) ? b.substring(0, b.length() - suffix.length()) : b);
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
