package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.align.UnionFind;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares the values of each slot across articles. Each article contributes its most frequent,
 * most precise value (its body's; a headline that contradicts the body is the article's
 * INCONSISTENCY, see {@link HeadlineFinder}). Articles whose values are compatible form a side:
 * one side held by two or more independent outlets is an AGREEMENT, by one outlet (or copies of
 * one story) a UNIQUE; two or more sides are a DISCREPANCY naming the outlets on each side, with
 * the vague values that fit every side listed apart.
 *
 * <p>A count that changes as a story unfolds (a toll) is first ordered in time by
 * {@link Timeline}: figures that rose as time passed are an UPDATE ({@link UpdateFinder}), not a
 * discrepancy; figures that cannot be ordered are a note. Sides that each name their own
 * measuring body are two measurements ({@link MeasuringBodies}), also a note, and so are sides
 * that each name their own giver right after the figure ({@link Givers}: two payments).
 */
public final class SlotFinder {
  /** At most this many articles of a DISCREPANCY's side are listed with their values. */
  static final int MAX_LISTED_PER_SIDE = 8;
  /**
   * A main event's day more than this many days before every one of its articles appeared is a
   * past event they recall, not the day of what they report (the story grouping's rule too).
   */
  static final int RECALLED_DAYS = 60;

  private final Map<Language, Timeline> timelines = new EnumMap<>(Language.class);
  private final Map<Language, dev.claimdiff.align.ContentSimilarity> similarities =
      new EnumMap<>(Language.class);

  /** A finder with its own per-language timeline rules, loaded on first use. */
  public SlotFinder() {}

  /**
   * Adds to {@code out} the AGREEMENTs, DISCREPANCYs, UNIQUEs, UPDATEs and headline
   * INCONSISTENCYs of every value slot, and to {@code notes} what was seen but not called a
   * finding.
   *
   * @param claims every claim, in report order
   * @param articles the articles by id
   * @param outlets the articles that count as one outlet (copies of one story)
   */
  public void find(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out, List<String> notes) {
    find(claims, articles, outlets, (a, b) -> false, out, notes);
  }

  /**
   * As {@link #find(List, Map, UnionFind, List, List)}, knowing which articles render another
   * in another language ({@code translated}, either way round): a figure that differs between an
   * original and its translation is no figure that changed over time.
   */
  public void find(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, java.util.function.BiPredicate<String, String> translated,
      List<Finding> out, List<String> notes) {
    int first = out.size();
    Map<Slot, List<Claim>> slots = new LinkedHashMap<>();
    // values that may only corroborate a slot (see Slot#corroborating), by slot
    Map<Slot, List<Claim>> corroborating = new LinkedHashMap<>();
    List<Claim> counted = claims.stream()
        .filter(c -> c.zone() != Zone.RELATED && Slot.of(c) != null).toList();
    Map<String, Map<String, String>> storyEvents = StoryEvents.remap(counted);
    String story = StoryEvents.story(counted);
    // a promise's actor as first written, letter case aside ('The government' leading a
    // sentence and 'the government' are one actor)
    Map<String, String> actorSpellings = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.value() instanceof CommitmentValue v) {
        actorSpellings.putIfAbsent(v.actor().toLowerCase(java.util.Locale.ROOT), v.actor());
      }
    }
    // the old sides of revisions, by the slot of their count: earlier points of an UPDATE only
    Map<Slot, List<Claim>> superseded = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.zone() == Zone.RELATED || SlotValue.of(c) == null) {
        continue;
      }
      Slot old = c.zone() == Zone.HEADLINE || c.zone() == Zone.CAPTION ? null
          : Slot.ofSuperseded(c, StoryEvents.eventOf(c, storyEvents));
      if (old != null && timeline(articles.get(c.article())).namesAnotherOccasion(c,
          claims.stream().filter(o -> o.article().equals(c.article())).toList())) {
        // another event's or period's count ('up from two deaths in a quake on Saturday'): no
        // earlier step of the story's count, and no slot of its own (as any superseded figure)
        old = null;
      }
      if (old != null) {
        superseded.computeIfAbsent(old, s -> new ArrayList<>()).add(c);
        continue;
      }
      Slot whole = Slot.wholeOfPart(c);
      if (whole != null && c.zone() != Zone.CAPTION) {
        // a part's length may still back the whole event's, as a value said in passing does
        corroborating.computeIfAbsent(whole, s -> new ArrayList<>()).add(c);
      }
      Slot weak = Slot.corroborating(c, story);
      if (weak != null) {
        if (c.zone() != Zone.CAPTION) {
          corroborating.computeIfAbsent(weak, s -> new ArrayList<>()).add(c);
        }
        continue;
      }
      Slot slot = Slot.of(c, StoryEvents.eventOf(c, storyEvents));
      if (slot != null && c.value() instanceof CommitmentValue v) {
        slot = spelledAsFirst(slot, v, actorSpellings);
      }
      if (slot != null && SlotValue.of(c) instanceof SlotValue.Amount a && a.vague()) {
        // a vague number ('dozens') is no figure: it may back another vague one, never take a
        // side, join an agreement on a figure or contradict one
        if (c.zone() != Zone.CAPTION) {
          corroborating.computeIfAbsent(slot, s -> new ArrayList<>()).add(c);
        }
      } else if (slot != null) {
        slots.computeIfAbsent(slot, s -> new ArrayList<>()).add(c);
      }
    }
    joinBareCounts(slots);
    Map<Slot, Slot> titled = titles(List.of(slots, corroborating), topics(claims, story,
        storyEvents));
    for (Map.Entry<Slot, List<Claim>> e : slots.entrySet()) {
      List<Claim> renamed = e.getValue().stream().filter(c -> c.value() instanceof QuantityValue q
          && !java.util.Objects.equals(q.event(), StoryEvents.eventOf(c, storyEvents))).toList();
      compareSlot(titled.getOrDefault(e.getKey(), e.getKey()), e.getValue(),
          corroborating.getOrDefault(e.getKey(), List.of()), renamed,
          superseded.getOrDefault(e.getKey(), List.of()), articles, outlets, translated, out,
          notes);
    }
    for (Map.Entry<Slot, List<Claim>> e : corroborating.entrySet()) {
      if (!slots.containsKey(e.getKey())) {
        corroborateOnly(titled.getOrDefault(e.getKey(), e.getKey()), e.getValue(), articles,
            outlets, out);
      }
    }
    SameFigures.find(claims, articles, outlets, out);
    joinTopics(claims, articles, outlets, out, first);
    dropAgreedUniques(claims, out);
    Map<Slot, List<Claim>> promises = new LinkedHashMap<>();
    slots.forEach((slot, own) -> {
      if (slot.type() == ClaimType.COMMITMENT) {
        promises.put(slot, own);
      }
    });
    SamePromises.find(promises, articles, outlets, this::similarity, out);
    withoutAgreedPromises(out, first);
  }

  /**
   * Whether a count is filed under its article's topic: the story's event, or the main event of
   * its article (the event its main date, place or length is of), which a count takes when its
   * sentence names no event of its own.
   */
  private static java.util.function.Predicate<Claim> topics(List<Claim> claims,
      @Nullable String story, Map<String, Map<String, String>> storyEvents) {
    Map<String, java.util.Set<String>> mainEvents = new java.util.HashMap<>();
    for (Claim c : claims) {
      String event = c.value() instanceof dev.claimdiff.extract.ClaimValue.EventDateValue d
          && d.main() ? d.event()
          : c.value() instanceof dev.claimdiff.extract.ClaimValue.LocationValue l && l.main()
              ? l.event()
          : c.value() instanceof dev.claimdiff.extract.ClaimValue.DurationValue d && d.main()
              ? d.event() : null;
      if (event != null) {
        mainEvents.computeIfAbsent(c.article(), k -> new java.util.HashSet<>()).add(event);
      }
    }
    return c -> {
      String filed = StoryEvents.eventOf(c, storyEvents);
      return filed != null && (filed.equals(story)
          || mainEvents.getOrDefault(c.article(), java.util.Set.of()).contains(filed));
    };
  }

  /**
   * The count slots to title without their event: the topic of its articles (see
   * {@link #topics}), where it tells the slot from no other. That event is the story's topic ('troops (meeting)',
   * 'countries (trial)'), which may mislead as what the things counted are of; it is kept where
   * the story counts the same things for two events ('deaths (earthquake)' beside 'deaths
   * (earthquake 2021)'), and another event's tag always is (it says the count is not the
   * story's). The slot's key, and so its name in findings, stays as it is.
   */
  static Map<Slot, Slot> titles(List<Map<Slot, List<Claim>>> maps,
      java.util.function.Predicate<Claim> topic) {
    Map<String, java.util.Set<String>> keysByWhat = new java.util.HashMap<>();
    Map<Slot, QuantityValue> counts = new LinkedHashMap<>();
    for (Map<Slot, List<Claim>> map : maps) {
      map.forEach((slot, own) -> {
        if (slot.type() == ClaimType.QUANTITY && !own.isEmpty()
            && own.get(0).value() instanceof QuantityValue q) {
          if (own.stream().allMatch(topic)) {
            counts.put(slot, q);
          }
          keysByWhat.computeIfAbsent(q.what() + "|" + q.expected(),
              k -> new java.util.HashSet<>()).add(slot.key());
        }
      });
    }
    Map<Slot, Slot> titled = new java.util.HashMap<>();
    counts.forEach((slot, q) -> {
      if (keysByWhat.get(q.what() + "|" + q.expected()).size() == 1) {
        titled.put(slot, slot.titledWithoutEvent(q));
      }
    });
    return titled;
  }

  /** A promise's slot with its actor spelt as the first claim of any letter case spells it. */
  private static Slot spelledAsFirst(Slot slot, CommitmentValue v, Map<String, String> spellings) {
    String first = spellings.get(v.actor().toLowerCase(java.util.Locale.ROOT));
    if (first == null || first.equals(v.actor())) {
      return slot;
    }
    return Slot.promise(first, v.action());
  }

  /**
   * Removes each UNIQUE promise, added from {@code first} on, whose claims are all in an
   * AGREEMENT on a promise: one claim is never both agreed and reported by one outlet only.
   */
  static void withoutAgreedPromises(List<Finding> out, int first) {
    java.util.Set<String> agreed = new java.util.HashSet<>();
    for (Finding f : out.subList(first, out.size())) {
      if (f.kind() == Kind.AGREEMENT && f.type().equals(ClaimType.COMMITMENT.name())) {
        agreed.addAll(f.claims());
      }
    }
    List<Finding> added = out.subList(first, out.size());
    added.removeIf(f -> f.kind() == Kind.UNIQUE && f.type().equals(ClaimType.COMMITMENT.name())
        && agreed.containsAll(f.claims()));
  }

  /**
   * Joins the AGREEMENTs and UNIQUEs, added from {@code first} on, of one count of the same
   * things filed under two events of the story ('boats (arrest)' in two outlets beside 'boats
   * (meeting)' in three, all four boats): a count is filed under the event its sentence names
   * nearest, so outlets that tell one seizure beside the talks about it file its figure under
   * either. Findings are joined when they count the same things (what, unit and expectation)
   * with the same figure ({@link #sameCount}, every claim with every claim), and neither slot
   * takes part in a DISCREPANCY or an UPDATE (nor is a figure joined that an agreement of such a
   * slot holds already: {@link #dropAgreedUniques} drops it). Two events of one kind ('landslide' and
   * 'landslide 2019', two slides years apart) are two events, whose counts are never joined. The
   * joined finding is an AGREEMENT under the slot of the finding with more articles; it only
   * ever adds outlets to an agreement on one figure, never a side of a disagreement.
   */
  static void joinTopics(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out, int first) {
    Map<String, Claim> byId = new java.util.HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    java.util.Set<String> disputed = new java.util.HashSet<>();
    for (Finding f : out.subList(first, out.size())) {
      if (f.kind() == Kind.DISCREPANCY || f.kind() == Kind.UPDATE) {
        disputed.add(f.slot());
      }
    }
    // an agreement on one side of a disputed slot already holds the figures that back it
    Counts heldApart = new Counts(out.subList(first, out.size()).stream()
        .filter(f -> f.kind() == Kind.AGREEMENT && disputed.contains(f.slot()))
        .flatMap(f -> f.claims().stream()).map(byId::get).filter(java.util.Objects::nonNull)
        .toList());
    List<Finding> candidates = out.subList(first, out.size()).stream()
        .filter(f -> (f.kind() == Kind.AGREEMENT || f.kind() == Kind.UNIQUE)
            && f.type().equals(ClaimType.QUANTITY.name()) && !disputed.contains(f.slot())
            && !f.claims().stream().allMatch(id -> byId.get(id) != null
                && heldApart.sameCountAs(byId.get(id)))
            && !f.claims().isEmpty() && f.claims().stream().allMatch(id -> byId.get(id) != null
                && byId.get(id).value() instanceof QuantityValue q && q.event() != null
                && Slot.of(byId.get(id)) != null))
        .toList();
    UnionFind<Integer> joined = new UnionFind<>();
    for (int a = 0; a < candidates.size(); a++) {
      for (int b = a + 1; b < candidates.size(); b++) {
        Finding x = candidates.get(a);
        Finding y = candidates.get(b);
        if (!x.slot().equals(y.slot()) && joinable(x, y, byId)) {
          joined.union(a, b);
        }
      }
    }
    Map<Integer, List<Finding>> groups = new java.util.TreeMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      groups.computeIfAbsent(joined.find(k), r -> new ArrayList<>()).add(candidates.get(k));
    }
    for (List<Finding> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      group.forEach(f -> ids.addAll(f.claims()));
      List<Claim> members = claims.stream().filter(c -> ids.contains(c.id())).toList();
      List<String> side = members.stream().map(Claim::article).distinct().toList();
      long independent = side.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        continue;
      }
      Finding lead = group.stream().max(Comparator.comparingInt((Finding f) -> f.articles().size())
          .thenComparingInt(f -> -out.indexOf(f))).orElseThrow();
      QuantityValue q = (QuantityValue) members.get(0).value();
      SlotValue value = SlotValue.of(members.get(0));
      List<String> events = group.stream().map(f -> ((QuantityValue) byId.get(f.claims().get(0))
          .value()).event()).distinct().toList();
      Finding merged = new Finding("", Kind.AGREEMENT, ClaimType.QUANTITY.name(),
          FindingText.ids(members), "How many " + q.what() + (q.expected() ? " (expected)" : "")
              + ": " + value.display() + " (" + independent + " independent outlets: "
              + FindingText.named(articles, side) + "; counted with the "
              + String.join(" and the ", events) + ")",
          lead.slot(), ImmutableList.copyOf(side), ImmutableList.of(value.display()));
      int at = out.indexOf(lead);
      out.set(at, merged);
      group.stream().filter(f -> f != lead).forEach(out::remove);
    }
  }

  /** Whether two findings give one figure of the same things under two events of other kinds. */
  private static boolean joinable(Finding x, Finding y, Map<String, Claim> byId) {
    String ex = ((QuantityValue) byId.get(x.claims().get(0)).value()).event();
    String ey = ((QuantityValue) byId.get(y.claims().get(0)).value()).event();
    java.util.Set<String> wordsX = java.util.Set.of(dev.claimdiff.lang.WordPatterns.WHITE_SPACE
        .split(ex));
    if (java.util.Arrays.stream(dev.claimdiff.lang.WordPatterns.WHITE_SPACE.split(ey))
        .anyMatch(wordsX::contains)) {
      return false; // 'landslide' and 'landslide 2019': two events of one kind
    }
    // every claim with every claim: what sameCount reads of a claim is its value and what it
    // counts, so each distinct pair of those is tried once (findings of thousands of copies)
    java.util.Set<Counted> countedX = Counted.of(x.claims(), byId);
    java.util.Set<Counted> countedY = Counted.of(y.claims(), byId);
    for (Counted a : countedX) {
      for (Counted b : countedY) {
        if (!a.sameCount(b)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What {@link #sameCount} reads of a claim: the value of its claim (null for no count) and
   * its slot value. Claims alike in both are alike to it.
   */
  private record Counted(@Nullable CountKey count, @Nullable SlotValue value) {
    static java.util.Set<Counted> of(List<String> ids, Map<String, Claim> byId) {
      java.util.Set<Counted> out = new java.util.LinkedHashSet<>();
      for (String id : ids) {
        Claim c = byId.get(id);
        out.add(new Counted(CountKey.of(c), SlotValue.of(c)));
      }
      return out;
    }

    boolean sameCount(Counted o) {
      return count != null && count.equals(o.count) && value != null && o.value != null
          && value.corroborates(o.value) && o.value.corroborates(value);
    }
  }

  /** What {@link #sameCount} asks two counts to share: what they count, unit and expectation. */
  private record CountKey(String what, @Nullable String unit, boolean expected) {
    static @Nullable CountKey of(Claim c) {
      return c.value() instanceof QuantityValue q
          ? new CountKey(q.what(), q.unit(), q.expected()) : null;
    }
  }

  /**
   * Claims indexed for {@link #sameCount}: by what they count, unit and expectation, each value
   * once, so asking whether any of thousands of claims counts as one claim does reads a few
   * values, not every claim.
   */
  private static final class Counts {
    private final Map<CountKey, java.util.Set<SlotValue>> values = new java.util.HashMap<>();
    private final java.util.Set<Claim> members =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Counts(List<Claim> claims) {
      for (Claim c : claims) {
        members.add(c);
        SlotValue v = SlotValue.of(c);
        CountKey key = CountKey.of(c);
        if (key != null && v != null) {
          values.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(v);
        }
      }
    }

    boolean isEmpty() {
      return members.isEmpty();
    }

    /** Whether a claim is one of these, or one of them counts as it does ({@link #sameCount}). */
    boolean holdsOrCountsAs(Claim c) {
      return members.contains(c) || sameCountAs(c);
    }

    /** Whether one of these claims counts as this claim does ({@link #sameCount}). */
    boolean sameCountAs(Claim c) {
      SlotValue u = SlotValue.of(c);
      CountKey key = CountKey.of(c);
      if (key == null || u == null) {
        return false;
      }
      for (SlotValue v : values.getOrDefault(key, java.util.Set.of())) {
        if (u.corroborates(v) && v.corroborates(u)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Removes each QUANTITY UNIQUE ("only X reports it") whose figure an AGREEMENT already holds:
   * the same claim, or a claim counting the same things ({@code what}, unit and expectation)
   * under another topic of the story ('villages isolated (visit)' beside the five outlets that
   * agree on 'villages isolated (flood)') with a value that backs it. A topic that split one
   * claim from its agreement must not also call it a single outlet's.
   */
  static void dropAgreedUniques(List<Claim> claims, List<Finding> out) {
    Map<String, Claim> byId = new java.util.HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    Counts agreed = new Counts(out.stream()
        .filter(f -> f.kind() == Kind.AGREEMENT && f.type().equals(ClaimType.QUANTITY.name()))
        .flatMap(f -> f.claims().stream()).map(byId::get).filter(java.util.Objects::nonNull)
        .toList());
    if (agreed.isEmpty()) {
      return;
    }
    out.removeIf(f -> f.kind() == Kind.UNIQUE && f.type().equals(ClaimType.QUANTITY.name())
        && !f.claims().isEmpty() && f.claims().stream().map(byId::get).allMatch(c -> c != null
            && agreed.holdsOrCountsAs(c)));
  }

  /**
   * Whether two counts count the same things (what, unit and expectation) and each one's value
   * backs the other's, whatever topic of the story each is keyed under.
   */
  public static boolean sameCount(Claim a, Claim b) {
    if (!(a.value() instanceof QuantityValue x) || !(b.value() instanceof QuantityValue y)
        || !x.what().equals(y.what()) || !java.util.Objects.equals(x.unit(), y.unit())
        || x.expected() != y.expected()) {
      return false;
    }
    SlotValue u = SlotValue.of(a);
    SlotValue v = SlotValue.of(b);
    return u != null && v != null && u.corroborates(v) && v.corroborates(u);
  }

  private synchronized dev.claimdiff.align.ContentSimilarity similarity(Language language) {
    return similarities.computeIfAbsent(language, dev.claimdiff.align.ContentSimilarity::new);
  }

  /**
   * The AGREEMENT of a slot that only values said in passing fill (see
   * {@link Slot#corroborating}): the outlets that give the value most of them back agree; values
   * that differ are no discrepancy (they may be of other moments), and a value only one outlet
   * gives is not worth a UNIQUE.
   */
  private static void corroborateOnly(Slot slot, List<Claim> weak,
      Map<String, ArticleDigest> articles, UnionFind<String> outlets, List<Finding> out) {
    // the values: each article's own, the most precise first; an article that also gives a
    // value in passing that backs another's is on that side too
    List<SlotValue> sideValues = new ArrayList<>();
    for (Map.Entry<String, SlotValue> r : sortedByPrecision(representatives(weak))) {
      if (sideValues.stream().noneMatch(v -> v.corroborates(r.getValue()))) {
        sideValues.add(r.getValue());
      }
    }
    // values said in passing may be of other moments: only the value most outlets back is told
    List<String> best = List.of();
    SlotValue bestValue = null;
    for (SlotValue value : sideValues) {
      List<String> side = weak.stream().filter(c -> value.corroborates(SlotValue.of(c)))
          .map(Claim::article).distinct().toList();
      if (side.stream().map(outlets::find).distinct().count()
          > best.stream().map(outlets::find).distinct().count()) {
        best = side;
        bestValue = value;
      }
    }
    if (bestValue != null) {
      agreement(slot, slot.name(), best, bestValue, List.of(), weak, articles, outlets, out);
    }
  }

  /**
   * The indexes of the sides whose every article gives the slot's value only in its headline
   * ('Berunding 2 Jam' above a body that gives the lengths of the talks' sessions and meetings,
   * never of the whole): a headline compresses its body, and a figure the body never states may
   * be of any part of the event.
   */
  static List<Integer> headlineOnlySides(List<List<String>> sides,
      Map<String, List<Claim>> byArticle) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      if (!sides.get(k).isEmpty() && sides.get(k).stream().allMatch(a -> byArticle.get(a).stream()
          .allMatch(c -> c.zone() == Zone.HEADLINE))) {
        out.add(k);
      }
    }
    return out;
  }

  /** Each article's value among these claims: its body's, its headline's when it has no body. */
  private static Map<String, SlotValue> representatives(List<Claim> claims) {
    Map<String, List<Claim>> byArticle = claims.stream()
        .collect(Collectors.groupingBy(Claim::article, LinkedHashMap::new, Collectors.toList()));
    Map<String, SlotValue> representative = new LinkedHashMap<>();
    byArticle.forEach((article, own) -> {
      List<Claim> body = own.stream().filter(c -> c.zone() != Zone.HEADLINE).toList();
      representative.put(article, representative(body.isEmpty() ? own : body));
    });
    return representative;
  }

  /**
   * A side of a slot with the articles whose corroborating values fit it and no other side: an
   * article that gives the slot's value only in passing adds its outlet to an agreement but
   * never takes a side of its own.
   */
  private static List<String> withCorroboration(List<String> side, SlotValue value,
      List<SlotValue> others, Map<String, List<SlotValue>> corroborating) {
    List<String> out = new ArrayList<>(side);
    java.util.Set<String> in = new java.util.HashSet<>(side);
    corroborating.forEach((article, values) -> {
      if (!in.contains(article) && values.stream().anyMatch(v -> value.corroborates(v)
          && others.stream().noneMatch(o -> o != value && o.compatible(v)))) {
        out.add(article);
        in.add(article);
      }
    });
    return out;
  }

  /**
   * Moves each count that does not say what is said of the things it counts ('24 villages') into
   * the one slot of the same things and event that does ('villages affected') and holds a value
   * it fits; a count that fits several such slots, or none, stays in its own. Two outlets that
   * give one figure, one with its qualifier and one without, so agree; a figure is never moved
   * where it would contradict anything.
   */
  static void joinBareCounts(Map<Slot, List<Claim>> slots) {
    List<Slot> keys = new ArrayList<>(slots.keySet());
    for (Slot bare : keys) {
      List<Claim> claims = slots.get(bare);
      if (bare.type() != ClaimType.QUANTITY || claims.isEmpty()
          || !(claims.get(0).value() instanceof QuantityValue b) || b.what().contains(" ")) {
        continue;
      }
      List<Slot> qualified = keys.stream().filter(k -> k != bare && slots.containsKey(k)
          && !slots.get(k).isEmpty() && slots.get(k).get(0).value() instanceof QuantityValue q
          && q.what().startsWith(b.what() + " ")
          && k.key().equals(q.what() + bare.key().substring(b.what().length()))).toList();
      if (qualified.isEmpty()) {
        continue;
      }
      for (java.util.Iterator<Claim> it = claims.iterator(); it.hasNext(); ) {
        Claim c = it.next();
        SlotValue v = SlotValue.of(c);
        List<Slot> fits = qualified.stream().filter(k -> slots.get(k).stream()
            .anyMatch(o -> SlotValue.of(o).compatible(v))).toList();
        if (fits.size() == 1) {
          slots.get(fits.get(0)).add(c);
          it.remove();
        }
      }
    }
    slots.values().removeIf(List::isEmpty);
  }

  /** A QUANTITY claim that states the time of its figure or a revision. */
  private static boolean hasTime(Claim c) {
    return c.value() instanceof QuantityValue q && (q.asOf() != null || q.revision() != null);
  }

  /**
   * Compares one slot's values.
   *
   * @param renamed its counts that were named by another event of the same disaster
   *     ({@link StoryEvents}): a landslide's toll may be a part of the flood's, so a running
   *     count whose differing figure only such counts give makes no DISCREPANCY, only a note
   */
  /**
   * Whether two of a promise slot's claims name different goods of the slot's action: the words
   * of the action's line in commitment-objects.txt (its first, general word left out: 'bantuan')
   * that each claim's text holds, when both hold some and they share none ('beras' and 'tenda',
   * both 'aid').
   */
  private static boolean differentGoods(List<Claim> claims, Map<String, ArticleDigest> articles) {
    List<java.util.Set<String>> named = new ArrayList<>();
    for (Claim c : claims) {
      ArticleDigest digest = articles.get(c.article());
      if (digest == null || digest.language() == null
          || !(c.value() instanceof dev.claimdiff.extract.ClaimValue.CommitmentValue v)) {
        continue;
      }
      String text = c.text().toLowerCase(java.util.Locale.ROOT);
      java.util.Set<String> goods = new java.util.TreeSet<>();
      for (dev.claimdiff.lang.KeyedList.Line line : dev.claimdiff.extract.engine.Lexicon
          .of(digest.language()).keyed(dev.claimdiff.lang.LanguageFile.COMMITMENT_OBJECTS)) {
        if (!line.key().equals(v.action())) {
          continue;
        }
        for (String word : line.words().subList(1, line.words().size())) {
          String w = word.toLowerCase(java.util.Locale.ROOT);
          if (java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(w)
              + "(?![\\p{L}])").matcher(text).find()) {
            goods.add(w);
          }
        }
      }
      if (!goods.isEmpty()) {
        for (java.util.Set<String> other : named) {
          if (java.util.Collections.disjoint(goods, other)) {
            return true;
          }
        }
        named.add(goods);
      }
    }
    return false;
  }

  /**
   * The first article that itself states two of the disagreeing values, none of them with
   * revision words (BMKG's 6.0 and USGS's 5.9 in one story), or null: values an outlet gives side
   * by side are not one figure that later changed.
   */
  private static @Nullable String statedSideBySide(Map<String, List<Claim>> byArticle,
      List<SlotValue> sideValues) {
    for (Map.Entry<String, List<Claim>> e : byArticle.entrySet()) {
      List<Claim> own = e.getValue();
      if (own.stream().anyMatch(c -> c.value() instanceof QuantityValue q && q.revision() != null)) {
        continue;
      }
      long sidesGiven = sideValues.stream().filter(v -> own.stream()
          .anyMatch(c -> SlotValue.of(c).compatible(v)
              && sideValues.stream().filter(w -> w != v).noneMatch(w -> SlotValue.of(c).compatible(w))))
          .count();
      if (sidesGiven >= 2) {
        return e.getKey();
      }
    }
    return null;
  }

  private void compareSlot(Slot slot, List<Claim> claims, List<Claim> weak, List<Claim> renamed,
      List<Claim> superseded, Map<String, ArticleDigest> articles, UnionFind<String> outlets,
      java.util.function.BiPredicate<String, String> translated, List<Finding> out,
      List<String> notes) {
    String slotName = slot.name();
    if (slot.type() == ClaimType.QUANTITY && slot.running() == null) {
      // one body's own measurement of a fixed value is compared apart from the others'
      List<Claim> series = MeasuringBodies.ownSeries(claims);
      if (!series.isEmpty()) {
        notes.add(slotName + ": " + series.stream().map(c -> SlotValue.of(c).display()).distinct()
            .collect(Collectors.joining(", ")) + " is another body's measurement than the "
            + "other figures' (bodies named in the text), so it is compared apart, never as a "
            + "figure before or after their revision");
        compareSlot(slot, series, weak, renamed, List.of(), articles, outlets, translated, out,
            notes);
        compareSlot(slot, claims.stream().filter(c -> !series.contains(c)).toList(), weak,
            renamed, List.of(), articles, outlets, translated, out, notes);
        return;
      }
    }
    // the values of articles that give this slot's value only in passing
    java.util.Set<String> stating = claims.stream().map(Claim::article)
        .collect(Collectors.toCollection(java.util.HashSet::new));
    Map<String, List<SlotValue>> passing = new LinkedHashMap<>();
    weak.stream().filter(c -> !stating.contains(c.article())).forEach(c -> passing
        .computeIfAbsent(c.article(), a -> new ArrayList<>()).add(SlotValue.of(c)));

    boolean timed = slot.type() == ClaimType.QUANTITY
        && (slot.running() != null || claims.stream().anyMatch(SlotFinder::hasTime));
    // how its values may change: a fixed value (a magnitude) only by a stated revision
    String direction = slot.running() != null ? slot.running() : Timeline.FIXED;
    Map<String, List<Claim>> byArticle = claims.stream()
        .collect(Collectors.groupingBy(Claim::article, LinkedHashMap::new, Collectors.toList()));
    // a headline counts, but an article's value is its body's; a headline that contradicts the
    // body at the same moment is the article's inconsistency
    Map<String, List<Timeline.Point>> sequences = new LinkedHashMap<>();
    for (Map.Entry<String, List<Claim>> e : byArticle.entrySet()) {
      List<Claim> heads = e.getValue().stream().filter(c -> c.zone() == Zone.HEADLINE).toList();
      List<Claim> body = e.getValue().stream().filter(c -> c.zone() != Zone.HEADLINE).toList();
      List<Claim> own = body.isEmpty() ? heads : body;
      ArticleDigest digest = articles.get(e.getKey());
      List<Timeline.Point> sequence = timeline(digest).sequence(e.getKey(), own, timed, direction,
          SlotFinder::representative, digest == null ? null : digest.published());
      sequences.put(e.getKey(), sequence);
      // a body whose only figures are given as earlier ones states no current figure to hold
      // the headline's against ('Sebelumnya, BPBD mencatat enam korban meninggal')
      if (!heads.isEmpty() && !body.isEmpty() && !timeline(digest).allEarlier(body)) {
        HeadlineFinder.find(slot, slotName, heads, body, sequence.get(sequence.size() - 1).value(),
            timed, articles, out);
      }
    }
    java.util.function.BiPredicate<String, String> sameSource = (a, b) -> a.equals(b)
        || outlets.find(a).equals(outlets.find(b)) && !translated.test(a, b);
    // the old sides of revisions an article gives: the earlier steps of an UPDATE, when the
    // figures without them make an UPDATE or agree (never anything else, never a discrepancy)
    Timeline.Verdict withEarlier = superseded.isEmpty() ? null
        : Timeline.withSuperseded(sequences, superseded, direction, sameSource);
    if (withEarlier != null) {
      out.add(UpdateFinder.find(slot, slotName, withEarlier.ordered(), articles));
    }
    Map<String, SlotValue> representative = new LinkedHashMap<>();
    sequences.forEach((article, points) ->
        representative.put(article, points.get(points.size() - 1).value()));
    boolean updatedWithin = sequences.values().stream().anyMatch(s -> s.size() > 1);
    if (byArticle.size() == 1 && !updatedWithin) {
      String article = byArticle.keySet().iterator().next();
      SlotValue own = representative.get(article);
      List<String> side = withCorroboration(List.of(article), own, List.of(own), passing);
      if (side.stream().map(outlets::find).distinct().count() >= 2) {
        agreement(slot, slotName, side, own, claims, weak, articles, outlets, out);
        return;
      }
      out.add(new Finding("", Kind.UNIQUE, slot.type().name(), FindingText.ids(claims),
          slot.description() + ": only " + FindingText.label(articles, article) + " reports it ("
              + representative.get(article).display() + ")",
          slotName, ImmutableList.of(article), ImmutableList.of()));
      return;
    }
    // sides: articles whose values fit the most precise value of the side (linear in articles)
    List<List<String>> sides = new ArrayList<>();
    List<SlotValue> sideValues = new ArrayList<>();
    for (Map.Entry<String, SlotValue> r : sortedByPrecision(representative)) {
      int side = -1;
      for (int k = 0; k < sideValues.size() && side < 0; k++) {
        if (sideValues.get(k).compatible(r.getValue())) {
          side = k;
        }
      }
      // a vague figure ('at least 6') goes with the side that gives its own number, not with
      // a higher figure it merely fits
      for (int k = 0; k < sideValues.size(); k++) {
        if (sideValues.get(k).compatible(r.getValue()) && sameNumber(sideValues.get(k), r.getValue())) {
          side = k;
          break;
        }
      }
      if (side < 0) {
        sides.add(new ArrayList<>());
        sideValues.add(r.getValue());
        side = sides.size() - 1;
      }
      sides.get(side).add(r.getKey());
    }
    // the sides before vague values leave them: an agreement may count 'at least 3' with '3'
    List<List<String>> fullSides = sides.stream().map(side -> (List<String>) new ArrayList<>(side))
        .toList();
    List<SlotValue> fullValues = List.copyOf(sideValues);
    // a vague value (a weekday, no due date) that fits every side takes no side
    List<String> neutral = new ArrayList<>();
    if (sides.size() > 1) {
      for (int k = 0; k < sides.size(); k++) {
        final int own = k;
        sides.get(k).removeIf(a -> {
          SlotValue v = representative.get(a);
          boolean fitsAll = v != sideValues.get(own)
              && sideValues.stream().allMatch(other -> other.compatible(v));
          if (fitsAll) {
            neutral.add(a);
          }
          return fitsAll;
        });
      }
      for (int k = sides.size() - 1; k >= 0; k--) {
        if (sides.get(k).isEmpty()) {
          sides.remove(k);
          sideValues.remove(k);
        }
      }
    }
    // a headline whose body states no value of the slot (its body gives other lengths of the
    // event's parts, or none) is no account to set against other outlets': with at most one side
    // left that a body states, the sides are no discrepancy
    List<Integer> headlineOnly = headlineOnlySides(sides, byArticle);
    if (!timed && sides.size() > 1 && !headlineOnly.isEmpty()
        && sides.size() - headlineOnly.size() <= 1) {
      notes.add(slotName + ": " + headlineOnly.stream().map(k -> sideValues.get(k).display()
          + " (" + FindingText.named(articles, sides.get(k)) + ")")
          .collect(Collectors.joining(", ")) + " stands only in a headline whose body does not "
          + "state it, so this is not reported as a discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    String why = "";
    // the values a same-moment clash opposes: the other sides are figures of other moments
    List<SlotValue> clashing = List.of();
    if (timed && (sides.size() > 1 || updatedWithin)) {
      Timeline.Verdict verdict = Timeline.judge(sequences, direction, sameSource);
      switch (verdict.kind()) {
        case UPDATE -> {
          if (withEarlier == null) {
            out.add(UpdateFinder.find(slot, slotName, verdict.ordered(), articles));
          }
          if (sides.size() > 1) {
            // the outlets whose latest figures agree still agree, unless another figure came
            // between them (the same toll before and after a revision is no agreement)
            for (int k = 0; k < fullSides.size(); k++) {
              agreement(slot, slotName, unseparated(ownNumber(fullSides.get(k),
                  fullValues.get(k), representative), sequences, verdict.ordered()),
                  fullValues.get(k), claims, articles, outlets, out);
            }
            return;
          }
        }
        case UNORDERED -> {
          // the figures of a running count that the times do order still make an UPDATE, the
          // others set aside (never a discrepancy: Timeline.orderedPart)
          Timeline.Verdict part = slot.running() == null ? null
              : Timeline.orderedPart(sequences, direction, sameSource);
          if (part != null) {
            out.add(UpdateFinder.find(slot, slotName, part.ordered(), articles));
            notes.add(slotName + ": the update lists only the figures the texts' times order; "
                + "the others are compared with none of them");
          }
          List<Claim> revisions = claims.stream().filter(c ->
              c.value() instanceof QuantityValue q && q.revision() != null).toList();
          if (direction.equals(Timeline.FIXED) && revisions.isEmpty()) {
            // a fixed figure (a manifest's passengers) changes only by a stated revision: the
            // times that do not order the figures do not explain the difference
            why = " (a figure that does not change with time, none given as a revision)";
            break;
          }
          Timeline.Point a = verdict.pair().get(0);
          Timeline.Point b = verdict.pair().get(1);
          String unordered = "no time orders " + a.value().display() + " ("
              + FindingText.label(articles, a.article()) + ") and " + b.value().display() + " ("
              + FindingText.label(articles, b.article()) + ")";
          // what was checked: a running count may change either way as the story unfolds; a
          // fixed value (a magnitude) only by the revision an article states
          notes.add(slotName + ": the articles give " + sideValues.stream()
              .map(SlotValue::display).collect(Collectors.joining(", "))
              + (slot.running() != null
                  ? " of a count that changes as the story unfolds, and " + unordered
                  : "; " + FindingText.label(articles, revisions.get(0).article()) + " gives "
                      + SlotValue.of(revisions.get(0)).display() + " as a revision (\""
                      + ((QuantityValue) revisions.get(0).value()).revision() + "\"), and "
                      + unordered
                      + ", so they may be figures from before and after a revision")
              + "; this is not reported as a discrepancy");
          if (sides.size() > 1) {
            // the outlets that give one figure still agree on it, whenever it was stated
            for (int k = 0; k < fullSides.size(); k++) {
              agreement(slot, slotName, ownNumber(fullSides.get(k), fullValues.get(k),
                  representative), fullValues.get(k), claims, articles, outlets, out);
            }
            return;
          }
        }
        case FALL -> {
          String both = statedSideBySide(byArticle, sideValues);
          if (both != null) {
            notes.add(slotName + ": " + FindingText.label(articles, both) + " itself gives "
                + sideValues.stream().map(SlotValue::display).collect(Collectors.joining(", "))
                + " side by side, none as a revision: two measurements, not a figure that "
                + "changed with time, so this is not reported as a discrepancy");
            // two measurements: an outlet that gives both agrees with each side's outlets
            for (int k = 0; k < fullValues.size(); k++) {
              agreement(slot, slotName, stating(byArticle, fullValues.get(k), fullValues),
                  fullValues.get(k), claims, articles, outlets, out);
            }
            return;
          }
          why = fallReason(verdict, direction, articles, translated);
        }
        case SAME_MOMENT -> {
          why = " (for the same moment: " + verdict.reason() + ")";
          clashing = verdict.pair().stream().map(Timeline.Point::value).toList();
        }
        case NONE -> { }
      }
    }
    // a part counted apart (a landslide's toll inside the flood's) is a count that adds up as
    // the story unfolds; a fixed figure (a manifest's passengers) is not summed over parts. Only
    // a figure that the counts of the other event alone give is explained so.
    List<SlotValue> partsApart = sideValues.stream().filter(v -> {
      List<Claim> giving = claims.stream().filter(c -> SlotValue.of(c).compatible(v)).toList();
      return !giving.isEmpty() && renamed.containsAll(giving);
    }).toList();
    if (sides.size() > 1 && !partsApart.isEmpty() && slot.running() != null) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + ": only counts the text gives for another event "
          + "of the same disaster give " + partsApart.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " (a part may be counted apart), so this is not "
          + "reported as a discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    if (sides.size() > 1 && slot.type() == ClaimType.QUANTITY
        && MeasuringBodies.differ(sides, sideValues, claims)) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " come from different bodies named in the text "
          + "(two measurements), so this is not reported as a discrepancy between outlets");
      // the outlets that report one body's measurement still agree on it
      for (int k = 0; k < sideValues.size(); k++) {
        agreement(slot, slotName, stating(byArticle, sideValues.get(k), sideValues),
            sideValues.get(k), claims, articles, outlets, out);
      }
      return;
    }
    if (sides.size() > 1 && slot.type() == ClaimType.QUANTITY
        && MeasuringBodies.differ(sides, sideValues, claims, Givers::named, Givers::same)) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " each come from a different giver named right "
          + "after the figure (two payments or deliveries), so this is not reported as a "
          + "discrepancy between outlets");
      for (int k = 0; k < sideValues.size(); k++) {
        agreement(slot, slotName, stating(byArticle, sideValues.get(k), sideValues),
            sideValues.get(k), claims, articles, outlets, out);
      }
      return;
    }
    if (sides.size() <= 1) {
      if (byArticle.size() == 1) {
        return; // one article that updates its own figure: the UPDATE says it
      }
      SlotValue value = sortedByPrecision(representative).get(0).getValue();
      List<String> agreeing = withCorroboration(new ArrayList<>(byArticle.keySet()), value,
          List.of(value), passing);
      long independent = agreeing.stream().map(outlets::find).distinct().count();
      if (independent >= 2) {
        agreement(slot, slotName, agreeing, value, claims, weak, articles, outlets, out);
        return;
      }
      List<Claim> supporting = supporting(agreeing, value, claims, weak);
      if (supporting.isEmpty()) { // a value that agrees with nothing (a day its weekday misses)
        java.util.Set<String> agreeingSet = new java.util.HashSet<>(agreeing);
        supporting = claims.stream().filter(c -> agreeingSet.contains(c.article())
            && SlotValue.of(c).compatible(value)).toList();
      }
      String who = FindingText.named(articles, agreeing);
      String summary = slot.description() + ": " + value.display()
          + " (reported only by copies of one story: " + who + ")";
      out.add(new Finding("", Kind.UNIQUE, slot.type().name(), FindingText.ids(supporting),
          summary, slotName, ImmutableList.copyOf(agreeing), ImmutableList.of(value.display())));
      return;
    }
    // the main event's days that each fall on their own article's publication day, in articles
    // published on different days, are more likely the days of later developments (a toll that
    // rose on Sunday, police who spoke on Monday) than two days of one event
    if (slot.type() == ClaimType.EVENT_DATE && eachOnItsPublicationDay(sides, representative, articles)) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " each fall on their own article's publication "
          + "day, in articles published on different days: more likely the days of later "
          + "developments than of the event, so this is not reported as a discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    // one moment near midnight, written as a day in two time zones: an article that converts its
    // day to another zone's ('12:25 a.m. Friday Bali time (1625 GMT Thursday)') names the other
    // side's day too, so the two days are one moment, not two accounts of it
    if (slot.type() == ClaimType.EVENT_DATE && sides.size() == 2
        && oneMomentInTwoZones(sides, sideValues, claims, weak)) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " are one moment near midnight in two time zones "
          + "(an article converts its day to the other), so this is not reported as a "
          + "discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    // a day months before its articles appeared is a past event they recall for background (an
    // earlier disaster of the same kind, the last round of talks) read as the main event's: with
    // at most one side left that could be this event's day, the days are not two accounts of it
    List<Integer> recalled = recalledSides(sides, representative, articles);
    if (slot.type() == ClaimType.EVENT_DATE && !recalled.isEmpty()
        && sides.size() - recalled.size() <= 1) {
      notes.add(slotName + ": " + recalled.stream().map(k -> sideValues.get(k).display())
          .collect(Collectors.joining(", ")) + " fall more than " + RECALLED_DAYS + " days before "
          + "their articles appeared: more likely a past event they recall than the day of this "
          + "one, so this is not reported as a discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    // a promise's dues that differ are a discrepancy only as two written dates: a weekday, or
    // 'next week' against 'within seven days', may be read in more than one way
    if (slot.type() == ClaimType.COMMITMENT
        && !sideValues.stream().allMatch(v -> v instanceof SlotValue.Due d && d.firm())) {
      notes.add(slotName + ": the dues " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " differ, but not as two written dates, so this "
          + "is not reported as a discrepancy");
      agreements(slot, slotName, fullSides, fullValues, claims, articles, outlets, out);
      return;
    }
    // a promise's dues for different goods of one kind ('bantuan beras' by Wednesday, 'bantuan
    // tenda' by Friday: both 'aid') are two deliveries, not a discrepancy
    // (nor an agreement: a day shared by the rice and the tents is no one promise)
    if (slot.type() == ClaimType.COMMITMENT && differentGoods(claims, articles)) {
      notes.add(slotName + ": the dues " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " are given for different goods, so this is not "
          + "reported as a discrepancy or an agreement");
      return;
    }
    List<String> parts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> involved = new ArrayList<>();
    // a same-moment clash opposes its own figures; the sides of other moments' figures stay out
    java.util.Set<Integer> shown = new java.util.TreeSet<>();
    for (int k = 0; k < sides.size(); k++) {
      SlotValue sideValue = sideValues.get(k);
      if (clashing.stream().anyMatch(v -> v.compatible(sideValue))) {
        shown.add(k);
      }
    }
    for (int k = 0; k < sides.size(); k++) {
      List<String> side = sides.get(k);
      if (shown.size() >= 2 && !shown.contains(k)) {
        continue;
      }
      involved.addAll(side);
      side.stream().limit(MAX_LISTED_PER_SIDE).forEach(article ->
          parts.add(FindingText.label(articles, article) + ": " + representative.get(article).display()));
      if (side.size() > MAX_LISTED_PER_SIDE) {
        parts.add("and " + (side.size() - MAX_LISTED_PER_SIDE) + " more saying "
            + sideValues.get(k).display());
      }
      values.add(sideValues.get(k).display());
    }
    neutral.stream().limit(MAX_LISTED_PER_SIDE).forEach(article -> parts.add(
        FindingText.label(articles, article) + ": " + representative.get(article).display()
            + " (fits both sides: too vague to take one)"));
    if (neutral.size() > MAX_LISTED_PER_SIDE) {
      parts.add("and " + (neutral.size() - MAX_LISTED_PER_SIDE) + " more that fit both sides");
    }
    involved.addAll(neutral);
    java.util.Set<String> involvedSet = new java.util.HashSet<>(involved);
    List<Claim> evidence = new ArrayList<>(claims.stream().filter(c -> involvedSet.contains(c.article())
        && SlotValue.of(c).compatible(representative.get(c.article()))).toList());
    // an article that gives a side's value only in passing backs that side, as it does the side's
    // agreement: its claim is evidence too, though the article takes no side of its own
    Map<String, List<Claim>> weakOf = weak.stream().collect(Collectors.groupingBy(Claim::article));
    for (int k = 0; k < sides.size(); k++) {
      SlotValue value = sideValues.get(k);
      java.util.Set<String> onSide = new java.util.HashSet<>(sides.get(k));
      for (String article : withCorroboration(sides.get(k), value, sideValues, passing)) {
        if (!onSide.contains(article) && !involvedSet.contains(article)) {
          weakOf.getOrDefault(article, List.of()).stream()
              .filter(c -> value.corroborates(SlotValue.of(c))
                  && sideValues.stream().noneMatch(o -> o != value && o.compatible(SlotValue.of(c))))
              .findFirst().ifPresent(evidence::add);
        }
      }
    }
    out.add(new Finding("", Kind.DISCREPANCY, slot.type().name(), FindingText.ids(evidence),
        slot.description() + ": " + String.join("; ", parts) + why, slotName,
        ImmutableList.copyOf(involved), ImmutableList.copyOf(values)));
    // the outlets on one side still agree with each other; the agreement says it is one side
    // of the discrepancy, whose rows it shares
    for (int k = 0; k < sides.size(); k++) {
      final int own = k;
      List<String> others = java.util.stream.IntStream.range(0, sides.size())
          .filter(j -> j != own && (shown.size() < 2 || shown.contains(j)))
          .mapToObj(j -> sideValues.get(j).display()).toList();
      String against = "; one side of a discrepancy: other outlets say "
          + String.join(", ", others.subList(0, Math.min(3, others.size())))
          + (others.size() > 3 ? ", +" + (others.size() - 3) + " other values" : "");
      agreement(slot, slotName, withCorroboration(sides.get(k), sideValues.get(k), sideValues,
          passing), sideValues.get(k), claims, weak, articles, outlets, out,
          shown.size() >= 2 && !shown.contains(k) ? "" : against);
    }
  }


  /**
   * Why a fall is no change over time, for a DISCREPANCY's title: a later figure of one source
   * (the verdict's own reason); nothing for a figure that differs between an original and its
   * translation (the title names the translation); for a fixed value, that it does not change
   * with time; for a count that only rises, that another outlet states a lower figure later.
   */
  private static String fallReason(Timeline.Verdict verdict, String direction,
      Map<String, ArticleDigest> articles,
      java.util.function.BiPredicate<String, String> translated) {
    if (verdict.sameSource()) {
      return " (" + verdict.reason() + ")";
    }
    Timeline.Point earlier = verdict.pair().get(0);
    Timeline.Point later = verdict.pair().get(1);
    if (translated.test(earlier.article(), later.article())) {
      return "";
    }
    if (direction.equals(Timeline.FIXED)) {
      return " (a figure that does not change with time, none given as a revision)";
    }
    return " (another outlet states a lower figure later, none given as a revision: "
        + earlier.value().display() + " (" + FindingText.label(articles, earlier.article()) + ", "
        + Timeline.when(earlier) + ") then " + later.value().display() + " ("
        + FindingText.label(articles, later.article()) + ", " + Timeline.when(later) + "))";
  }

  /**
   * The articles that state a value that fits this side's and no other side's: when values are
   * two measurements given side by side, an article may give each.
   */
  private static List<String> stating(Map<String, List<Claim>> byArticle, SlotValue value,
      List<SlotValue> values) {
    return byArticle.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(c -> {
      SlotValue v = SlotValue.of(c);
      return v.compatible(value) && values.stream().noneMatch(o -> o != value && o.compatible(v));
    })).map(Map.Entry::getKey).toList();
  }

  /**
   * The articles of a side of an UPDATE whose figures no other figure separates in time from the
   * latest of them ({@link Timeline#separated}): WartaGrobogan's eight at 14:00 and Kabar
   * Semarang's eight the next day, with seven between them, agree on nothing.
   */
  private static List<String> unseparated(List<String> side,
      Map<String, List<Timeline.Point>> sequences, List<Timeline.Point> points) {
    Timeline.Point latest = null;
    for (String article : side) {
      Timeline.Point p = last(sequences.get(article));
      if (p != null && (latest == null || later(p, latest))) {
        latest = p;
      }
    }
    if (latest == null) {
      return side;
    }
    Timeline.Point anchor = latest;
    return side.stream().filter(article -> {
      Timeline.Point p = last(sequences.get(article));
      return p == null || p == anchor || !Timeline.separated(p, anchor, points);
    }).toList();
  }

  /** Whether the time of {@code p} is known to be after that of {@code q}. */
  private static boolean later(Timeline.Point p, Timeline.Point q) {
    Integer c = p.time() == null || q.time() == null ? null : p.time().compare(q.time());
    return c != null && c > 0;
  }

  private static Timeline.@Nullable Point last(@Nullable List<Timeline.Point> sequence) {
    return sequence == null || sequence.isEmpty() ? null : sequence.get(sequence.size() - 1);
  }

  /**
   * Whether two values are amounts that state the same number with the same bound ('3 villages
   * isolated' and a bare '3 villages' joined to its slot): one figure, listed once.
   */
  private static boolean sameFigure(SlotValue a, SlotValue b) {
    return a instanceof SlotValue.Amount x && b instanceof SlotValue.Amount y
        && x.value() == y.value() && x.bound().equals(y.bound());
  }

  /** Whether two values are amounts that state the same number ('at least 6' and '6'). */
  private static boolean sameNumber(SlotValue a, SlotValue b) {
    return a instanceof SlotValue.Amount x && b instanceof SlotValue.Amount y
        && x.value() == y.value();
  }

  /**
   * The articles of a side of a count that changes over time which give the side's own number: a
   * vague figure ('at least 10') that fits a higher one ('15') only as an interval may have been
   * stated at another moment, so it agrees only with its own number.
   */
  private static List<String> ownNumber(List<String> side, SlotValue value,
      Map<String, SlotValue> representative) {
    return side.stream().filter(a -> {
      SlotValue v = representative.get(a);
      return v == value || !(v instanceof SlotValue.Amount x && value instanceof SlotValue.Amount)
          || !x.approximate() || sameNumber(v, value);
    }).toList();
  }

  /** An AGREEMENT of one side's articles when two or more independent outlets are on it. */
  /**
   * Whether every side's articles give, as their value, a full day that is their own publication
   * day, and the sides' articles were published on at least two different days.
   */
  /**
   * The sides (by index) whose day, a full date, falls more than {@link #RECALLED_DAYS} days
   * before the publication of every one of their articles (all of which give one).
   */
  static List<Integer> recalledSides(List<List<String>> sides,
      Map<String, SlotValue> representative, Map<String, ArticleDigest> articles) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      boolean recalled = !sides.get(k).isEmpty();
      for (String article : sides.get(k)) {
        ArticleDigest digest = articles.get(article);
        String published = digest == null ? null : digest.published();
        if (published == null || published.length() < 10
            || !(representative.get(article) instanceof SlotValue.Day d)
            || d.year() == null || d.month() == null || d.day() == null) {
          recalled = false;
          break;
        }
        try {
          long appeared = java.time.LocalDate.parse(published.substring(0, 10)).toEpochDay();
          long day = java.time.LocalDate.of(d.year(), d.month(), d.day()).toEpochDay();
          recalled &= day < appeared - RECALLED_DAYS;
        } catch (java.time.DateTimeException e) {
          recalled = false;
        }
      }
      if (recalled) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Whether an article of one of two sides gives, for this slot's event, the day of its side with
   * a conversion to another time zone that falls on the other side's day ({@code
   * EventDateValue#otherZoneDate}).
   */
  static boolean oneMomentInTwoZones(List<List<String>> sides, List<SlotValue> sideValues,
      List<Claim> claims, List<Claim> weak) {
    for (int k = 0; k < 2; k++) {
      List<String> side = sides.get(k);
      SlotValue own = sideValues.get(k);
      SlotValue other = sideValues.get(1 - k);
      java.util.Set<String> sideSet = new java.util.HashSet<>(side);
      boolean converted = java.util.stream.Stream.concat(claims.stream(), weak.stream())
          .filter(c -> sideSet.contains(c.article()))
          .anyMatch(c -> SlotValue.otherZoneDay(c) != null && own.compatible(SlotValue.of(c))
              && other.compatible(SlotValue.otherZoneDay(c)));
      if (converted) {
        return true;
      }
    }
    return false;
  }

  static boolean eachOnItsPublicationDay(List<List<String>> sides,
      Map<String, SlotValue> representative, Map<String, ArticleDigest> articles) {
    java.util.Set<String> days = new java.util.TreeSet<>();
    for (List<String> side : sides) {
      for (String article : side) {
        ArticleDigest digest = articles.get(article);
        String published = digest == null ? null : digest.published();
        if (published == null || published.length() < 10
            || !(representative.get(article) instanceof SlotValue.Day d)
            || d.year() == null || d.month() == null || d.day() == null || d.endDay() != null) {
          return false;
        }
        String day = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        if (!day.equals(published.substring(0, 10))) {
          return false;
        }
        days.add(day);
      }
    }
    return days.size() >= 2;
  }

  /**
   * An AGREEMENT of each side, in order, where independent outlets are on it: what becomes of a
   * slot whose sides are not reported as a discrepancy (the note says why).
   */
  private static void agreements(Slot slot, String slotName, List<List<String>> sides,
      List<SlotValue> values, List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    for (int k = 0; k < sides.size(); k++) {
      agreement(slot, slotName, sides.get(k), values.get(k), claims, articles, outlets, out);
    }
  }

  private static void agreement(Slot slot, String slotName, List<String> side, SlotValue value,
      List<Claim> claims, Map<String, ArticleDigest> articles, UnionFind<String> outlets,
      List<Finding> out) {
    agreement(slot, slotName, side, value, claims, List.of(), articles, outlets, out);
  }

  /**
   * An AGREEMENT of one side's articles when two or more independent outlets are on it, resting
   * on their claims that fit its value and on the values they give in passing that back it.
   * Only values that {@linkplain SlotValue#agrees agree} are one AGREEMENT: the side's articles
   * are grouped so that every two values of a group may be told as one ('about 12 hours' and
   * 'nearly 13 hours' fit one side of a slot, but are not one value), and a group whose values
   * are written differently lists each ('about 100 min, nearly 120 min'), never one of them as
   * what all say.
   */
  private static void agreement(Slot slot, String slotName, List<String> side, SlotValue value,
      List<Claim> claims, List<Claim> passing, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    agreement(slot, slotName, side, value, claims, passing, articles, outlets, out, "");
  }

  /**
   * As {@link #agreement(Slot, String, List, SlotValue, List, List, Map, UnionFind, List)}, with
   * {@code context} added to each summary after its outlets (that the side is one of a
   * discrepancy's, whose rows it shares).
   */
  private static void agreement(Slot slot, String slotName, List<String> side, SlotValue value,
      List<Claim> claims, List<Claim> passing, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out, String context) {
    if (side.stream().map(outlets::find).distinct().count() < 2) {
      return;
    }
    for (Map.Entry<List<String>, List<SlotValue>> group
        : agreeing(side, value, claims, passing).entrySet()) {
      List<String> members = group.getKey();
      long independent = members.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        continue;
      }
      List<SlotValue> values = group.getValue();
      List<Claim> supporting = supporting(members, values, claims, passing);
      String who = FindingText.named(articles, members);
      // amounts written differently are each listed; a day or place is named by the most
      // precise value, which the others fit
      List<String> shown = value instanceof SlotValue.Amount ? values.stream()
          .filter(v -> values.stream().takeWhile(w -> w != v).noneMatch(w -> sameFigure(w, v)))
          .map(SlotValue::display).toList()
          : List.of(values.get(0).display());
      out.add(new Finding("", Kind.AGREEMENT, slot.type().name(), FindingText.ids(supporting),
          slot.description() + ": " + String.join(", ", shown) + " (" + independent
              + " independent outlets: " + who + context + ")",
          slotName, ImmutableList.copyOf(members), ImmutableList.copyOf(shown)));
    }
  }

  /**
   * The articles of a side in groups whose values all {@linkplain SlotValue#agrees agree} with
   * each other, each with its values (the side's own value first in the first group): an
   * article joins the first group whose every value its own agrees with. An article's value is
   * its claims' that fit the side's value, or the value it gives in passing that backs it.
   */
  private static Map<List<String>, List<SlotValue>> agreeing(List<String> side, SlotValue value,
      List<Claim> claims, List<Claim> passing) {
    Map<String, SlotValue> own = new LinkedHashMap<>();
    // each article's claims, in their order: a side of thousands of copies is read once
    Map<String, List<Claim>> claimsOf = claims.stream().collect(Collectors.groupingBy(Claim::article));
    Map<String, List<Claim>> passingOf = passing.stream().collect(Collectors.groupingBy(Claim::article));
    for (String article : side) {
      List<Claim> fits = claimsOf.getOrDefault(article, List.of()).stream()
          .filter(c -> SlotValue.of(c).compatible(value)).toList();
      if (fits.isEmpty()) {
        fits = passingOf.getOrDefault(article, List.of()).stream()
            .filter(c -> value.corroborates(SlotValue.of(c))).toList();
      }
      own.put(article, fits.isEmpty() ? value : representative(fits));
    }
    List<List<String>> groups = new ArrayList<>();
    List<List<SlotValue>> values = new ArrayList<>();
    // the side's value leads the first group; the others by precision, then in side order
    groups.add(new ArrayList<>());
    // a value that agrees with nothing (a date its own weekday does not fit) leads no group
    values.add(new ArrayList<>(value.agrees(value) ? List.of(value) : List.of()));
    List<String> ordered = new ArrayList<>(side);
    ordered.sort(Comparator.comparingInt((String a) -> own.get(a).equals(value) ? 0 : 1)
        .thenComparingInt(a -> -own.get(a).precision()));
    // the group each value joins while no group's values change (thousands of articles give a
    // few values): found once per value and remembered until a group takes a new value
    Map<SlotValue, Integer> joins = new java.util.HashMap<>();
    for (String article : ordered) {
      SlotValue v = own.get(article);
      Integer known = joins.get(v);
      int joined = known == null ? -1 : known;
      for (int k = 0; k < groups.size() && joined < 0; k++) {
        if (values.get(k).stream().allMatch(w -> w.agrees(v) && v.agrees(w))) {
          joined = k;
        }
      }
      if (joined < 0) {
        groups.add(new ArrayList<>());
        values.add(new ArrayList<>());
        joined = groups.size() - 1;
      }
      groups.get(joined).add(article);
      if (!values.get(joined).contains(v)) {
        values.get(joined).add(v);
        joins.clear();
      } else {
        joins.put(v, joined);
      }
    }
    Map<List<String>, List<SlotValue>> out = new LinkedHashMap<>();
    for (int k = 0; k < groups.size(); k++) {
      if (!groups.get(k).isEmpty()) {
        // the side's order of articles, as findings list them
        java.util.Set<String> group = new java.util.HashSet<>(groups.get(k));
        List<String> members = side.stream().filter(group::contains).toList();
        out.put(members, values.get(k));
      }
    }
    return out;
  }

  /**
   * The claims of these articles that fit the value, and those said in passing that back it (or,
   * in an article whose own claims are on the side, fit it as its own claims do).
   */
  private static List<Claim> supporting(List<String> side, SlotValue value, List<Claim> claims,
      List<Claim> passing) {
    return supporting(side, List.of(value), claims, passing);
  }

  /**
   * As {@link #supporting(List, SlotValue, List, List)} for an agreement on several values that
   * agree: the claims that fit the first and agree with every one.
   */
  private static List<Claim> supporting(List<String> side, List<SlotValue> values,
      List<Claim> claims, List<Claim> passing) {
    SlotValue value = values.get(0);
    java.util.Set<String> sideSet = new java.util.HashSet<>(side);
    List<Claim> out = new ArrayList<>();
    claims.stream().filter(c -> sideSet.contains(c.article()) && SlotValue.of(c).compatible(value)
        && values.stream().allMatch(v -> v.agrees(SlotValue.of(c))))
        .forEach(out::add);
    java.util.Set<String> own = out.stream().map(Claim::article)
        .collect(Collectors.toCollection(java.util.HashSet::new));
    // a passing day must be the value's own day: a reckoned weekday fits any written day, but
    // the day someone spoke ('kata X, Rabu') is no row of the event's day
    passing.stream().filter(c -> sideSet.contains(c.article()) && (value.corroborates(SlotValue.of(c))
        || own.contains(c.article()) && value.compatible(SlotValue.of(c))
            && !(value instanceof SlotValue.Day d && !d.overlaps(SlotValue.of(c)))))
        .forEach(out::add);
    return out;
  }

  private synchronized Timeline timeline(@Nullable ArticleDigest digest) {
    Language language = ClaimExtractor.rulesLanguage(digest == null ? null : digest.language());
    return timelines.computeIfAbsent(language, Timeline::new);
  }

  /** An article's value for a slot: its most frequent, most precise value. */
  private static SlotValue representative(List<Claim> own) {
    Map<SlotValue, Integer> support = new LinkedHashMap<>();
    for (Claim c : own) {
      SlotValue v = SlotValue.of(c);
      int compatible = (int) own.stream().filter(o -> SlotValue.of(o).compatible(v)).count();
      support.merge(v, compatible, Math::max);
    }
    return support.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<SlotValue, Integer> e) -> e.getValue())
            .thenComparingInt(e -> e.getKey().precision()))
        .orElseThrow().getKey();
  }

  private static List<Map.Entry<String, SlotValue>> sortedByPrecision(Map<String, SlotValue> values) {
    List<Map.Entry<String, SlotValue>> list = new ArrayList<>(values.entrySet());
    list.sort(Comparator.comparingInt((Map.Entry<String, SlotValue> e) -> -e.getValue().precision()));
    return list;
  }
}
