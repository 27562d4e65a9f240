package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Groups the claims of many articles into slots and reports what the outlets agree on, where they
 * differ, what only one reports, which articles are copies of one another and which names are
 * spelled two ways.
 *
 * <ul>
 *   <li>Value slots: DURATION, EVENT_DATE and LOCATION of an article's main event, keyed by the
 *       event; COMMITMENT by actor and action; QUANTITY by event and what is counted. Each article
 *       contributes its most frequent value (a city and its country count as one). Compatible
 *       values from two or more independent articles are an AGREEMENT; incompatible ones a
 *       DISCREPANCY naming the outlets on each side; a slot only one article fills is UNIQUE.
 *   <li>A stated weekday that is not the date's weekday is an INCONSISTENCY of its article.
 *   <li>Speech: quotations and statements that say the same thing (see
 *       {@link ContentSimilarity}) agree when the speaker is the same, or when the content is
 *       nearly identical; one quotation attributed to two different speakers is a DISCREPANCY.
 *   <li>Near-duplicate articles (MinHash of word 5-grams, similarity at least
 *       {@value #DUPLICATE_SIMILARITY}) are a DUPLICATE and count as one outlet in agreements.
 *   <li>One entity spelled two close ways (Sergey/Sergei Lavrov, Moskow/Moskwa) is a VARIANT,
 *       never a discrepancy.
 * </ul>
 *
 * <p>Claims are compared only within their slot (and speech only with claims sharing content
 * words), so the cost grows with the number of claims, not with its square.
 */
public final class ClaimAligner {
  static final double DUPLICATE_SIMILARITY = 0.6;
  private static final double SAME_SPEAKER_OVERLAP = 0.6;
  private static final int MIN_SHARED_CONTENT = 2;
  private static final int GROUP_CHECKS = 8;
  private static final double ANY_SPEAKER_OVERLAP = 0.75;
  private static final int ANY_SPEAKER_SHARED = 4;
  private static final double SAME_QUOTE_OVERLAP = 0.8;
  private static final int SAME_QUOTE_SHARED = 5;
  private static final int MAX_POSTINGS = 20;
  private static final int MAX_CLAUSE_STEMS = 24;
  private static final int LSH_BANDS = 16;

  private static final ImmutableSet<String> GENERIC_COUNTS =
      ImmutableSet.copyOf(WordList.load("dev/claimdiff/align/generic-counts.txt"));

  /** Bodies that measure or count, as the text names them (BMKG, USGS, a survey institute). */
  private static final BodyFinder MEASURING_BODIES =
      new BodyFinder(WordList.load("dev/claimdiff/align/measuring-bodies.txt"));

  /** Finds the first body of a list named in a sentence (whole words, longest name first). */
  private record BodyFinder(java.util.regex.Pattern pattern) {
    BodyFinder(List<String> names) {
      this(java.util.regex.Pattern.compile("(?<![\\p{L}\\d])(" + names.stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"))
          + ")(?![\\p{L}\\d])"));
    }

    @Nullable String matcher(String sentence) {
      var m = pattern.matcher(sentence);
      return m.find() ? m.group(1) : null;
    }
  }

  /** Counts that change as a story unfolds, with the way they change ('rises', 'either'). */
  private static final ImmutableMap<String, String> RUNNING_COUNTS = runningCounts();

  private final Map<Language, ContentSimilarity> similarities = new EnumMap<>(Language.class);
  private final Map<Language, Timeline> timelines = new EnumMap<>(Language.class);

  /** An aligner with the default thresholds. */
  public ClaimAligner() {}

  private synchronized ContentSimilarity similarity(Language language) {
    return similarities.computeIfAbsent(language, ContentSimilarity::new);
  }

  /**
   * What the comparison found: the findings, numbered F1, F2, … in the order of
   * {@link Finding#KINDS}, and notes on what was seen but not called a finding (figures of a
   * changing count that cannot be ordered in time).
   */
  public record Alignment(ImmutableList<Finding> findings, ImmutableList<String> notes) {}

  /** The findings about these articles and claims, discrepancies first, numbered F1, F2, … */
  public ImmutableList<Finding> align(List<ArticleDigest> digests, List<Claim> claims) {
    return alignWithNotes(digests, claims).findings();
  }

  /** The findings about these articles and claims, with notes. */
  public Alignment alignWithNotes(List<ArticleDigest> digests, List<Claim> claims) {
    Map<String, ArticleDigest> articles = new LinkedHashMap<>();
    digests.forEach(d -> articles.put(d.article(), d));
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    UnionFind<String> outlets = duplicates(digests, findings);
    List<Translations.Pair> translations = Translations.find(digests, claims);
    Translations.report(translations, articles, outlets, findings);
    Translations.changedValues(translations, claims, articles, findings);
    valueSlots(claims, articles, outlets, findings, notes);
    inconsistencies(claims, articles, findings);
    speech(claims, articles, outlets, findings);
    variants(digests, findings);
    findings = new ArrayList<>(Translations.annotate(findings, translations, articles));
    Map<String, Integer> claimOrder = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      claimOrder.put(claims.get(i).id(), i);
    }
    findings.sort(Comparator.comparingInt((Finding f) -> Finding.KINDS.indexOf(f.kind()))
        .thenComparing(f -> f.type())
        .thenComparing(f -> f.slot() == null ? "" : f.slot())
        .thenComparingInt(f -> f.claims().isEmpty() ? -1 : claimOrder.getOrDefault(f.claims().get(0), -1))
        .thenComparing(f -> String.join(",", f.articles()))
        .thenComparing(Finding::summary));
    ImmutableList.Builder<Finding> numbered = ImmutableList.builder();
    for (int i = 0; i < findings.size(); i++) {
      numbered.add(findings.get(i).withId("F" + (i + 1))
          .withLanguages(languages(findings.get(i), articles)));
    }
    return new Alignment(numbered.build(), ImmutableList.copyOf(notes));
  }

  // --- duplicates -------------------------------------------------------------------------

  private static UnionFind<String> duplicates(List<ArticleDigest> digests, List<Finding> out) {
    UnionFind<String> outlets = new UnionFind<>();
    int rows = ArticleDigest.HASHES / LSH_BANDS;
    Map<String, Integer> bucketHead = new HashMap<>();
    Map<String, Double> best = new HashMap<>();
    for (int i = 0; i < digests.size(); i++) {
      ArticleDigest digest = digests.get(i);
      long[] sig = digest.minhash();
      if (sig[0] == Long.MAX_VALUE) {
        continue; // too short to have 5-grams
      }
      for (int band = 0; band < LSH_BANDS; band++) {
        StringBuilder key = new StringBuilder().append(band);
        for (int r = 0; r < rows; r++) {
          key.append(':').append(sig[band * rows + r]);
        }
        // each article is compared with the first article of each bucket it falls in: linear,
        // and enough to gather a story's copies into one cluster
        Integer head = bucketHead.putIfAbsent(key.toString(), i);
        if (head == null || outlets.find(digests.get(head).article()).equals(outlets.find(digest.article()))) {
          continue;
        }
        double similarity = digests.get(head).similarity(digest);
        if (similarity >= DUPLICATE_SIMILARITY) {
          outlets.union(digests.get(head).article(), digest.article());
          best.merge(digest.article(), similarity, Math::max);
        }
      }
    }
    Map<String, List<ArticleDigest>> clusters = new TreeMap<>();
    for (ArticleDigest d : digests) {
      clusters.computeIfAbsent(outlets.find(d.article()), k -> new ArrayList<>()).add(d);
    }
    for (List<ArticleDigest> cluster : clusters.values()) {
      if (cluster.size() < 2) {
        continue;
      }
      double lowest = cluster.stream().skip(1).mapToDouble(d -> best.getOrDefault(d.article(), 1.0))
          .min().orElse(1.0);
      String names = cluster.stream().limit(10).map(ArticleDigest::label)
          .collect(Collectors.joining(", ")) + (cluster.size() > 10 ? ", …" : "");
      out.add(new Finding("", "DUPLICATE", "ARTICLE", ImmutableList.of(),
          String.format(Locale.ROOT,
              "%d articles are near-duplicates (copies of one story, at least %.0f%% of their "
                  + "5-word sequences shared): %s; they count as one source",
              cluster.size(), lowest * 100, names),
          null, cluster.stream().map(ArticleDigest::article).collect(ImmutableList.toImmutableList()),
          ImmutableList.of()));
    }
    return outlets;
  }

  // --- value slots ------------------------------------------------------------------------

  /**
   * What a value claim is about.
   *
   * @param running how its values may change as the story unfolds: {@code rises} (a toll),
   *     {@code either} (the missing), or null for a value fixed once the event is over; the
   *     values of a running count are ordered in time before they are compared
   */
  private record Slot(ClaimType type, String key, String description, @Nullable String running) {}

  private static ImmutableMap<String, String> runningCounts() {
    ImmutableMap.Builder<String, String> counts = ImmutableMap.builder();
    for (KeyedList.Line line : KeyedList.load("dev/claimdiff/align/running-counts.txt")) {
      counts.put(line.key(), line.value());
    }
    return counts.buildOrThrow();
  }

  /** The slot key of a value claim ({@code QUANTITY / deaths (earthquake)}), or null. */
  static @Nullable String slotKey(Claim c) {
    Slot slot = slotOf(c);
    return slot == null ? null : slot.type() + " / " + slot.key();
  }

  /** What a value claim's slot is about, for people ({@code How many deaths}). */
  static String slotDescription(Claim c) {
    Slot slot = slotOf(c);
    if (slot != null) {
      return slot.description();
    }
    return c.value() instanceof QuantityValue q ? "How many " + q.what()
        : c.type() == ClaimType.EVENT_DATE ? "When it happened"
        : c.type() == ClaimType.DURATION ? "How long it lasted" : c.type().name();
  }

  private static @Nullable Slot slotOf(Claim c) {
    if (c.value() instanceof DurationValue d && d.main() && d.event() != null) {
      return d.expected()
          ? new Slot(c.type(), d.event() + " (expected)", "How long the " + d.event()
              + " was expected to last", null)
          : new Slot(c.type(), d.event(), "How long the " + d.event() + " lasted", null);
    }
    if (c.value() instanceof EventDateValue d && d.main() && d.event() != null) {
      return new Slot(c.type(), d.event(), "When the " + d.event() + " took place", null);
    }
    if (c.value() instanceof LocationValue l && l.main() && l.event() != null) {
      return new Slot(c.type(), l.event(), "Where the " + l.event() + " took place", null);
    }
    if (c.value() instanceof CommitmentValue v) {
      return new Slot(c.type(), v.actor() + " / " + v.action(),
          "What " + v.actor() + " promised (" + v.action() + ")", null);
    }
    if (c.value() instanceof QuantityValue q && (q.unit() != null && q.unit().equals(q.what())
        || GENERIC_COUNTS.contains(q.what()))) {
      return null; // an amount that does not say what it is ('Rp 1 miliar'), or 'orang' alone
    }
    if (c.value() instanceof QuantityValue q) {
      String event = q.event() == null ? "" : " (" + q.event() + ")";
      String expected = q.expected() ? " (expected)" : "";
      String running = q.expected() ? null : RUNNING_COUNTS.getOrDefault(q.what(),
          RUNNING_COUNTS.get(WordPatterns.WHITE_SPACE.split(q.what())[0]));
      return new Slot(c.type(), q.what() + event + expected, "How many " + q.what() + event
          + expected, running);
    }
    return null;
  }

  private void valueSlots(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out, List<String> notes) {
    Map<Slot, List<Claim>> slots = new LinkedHashMap<>();
    for (Claim c : claims) {
      Slot slot = slotOf(c);
      if (slot != null && SlotValue.of(c) != null && c.zone() != Zone.RELATED) {
        slots.computeIfAbsent(slot, s -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<Slot, List<Claim>> e : slots.entrySet()) {
      compareSlot(e.getKey(), e.getValue(), articles, outlets, out, notes);
    }
  }

  /** A QUANTITY claim that states the time of its figure or a revision. */
  private static boolean hasTime(Claim c) {
    return c.value() instanceof QuantityValue q && (q.asOf() != null || q.revision() != null);
  }

  private void compareSlot(Slot slot, List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out, List<String> notes) {
    String slotName = slot.type() + " / " + slot.key();
    boolean timed = slot.type() == ClaimType.QUANTITY
        && (slot.running() != null || claims.stream().anyMatch(ClaimAligner::hasTime));
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
          ClaimAligner::representative, digest == null ? null : digest.published());
      sequences.put(e.getKey(), sequence);
      // a body whose only figures are given as earlier ones states no current figure to hold
      // the headline's against ('Sebelumnya, BPBD mencatat enam korban meninggal')
      if (!heads.isEmpty() && !body.isEmpty() && !timeline(digest).allEarlier(body)) {
        headlineAgainstBody(slot, slotName, heads, body, sequence.get(sequence.size() - 1).value(),
            timed, articles, out);
      }
    }
    Map<String, SlotValue> representative = new LinkedHashMap<>();
    sequences.forEach((article, points) ->
        representative.put(article, points.get(points.size() - 1).value()));
    boolean updatedWithin = sequences.values().stream().anyMatch(s -> s.size() > 1);
    if (byArticle.size() == 1 && !updatedWithin) {
      String article = byArticle.keySet().iterator().next();
      out.add(new Finding("", "UNIQUE", slot.type().name(), ids(claims),
          slot.description() + ": only " + label(articles, article) + " reports it ("
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
      if (side < 0) {
        sides.add(new ArrayList<>());
        sideValues.add(r.getValue());
        side = sides.size() - 1;
      }
      sides.get(side).add(r.getKey());
    }
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
    String why = "";
    if (timed && (sides.size() > 1 || updatedWithin)) {
      Timeline.Verdict verdict = Timeline.judge(sequences, direction);
      switch (verdict.kind()) {
        case UPDATE -> {
          out.add(update(slot, slotName, verdict.ordered(), articles));
          if (sides.size() > 1) {
            // the outlets whose latest figures agree still agree
            for (int k = 0; k < sides.size(); k++) {
              agreement(slot, slotName, sides.get(k), sideValues.get(k), claims, articles,
                  outlets, out);
            }
            return;
          }
        }
        case UNORDERED -> {
          notes.add(slotName + ": the articles give " + sideValues.stream()
              .map(SlotValue::display).collect(Collectors.joining(", "))
              + " with no time that orders them; a count that changes as a story unfolds, so "
              + "this is not reported as a discrepancy");
          if (sides.size() > 1) {
            return;
          }
        }
        case FALL -> why = " (" + verdict.reason() + ")";
        case SAME_MOMENT -> why = " (for the same moment: " + verdict.reason() + ")";
        case NONE -> { }
      }
    }
    if (sides.size() > 1 && slot.type() == ClaimType.QUANTITY
        && differentBodies(sides, sideValues, claims)) {
      notes.add(slotName + ": " + sideValues.stream().map(SlotValue::display)
          .collect(Collectors.joining(", ")) + " come from different bodies named in the text "
          + "(two measurements), so this is not reported as a discrepancy between outlets");
      return;
    }
    if (sides.size() <= 1) {
      if (byArticle.size() == 1) {
        return; // one article that updates its own figure: the UPDATE says it
      }
      List<String> agreeing = new ArrayList<>(byArticle.keySet());
      long independent = agreeing.stream().map(outlets::find).distinct().count();
      SlotValue value = sortedByPrecision(representative).get(0).getValue();
      List<Claim> supporting = claims.stream()
          .filter(c -> SlotValue.of(c).compatible(value)).toList();
      String kind = independent >= 2 ? "AGREEMENT" : "UNIQUE";
      String who = agreeing.stream().limit(10).map(a -> label(articles, a))
          .collect(Collectors.joining(", ")) + (agreeing.size() > 10 ? ", …" : "");
      String summary = independent >= 2
          ? slot.description() + ": " + value.display() + " (" + independent + " independent outlets: " + who + ")"
          : slot.description() + ": " + value.display() + " (reported only by copies of one story: " + who + ")";
      out.add(new Finding("", kind, slot.type().name(), ids(supporting), summary, slotName,
          ImmutableList.copyOf(agreeing), ImmutableList.of(value.display())));
      return;
    }
    List<String> parts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      List<String> side = sides.get(k);
      side.stream().limit(8).forEach(article ->
          parts.add(label(articles, article) + ": " + representative.get(article).display()));
      if (side.size() > 8) {
        parts.add("and " + (side.size() - 8) + " more saying " + sideValues.get(k).display());
      }
      values.add(sideValues.get(k).display());
    }
    neutral.stream().limit(8).forEach(article -> parts.add(label(articles, article) + ": "
        + representative.get(article).display() + " (fits either)"));
    if (neutral.size() > 8) {
      parts.add("and " + (neutral.size() - 8) + " more that fit either");
    }
    List<String> involved = new ArrayList<>();
    sides.forEach(involved::addAll);
    involved.addAll(neutral);
    List<Claim> evidence = claims.stream()
        .filter(c -> SlotValue.of(c).compatible(representative.get(c.article()))).toList();
    out.add(new Finding("", "DISCREPANCY", slot.type().name(), ids(evidence),
        slot.description() + ": " + String.join("; ", parts) + why, slotName,
        ImmutableList.copyOf(involved), ImmutableList.copyOf(values)));
    // the outlets on one side still agree with each other
    for (int k = 0; k < sides.size(); k++) {
      agreement(slot, slotName, sides.get(k), sideValues.get(k), claims, articles, outlets, out);
    }
  }

  /**
   * A headline value that no value of its article's body fits is an INCONSISTENCY of the
   * article: one article, one moment. Only a headline that states a time of its own
   * ({@code asOf}) that no body figure states is left alone: it gives another moment's figure.
   */
  private static void headlineAgainstBody(Slot slot, String slotName, List<Claim> heads,
      List<Claim> body, SlotValue told, boolean timed, Map<String, ArticleDigest> articles,
      List<Finding> out) {
    for (Claim head : heads) {
      String headTime = head.value() instanceof QuantityValue q ? q.asOf() : null;
      if (timed && headTime != null && body.stream().noneMatch(b ->
          b.value() instanceof QuantityValue q && headTime.equals(q.asOf()))) {
        continue;
      }
      SlotValue stated = SlotValue.of(head);
      if (body.stream().anyMatch(b -> SlotValue.of(b).compatible(stated))) {
        continue;
      }
      List<Claim> evidence = new ArrayList<>(List.of(head));
      body.stream().filter(b -> SlotValue.of(b).compatible(told)).forEach(evidence::add);
      out.add(new Finding("", "INCONSISTENCY", slot.type().name(), ids(evidence),
          label(articles, head.article()) + ": " + slot.description() + ": the headline says "
              + stated.display() + ", the body " + told.display(),
          slotName, ImmutableList.of(head.article()),
          ImmutableList.of(stated.display(), told.display())));
      return;
    }
  }

  /** An UPDATE: the figures of a slot in time order. */
  private static Finding update(Slot slot, String slotName, List<Timeline.Point> ordered,
      Map<String, ArticleDigest> articles) {
    ImmutableList.Builder<Finding.TimelineEntry> timeline = ImmutableList.builder();
    ImmutableList.Builder<String> values = ImmutableList.builder();
    List<String> steps = new ArrayList<>();
    Set<String> involved = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    Moment previous = null;
    for (int i = 0; i < ordered.size(); i++) {
      Timeline.Point p = ordered.get(i);
      String display = p.value().display();
      timeline.add(new Finding.TimelineEntry(p.claims().get(0).id(), p.article(), display,
          p.time() == null ? null : p.time().iso()));
      values.add(display);
      involved.add(p.article());
      claims.addAll(p.claims());
      String when = p.time() == null ? "earlier, " + label(articles, p.article())
          : p.time().display(previous) + ", " + label(articles, p.article());
      boolean sameAsBefore = i > 0 && ordered.get(i - 1).value().compatible(p.value());
      if (sameAsBefore) {
        steps.set(steps.size() - 1, steps.get(steps.size() - 1).replaceFirst("\\)$", "; " + when + ")"));
      } else {
        steps.add(display + " (" + when + ")");
      }
      previous = p.time() != null ? p.time() : previous;
    }
    claims.sort(Comparator.comparing(Claim::article).thenComparingInt(c -> c.span().start()));
    return new Finding("", "UPDATE", slot.type().name(), ids(claims),
        slot.description() + ", as the figure changed over time: " + String.join(" → ", steps),
        slotName, ImmutableList.copyOf(involved), values.build(), timeline.build());
  }

  /**
   * Whether the sides that disagree are measurements of different bodies: no two incompatible
   * sides name one body (or none) in the sentences of their figures; each names its own
   * ({@code align/measuring-bodies.txt}: BMKG 6,0 and USGS 5,9).
   */
  private static boolean differentBodies(List<List<String>> sides, List<SlotValue> sideValues,
      List<Claim> claims) {
    List<String> bodies = new ArrayList<>();
    for (int k = 0; k < sides.size(); k++) {
      final int own = k;
      Set<String> named = new LinkedHashSet<>();
      boolean all = true;
      for (Claim c : claims) {
        if (sides.get(own).contains(c.article()) && SlotValue.of(c).compatible(sideValues.get(own))) {
          String body = MEASURING_BODIES.matcher(c.context());
          all &= body != null;
          if (body != null) {
            named.add(body);
          }
        }
      }
      bodies.add(all && named.size() == 1 ? named.iterator().next() : null);
    }
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        if (bodies.get(i) == null || bodies.get(j) == null || bodies.get(i).equals(bodies.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** An AGREEMENT of one side's articles when two or more independent outlets are on it. */
  private static void agreement(Slot slot, String slotName, List<String> side, SlotValue value,
      List<Claim> claims, Map<String, ArticleDigest> articles, UnionFind<String> outlets,
      List<Finding> out) {
    long independent = side.stream().map(outlets::find).distinct().count();
    if (independent < 2) {
      return;
    }
    List<Claim> supporting = claims.stream()
        .filter(c -> side.contains(c.article()) && SlotValue.of(c).compatible(value)).toList();
    String who = side.stream().limit(10).map(a -> label(articles, a))
        .collect(Collectors.joining(", ")) + (side.size() > 10 ? ", …" : "");
    out.add(new Finding("", "AGREEMENT", slot.type().name(), ids(supporting),
        slot.description() + ": " + value.display() + " (" + independent + " independent outlets: "
            + who + ")",
        slotName, ImmutableList.copyOf(side), ImmutableList.of(value.display())));
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

  // --- inconsistencies --------------------------------------------------------------------

  private static void inconsistencies(List<Claim> claims, Map<String, ArticleDigest> articles,
      List<Finding> out) {
    for (Claim c : claims) {
      if (c.value() instanceof EventDateValue d && Boolean.FALSE.equals(d.consistent())) {
        LocalDate date = LocalDate.parse(d.date());
        String stated = d.weekday().charAt(0) + d.weekday().substring(1).toLowerCase(Locale.ROOT);
        String actual = date.getDayOfWeek().name().charAt(0)
            + date.getDayOfWeek().name().substring(1).toLowerCase(Locale.ROOT);
        out.add(new Finding("", "INCONSISTENCY", c.type().name(), ImmutableList.of(c.id()),
            label(articles, c.article()) + ": '" + c.evidence().strip() + "' names a " + stated
                + ", but " + d.date() + " was a " + actual,
            c.type() + " / " + (d.event() == null ? "?" : d.event()),
            ImmutableList.of(c.article()), ImmutableList.of(stated, actual)));
      }
    }
  }

  // --- speech -----------------------------------------------------------------------------

  private void speech(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    List<Claim> items = new ArrayList<>();
    List<ContentSimilarity.Clauses> clauses = new ArrayList<>();
    List<Language> languages = new ArrayList<>();
    List<ContentSimilarity.Clauses> neutral = new ArrayList<>(); // across languages
    for (Claim c : claims) {
      boolean quote = c.type() == ClaimType.QUOTE && c.value() instanceof QuoteValue q && !q.fragment()
          && q.nestedIn() == null;
      if ((quote || c.type() == ClaimType.STATEMENT) && c.speaker() != null) {
        ArticleDigest digest = articles.get(c.article());
        Language language = ClaimExtractor.rulesLanguage(digest == null ? null : digest.language());
        items.add(c);
        clauses.add(similarity(language).clauses(c.text()));
        languages.add(language);
        neutral.add(CrossLanguageSpeech.neutral(clauses.get(clauses.size() - 1), language));
      }
    }
    boolean bilingual = languages.stream().distinct().count() > 1;
    java.util.function.BiFunction<Integer, Integer, ContentSimilarity.Match> compare = (x, y) ->
        languages.get(x) == languages.get(y)
            ? ContentSimilarity.compare(clauses.get(x), clauses.get(y))
            : ContentSimilarity.compare(neutral.get(x), neutral.get(y));
    // candidates: earlier items with a clause sharing two stems with one of this item's
    // clauses (the least any match needs); postings are capped, so the work grows with the
    // number of items, not its square
    Map<String, List<Integer>> postings = new HashMap<>();
    UnionFind<Integer> groups = new UnionFind<>();
    UnionFind<Integer> sameWords = new UnionFind<>(); // one quotation, whoever it is credited to
    Map<Integer, List<Integer>> sample = new HashMap<>(); // a group's root → its first members
    for (int i = 0; i < items.size(); i++) {
      Set<String> keys = stemPairs(clauses.get(i));
      if (bilingual) { // the same words in the shared vocabulary, for the other language's items
        stemPairs(neutral.get(i)).forEach(k -> keys.add("~" + k));
      }
      Set<Integer> candidates = new java.util.TreeSet<>();
      for (String key : keys) {
        candidates.addAll(postings.getOrDefault(key, List.of()));
      }
      Claim a = items.get(i);
      for (int j : candidates) {
        Claim b = items.get(j);
        if (a.article().equals(b.article()) || groups.find(i).equals(groups.find(j))
            && sameWords.find(i).equals(sameWords.find(j))) {
          continue;
        }
        boolean sameSpeaker = a.speaker().equals(b.speaker());
        if (languages.get(i) != languages.get(j) && !sameSpeaker) {
          continue; // across languages, only one speaker's words are matched
        }
        ContentSimilarity.Match match = compare.apply(i, j);
        boolean bothQuotes = a.type() == ClaimType.QUOTE && b.type() == ClaimType.QUOTE;
        if (bothQuotes && match.overlap() >= SAME_QUOTE_OVERLAP
            && match.shared() + match.sharedNames() >= SAME_QUOTE_SHARED) {
          sameWords.union(i, j);
        }
        if (bothQuotes && !sameSpeaker) {
          continue; // one quotation credited to two people is not an agreement
        }
        if (saySameThing(match, sameSpeaker) && fitsGroup(i, j, groups, sample, items, compare)) {
          List<Integer> joined = new ArrayList<>(sample.getOrDefault(groups.find(i), List.of(i)));
          sample.remove(groups.find(i));
          joined.addAll(sample.getOrDefault(groups.find(j), List.of(j)));
          sample.remove(groups.find(j));
          groups.union(i, j);
          sample.put(groups.find(i), joined.subList(0, Math.min(GROUP_CHECKS, joined.size())));
        }
      }
      for (String key : keys) {
        List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>());
        if (posting.size() < MAX_POSTINGS) {
          posting.add(i);
        }
      }
    }
    attributionDiscrepancies(items, sameWords, articles, out);
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> group : members.values()) {
      List<Claim> grouped = group.stream().map(items::get).toList();
      Set<String> inGroup = grouped.stream().map(Claim::article).collect(Collectors.toCollection(LinkedHashSet::new));
      long independent = inGroup.stream().map(outlets::find).distinct().count();
      Claim first = grouped.get(0);
      List<String> spoken = group.stream().map(k -> languages.get(k).code()).distinct().sorted()
          .toList();
      if (independent >= 2 || spoken.size() > 1 && inGroup.size() > 1) {
        boolean anyQuote = grouped.stream().anyMatch(c -> c.type() == ClaimType.QUOTE);
        String speakers = grouped.stream().map(Claim::speaker).distinct().collect(Collectors.joining(" / "));
        String who = inGroup.stream().limit(10).map(a -> label(articles, a))
            .collect(Collectors.joining(", ")) + (inGroup.size() > 10 ? ", …" : "");
        out.add(new Finding("", "AGREEMENT", anyQuote ? "QUOTE" : "STATEMENT", ids(grouped),
            speakers + ": \"" + shorten(first.text()) + "\" (" + independent
                + (independent == 1 ? " independent outlet: " : " independent outlets: ") + who
                + (spoken.size() > 1 ? "; across languages: " + String.join(", ", spoken) : "")
                + ")",
            "SPEECH / " + speakers, ImmutableList.copyOf(inGroup), ImmutableList.of()));
      } else if (grouped.stream().anyMatch(c -> c.type() == ClaimType.QUOTE) && inGroup.size() == 1) {
        Claim quote = grouped.stream().filter(c -> c.type() == ClaimType.QUOTE).findFirst().orElseThrow();
        out.add(new Finding("", "UNIQUE", "QUOTE", ImmutableList.of(quote.id()),
            "Only " + label(articles, quote.article()) + " quotes " + quote.speaker() + ": \""
                + shorten(quote.text()) + "\"",
            "SPEECH / " + quote.speaker(), ImmutableList.of(quote.article()), ImmutableList.of()));
      }
    }
  }

  /**
   * Whether a match means the same thing was said: by one speaker, most of the smaller clause's
   * content words and at least two of them; by different speakers (one reports what the other
   * said), more of them, with the names.
   */
  private static boolean saySameThing(ContentSimilarity.Match match, boolean sameSpeaker) {
    if (match.shared() < MIN_SHARED_CONTENT) {
      return false;
    }
    return sameSpeaker ? match.overlap() >= SAME_SPEAKER_OVERLAP
        : match.overlap() >= ANY_SPEAKER_OVERLAP
            && match.shared() + match.sharedNames() >= ANY_SPEAKER_SHARED;
  }

  /**
   * Whether item i may join j's group: it must say the same thing as each member (of another
   * article) of both groups, so a chain of partial matches (A like B, B like C) never joins two
   * different statements. At most {@value #GROUP_CHECKS} members of each group are checked.
   */
  private static boolean fitsGroup(int i, int j, UnionFind<Integer> groups,
      Map<Integer, List<Integer>> sample, List<Claim> items,
      java.util.function.BiFunction<Integer, Integer, ContentSimilarity.Match> compare) {
    Integer rootI = groups.find(i);
    Integer rootJ = groups.find(j);
    if (rootI.equals(rootJ)) {
      return true;
    }
    for (int x : sample.getOrDefault(rootI, List.of(i))) {
      for (int y : sample.getOrDefault(rootJ, List.of(j))) {
        Claim a = items.get(x);
        Claim b = items.get(y);
        if (a.article().equals(b.article()) || x == i && y == j) {
          continue;
        }
        if (!saySameThing(compare.apply(x, y), a.speaker().equals(b.speaker()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every pair of stems that stand in one clause, as index keys. */
  private static Set<String> stemPairs(ContentSimilarity.Clauses clauses) {
    Set<String> keys = new LinkedHashSet<>();
    for (Set<String> clause : clauses.words()) {
      List<String> stems = new ArrayList<>(clause);
      for (int x = 0; x < stems.size() && x < MAX_CLAUSE_STEMS; x++) {
        for (int y = x + 1; y < stems.size() && y < MAX_CLAUSE_STEMS; y++) {
          String first = stems.get(x);
          String second = stems.get(y);
          keys.add(first.compareTo(second) < 0 ? first + " " + second : second + " " + first);
        }
      }
    }
    return keys;
  }

  /** One quotation credited to different people by different articles: one finding per quotation. */
  private static void attributionDiscrepancies(List<Claim> items, UnionFind<Integer> sameWords,
      Map<String, ArticleDigest> articles, List<Finding> out) {
    Map<Integer, List<Claim>> quotes = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).type() == ClaimType.QUOTE) {
        quotes.computeIfAbsent(sameWords.find(i), k -> new ArrayList<>()).add(items.get(i));
      }
    }
    for (List<Claim> quote : quotes.values()) {
      Map<String, List<String>> bySpeaker = new TreeMap<>();
      for (Claim c : quote) {
        bySpeaker.computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(c.article());
      }
      if (bySpeaker.size() < 2 || oneName(bySpeaker.keySet())) {
        continue;
      }
      String sides = bySpeaker.entrySet().stream()
          .map(e -> e.getValue().stream().distinct().limit(5).map(a -> label(articles, a))
              .collect(Collectors.joining(", ")) + (e.getValue().size() > 5 ? ", …" : "")
              + " credit " + e.getKey())
          .collect(Collectors.joining("; "));
      out.add(new Finding("", "DISCREPANCY", "QUOTE", ids(quote),
          "Who said \"" + shorten(quote.get(0).text()) + "\": " + sides,
          "QUOTE / attribution",
          quote.stream().map(Claim::article).distinct().collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(bySpeaker.keySet())));
    }
  }

  /**
   * Whether the speakers may all be one person written more or less fully: the words of each
   * name hold the words of the shortest ('Van Duijn' and 'Van Duijn Puas', where a headline's
   * word stuck to the name). A short and a full form is not a different speaker.
   */
  private static boolean oneName(Set<String> speakers) {
    List<Set<String>> names = speakers.stream()
        .map(n -> Set.copyOf(List.of(
            WordPatterns.WHITE_SPACE.split(n.toLowerCase(Locale.ROOT).replace('-', ' ')))))
        .sorted(Comparator.comparingInt(Set::size)).toList();
    return names.stream().allMatch(n -> n.containsAll(names.get(0)));
  }

  // --- spelling variants ------------------------------------------------------------------

  private static void variants(List<ArticleDigest> digests, List<Finding> out) {
    Map<String, Map<String, Set<String>>> byEntity = new TreeMap<>();
    for (ArticleDigest d : digests) {
      d.spellings().forEach((entity, spelling) -> byEntity
          .computeIfAbsent(entity, k -> new TreeMap<>())
          .computeIfAbsent(spelling, k -> new LinkedHashSet<>())
          .add(d.article()));
    }
    mergeUnknownNames(byEntity);
    for (Map.Entry<String, Map<String, Set<String>>> e : byEntity.entrySet()) {
      List<String> spellings = new ArrayList<>(e.getValue().keySet());
      Set<String> reported = new LinkedHashSet<>();
      for (int i = 0; i < spellings.size(); i++) {
        for (int j = i + 1; j < spellings.size(); j++) {
          String a = spellings.get(i);
          String b = spellings.get(j);
          if (!isVariant(a, b) || !reported.add(a + "|" + b)) {
            continue;
          }
          Set<String> involved = new LinkedHashSet<>(e.getValue().get(a));
          involved.addAll(e.getValue().get(b));
          out.add(new Finding("", "VARIANT", "ENTITY", ImmutableList.of(),
              e.getKey() + " is spelled \"" + a + "\" (" + String.join(", ", e.getValue().get(a))
                  + ") and \"" + b + "\" (" + String.join(", ", e.getValue().get(b))
                  + "): one name, not a discrepancy",
              "ENTITY / " + e.getKey(), ImmutableList.copyOf(involved), ImmutableList.of(a, b)));
        }
      }
    }
  }

  /**
   * Names the gazetteer does not know are keyed by their own spelling, so 'Suharyanto' and
   * 'Suharianto' start apart: two such names that are variants of each other are merged under
   * the first. Only names whose last words start alike are compared, so this stays cheap.
   */
  private static void mergeUnknownNames(Map<String, Map<String, Set<String>>> byEntity) {
    Gazetteer gazetteer = Gazetteer.standard();
    Map<String, List<String>> blocks = new TreeMap<>();
    for (String entity : byEntity.keySet()) {
      if (gazetteer.lookup(entity).isEmpty()) {
        String[] words = WordPatterns.WHITE_SPACE.split(entity.toLowerCase(Locale.ROOT));
        String last = words[words.length - 1];
        blocks.computeIfAbsent(words.length + ":" + last.substring(0, Math.min(2, last.length())),
            k -> new ArrayList<>()).add(entity);
      }
    }
    for (List<String> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        Map<String, Set<String>> first = byEntity.get(block.get(i));
        if (first == null) {
          continue;
        }
        for (int j = i + 1; j < block.size(); j++) {
          if (byEntity.containsKey(block.get(j)) && isVariant(block.get(i), block.get(j))) {
            byEntity.remove(block.get(j)).forEach((spelling, arts) ->
                first.computeIfAbsent(spelling, k -> new LinkedHashSet<>()).addAll(arts));
          }
        }
      }
    }
  }

  /** Two spellings of one name: as many words, and a few letters apart. */
  static boolean isVariant(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    String x = fold(a);
    String y = fold(b);
    if (x.equals(y)) {
      // 'Sørensen' and 'Sorensen': the same letters but for accents (case alone is no variant)
      return x.length() >= 4 && !a.equalsIgnoreCase(b);
    }
    if (WordPatterns.WHITE_SPACE.split(x).length != WordPatterns.WHITE_SPACE.split(y).length) {
      return false; // 'Lavrov' and 'Sergey Lavrov' are a short and a full form, not variants
    }
    int distance = editDistance(x, y);
    int shorter = Math.min(x.length(), y.length());
    if (distance <= 1) {
      return shorter >= 4;
    }
    // two edits: only as substitutions in names of equal length (Moskow/Moskwa, Kyiv/Kiev),
    // or a few more in long names
    return distance <= Math.max(2, shorter / 6) && shorter >= 4
        && (x.length() == y.length() || distance <= shorter / 6);
  }

  /** Lower case without accents ('Sørensen' is 'sorensen'). */
  private static String fold(String s) {
    String decomposed = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.replace('ø', 'o').replace('æ', 'a').replace('ß', 's').replace('ł', 'l')
        .replace('đ', 'd').replace('ı', 'i');
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  // --- helpers ----------------------------------------------------------------------------

  /** The languages of a finding's articles, as codes in alphabetical order. */
  private static ImmutableList<String> languages(Finding f, Map<String, ArticleDigest> articles) {
    return f.articles().stream().map(articles::get)
        .filter(d -> d != null && d.language() != null).map(d -> d.language().code())
        .distinct().sorted().collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(ImmutableList.toImmutableList());
  }

  private static String label(Map<String, ArticleDigest> articles, String article) {
    ArticleDigest d = articles.get(article);
    return d == null ? article : d.label();
  }

  private static String shorten(String text) {
    String flat = WordPatterns.WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return flat.length() <= 80 ? flat : flat.substring(0, 79).strip() + "…";
  }
}
