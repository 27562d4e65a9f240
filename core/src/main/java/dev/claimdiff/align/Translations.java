package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.align.slots.Slot;
import dev.claimdiff.align.slots.SlotValue;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles that are translations of an article in another language: an Indonesian outlet's
 * rendering of an English wire, sentence by sentence. Each article's sentences are compared in
 * the vocabulary both languages share ({@link NeutralSentences}); two sentences match when they
 * share at least {@value #MIN_SHARED} keys and at least {@value #SENTENCE_MATCH} of the smaller
 * one's, and the sentences of two articles are aligned in order (the longest chain of matches,
 * as in a diff). The share of the translation's sentences so aligned is the evidence:
 *
 * <ul>
 *   <li>at least {@value #TRANSLATION_SHARE} of the translation's sentences, and at least
 *       {@value #ORIGINAL_SHARE} of the original's (an outlet may drop a paragraph), make a
 *       translation of a report it credits ({@code seperti dilansir Reuters});
 *   <li>an article that does not credit the other's outlet needs {@value #UNCREDITED_SHARE} and
 *       {@value #UNCREDITED_ORIGINAL_SHARE}: wire copy is credited where it is rendered, and
 *       two outlets' own reports of one briefing share facts in the order it gave them;
 *   <li>an article that credits the other's outlet for the whole article (in its lead, or in a
 *       closing source line) needs only {@value #CREDITED_SHARE} of its sentences: it draws on
 *       that report, perhaps merged with another wire. A credit inside the body sources one
 *       fact ({@code Dikutip dari AFP, pertemuan itu berlangsung kurang dari dua jam}), not the
 *       article.
 * </ul>
 *
 * <p>Articles that report one event on their own share names and numbers, but not sentence
 * after sentence in the same order. Which of the two is the translation: the one that credits
 * the other's outlet, else the one not in English (wire copy is English), else the later one.
 * Candidate pairs are only articles in different languages that share at least
 * {@value #MIN_SHARED_NAMES} names or numbers, found through an index whose lists are capped, so
 * the work stays near linear in the number of articles.
 */
final class Translations {
  static final double TRANSLATION_SHARE = 0.7;
  static final double ORIGINAL_SHARE = 0.6;
  static final double CREDITED_SHARE = 0.45;
  static final double UNCREDITED_SHARE = 0.8;
  static final double UNCREDITED_ORIGINAL_SHARE = 0.7;
  static final double SENTENCE_MATCH = 0.5;
  static final int MIN_SHARED = 3;
  static final int MIN_SHARED_NAMES = 3;
  private static final int MAX_POSTINGS = 50;

  private Translations() {}

  /**
   * One article rendered from another in another language.
   *
   * @param translation the translating article's id
   * @param original the original's id
   * @param aligned how many sentences of the translation are aligned with the original's
   * @param sentences how many sentences the translation has (of at least {@value #MIN_SHARED}
   *     keys)
   * @param originalSentences how many the original has
   * @param credited the translation credits the original's outlet
   * @param full a translation sentence by sentence, not only an article that draws on the
   *     credited report
   * @param links the aligned sentences
   */
  record Pair(String translation, String original, int aligned, int sentences,
      int originalSentences, boolean credited, boolean full, ImmutableList<Link> links) {
    double share() {
      return sentences == 0 ? 0 : aligned / (double) sentences;
    }
  }

  /** A sentence of the translation aligned with one of the original. */
  record Link(NeutralSentences.Keys translation, NeutralSentences.Keys original) {}

  /** Every translation pair among the articles, in article order. */
  static List<Pair> find(List<ArticleDigest> digests, List<Claim> claims) {
    if (digests.stream().filter(d -> d.language() != null && !d.sentences().isEmpty())
        .map(ArticleDigest::language).distinct().count() < 2) {
      return new ArrayList<>(); // a pair is two languages: none to look for
    }
    Credits credits = credits(claims);
    Map<String, List<Integer>> postings = new HashMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < digests.size(); i++) {
      ArticleDigest a = digests.get(i);
      if (a.language() == null || a.sentences().isEmpty()) {
        continue;
      }
      Set<String> keys = anchors(a);
      Map<Integer, Integer> shared = new TreeMap<>();
      for (String key : keys) {
        for (int j : postings.getOrDefault(key, List.of())) {
          shared.merge(j, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        ArticleDigest b = digests.get(e.getKey());
        if (e.getValue() >= MIN_SHARED_NAMES && b.language() != a.language()) {
          Pair pair = compare(b, a, credits);
          if (pair != null) {
            pairs.add(pair);
          }
        }
      }
      for (String key : keys) {
        List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>());
        if (posting.size() < MAX_POSTINGS) {
          posting.add(i);
        }
      }
    }
    return keepBest(pairs);
  }

  /** A translation is the translation of one original: its best match, if several. */
  private static List<Pair> keepBest(List<Pair> pairs) {
    Map<String, Pair> best = new LinkedHashMap<>();
    for (Pair p : pairs) {
      best.merge(p.translation(), p, (x, y) -> y.aligned() > x.aligned()
          || y.aligned() == x.aligned() && y.original().compareTo(x.original()) < 0 ? y : x);
    }
    return new ArrayList<>(best.values());
  }

  /** Names and numbers of an article: what a translation keeps unchanged. */
  private static Set<String> anchors(ArticleDigest d) {
    Set<String> keys = new TreeSet<>();
    for (NeutralSentences.Keys s : d.sentences()) {
      for (String k : s.keys()) {
        if (k.startsWith("#") || k.contains(" ") || !k.equals(k.toLowerCase(Locale.ROOT))
            || isName(k)) {
          keys.add(k);
        }
      }
    }
    return keys;
  }

  private static boolean isName(String key) {
    return Gazetteer.standard().lookup(key).isPresent();
  }

  /**
   * What each article credits: the outlets (lower case) with where each credit stands, and where
   * its body's first claim stands (its lead).
   */
  record Credits(Map<String, Map<String, List<Integer>>> outlets, Map<String, Integer> leads) {}

  /** The credits of each article, from its SOURCE_CITATION claims. */
  static Credits credits(List<Claim> claims) {
    Map<String, Map<String, List<Integer>>> credits = new HashMap<>();
    Map<String, Integer> leads = new HashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof SourceValue s) {
        credits.computeIfAbsent(c.article(), k -> new LinkedHashMap<>())
            .computeIfAbsent(s.source().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(c.span().start());
      }
      if (c.zone() == Zone.BODY) {
        leads.merge(c.article(), c.span().start(), Math::min);
      }
    }
    return new Credits(credits, leads);
  }

  /** Where {@code by} credits the outlet of {@code of}: the credits' positions, none if not. */
  private static List<Integer> credits(Credits credits, ArticleDigest by, ArticleDigest of) {
    if (of.outlet() == null) {
      return List.of();
    }
    String outlet = Gazetteer.standard().lookup(of.outlet()).map(e -> e.canonical())
        .orElse(of.outlet()).toLowerCase(Locale.ROOT);
    List<Integer> at = new ArrayList<>();
    credits.outlets().getOrDefault(by.article(), Map.of()).forEach((c, positions) -> {
      if (c.equals(outlet) || Gazetteer.standard().lookup(c)
          .map(e -> e.canonical().toLowerCase(Locale.ROOT)).orElse(c).equals(outlet)) {
        at.addAll(positions);
      }
    });
    return at;
  }

  /**
   * Whether a credit attributes the whole article to the credited report, not one fact of it:
   * it stands in the lead, the body's first sentence ({@code …, seperti dilansir Reuters}), or
   * after every sentence the article renders of the report (a closing {@code Sumber: Reuters}).
   * A credit further inside the body ({@code Dikutip dari AFP, pertemuan itu berlangsung kurang
   * dari dua jam}) sources the sentence it stands in.
   */
  private static boolean attributesTheArticle(List<Integer> credits, ArticleDigest translation,
      @Nullable Integer lead, List<Link> links) {
    NeutralSentences.Keys first = lead == null ? null : translation.sentences().stream()
        .filter(s -> lead >= s.start() && lead < s.end()).findFirst().orElse(null);
    int lastRendered = links.isEmpty() ? 0 : links.get(links.size() - 1).translation().end();
    for (int at : credits) {
      if (first != null && at >= first.start() && at < first.end() || at >= lastRendered) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the two renders the other; null if not. */
  static @Nullable Pair compare(ArticleDigest x, ArticleDigest y, Credits credits) {
    List<Integer> yCredits = credits(credits, y, x);
    List<Integer> xCredits = credits(credits, x, y);
    boolean yCreditsX = !yCredits.isEmpty();
    boolean xCreditsY = !xCredits.isEmpty();
    ArticleDigest translation;
    ArticleDigest original;
    if (yCreditsX != xCreditsY) {
      translation = yCreditsX ? y : x;
    } else if (x.language() == dev.claimdiff.lang.Language.ENGLISH
        != (y.language() == dev.claimdiff.lang.Language.ENGLISH)) {
      translation = x.language() == dev.claimdiff.lang.Language.ENGLISH ? y : x;
    } else {
      translation = later(x, y);
    }
    original = translation == x ? y : x;
    List<NeutralSentences.Keys> t = usable(translation.sentences());
    List<NeutralSentences.Keys> o = usable(original.sentences());
    if (t.isEmpty() || o.isEmpty()) {
      return null;
    }
    ImmutableList<Link> links = alignedSentences(t, o);
    int aligned = links.size();
    boolean credited = yCreditsX || xCreditsY;
    boolean full = credited
        ? aligned >= TRANSLATION_SHARE * t.size() && aligned >= ORIGINAL_SHARE * o.size()
        : aligned >= UNCREDITED_SHARE * t.size() && aligned >= UNCREDITED_ORIGINAL_SHARE * o.size();
    if (!full && !(credited && aligned >= CREDITED_SHARE * t.size()
        && attributesTheArticle(translation == y ? yCredits : xCredits, translation,
            credits.leads().get(translation.article()), links))) {
      return null;
    }
    return new Pair(translation.article(), original.article(), aligned, t.size(), o.size(),
        credited, full, links);
  }

  private static ArticleDigest later(ArticleDigest x, ArticleDigest y) {
    String px = x.published() == null ? "" : x.published();
    String py = y.published() == null ? "" : y.published();
    return py.compareTo(px) > 0 ? y : x;
  }

  private static List<NeutralSentences.Keys> usable(List<NeutralSentences.Keys> sentences) {
    return sentences.stream().filter(s -> s.keys().size() >= MIN_SHARED).toList();
  }

  /** The longest chain of matching sentences in order (a diff's longest common subsequence). */
  static ImmutableList<Link> alignedSentences(List<NeutralSentences.Keys> t,
      List<NeutralSentences.Keys> o) {
    int[][] best = new int[t.size() + 1][o.size() + 1];
    boolean[][] match = new boolean[t.size() + 1][o.size() + 1];
    for (int i = 1; i <= t.size(); i++) {
      for (int j = 1; j <= o.size(); j++) {
        int skip = Math.max(best[i - 1][j], best[i][j - 1]);
        match[i][j] = matches(t.get(i - 1).keys(), o.get(j - 1).keys());
        best[i][j] = match[i][j] ? Math.max(skip, best[i - 1][j - 1] + 1) : skip;
      }
    }
    List<Link> links = new ArrayList<>();
    int i = t.size();
    int j = o.size();
    while (i > 0 && j > 0) {
      if (match[i][j] && best[i][j] == best[i - 1][j - 1] + 1) {
        links.add(new Link(t.get(i - 1), o.get(j - 1)));
        i--;
        j--;
      } else if (best[i - 1][j] >= best[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    java.util.Collections.reverse(links);
    return ImmutableList.copyOf(links);
  }

  /** Two sentences say the same words: most of the smaller one's keys are in the other. */
  static boolean matches(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String k : a) {
      if (b.contains(k)) {
        shared++;
      }
    }
    return shared >= MIN_SHARED && shared >= SENTENCE_MATCH * Math.min(a.size(), b.size());
  }

  /**
   * The DUPLICATE finding of each pair, and the pair joined into one source: a translation is
   * not a second outlet confirming its original.
   */
  static void report(List<Pair> pairs, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    for (Pair p : pairs) {
      outlets.union(p.original(), p.translation());
      String t = FindingText.label(articles, p.translation());
      String o = FindingText.label(articles, p.original());
      String share = String.format(Locale.ROOT, "%d of its %d sentences (%.0f%%) align in order "
          + "with the original's %d", p.aligned(), p.sentences(), 100 * p.share(),
          p.originalSentences());
      String summary = p.full()
          ? t + " (" + language(articles, p.translation()) + ") is a translation of " + o + " ("
              + language(articles, p.original()) + "): " + share
              + (p.credited() ? "; it credits " + o : "") + "; they count as one source"
          : t + " (" + language(articles, p.translation()) + ") credits and draws on " + o + " ("
              + language(articles, p.original()) + "): " + share + "; they count as one source";
      out.add(new Finding("", Kind.DUPLICATE, "ARTICLE", ImmutableList.of(), summary, null,
          ImmutableList.of(p.original(), p.translation()),
          ImmutableList.of(String.format(Locale.ROOT, "%.2f", p.share()))));
    }
  }

  private static String language(Map<String, ArticleDigest> articles, String article) {
    ArticleDigest d = articles.get(article);
    return d == null || d.language() == null ? "?" : d.language().code();
  }

  /**
   * What the summary of a changed-value DISCREPANCY says after its slot; {@link #annotate} reads
   * it to leave those findings as they are (they already name the translation).
   */
  private static final String CHANGED_VALUE = ": the translation changed the value: ";
  /** The same for an article that credits and draws on the report. */
  private static final String DREW_ON_CHANGED =
      " changed the value of the report it credits and draws on: ";

  /**
   * Where a translation changed a value: a claim of a translated sentence whose slot the aligned
   * sentence of the original also fills, with no value that fits, is a DISCREPANCY naming both
   * sides and saying which is the translation. Only aligned sentences are compared, so a figure
   * the translation adds from elsewhere, or states for another moment in another sentence, is
   * never taken for a changed one. An article that credits and draws on the report (its credit
   * attributes the article) changed the value of a sentence it renders just as a translation
   * does: the sentence is the report's, the figure in it is the article's.
   *
   * @return the ids of the translation's claims whose value was changed
   */
  static Set<String> changedValues(List<Pair> pairs, List<Claim> claims,
      Map<String, ArticleDigest> articles, List<Finding> out) {
    Set<String> changed = new LinkedHashSet<>();
    Map<String, List<Claim>> byArticle = new HashMap<>();
    for (Claim c : claims) {
      if (c.zone() != Zone.RELATED && sentenceKey(c) != null && SlotValue.of(c) != null) {
        byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Pair p : pairs) {
      List<Claim> translated = byArticle.getOrDefault(p.translation(), List.of());
      List<Claim> original = byArticle.getOrDefault(p.original(), List.of());
      Set<String> reported = new LinkedHashSet<>();
      for (Link link : p.links()) {
        Map<String, List<Claim>> tByKey = byKey(within(translated, link.translation()));
        Map<String, List<Claim>> oByKey = byKey(within(original, link.original()));
        for (Map.Entry<String, List<Claim>> e : tByKey.entrySet()) {
          List<Claim> ts = new ArrayList<>(e.getValue());
          List<Claim> os = new ArrayList<>(oByKey.getOrDefault(e.getKey(), List.of()));
          if (ts.size() != os.size()) {
            // one side states a value the other's extraction missed ('412 di antaranya rusak
            // berat' read, '412 of them heavily' not): the counts both sides read with the same
            // qualifier still compare
            Set<String> both = whats(ts);
            both.retainAll(whats(os));
            ts.removeIf(c -> !both.contains(what(c)));
            os.removeIf(c -> !both.contains(what(c)));
          }
          if (ts.size() != os.size() || ts.isEmpty()) {
            continue; // one side states a value the other's extraction missed: not comparable
          }
          // pair off the values that fit; what is left is one value each side, or nothing. A
          // rendering keeps the number it renders, so a value fits only one it may be told as
          // (SlotValue#agrees): 'hampir lima jam' does not render "nearly four hours", though
          // two outlets' hedged figures so close would not contradict each other
          for (var it = ts.iterator(); it.hasNext(); ) {
            SlotValue v = SlotValue.of(it.next());
            Claim fit = os.stream().filter(o -> SlotValue.of(o).agrees(v)).findFirst()
                .orElse(null);
            if (fit != null) {
              os.remove(fit);
              it.remove();
            }
          }
          if (ts.size() != 1 || os.size() != 1) {
            continue;
          }
          Claim t = ts.get(0);
          Claim o = os.get(0);
          String slot = Slot.nameOf(t) != null ? Slot.nameOf(t)
              : t.type() + " / " + e.getKey().substring(e.getKey().indexOf(' ') + 1);
          if (!reported.add(slot + " " + SlotValue.of(t).display())) {
            continue;
          }
          String tl = FindingText.label(articles, p.translation());
          String ol = FindingText.label(articles, p.original());
          changed.add(t.id());
          out.add(new Finding("", Kind.DISCREPANCY, t.type().name(), ImmutableList.of(o.id(), t.id()),
              Slot.describe(t) + (p.full()
                  ? CHANGED_VALUE + ol + " (" + language(articles, p.original())
                      + ", the original) says " + SlotValue.of(o).display() + ", " + tl + " ("
                      + language(articles, p.translation()) + ", its translation) says "
                  : ": " + tl + DREW_ON_CHANGED + ol + " (" + language(articles, p.original())
                      + ") says " + SlotValue.of(o).display() + ", " + tl + " ("
                      + language(articles, p.translation()) + ") says ")
                  + SlotValue.of(t).display(),
              slot, ImmutableList.of(p.original(), p.translation()),
              ImmutableList.of(SlotValue.of(o).display(), SlotValue.of(t).display())));
        }
      }
    }
    return changed;
  }

  /** What a claim counts with its qualifier ('houses heavily damaged'), or its type. */
  private static String what(Claim c) {
    return c.value() instanceof QuantityValue q ? q.what() : c.type().name();
  }

  /** The {@link #what} of each claim, once each. */
  private static Set<String> whats(List<Claim> claims) {
    Set<String> out = new LinkedHashSet<>();
    claims.forEach(c -> out.add(what(c)));
    return out;
  }

  private static Map<String, List<Claim>> byKey(List<Claim> claims) {
    Map<String, List<Claim>> out = new TreeMap<>();
    claims.forEach(c -> out.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c));
    return out;
  }

  /**
   * What a value claim is about within one sentence: two aligned sentences name the same event,
   * so the kind of value is enough (a date; a duration; a count of the same noun, planned or
   * not; a promise's due, when it has one: the sentence's promise is one promise in both
   * languages, though its action is worded in each: 'within 30 days' rendered 'dalam 60 hari' is
   * a changed due); null for claims not compared this way (places, promises without a due). A
   * count's qualifier is left out ('houses damaged' and 'houses'): one language's rules may read
   * it where the other's do not, and within one aligned pair of sentences the noun is enough.
   * So is whether a count is planned: in a sentence that gives a price before and after a rise
   * ('will rise to 12,500 rupiah from 10,000 rupiah'), one language's rules may take a different
   * figure of the two as the planned one, and the values pair off by what they say anyway.
   */
  private static @Nullable String sentenceKey(Claim c) {
    if (c.value() instanceof QuantityValue q) {
      String noun = q.what().split(" ", 2)[0];
      return "QUANTITY " + noun + (q.unit() == null ? "" : " " + q.unit());
    }
    if (c.value() instanceof DurationValue d) {
      return "DURATION" + (d.expected() ? " (expected)" : "");
    }
    if (c.value() instanceof EventDateValue) {
      return "EVENT_DATE";
    }
    if (c.value() instanceof CommitmentValue p && p.due() != null) {
      return "COMMITMENT";
    }
    return null;
  }

  /** The claims whose evidence lies in a sentence. */
  private static List<Claim> within(List<Claim> claims, NeutralSentences.Keys sentence) {
    return claims.stream().filter(c -> c.span().start() >= sentence.start()
        && c.span().start() < sentence.end()).toList();
  }

  /**
   * A DISCREPANCY whose only two articles, one value each, are an original and the article that
   * renders it, retitled to say so, or null: nothing but the rendering stands between the two
   * values, so the difference is the translation's (or, for an article that credits and draws
   * on the report, that article's), not a figure that changed over time.
   */
  private static @Nullable Finding changedByTranslation(Finding f, List<Pair> pairs,
      Map<String, ArticleDigest> articles) {
    int colon = f.summary().indexOf(": ");
    if (f.articles().size() != 2 || f.values().size() != 2 || colon < 0) {
      return null;
    }
    for (Pair p : pairs) {
      int original = f.articles().indexOf(p.original());
      int translation = f.articles().indexOf(p.translation());
      if (original < 0 || translation < 0) {
        continue;
      }
      String ol = FindingText.label(articles, p.original());
      String tl = FindingText.label(articles, p.translation());
      String summary = f.summary().substring(0, colon) + (p.full()
          ? CHANGED_VALUE + ol + " (" + language(articles, p.original()) + ", the original) says "
              + f.values().get(original) + ", " + tl + " (" + language(articles, p.translation())
              + ", its translation) says " + f.values().get(translation)
          : ": " + tl + DREW_ON_CHANGED + ol + " ("
              + language(articles, p.original()) + ") says " + f.values().get(original) + ", "
              + tl + " (" + language(articles, p.translation()) + ") says "
              + f.values().get(translation));
      return new Finding(f.id(), f.kind(), f.type(), f.claims(), summary, f.slot(), f.articles(),
          f.values(), f.languages(), f.timeline());
    }
    return null;
  }

  /**
   * Whether a DISCREPANCY between an original and the article that renders it, and no other, is
   * only a difference in how the two were read: a value claim (a date, a length, a count) of
   * either side lies in a sentence aligned
   * with one of the other article that says its words (every number, name and concept of the
   * claim's evidence is among that sentence's keys). That sentence renders the value as it is, so
   * the other side's differing value comes from another of its sentences, or from a reading one
   * language's rules make and the other's do not (officials "said on Sunday" read as the day of
   * the event in the translation only): the articles do not disagree, and there is no finding.
   */
  private static boolean readDifferently(Finding f, List<Pair> pairs,
      Map<String, ArticleDigest> articles, Map<String, Claim> claims) {
    if (f.articles().size() != 2) {
      return false;
    }
    for (Pair p : pairs) {
      if (!f.articles().contains(p.original()) || !f.articles().contains(p.translation())) {
        continue;
      }
      for (String id : f.claims()) {
        Claim c = claims.get(id);
        if (c == null || sentenceKey(c) == null) {
          continue; // a value (a date, a length, a count), not whose words a quote is
        }
        boolean inTranslation = c.article().equals(p.translation());
        ArticleDigest own = articles.get(c.article());
        if (own == null || !inTranslation && !c.article().equals(p.original())) {
          continue;
        }
        ImmutableSet<String> words = NeutralSentences.ofPhrase(
            dev.claimdiff.extract.ClaimExtractor.rulesLanguage(own.language()), c.evidence());
        if (words.isEmpty()) {
          continue;
        }
        for (Link link : p.links()) {
          NeutralSentences.Keys mine = inTranslation ? link.translation() : link.original();
          NeutralSentences.Keys other = inTranslation ? link.original() : link.translation();
          if (c.span().start() >= mine.start() && c.span().start() < mine.end()
              && other.keys().containsAll(words)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A DISCREPANCY between outlets that involves an original and its translation on different
   * sides says so: the reader learns which value the translation introduced.
   */
  static List<Finding> annotate(List<Finding> findings, List<Pair> pairs,
      Map<String, ArticleDigest> articles, List<Claim> claims) {
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : claims) {
      byId.put(c.id(), c);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() == Kind.DISCREPANCY && readDifferently(f, pairs, articles, byId)) {
        continue;
      }
      String note = "";
      boolean retitled =
          f.summary().contains(CHANGED_VALUE) || f.summary().contains(DREW_ON_CHANGED);
      Finding changed = f.kind() == Kind.DISCREPANCY && !retitled
          ? changedByTranslation(f, pairs, articles) : null;
      if (changed != null) {
        out.add(changed);
        continue;
      }
      if (f.kind() == Kind.DISCREPANCY && !retitled) {
        for (Pair p : pairs) {
          if (f.articles().contains(p.translation()) && f.articles().contains(p.original())) {
            note += "; " + FindingText.label(articles, p.translation())
                + (p.full() ? " is a translation of " : " credits and draws on ")
                + FindingText.label(articles, p.original());
          }
        }
      }
      out.add(note.isEmpty() ? f : new Finding(f.id(), f.kind(), f.type(), f.claims(),
          f.summary() + " (" + note.substring(2) + ")", f.slot(), f.articles(), f.values(),
          f.languages(), f.timeline()));
    }
    return out;
  }
}
