package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Orders the figures of a count that changes as a story unfolds (a toll through the day) and
 * tells whether they differ because time passed.
 *
 * <p>Each figure is stated for a time: its own ({@code asOf}: {@code hingga pukul 19.30 WIB}),
 * else the publication time of its article. Inside one article, figures are ordered by their
 * own times, else by their revision words: a figure with revision words of
 * {@code align/<lang>/earlier-words.txt} ({@code sebelumnya}, {@code laporan awal}) is the
 * earlier one, a figure with other revision words ({@code bertambah menjadi}, {@code kini}) the
 * newer one. An article whose figures cannot be ordered so keeps its most frequent one.
 *
 * <p>Across articles (the {@link #judge verdict}): figures that rise over time are an UPDATE;
 * a later figure lower than an earlier one, or two different figures for the same clock time,
 * stay a discrepancy; different figures whose times cannot be ordered (no publication time, one
 * day without clock times) are neither.
 */
final class Timeline {
  /**
   * One figure of a sequence.
   *
   * @param article the article stating it
   * @param claims the claims stating it
   * @param value the figure
   * @param time the time it is stated for, or null when unknown
   * @param articleTime the article's publication time (an earlier figure of the article is
   *     before it), or null
   * @param seq its place in its article's sequence, from 0
   * @param stated whether {@code time} is the figure's own ({@code asOf}), not the publication's
   * @param revised whether it is given as a change of an earlier figure (revision words besides
   *     those that mark an earlier one: 'sempat direvisi' is a revision since overtaken)
   */
  record Point(String article, ImmutableList<Claim> claims, SlotValue value, @Nullable Moment time,
      @Nullable Moment articleTime, int seq, boolean stated, boolean revised) {}

  /** A value fixed once the event is over: it changes only by a stated revision. */
  static final String FIXED = "fixed";
  /** A cumulative count: it only rises, unless a revision lowers it. */
  static final String RISES = "rises";

  /** What the figures of a slot are. */
  enum Kind { UPDATE, FALL, SAME_MOMENT, UNORDERED, NONE }

  /**
   * The verdict on a slot, with its figures in time order for an UPDATE.
   *
   * @param pair the two figures the verdict rests on: the earlier and the later of a FALL, the
   *     two figures of one moment of a SAME_MOMENT, two figures no time orders of an UNORDERED;
   *     empty otherwise
   * @param sameSource whether a FALL's two figures come from one source reporting over time
   *     (one outlet, or copies of one story), so that the reason may speak of a later figure
   */
  record Verdict(Kind kind, ImmutableList<Point> ordered, String reason, ImmutableList<Point> pair,
      boolean sameSource) {
    Verdict(Kind kind, ImmutableList<Point> ordered, String reason) {
      this(kind, ordered, reason, ImmutableList.of(), false);
    }
  }

  private final ImmutableSet<String> earlierWords;
  /** Words that name another occasion than the story's ({@code align/other-occasion-words.txt}). */
  private final java.util.regex.@Nullable Pattern otherOccasionWords;
  /** Words that make a date the time an old figure was given ({@code figure-time-words.txt}). */
  private final java.util.regex.@Nullable Pattern figureTimeWords;

  /** The timeline rules for articles of one language. */
  Timeline(Language language) {
    String resource = LanguageFile.ALIGN_EARLIER_WORDS.resource(language);
    this.earlierWords = WordList.exists(resource)
        ? WordList.load(resource).stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet())
        : ImmutableSet.of();
    String occasions = LanguageFile.ALIGN_OTHER_OCCASION_WORDS.resource(language);
    this.otherOccasionWords = WordList.exists(occasions)
        ? java.util.regex.Pattern.compile(WordPatterns.alternation(WordList.load(occasions)))
        : null;
    String times = LanguageFile.ALIGN_FIGURE_TIME_WORDS.resource(language);
    this.figureTimeWords = WordList.exists(times) ? java.util.regex.Pattern.compile(
        WordPatterns.alternation(WordList.load(times)) + "\\s*$") : null;
  }

  /**
   * Whether the sentence of the old side of a revision ({@code old}, a superseded figure) names
   * another occasion than the story's, so that the old figure is another event's or period's
   * count ('naik dari 2 korban meninggal pada gempa Sabtu', 'turun dari 350 orang pada periode
   * mudik tahun lalu', 'up from two deaths in a quake that struck on Saturday'), not an earlier
   * figure of the story's own count: a word of {@code align/other-occasion-words.txt}, or a date
   * (an EVENT_DATE claim of the sentence) that is neither the old figure's own time nor a date
   * the article gives as its main event's in another sentence, nor the day the old figure was
   * given (after it, with a word of {@code align/figure-time-words.txt} just before the date:
   * 'dari 23 kapal yang disampaikan Senin'). {@code articleClaims} are the
   * claims of its article.
   */
  boolean namesAnotherOccasion(Claim old, List<Claim> articleClaims) {
    String sentence = old.context();
    if (otherOccasionWords != null && otherOccasionWords.matcher(sentence).find()) {
      return true;
    }
    String ownDay = old.value() instanceof QuantityValue q && q.asOf() != null
        && q.asOf().length() >= 10 ? q.asOf().substring(0, 10) : null;
    java.util.Set<String> mainDays = new java.util.HashSet<>();
    for (Claim c : articleClaims) {
      if (c.value() instanceof EventDateValue d && d.main() && d.date() != null
          && !c.context().equals(sentence)) {
        mainDays.add(d.date());
      }
    }
    int after = sentence.indexOf(old.evidence()) + old.evidence().length();
    for (Claim c : articleClaims) {
      if (c.value() instanceof EventDateValue d && d.date() != null
          && c.context().equals(sentence) && !d.date().equals(ownDay)
          && !mainDays.contains(d.date())) {
        // 'dari 23 kapal yang disampaikan Senin': the day the old figure was given
        int at = sentence.indexOf(c.evidence(), after);
        if (at >= after && figureTimeWords != null
            && figureTimeWords.matcher(sentence.substring(after, at)).find()) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * An article's figures for a slot, earliest first: one point unless the slot is timed and
   * the article itself orders several figures (by their times or revision words).
   */
  List<Point> sequence(String article, List<Claim> own, boolean timed, String direction,
      Function<List<Claim>, SlotValue> representative, @Nullable String published) {
    Moment articleTime = Moment.parse(published);
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim c : own) {
      SlotValue v = SlotValue.of(c);
      List<Claim> group = groups.stream()
          .filter(g -> SlotValue.of(g.get(0)).compatible(v)).findFirst().orElse(null);
      if (group == null) {
        groups.add(group = new ArrayList<>());
      }
      group.add(c);
    }
    if (timed && groups.size() > 1) {
      List<List<Claim>> ordered = ordered(groups, direction);
      if (ordered != null) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
          List<Claim> g = ordered.get(i);
          Moment own2 = latestAsOf(g);
          boolean last = i == ordered.size() - 1;
          points.add(new Point(article, ImmutableList.copyOf(g), representative.apply(g),
              own2 != null ? own2 : last ? articleTime : null, articleTime, i, own2 != null,
              revised(g)));
        }
        return points;
      }
    }
    // a cumulative count whose figures cannot be ordered: the article's total is its largest
    // (the smaller ones are earlier totals or parts: 'lima jenazah ditemukan hari ini')
    List<Claim> counted = own;
    if (timed && direction.equals(RISES) && groups.size() > 1) {
      counted = groups.stream().max(Comparator.comparingDouble(g -> SlotValue.of(g.get(0))
          instanceof SlotValue.Amount a ? a.value() : 0)).orElseThrow();
    }
    SlotValue value = representative.apply(counted);
    List<Claim> supporting = own.stream().filter(c -> SlotValue.of(c).compatible(value)).toList();
    Moment stated = timed ? latestAsOf(supporting) : null;
    return List.of(new Point(article, ImmutableList.copyOf(supporting), value,
        stated != null ? stated : articleTime, articleTime, 0, stated != null,
        revised(supporting)));
  }

  /**
   * An article's figures in time order, or null when the article does not order them. Figures
   * that each state their time are ordered by it, unless their revision words say otherwise.
   * Otherwise the revision words tell: the figure
   * given as new ({@code bertambah menjadi}) is the article's current one, those marked earlier
   * ({@code sebelumnya}) come before it in text order, and figures with neither (a day's finds,
   * a part) are left out of the sequence; with no figure given as new, one unmarked figure after
   * those marked earlier is the current one.
   */
  private @Nullable List<List<Claim>> ordered(List<List<Claim>> groups, String direction) {
    List<List<Claim>> timed = new ArrayList<>(groups);
    if (timed.stream().allMatch(g -> latestAsOf(g) != null)) {
      timed.sort((x, y) -> {
        Integer c = latestAsOf(x).compare(latestAsOf(y));
        return c == null ? 0 : c;
      });
      boolean total = true;
      for (int i = 0; i + 1 < timed.size(); i++) {
        Integer c = latestAsOf(timed.get(i)).compare(latestAsOf(timed.get(i + 1)));
        total &= c != null && c < 0;
      }
      // the revision words win over times that contradict them: a figure the article gives as
      // new ('bertambah menjadi 12') is not older than a figure it quotes from an earlier
      // statement whose clock time was read against the wrong day
      for (int i = 0; i < timed.size() && total; i++) {
        for (int j = i + 1; j < timed.size() && total; j++) {
          total = rank(timed.get(i)) <= rank(timed.get(j));
        }
      }
      if (total) {
        return timed;
      }
      List<List<Claim>> current = tiedAtTheLatest(timed, direction);
      if (current != null) {
        return current;
      }
    }
    List<List<Claim>> newer = groups.stream().filter(g -> rank(g) > 0).toList();
    List<List<Claim>> earlier = groups.stream().filter(g -> rank(g) < 0).toList();
    List<List<Claim>> unmarked = groups.stream().filter(g -> rank(g) == 0).toList();
    List<List<Claim>> current = newer.size() == 1 ? newer
        : newer.isEmpty() && !earlier.isEmpty() && unmarked.size() == 1 ? unmarked : null;
    if (current == null) {
      return null;
    }
    List<List<Claim>> sequence = new ArrayList<>(earlier);
    sequence.addAll(current);
    return sequence;
  }

  /**
   * The figures of an article that each state their time, in time order, when the only figures
   * the times do not order are those of its latest moment and its revision words make one of
   * them the current figure ('bertambah menjadi', 'revised to'): a live report's 800 at 10.30,
   * 1,500 at 12.00, then at 20.05 the police's revised 1,200 beside the organisers' 3,000. The
   * other figures of that moment are another source's, no step of the sequence, and are left
   * out; null otherwise. {@code timed} is sorted by time. The figure given as new must follow the
   * last earlier figure in the count's direction ({@code direction}: a cumulative count's
   * 'bertambah menjadi 7' after 9 is no step of its series but another source's figure): when it
   * does not, null (nothing is ordered so).
   */
  private @Nullable List<List<Claim>> tiedAtTheLatest(List<List<Claim>> timed, String direction) {
    Moment latest = latestAsOf(timed.get(timed.size() - 1));
    List<List<Claim>> before = new ArrayList<>();
    List<List<Claim>> tied = new ArrayList<>();
    for (List<Claim> g : timed) {
      Integer c = latestAsOf(g).compare(latest);
      if (c == null) {
        return null;
      }
      (c < 0 ? before : tied).add(g);
    }
    for (int i = 0; i + 1 < before.size(); i++) {
      Integer c = latestAsOf(before.get(i)).compare(latestAsOf(before.get(i + 1)));
      if (c == null || c >= 0) {
        return null;
      }
    }
    List<List<Claim>> newer = tied.stream().filter(g -> rank(g) > 0).toList();
    if (before.isEmpty() || tied.size() < 2 || newer.size() != 1
        || before.stream().anyMatch(g -> rank(g) > 0)) {
      return null;
    }
    if (direction.equals(RISES)
        && !(SlotValue.of(newer.get(0).get(0)) instanceof SlotValue.Amount now
            && SlotValue.of(before.get(before.size() - 1).get(0)) instanceof SlotValue.Amount last
            && now.value() >= last.value())) {
      return null; // a rising count's figure given as new below the last earlier one
    }
    List<List<Claim>> sequence = new ArrayList<>(before);
    sequence.addAll(newer);
    return sequence;
  }

  /** The latest figure time the claims state, or null. */
  private static @Nullable Moment latestAsOf(List<Claim> claims) {
    Moment latest = null;
    for (Claim c : claims) {
      Moment m = c.value() instanceof QuantityValue q ? Moment.parse(q.asOfWithOffset()) : null;
      if (m != null) {
        Integer cmp = latest == null ? Integer.valueOf(1) : m.compare(latest);
        if (cmp != null && cmp > 0) {
          latest = m;
        }
      }
    }
    return latest;
  }

  /** Whether every one of these claims is given as an earlier figure ('sebelumnya … enam'). */
  boolean allEarlier(List<Claim> claims) {
    return !claims.isEmpty() && claims.stream().allMatch(c -> rank(List.of(c)) < 0);
  }

  /**
   * Whether the claims give their figure as a change of an earlier one: revision words other
   * than the words that mark an earlier figure. A figure marked earlier by them alone
   * ('sebelumnya') is no revision, but one whose words also revise ('sempat direvisi menjadi
   * delapan': revised, since overtaken) is both a revision and an earlier figure.
   */
  private boolean revised(List<Claim> claims) {
    for (Claim c : claims) {
      if (c.value() instanceof QuantityValue q && q.revision() != null) {
        String rest = " " + q.revision().toLowerCase(Locale.ROOT) + " ";
        for (String w : earlierWords) {
          rest = rest.replace(" " + w + " ", " ");
        }
        if (!rest.isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /** -1 for an earlier figure by its revision words, 1 for a newer one, 0 without any. */
  private int rank(List<Claim> claims) {
    int rank = 0;
    for (Claim c : claims) {
      if (c.value() instanceof QuantityValue q && q.revision() != null) {
        String revision = q.revision().toLowerCase(Locale.ROOT);
        boolean earlier = earlierWords.stream().anyMatch(w -> (" " + revision + " ")
            .contains(" " + w + " "));
        rank = earlier ? Math.min(rank, -1) : Math.max(rank, 1);
      }
    }
    return rank;
  }

  /**
   * The verdict on the figures of every article: whether, taken in time order, they change from
   * one article to the next only as the count may ({@code direction}: a cumulative count rises,
   * an {@code either} count goes both ways, a fixed value changes only by a stated revision), an
   * UPDATE; or change otherwise or clash at one moment (a discrepancy stays); or cannot be
   * ordered.
   */
  static Verdict judge(Map<String, List<Point>> sequences, String direction) {
    return judge(sequences, direction, (a, b) -> a.equals(b));
  }

  /**
   * The verdict, as {@link #judge(Map, String)}; {@code sameSource} tells whether two articles
   * are one source reporting over time (one outlet's stories, copies of one story; not an
   * original and its translation), the only case whose fall is a later figure of that source.
   */
  static Verdict judge(Map<String, List<Point>> sequences, String direction,
      java.util.function.BiPredicate<String, String> sameSource) {
    List<Point> points = new ArrayList<>();
    sequences.values().forEach(points::addAll);
    ImmutableList<Point> unordered = null;
    String fall = null;
    ImmutableList<Point> fallPair = null;
    ImmutableList<Point> otherFall = null;
    String clash = null;
    ImmutableList<Point> clashPair = null;
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        Point p = points.get(i);
        Point q = points.get(j);
        if (p.article().equals(q.article()) || p.value().compatible(q.value())) {
          continue;
        }
        Integer order = orderOf(p, q, direction);
        if (order == null) {
          unordered = unordered != null ? unordered : ImmutableList.of(p, q);
        } else if (order == 0) {
          if (clash == null) {
            clash = p.value().display() + " and " + q.value().display() + " at " + p.time().iso();
            clashPair = ImmutableList.of(p, q);
          }
        } else {
          Point earlier = order < 0 ? p : q;
          Point later = order < 0 ? q : p;
          boolean rises = later.value() instanceof SlotValue.Amount high
              && earlier.value() instanceof SlotValue.Amount low && high.above(low);
          boolean allowed = revisedTo(later, earlier, points) || direction.equals("either")
              || direction.equals(RISES) && rises;
          if (!allowed && fall == null && sameSource.test(earlier.article(), later.article())) {
            fall = (rises ? "the figure changed with no revision stated: "
                : "a later figure is lower: ") + earlier.value().display() + " (" + when(earlier)
                + ") then " + later.value().display() + " (" + when(later) + ")";
            fallPair = ImmutableList.of(earlier, later);
          } else if (!allowed && otherFall == null) {
            otherFall = ImmutableList.of(earlier, later);
          }
        }
      }
    }
    if (clash != null) {
      return new Verdict(Kind.SAME_MOMENT, ImmutableList.of(), clash, clashPair, false);
    }
    if (fall != null) {
      return new Verdict(Kind.FALL, ImmutableList.of(), fall, fallPair, true);
    }
    if (otherFall != null) {
      // figures of different sources: what is later is another source's figure, not a change
      // of one figure; the caller says why they differ
      return new Verdict(Kind.FALL, ImmutableList.of(), "", otherFall, false);
    }
    if (unordered != null) {
      return new Verdict(Kind.UNORDERED, ImmutableList.of(), "", unordered, false);
    }
    int local = storyOffset(points);
    Comparator<Point> byTime = Comparator.comparing(p -> sortKey(p, local));
    points.sort(direction.equals(RISES)
        ? Comparator.comparing(Timeline::dayKey).thenComparingDouble(Timeline::amount)
            .thenComparing(byTime)
        : byTime);
    if (direction.equals(RISES)) {
      points = keepingKnownOrder(points);
    }
    boolean changes = false;
    // any two figures that cannot both hold: a vague one between them ('at least 6' between 12
    // and 15) fits both neighbours but does not make the change go away
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        changes |= !points.get(i).value().compatible(points.get(j).value());
      }
    }
    return changes ? new Verdict(Kind.UPDATE, ImmutableList.copyOf(points), "")
        : new Verdict(Kind.NONE, ImmutableList.of(), "");
  }

  /**
   * The UPDATE of a slot's figures with the old sides of the revisions their articles give
   * ({@code superseded}: 'revised down from eight', 'an earlier toll of 17') set before each
   * article's own figures, or null. An old figure is an earlier step of its own article only:
   * it is added to an article that states a current figure of the slot, when it differs from
   * every figure of that article and from the old figures already added (another article's
   * same old figure is that step already), at its own time ({@code asOf}) or, with none, before the
   * article's figures. Null unless the figures without the old ones make an UPDATE or agree
   * ({@link Kind#NONE}) and the figures with them make an UPDATE: an old figure never turns
   * agreeing figures into a discrepancy, nor changes any other verdict. For a cumulative count
   * ({@code direction} {@link #RISES}) an old figure above the article's first figure is left
   * out unless that figure is given as a revision ('revised down to seven from eight'): a rising
   * count does not fall to its current figure. (Old figures of another occasion never reach
   * here: {@link #namesAnotherOccasion}.)
   */
  static @Nullable Verdict withSuperseded(Map<String, List<Point>> sequences,
      List<Claim> superseded, String direction,
      java.util.function.BiPredicate<String, String> sameSource) {
    Kind plain = judge(sequences, direction, sameSource).kind();
    if (plain != Kind.UPDATE && plain != Kind.NONE) {
      return null;
    }
    Map<String, List<Point>> with = new java.util.LinkedHashMap<>();
    List<SlotValue> steps = new ArrayList<>(); // the old figures already set as steps
    boolean added = false;
    for (Map.Entry<String, List<Point>> e : sequences.entrySet()) {
      List<Point> own = e.getValue();
      List<List<Claim>> old = new ArrayList<>();
      for (Claim c : superseded) {
        SlotValue v = SlotValue.of(c);
        // a figure of its own article, or another's old figure, is a step already
        if (!c.article().equals(e.getKey()) || v == null
            || own.stream().anyMatch(p -> p.value().compatible(v))
            || steps.stream().anyMatch(w -> w.compatible(v))) {
          continue;
        }
        List<Claim> group = old.stream().filter(g -> SlotValue.of(g.get(0)).compatible(v))
            .findFirst().orElse(null);
        if (group == null) {
          old.add(group = new ArrayList<>());
        }
        group.add(c);
      }
      if (old.size() != 1) {
        // no old figure, or several whose order the text does not give
        with.put(e.getKey(), own);
        continue;
      }
      List<Point> points = new ArrayList<>();
      List<Claim> g = old.get(0);
      Moment stated = latestAsOf(g);
      Moment articleTime = own.get(0).articleTime();
      Integer beforeOwn = stated == null || own.get(0).time() == null ? Integer.valueOf(-1)
          : stated.compare(own.get(0).time());
      if (beforeOwn == null || beforeOwn >= 0) {
        with.put(e.getKey(), own); // its stated time does not put it before the article's figures
        continue;
      }
      // a cumulative count never falls to the article's figure, unless that figure is given as
      // a revision ('revised down to seven from eight'): a higher old figure is another count's
      if (direction.equals(RISES) && !own.get(0).revised()
          && SlotValue.of(g.get(0)) instanceof SlotValue.Amount was
          && own.get(0).value() instanceof SlotValue.Amount now && was.value() > now.value()) {
        with.put(e.getKey(), own);
        continue;
      }
      points.add(new Point(e.getKey(), ImmutableList.copyOf(g), SlotValue.of(g.get(0)), stated,
          articleTime, 0, stated != null, false));
      steps.add(SlotValue.of(g.get(0)));
      for (Point p : own) {
        points.add(new Point(p.article(), p.claims(), p.value(), p.time(), p.articleTime(),
            p.seq() + 1, p.stated(), p.revised()));
      }
      with.put(e.getKey(), points);
      added = true;
    }
    if (!added) {
      return null;
    }
    Verdict verdict = judge(with, direction, sameSource);
    return verdict.kind() == Kind.UPDATE ? verdict : null;
  }

  /**
   * The order of two figures as {@link #order}, and for a cumulative count stated twice for one
   * day whose times do not order them (no clock time, or a clock with no zone against one with a
   * zone) the lower figure first (a toll of 6 at noon and 12 by night, both dated Sunday).
   */
  private static @Nullable Integer orderOf(Point p, Point q, String direction) {
    Integer order = order(p, q);
    if (order == null && direction.equals(RISES) && sameDayUnordered(p, q)
        && p.value() instanceof SlotValue.Amount a && q.value() instanceof SlotValue.Amount b) {
      order = b.above(a) ? -1 : a.above(b) ? 1 : null;
    }
    return order;
  }

  /**
   * The UPDATE of the figures of a running count that the texts' times do order, when some
   * others they do not ({@link Kind#UNORDERED}): a figure no time orders against a different
   * figure of another article is set aside, one at a time (the one in most such pairs first; of
   * equals, one without a time of its own, then the last), and the figures left are judged again.
   * Null unless the figures left, of two articles or more and more than those set aside, make an
   * UPDATE. It never makes a discrepancy: it only tells how the figures that can be ordered
   * changed, and the figures set aside are compared with none of them.
   */
  static @Nullable Verdict orderedPart(Map<String, List<Point>> sequences, String direction,
      java.util.function.BiPredicate<String, String> sameSource) {
    Map<String, List<Point>> left = new java.util.LinkedHashMap<>();
    sequences.forEach((article, points) -> left.put(article, new ArrayList<>(points)));
    int setAside = 0;
    while (true) {
      List<Point> points = new ArrayList<>();
      left.values().forEach(points::addAll);
      int[] pairs = new int[points.size()];
      for (int i = 0; i < points.size(); i++) {
        for (int j = i + 1; j < points.size(); j++) {
          Point p = points.get(i);
          Point q = points.get(j);
          if (!p.article().equals(q.article()) && !p.value().compatible(q.value())
              && orderOf(p, q, direction) == null) {
            pairs[i]++;
            pairs[j]++;
          }
        }
      }
      int worst = -1;
      for (int i = 0; i < points.size(); i++) {
        if (pairs[i] == 0) {
          continue;
        }
        if (worst < 0 || pairs[i] > pairs[worst] || pairs[i] == pairs[worst]
            && (points.get(worst).stated() || !points.get(i).stated())) {
          worst = i;
        }
      }
      if (worst < 0) {
        break;
      }
      Point out = points.get(worst);
      List<Point> own = left.get(out.article());
      own.remove(out);
      if (own.isEmpty()) {
        left.remove(out.article());
      }
      setAside++;
    }
    int kept = left.values().stream().mapToInt(List::size).sum();
    if (setAside == 0 || left.size() < 2 || kept <= setAside) {
      return null;
    }
    Verdict verdict = judge(left, direction, sameSource);
    return verdict.kind() == Kind.UPDATE ? verdict : null;
  }

  /**
   * Whether a figure that fits neither of two figures stands between them in time: two outlets
   * that give the same toll before and after a revision ('eight' at 14:00, 'seven' after the
   * evening's revision, 'eight' again the next day after another death) do not agree on one
   * figure, whatever the order the time line is sorted in.
   */
  static boolean separated(Point a, Point b, List<Point> points) {
    for (Point r : points) {
      if (r.value().compatible(a.value()) || r.value().compatible(b.value())) {
        continue;
      }
      if (timeBefore(a, r) && timeBefore(r, b) || timeBefore(b, r) && timeBefore(r, a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the texts' times put {@code p} strictly before {@code q}. */
  private static boolean timeBefore(Point p, Point q) {
    Integer order = order(p, q);
    return order != null && order < 0;
  }

  /**
   * The points in the order given, except that a point goes after every point its time or its
   * article's own sequence puts before it: a cumulative count sorted by amount within a day
   * keeps the order of the figures whose times do tell ('two dead' at 00:40 before 'one dead'
   * at 09:05 after a revision; an article's earlier toll before its revised one).
   */
  private static List<Point> keepingKnownOrder(List<Point> sorted) {
    List<Point> left = new ArrayList<>(sorted);
    List<Point> out = new ArrayList<>(sorted.size());
    while (!left.isEmpty()) {
      Point next = left.get(0);
      for (Point p : left) {
        if (left.stream().noneMatch(q -> q != p && before(q, p))) {
          next = p;
          break;
        }
      }
      left.remove(next);
      out.add(next);
    }
    return out;
  }

  /** Whether the text puts q before p: an earlier time, or an earlier place in one article. */
  private static boolean before(Point q, Point p) {
    if (q.article().equals(p.article())) {
      return q.seq() < p.seq();
    }
    Integer order = order(q, p);
    return order != null && order < 0;
  }

  /**
   * Whether the later figure is one some article gave as a revision made after the earlier
   * figure: 'BMKG revised the magnitude to 6.0' lets every later 6.0 follow an earlier 6.2.
   */
  private static boolean revisedTo(Point later, Point earlier, List<Point> points) {
    if (later.revised() || ownChange(earlier, later, points)) {
      return true;
    }
    for (Point r : points) {
      if (r.revised() && r.value().compatible(later.value()) && !r.article().equals(earlier.article())) {
        Integer after = order(earlier, r);
        if (after != null && after < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether some article itself gives the change: its own sequence holds the earlier figure
   * before the later one ('revising down an earlier death toll of eight' to seven). Another
   * outlet's later seven after that article's eight is then the same revision, not a fall.
   */
  private static boolean ownChange(Point earlier, Point later, List<Point> points) {
    for (Point from : points) {
      if (!same(from.value(), earlier.value())) {
        continue;
      }
      for (Point to : points) {
        if (to.article().equals(from.article()) && to.seq() > from.seq()
            && same(to.value(), later.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two values are the same figure: the same number with the same bound. */
  private static boolean same(SlotValue a, SlotValue b) {
    return a instanceof SlotValue.Amount x && b instanceof SlotValue.Amount y
        && x.value() == y.value() && x.bound().equals(y.bound());
  }

  static String when(Point p) {
    return p.time() == null ? "earlier" : p.time().iso();
  }

  /**
   * Negative when p comes before q, positive after, 0 for the same clock time, null when the
   * text does not tell. A figure an article gives as earlier, with no time of its own, comes
   * before whatever is later than that article.
   */
  private static @Nullable Integer order(Point p, Point q) {
    if (p.time() != null && q.time() != null) {
      return p.time().compare(q.time());
    }
    if (p.time() == null && p.articleTime() != null && q.time() != null) {
      Integer c = p.articleTime().compare(q.time());
      return c != null && c < 0 ? Integer.valueOf(-1) : null;
    }
    if (q.time() == null && q.articleTime() != null && p.time() != null) {
      Integer c = q.articleTime().compare(p.time());
      return c != null && c < 0 ? Integer.valueOf(1) : null;
    }
    return null;
  }

  /**
   * Whether two figures are stated for one day and their times do not order them ('Minggu' and
   * 'Minggu pukul 12.00'; an AFP stamp with no zone and an AP one in UTC of the same day).
   */
  private static boolean sameDayUnordered(Point p, Point q) {
    return p.time() != null && q.time() != null && p.time().day().length() == 10
        && p.time().day().equals(q.time().day()) && p.time().compare(q.time()) == null;
  }

  /** The day a point sorts under: its own time's, else its article's, else after all days. */
  private static String dayKey(Point p) {
    Moment t = p.time() != null ? p.time() : p.articleTime();
    return t == null ? "~" + p.article() : t.day();
  }

  /** A figure's amount (its lower bound), or 0 for a value that is not an amount. */
  private static double amount(Point p) {
    return p.value() instanceof SlotValue.Amount a ? a.value() : 0;
  }

  /**
   * The offset a clock time with no zone is read in: the story's local zone, the offset most of
   * the points' zoned times other than UTC give (a local outlet's stamp in WITA), else UTC. It is
   * how {@link Moment#compare} reads such a clock against a local stamp.
   */
  static int storyOffset(List<Point> points) {
    java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (Point p : points) {
      for (Moment t : java.util.Arrays.asList(p.time(), p.articleTime())) {
        if (t != null && t.offset() != null && t.offset() != 0) {
          counts.merge(t.offset(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey).orElse(0);
  }

  /**
   * A key that sorts points as {@link #order} does where it tells: the instant (a clock time
   * with no zone read in the story's zone {@code local}; a day with no clock before its clock
   * times), then a figure's own time before a publication time, then the article's order.
   */
  private static String sortKey(Point p, int local) {
    Moment t = p.time() != null ? p.time() : p.articleTime();
    if (t == null) {
      return "~" + p.article() + String.format(Locale.ROOT, "%04d", p.seq());
    }
    long instant;
    try {
      String day = t.day().length() == 10 ? t.day() : t.day().length() == 7 ? t.day() + "-01"
          : t.day() + "-01-01";
      instant = java.time.LocalDate.parse(day).toEpochDay() * 1440
          + (t.minutes() == null ? -1 : t.minutes() - (t.offset() == null ? local : t.offset()));
    } catch (java.time.DateTimeException e) {
      return "~" + p.article() + String.format(Locale.ROOT, "%04d", p.seq());
    }
    return String.format(Locale.ROOT, "%015d%s%04d", instant + 100_000_000_000L,
        p.time() == null ? "0" : "1", p.seq());
  }

}
