package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.slots.SlotFinder;
import dev.claimdiff.align.slots.SlotValue;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
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
import org.jspecify.annotations.Nullable;

/**
 * Keeps every "only X reports it" finding (UNIQUE) true. A reader takes it to mean that the
 * other outlets are silent, but the slot finders key a claim by its words (an actor's name in
 * one language, a promise's verb, a count's topic), so one thing may be split into several
 * UNIQUEs, or a UNIQUE may stand beside an agreement on the same thing. A claim is reported by
 * other articles too when:
 *
 * <ul>
 *   <li>it is part of another finding (an AGREEMENT, DISCREPANCY or UPDATE): by its articles;
 *   <li>a value that lies in the words of a quotation or statement that outlets agree on (said
 *       alike): by those outlets;
 *   <li>its sentence is aligned with a sentence of the other article of a translation pair
 *       ({@link Translations}): by that article, and by whoever reports that sentence's claims
 *       of its type;
 *   <li>another article gives the same thing: a promise of the same action with a due that fits
 *       ({@code the defence would appeal} beside {@code the defense would appeal}) or of the same
 *       actor due on the same written day (in any language), or a count of
 *       the same things with a value that backs it under another topic of the story
 *       ({@link SlotFinder#sameCount}).
 * </ul>
 *
 * <p>UNIQUEs about one thing form a group. A group that two or more independent outlets report
 * is no UNIQUE: its findings are dropped (the other findings say what the outlets agree on, and
 * a UNIQUE that cannot be made true is better left out). A group that only copies of one story
 * report (a wire and its translation) becomes one UNIQUE that names every copy.
 */
final class SoleReports {
  private SoleReports() {}

  /** The findings with each UNIQUE made true, dropped or merged (see the class). */
  static List<Finding> check(List<Finding> findings, List<Claim> claims,
      List<Translations.Pair> pairs, UnionFind<String> outlets,
      Map<String, ArticleDigest> articles) {
    List<Integer> uniques = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).kind() == Kind.UNIQUE) {
        uniques.add(i);
      }
    }
    if (uniques.isEmpty()) {
      return findings;
    }
    Map<String, Claim> byId = new HashMap<>();
    Map<String, List<Claim>> byArticle = new HashMap<>();
    for (Claim c : claims) {
      if (c.zone() != Zone.RELATED) {
        byId.put(c.id(), c);
        byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
      }
    }
    // who else reports a claim matters only for the UNIQUEs' claims and the claims of one thing
    // with them: filled for those alone (heldBy, after the loops below), since a finding of n
    // articles would give each of its n claims the n articles (n² over a large story)
    Map<String, Set<String>> reporters = new HashMap<>();
    // claims of one thing, across articles: the same sentence of a translation pair
    Map<String, Set<String>> same = new HashMap<>();
    for (Translations.Pair p : pairs) {
      for (Translations.Link link : p.links()) {
        List<Claim> t = within(byArticle.getOrDefault(p.translation(), List.of()), link.translation());
        List<Claim> o = within(byArticle.getOrDefault(p.original(), List.of()), link.original());
        aligned(t, p.original(), o, reporters, same);
        aligned(o, p.translation(), t, reporters, same);
      }
    }
    Set<String> unique = new LinkedHashSet<>();
    uniques.forEach(i -> unique.addAll(findings.get(i).claims()));
    // each claim is tried only against those sameThing can match (blocked by sameThingKey), in
    // the order of byId.values(): what is found is added in the order a pass over all gives
    Map<String, Alike> comparable = new HashMap<>();
    for (Claim c : byId.values()) {
      String key = sameThingKey(c);
      if (key != null) {
        comparable.computeIfAbsent(key, k -> new Alike()).add(c);
      }
    }
    PromiseSentences.Index promises = null; // made at the first promise
    for (String id : unique) {
      Claim u = byId.get(id);
      if (u == null) {
        continue;
      }
      if (u.type() == ClaimType.COMMITMENT) { // the promise in other words than a promise's
        if (promises == null) {
          promises = new PromiseSentences.Index(articles);
        }
        for (String other : promises.stating(u)) {
          reporters.computeIfAbsent(u.id(), k -> new LinkedHashSet<>()).add(other);
        }
      }
      String key = sameThingKey(u);
      if (key == null) {
        continue;
      }
      for (Claim c : comparable.get(key).sameThingAs(u)) {
        if (!c.article().equals(u.article())) {
          same.computeIfAbsent(u.id(), k -> new LinkedHashSet<>()).add(c.id());
          same.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(u.id());
        }
      }
    }
    Set<String> wanted = new java.util.HashSet<>(unique);
    same.values().forEach(wanted::addAll);
    heldBy(findings, byId, byArticle, wanted, reporters);
    // the groups of UNIQUEs about one thing
    UnionFind<Integer> groups = new UnionFind<>();
    Map<String, Integer> findingOf = new HashMap<>();
    for (int i : uniques) {
      groups.find(i);
      for (String c : findings.get(i).claims()) {
        Integer other = findingOf.putIfAbsent(c, i);
        if (other != null) {
          groups.union(other, i);
        }
      }
    }
    for (int i : uniques) {
      for (String c : findings.get(i).claims()) {
        for (String s : same.getOrDefault(c, Set.of())) {
          Integer j = findingOf.get(s);
          if (j != null) {
            groups.union(i, j);
          }
        }
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    uniques.forEach(i -> members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i));
    Map<Integer, Finding> replaced = new HashMap<>();
    Set<Integer> dropped = new java.util.HashSet<>();
    Map<String, Integer> articleOrder = new HashMap<>();
    articles.keySet().forEach(a -> articleOrder.putIfAbsent(a, articleOrder.size()));
    Map<String, Integer> claimOrder = new HashMap<>();
    claims.forEach(c -> claimOrder.putIfAbsent(c.id(), claimOrder.size()));
    for (List<Integer> group : members.values()) {
      Set<String> own = new LinkedHashSet<>();
      Set<String> all = new LinkedHashSet<>();
      Set<String> inGroup = new java.util.HashSet<>();
      Set<String> seen = new java.util.HashSet<>();
      List<String> groupClaims = new ArrayList<>();
      for (int i : group) {
        Finding f = findings.get(i);
        own.addAll(f.articles());
        for (String c : f.claims()) {
          if (inGroup.add(c)) {
            groupClaims.add(c);
          }
          all.addAll(reporters.getOrDefault(c, Set.of()));
          for (String s : same.getOrDefault(c, Set.of())) {
            if (!seen.add(s)) {
              continue; // what s adds is in already (copies of a claim are each other's same)
            }
            Claim other = byId.get(s);
            if (other != null) {
              all.add(other.article());
            }
            all.addAll(reporters.getOrDefault(s, Set.of()));
          }
        }
      }
      all.addAll(own);
      long independent = all.stream().map(outlets::find).distinct().count();
      if (independent >= 2) {
        dropped.addAll(group);
        continue;
      }
      if (group.size() == 1 && own.containsAll(all)) {
        continue;
      }
      List<String> named = all.stream()
          .sorted(java.util.Comparator.comparingInt(a -> articleOrder.getOrDefault(a, -1)))
          .toList();
      groupClaims.sort(java.util.Comparator.comparingInt(c -> claimOrder.getOrDefault(c, -1)));
      Finding merged = copies(findings.get(group.get(0)), named, groupClaims, byId, articles);
      dropped.addAll(group);
      if (merged != null) {
        replaced.put(group.get(0), merged);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (replaced.containsKey(i)) {
        out.add(replaced.get(i));
      } else if (!dropped.contains(i)) {
        out.add(findings.get(i));
      }
    }
    return out;
  }

  /**
   * Adds, for each wanted claim, the articles that report it besides its own: those of the
   * findings (not UNIQUE) it is part of, and those of the agreements on a quotation or statement
   * whose words hold it.
   */
  private static void heldBy(List<Finding> findings, Map<String, Claim> byId,
      Map<String, List<Claim>> byArticle, Set<String> wanted, Map<String, Set<String>> reporters) {
    for (Finding f : findings) {
      if (f.kind() != Kind.AGREEMENT && f.kind() != Kind.DISCREPANCY && f.kind() != Kind.UPDATE) {
        continue;
      }
      boolean speech = f.kind() == Kind.AGREEMENT
          && (f.type().equals(ClaimType.QUOTE.name()) || f.type().equals(ClaimType.STATEMENT.name()));
      for (String id : f.claims()) {
        if (wanted.contains(id)) {
          reporters.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(f.articles());
        }
        Claim said = byId.get(id);
        if (speech && said != null) {
          for (Claim c : byArticle.getOrDefault(said.article(), List.of())) {
            // a quotation's own agreement is the speech finder's to judge (a statement may be
            // agreed on one clause of many)
            if (c != said && wanted.contains(c.id()) && !isSpeech(c) && withinWordsSaid(c, said)) {
              reporters.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).addAll(f.articles());
            }
          }
        }
      }
    }
  }

  /**
   * Records that the claims of one side of an aligned pair of sentences are reported by the
   * other side's article and, for the other side's claims of their type, are one thing with them.
   */
  private static void aligned(List<Claim> side, String otherArticle, List<Claim> otherSide,
      Map<String, Set<String>> reporters, Map<String, Set<String>> same) {
    for (Claim c : side) {
      reporters.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(otherArticle);
      for (Claim o : otherSide) {
        // of the counts a sentence gives, the one of the same things ('houses heavily damaged'
        // is not 'houses damaged')
        if (o.type() == c.type() && (!(c.value() instanceof QuantityValue x)
            || o.value() instanceof QuantityValue y && x.what().equals(y.what())
                && java.util.Objects.equals(x.unit(), y.unit()))) {
          same.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(o.id());
        }
      }
    }
  }

  /**
   * Whether another article's claim gives the same thing: a promise of the same action whose due
   * fits, or a count of the same things whose value backs it.
   */
  private static boolean sameThing(Claim u, Claim c) {
    if (u.value() instanceof CommitmentValue x && c.value() instanceof CommitmentValue y) {
      SlotValue a = SlotValue.of(u);
      SlotValue b = SlotValue.of(c);
      if (a == null || b == null || !a.compatible(b)) {
        return false;
      }
      // the same action, or one actor's promises due on the same written day (the words of the
      // action may be another language's: 'pay' and 'santunan')
      return x.action().toLowerCase(Locale.ROOT).equals(y.action().toLowerCase(Locale.ROOT))
          || a instanceof SlotValue.Due d && d.firm() && b instanceof SlotValue.Due e && e.firm()
              && Speakers.samePerson(x.actor().toLowerCase(Locale.ROOT),
                  y.actor().toLowerCase(Locale.ROOT));
    }
    return u.type() == ClaimType.QUANTITY && c.zone() != Zone.CAPTION
        && SlotFinder.sameCount(u, c);
  }

  /**
   * The claims of one {@link #sameThingKey}, in their order, in classes of claims that {@link
   * #sameThing} cannot tell apart (the same value, action and actor; for a count, the same value
   * and whether it is a caption's): a claim is tried against one claim of each class, so the
   * thousands of copies of one claim in a large story are tried once, not once each.
   */
  private static final class Alike {
    private final List<Claim> claims = new ArrayList<>();
    private final Map<Likeness, Integer> classOf = new HashMap<>();
    private final List<Claim> firsts = new ArrayList<>();
    private final List<List<Integer>> members = new ArrayList<>();

    void add(Claim c) {
      int k = classOf.computeIfAbsent(Likeness.of(c), l -> {
        firsts.add(c);
        members.add(new ArrayList<>());
        return firsts.size() - 1;
      });
      members.get(k).add(claims.size());
      claims.add(c);
    }

    /** The claims {@code u} is the same thing as ({@link #sameThing}), in their order. */
    List<Claim> sameThingAs(Claim u) {
      List<List<Integer>> matched = new ArrayList<>();
      for (int k = 0; k < firsts.size(); k++) {
        if (sameThing(u, firsts.get(k))) {
          matched.add(members.get(k));
        }
      }
      List<Integer> at;
      if (matched.size() == 1) {
        at = matched.get(0);
      } else {
        at = new ArrayList<>();
        matched.forEach(at::addAll);
        at.sort(null);
      }
      List<Claim> out = new ArrayList<>(at.size());
      at.forEach(i -> out.add(claims.get(i)));
      return out;
    }
  }

  /** What {@link #sameThing} reads of the other claim, beside its {@link #sameThingKey}. */
  private record Likeness(boolean caption, @Nullable SlotValue value, @Nullable String action,
      @Nullable String actor) {
    static Likeness of(Claim c) {
      return c.value() instanceof CommitmentValue y
          ? new Likeness(c.zone() == Zone.CAPTION, SlotValue.of(c),
              y.action().toLowerCase(Locale.ROOT), y.actor().toLowerCase(Locale.ROOT))
          : new Likeness(c.zone() == Zone.CAPTION, SlotValue.of(c), null, null);
    }
  }

  /**
   * What two claims must have in common for {@link #sameThing} to hold (their type and kind of
   * value; for counts also what is counted, the unit and whether it is expected), or null when
   * the claim can be the same thing as no other.
   */
  private static @Nullable String sameThingKey(Claim c) {
    // 'C' a promise, 'Q' a count
    if (c.value() instanceof CommitmentValue) {
      return "C" + c.type();
    }
    if (c.type() == ClaimType.QUANTITY && c.value() instanceof QuantityValue q) {
      return "Q" + q.what() + '\u0000' + q.unit() + '\u0000' + q.expected();
    }
    return null;
  }

  private static boolean isSpeech(Claim c) {
    return c.type() == ClaimType.QUOTE || c.type() == ClaimType.STATEMENT;
  }

  /**
   * Whether a claim's evidence overlaps the words a quotation or statement of its article
   * reports: outlets agreed to say those words alike give what they hold (a figure, a promise),
   * but not the frame around them ('dalam sidang di Jakarta, Kamis, menyatakan …').
   */
  private static boolean withinWordsSaid(Claim c, Claim said) {
    int at = said.evidence().indexOf(said.text());
    int start = said.span().start() + Math.max(at, 0);
    int end = at < 0 ? said.span().end() : start + said.text().length();
    return c.span().start() < end && c.span().end() > start;
  }

  /** The claims whose evidence starts in a sentence. */
  private static List<Claim> within(List<Claim> claims, NeutralSentences.Keys sentence) {
    return claims.stream().filter(c -> c.span().start() >= sentence.start()
        && c.span().start() < sentence.end()).toList();
  }

  /**
   * One UNIQUE for a thing that only copies of one story report, worded after the group's first
   * finding; null when that finding's wording is not one this class knows.
   */
  private static @Nullable Finding copies(Finding first, List<String> named, List<String> ids,
      Map<String, Claim> byId, Map<String, ArticleDigest> articles) {
    String who = "reported only by copies of one story: " + FindingText.named(articles, named);
    String summary;
    ImmutableList<String> values = first.values();
    if (first.type().equals(ClaimType.QUOTE.name())) {
      Claim quote = byId.get(first.claims().get(0));
      if (quote == null) {
        return null;
      }
      summary = "Only copies of one story (" + FindingText.named(articles, named) + ") quote "
          + quote.speaker() + ": \"" + FindingText.shorten(quote.text()) + "\"";
    } else {
      String[] parts = describedValue(first, articles);
      if (parts == null) {
        return null;
      }
      summary = parts[0] + ": " + parts[1] + " (" + who + ")";
      values = ImmutableList.of(parts[1]);
    }
    return new Finding("", Kind.UNIQUE, first.type(), ImmutableList.copyOf(ids), summary,
        first.slot(), ImmutableList.copyOf(named), values);
  }

  /** A slot UNIQUE's description and value, read back from its summary, or null. */
  private static String @Nullable [] describedValue(Finding f, Map<String, ArticleDigest> articles) {
    String s = f.summary();
    if (f.articles().size() == 1) {
      String only = ": only " + FindingText.label(articles, f.articles().get(0)) + " reports it (";
      int at = s.indexOf(only);
      if (at > 0 && s.endsWith(")")) {
        return new String[] {s.substring(0, at), s.substring(at + only.length(), s.length() - 1)};
      }
    }
    String copies = " (reported only by copies of one story: ";
    int at = s.lastIndexOf(copies);
    int colon = at < 0 ? -1 : s.lastIndexOf(": ", at);
    if (colon > 0 && f.values().size() == 1 && s.substring(colon + 2, at).equals(f.values().get(0))) {
      return new String[] {s.substring(0, colon), f.values().get(0)};
    }
    return null;
  }
}
