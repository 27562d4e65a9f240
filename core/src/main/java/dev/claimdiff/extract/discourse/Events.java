package dev.claimdiff.extract.discourse;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.engine.PhraseIndex;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which event a value belongs to: the event word ({@code lang/<lang>/extract/events.txt}) nearest
 * to it in its sentence, and which event is the article's main one (the one its event words name
 * most often outside quotations). A clause with a word of {@code background-markers.txt}
 * ({@code sebelumnya}, {@code tahun lalu}) is about an earlier event. An event word after a value
 * and past a word of {@code event-clause-breakers.txt} belongs to a later clause, and counts only
 * when no other event word is there. An event word that only modifies a noun of
 * {@code event-compound-heads.txt} ('evacuation centres', 'pusat evakuasi') is no value's event,
 * though it counts towards the article's main event.
 */
public final class Events {
  private final ImmutableList<List<PhraseIndex.Hit>> eventsBySentence;
  private final ImmutableList<Boolean> backgroundBySentence;
  /** Per sentence: whether every word of background-markers.txt in it is a planning word. */
  private final ImmutableList<Boolean> onlyPlannedBySentence;
  private final ImmutableList<List<PhraseIndex.Hit>> breakersBySentence;
  private final ArticleContext ctx;
  /** What crossing into a later clause adds to an event word's distance: more than any sentence. */
  private static final int LATER_CLAUSE_PENALTY = 100_000;
  private final @Nullable String mainEvent;
  /**
   * The event the article's main date and place are of: its main event, unless that runs over
   * days ({@code dev/claimdiff/extract/running-events.txt}: a search) and is a part
   * ({@code event-parts.txt}) of an event the article also names (the sinking it follows), then
   * that event.
   */
  private final @Nullable String whenEvent;
  /** Whether the article previews its main event: it first names it as planned or to come. */
  private final boolean preview;
  /** Per sentence: the other event of a round-up item it stands in ({@link #roundUps}). */
  private final List<@Nullable String> roundUpBySentence;
  /** Per sentence: whether all its background words only order steps (order-markers.txt). */
  private final ImmutableList<Boolean> onlyOrderBySentence;

  public Events(ArticleContext ctx) {
    this.ctx = ctx;
    PhraseIndex events = ctx.rules.phrases("events", lexicon -> lexicon.mapping(LanguageFile.EVENTS));
    PhraseIndex markers = listIndex(ctx, LanguageFile.BACKGROUND_MARKERS);
    PhraseIndex breakers = listIndex(ctx, LanguageFile.EVENT_CLAUSE_BREAKERS);
    ImmutableList.Builder<List<PhraseIndex.Hit>> breakersBuilder = ImmutableList.builder();
    ImmutableList.Builder<List<PhraseIndex.Hit>> bySentence = ImmutableList.builder();
    ImmutableList.Builder<Boolean> background = ImmutableList.builder();
    ImmutableList.Builder<Boolean> onlyPlanned = ImmutableList.builder();
    java.util.Set<String> planning = ctx.rules.cached("expected-marker-keys", lexicon ->
        lexicon.list(LanguageFile.EXPECTED_MARKERS).stream()
            .map(dev.claimdiff.extract.engine.Texts::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    ImmutableList.Builder<Boolean> onlyOrder = ImmutableList.builder();
    java.util.Set<String> ordering = ctx.rules.cached("order-marker-keys", lexicon ->
        !lexicon.has(LanguageFile.ORDER_MARKERS) ? java.util.Set.<String>of()
            : lexicon.list(LanguageFile.ORDER_MARKERS).stream()
                .map(dev.claimdiff.extract.engine.Texts::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (Sentence sentence : ctx.sentences) {
      List<PhraseIndex.Hit> all = events.find(sentence, ctx.words(sentence));
      // an event word that only modifies a noun ('posko evakuasi') still tells what the
      // article is about, but it is no value's event
      bySentence.add(heads(ctx, sentence, all));
      breakersBuilder.add(breakers.find(sentence, ctx.words(sentence)));
      List<PhraseIndex.Hit> markerHits = markers.find(sentence, ctx.words(sentence));
      background.add(!markerHits.isEmpty());
      onlyOrder.add(!markerHits.isEmpty() && markerHits.stream()
          .allMatch(h -> ordering.contains(dev.claimdiff.extract.engine.Texts.key(h.value()))));
      onlyPlanned.add(!markerHits.isEmpty() && markerHits.stream()
          .allMatch(h -> planning.contains(dev.claimdiff.extract.engine.Texts.key(h.value()))));
      for (PhraseIndex.Hit hit : all) {
        if (ctx.quotationAt(hit.start()) == null) {
          counts.merge(hit.value(), 1, Integer::sum);
          firstSeen.putIfAbsent(hit.value(), hit.start());
        }
      }
    }
    this.eventsBySentence = bySentence.build();
    this.backgroundBySentence = afterAnaphors(ctx, background.build(), eventsBySentence);
    this.onlyPlannedBySentence = afterAnaphors(ctx, onlyPlanned.build(), eventsBySentence);
    this.onlyOrderBySentence = onlyOrder.build();
    this.breakersBySentence = breakersBuilder.build();
    this.mainEvent = counts.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue())
            ? Integer.compare(firstSeen.get(b.getKey()), firstSeen.get(a.getKey()))
            : Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey)
        .orElse(null);
    this.preview = firstMainIsPlanned();
    this.whenEvent = whole(mainEvent, counts, firstSeen);
    this.roundUpBySentence = roundUps();
  }

  /**
   * Per sentence: the other event of a round-up the sentence stands in, or null. A sentence that
   * opens with a word of {@code roundup-openers.txt} ('Sementara itu, di ...', 'Meanwhile, in
   * ...', 'In a separate incident') and names another event than the main one (neither a part of
   * it nor it a part of that event), without naming the main event, opens a round-up item: it
   * and the sentences after it that name no event of their own are about that event, until a
   * sentence names the main event again.
   */
  private List<@Nullable String> roundUps() {
    List<@Nullable String> carried = new java.util.ArrayList<>();
    if (mainEvent == null || !ctx.rules.lexicon().has(LanguageFile.ROUNDUP_OPENERS)) {
      ctx.sentences.forEach(s -> carried.add(null));
      return java.util.Collections.unmodifiableList(carried);
    }
    Pattern opener = ctx.rules.pattern("roundup-openers", lexicon -> Pattern.compile(
        "^[\\s\"'\u201c(\\[]*(?:" + WordPatterns.alternation(
            lexicon.list(LanguageFile.ROUNDUP_OPENERS)) + ")(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    String current = null;
    for (Sentence sentence : ctx.sentences) {
      List<PhraseIndex.Hit> hits = eventsBySentence.get(sentence.index());
      boolean namesMain = hits.stream().anyMatch(h -> h.value().equals(mainEvent));
      if (namesMain) {
        current = null;
      } else if (opener.matcher(ctx.text).region(sentence.start(), sentence.end()).lookingAt()) {
        String other = hits.stream().map(PhraseIndex.Hit::value)
            .filter(e -> !parts().getOrDefault(e, java.util.Set.of()).contains(mainEvent)
                && !parts().getOrDefault(mainEvent, java.util.Set.of()).contains(e))
            .findFirst().orElse(null);
        if (other != null) {
          current = other;
        }
      }
      carried.add(current);
    }
    return java.util.Collections.unmodifiableList(carried);
  }

  /**
   * The event a running main event ('search operation') is a part of by event-parts.txt and the
   * article names most often (the first named on a tie), or the main event itself.
   */
  private @Nullable String whole(@Nullable String main, Map<String, Integer> counts,
      Map<String, Integer> firstSeen) {
    if (main == null || !dev.claimdiff.extract.RunningEvents.contains(main)) {
      return main;
    }
    java.util.Set<String> wholes = parts().getOrDefault(main, java.util.Set.of());
    return counts.keySet().stream().filter(wholes::contains)
        .max((a, b) -> counts.get(a).equals(counts.get(b))
            ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
            : Integer.compare(counts.get(a), counts.get(b)))
        .orElse(main);
  }

  /** event-parts.txt: each part with the events it is a part of. */
  private Map<String, java.util.Set<String>> parts() {
    return ctx.rules.cached("event-parts", lexicon -> {
      Map<String, java.util.Set<String>> map = new HashMap<>();
      for (dev.claimdiff.lang.KeyedList.Line line : lexicon.keyed(LanguageFile.EVENT_PARTS)) {
        map.computeIfAbsent(line.key(), k -> new java.util.HashSet<>()).addAll(line.words());
      }
      return map;
    });
  }

  /** The key of event-compound-heads.txt for a head noun right after the event word. */
  private static final String HEAD_AFTER = "+1";
  /** The key of event-compound-heads.txt for a head noun right before the event word. */
  private static final String HEAD_BEFORE = "-1";

  /**
   * The event words of a sentence without those that only modify a noun of
   * {@code event-compound-heads.txt} ('evacuation centres', 'pusat evakuasi', 'fire trucks'):
   * they name a place, a vehicle or a plan, not an event that happened.
   */
  private static List<PhraseIndex.Hit> heads(ArticleContext ctx, Sentence sentence,
      List<PhraseIndex.Hit> hits) {
    if (hits.isEmpty()) {
      return hits;
    }
    Pattern after = headPattern(ctx, HEAD_AFTER, true);
    Pattern before = headPattern(ctx, HEAD_BEFORE, false);
    List<PhraseIndex.Hit> kept = new java.util.ArrayList<>(hits.size());
    for (PhraseIndex.Hit hit : hits) {
      boolean modifier = after.matcher(ctx.text).region(hit.end(), sentence.end()).lookingAt()
          || before.matcher(ctx.text).region(sentence.start(), hit.start()).find();
      if (!modifier) {
        kept.add(hit);
      }
    }
    return kept.size() == hits.size() ? hits : kept;
  }

  /** The head nouns of one key as a pattern right after ({@code after}) or before an event word. */
  private static Pattern headPattern(ArticleContext ctx, String key, boolean after) {
    return ctx.rules.pattern("event-compound-heads-" + key, lexicon -> {
      List<String> words = lexicon.keyed(LanguageFile.EVENT_COMPOUND_HEADS).stream()
          .filter(line -> line.key().equals(key)).flatMap(line -> line.words().stream()).toList();
      if (words.isEmpty()) {
        return Pattern.compile("(?!)");
      }
      String alternation = WordPatterns.alternation(words);
      return Pattern.compile(after ? "\\s+" + alternation : alternation + "\\s+$");
    });
  }

  /**
   * Whether the first naming of the main event outside quotations is what a word of
   * {@code expected-markers.txt} in its clause plans ('akan bertemu', 'dijadwalkan bertemu',
   * 'Bakal Bertatap Muka'; not 'akan mengirim proposal untuk perundingan', {@link
   * Hedges#plans}): the article is a preview, written before the event.
   */
  private boolean firstMainIsPlanned() {
    return mainEvent != null && (firstMainIsPlanned(false) || firstMainIsPlanned(true));
  }

  /**
   * Whether the first naming of the main event outside quotations (with {@code bodyOnly}, the
   * first outside the headline: a headline's 'to meet' has no word of expected-markers.txt, the
   * body's 'will meet' does) is planned.
   */
  private boolean firstMainIsPlanned(boolean bodyOnly) {
    for (Sentence sentence : ctx.sentences) {
      for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
        if (hit.value().equals(mainEvent) && ctx.quotationAt(hit.start()) == null
            && !(bodyOnly && ctx.zones.at(hit.start()) == dev.claimdiff.extract.Zone.HEADLINE)) {
          return Hedges.plans(ctx, sentence, hit.start());
        }
      }
    }
    return false;
  }

  /** Whether the article previews its main event (see {@link #firstMainIsPlanned}). */
  public boolean preview() {
    return preview;
  }

  /** Where an event word stands: characters [start, end) of the cleaned text. */
  public record Span(int start, int end) {}

  /** The event words of a sentence within [from, to), left to right. */
  public List<Span> eventsBetween(Sentence sentence, int from, int to) {
    List<Span> out = new java.util.ArrayList<>();
    for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
      if (hit.start() >= from && hit.end() <= to) {
        out.add(new Span(hit.start(), hit.end()));
      }
    }
    return out;
  }

  /** Whether an event word stands in [from, to) of a sentence. */
  public boolean eventBetween(Sentence sentence, int from, int to) {
    for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
      if (hit.start() >= from && hit.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /** A phrase index over the entries of a word list, each standing for itself. */
  private static PhraseIndex listIndex(ArticleContext ctx, LanguageFile list) {
    return ctx.rules.phrases(list.path(), lexicon -> {
      Map<String, String> self = new LinkedHashMap<>();
      lexicon.list(list).forEach(w -> self.put(w, w));
      return self;
    });
  }

  /**
   * The event of a value at [start, end) in a sentence: the nearest event word; with none, the
   * other event of the round-up item it stands in ({@link #roundUps}), else the article's main
   * event.
   */
  public @Nullable String eventNear(Sentence sentence, int start, int end) {
    String near = eventWithin(sentence, start, end, Integer.MAX_VALUE, Integer.MAX_VALUE);
    if (near != null) {
      return near;
    }
    String roundUp = roundUpBySentence.get(sentence.index());
    return roundUp != null ? roundUp : mainEvent;
  }

  /**
   * The event a count at [start, end) counts: its {@link #eventNear event}, unless that is a part
   * of the article's main event by {@code event-parts.txt} (the landslides of a flood, the search
   * after an earthquake), then the main event, so that one disaster's tolls share one slot; the
   * main event too when the sentence names it beside the nearer event word (a cause, a part).
   */
  public @Nullable String countedEvent(Sentence sentence, int start, int end) {
    String near = eventNear(sentence, start, end);
    if (near == null || mainEvent == null || near.equals(mainEvent)) {
      return near;
    }
    for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
      if (hit.value().equals(mainEvent) && sameVoice(hit.start(), start)) {
        // 'floods and landslides triggered by rain killed six': the sentence names the main
        // event, so its counts are the main event's whichever event word stands nearest
        return mainEvent;
      }
    }
    return parts().getOrDefault(near, java.util.Set.of()).contains(mainEvent) ? mainEvent : near;
  }

  /** The event of the event word that starts at {@code start} in a sentence, or null. */
  public @Nullable String eventAt(Sentence sentence, int start) {
    for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
      if (hit.start() == start) {
        return hit.value();
      }
    }
    return null;
  }

  /** Are both offsets in the same quotation, or both outside quotations? */
  private boolean sameVoice(int a, int b) {
    return ctx.quotationAt(a) == ctx.quotationAt(b);
  }

  private boolean crossesClause(Sentence sentence, int from, int to) {
    for (PhraseIndex.Hit breaker : breakersBySentence.get(sentence.index())) {
      if (breaker.start() >= from && breaker.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The event word nearest to [start, end) that stands at most {@code before} characters before
   * it or {@code after} characters after it in its sentence, or null.
   */
  public @Nullable String eventWithin(Sentence sentence, int start, int end, int before, int after) {
    return eventWithin(sentence, start, end, before, after, false);
  }

  /**
   * The event of a date or place at [start, end): as {@link #eventNear}, except that an event
   * word after it past a comma counts only when none stands before it in the sentence ('sank
   * late on Thursday, the search and rescue agency said': the agency's name is no event of the
   * date; 'On Thursday, the boat sank' keeps the sinking).
   */
  public @Nullable String eventOfDayOrPlace(Sentence sentence, int start, int end) {
    String near = eventWithin(sentence, start, end, Integer.MAX_VALUE, Integer.MAX_VALUE, true);
    return near != null ? near : mainEvent;
  }

  private @Nullable String eventWithin(Sentence sentence, int start, int end, int before,
      int after, boolean commaBreaks) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PhraseIndex.Hit hit : eventsBySentence.get(sentence.index())) {
      if (hit.start() < end && start < hit.end() || !sameVoice(hit.start(), start)) {
        continue; // the value's own words; a quotation's words and the narration's
      }
      boolean isBefore = hit.end() <= start;
      int distance = isBefore ? start - hit.end() : hit.start() - end;
      boolean inRange = distance <= (isBefore ? before : after);
      if (!isBefore && crossesClause(sentence, end, hit.start())) {
        distance += LATER_CLAUSE_PENALTY; // 'selama enam jam dan dihentikan': another clause
      } else if (!isBefore && commaBreaks && ctx.text.substring(end, hit.start()).indexOf(',') >= 0) {
        distance += LATER_CLAUSE_PENALTY; // '…, the search and rescue agency said'
      }
      if (inRange && distance < bestDistance) {
        bestDistance = distance;
        best = hit.value();
      }
    }
    return best;
  }

  /**
   * The flags with each sentence that opens with a word of past-anaphors.txt ('Kala itu', 'At the
   * time'), or with an event word its previous sentence names taken up by a demonstrative
   * ('Pertemuan itu', {@link #opensWithEventAnaphor}), taking its previous sentence's flag:
   * 'Keduanya terakhir bertemu di Kuala Lumpur pada 2025. Kala itu, pertemuan berlangsung lebih
   * dari tiga jam' and '… pada 2025. Pertemuan itu berlangsung lebih dari tiga jam' are the
   * earlier meeting's length.
   */
  private static ImmutableList<Boolean> afterAnaphors(ArticleContext ctx, ImmutableList<Boolean> flags,
      ImmutableList<List<PhraseIndex.Hit>> events) {
    List<Boolean> out = new java.util.ArrayList<>(flags);
    for (int i = 1; i < out.size(); i++) {
      Sentence sentence = ctx.sentences.get(i);
      if (out.get(i - 1) && !out.get(i) && (opensWithPastAnaphor(ctx, sentence)
          || opensWithEventAnaphor(ctx, sentence, events.get(i), events.get(i - 1)))) {
        out.set(i, true);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** What may stand before a sentence's first word: spaces, quotation marks, a bracket. */
  private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s\"\u201c'\u2018(]*");

  /** How many words may stand between an event word and the demonstrative that takes it up. */
  private static final int ANAPHOR_GAP_WORDS = 2;

  /**
   * Whether a sentence opens with an event word that its previous sentence also names, taken up
   * by a word of {@code demonstratives.txt} within {@value #ANAPHOR_GAP_WORDS} words ('Pertemuan
   * itu', 'Pertemuan puncak tersebut'): the sentence goes on about the previous one's event. A
   * language without demonstratives after the noun (English) has no such list.
   */
  private static boolean opensWithEventAnaphor(ArticleContext ctx, Sentence sentence,
      List<PhraseIndex.Hit> hits, List<PhraseIndex.Hit> before) {
    if (hits.isEmpty() || !ctx.rules.lexicon().has(LanguageFile.DEMONSTRATIVES)) {
      return false;
    }
    PhraseIndex.Hit first = hits.stream().min(java.util.Comparator.comparingInt(PhraseIndex.Hit::start))
        .orElseThrow();
    if (!SENTENCE_OPENING.matcher(ctx.text).region(sentence.start(), first.start()).matches()
        || before.stream().noneMatch(h -> h.value().equals(first.value()))) {
      return false;
    }
    Pattern taken = ctx.rules.pattern("event-anaphor-demonstrative", lexicon -> Pattern.compile(
        "(?:\\s+\\p{L}+){0," + ANAPHOR_GAP_WORDS + "}?\\s+"
            + WordPatterns.alternation(lexicon.list(LanguageFile.DEMONSTRATIVES))));
    return taken.matcher(ctx.text).region(first.end(), sentence.end()).lookingAt();
  }

  /**
   * Whether a sentence opens with a word of past-anaphors.txt ('Saat itu', 'At the time'): it is
   * about the time the sentence before names.
   */
  public static boolean opensWithPastAnaphor(ArticleContext ctx, Sentence sentence) {
    Pattern opening = ctx.rules.pattern("sentence-past-anaphor", lexicon -> Pattern.compile(
        "[\\s\"“'‘(]*" + WordPatterns.alternation(lexicon.list(LanguageFile.PAST_ANAPHORS))));
    return opening.matcher(ctx.text).region(sentence.start(), sentence.end()).lookingAt();
  }

  /**
   * Whether the sentence opens with an event word that the sentence before names, taken up by a
   * demonstrative ('Pertemuan itu …'): it goes on about that sentence's event.
   */
  public boolean takesUpPrevious(Sentence sentence) {
    int i = sentence.index();
    return i > 0 && opensWithEventAnaphor(ctx, sentence, eventsBySentence.get(i),
        eventsBySentence.get(i - 1));
  }

  /** Whether the sentence holds a word of background-markers.txt: it is about an earlier event. */
  public boolean background(Sentence sentence) {
    return backgroundBySentence.get(sentence.index());
  }

  /** Whether the sentence names any event word. */
  public boolean namesEvent(Sentence sentence) {
    return !eventsBySentence.get(sentence.index()).isEmpty();
  }

  /**
   * Whether a date of this event in this sentence dates the article's main event: as
   * {@link #isMain}, except that in a preview a sentence whose only background words are
   * planning words ('dijadwalkan', 'scheduled') gives the event's expected date, the one a
   * preview is about, not an earlier event's.
   */
  public boolean isMainDate(@Nullable String event, Sentence sentence) {
    return isMainPlace(event, sentence) || preview && event != null && event.equals(mainEvent)
        && onlyPlannedBySentence.get(sentence.index());
  }

  /**
   * Whether a place (or date) of this event in this sentence is the main event's: as
   * {@link #isMain}, but of the event a running main event is a part of when the article names
   * one (the sinking, not the search that followed it).
   */
  public boolean isMainPlace(@Nullable String event, Sentence sentence) {
    return event != null && event.equals(whenEvent) && !backgroundBySentence.get(sentence.index());
  }

  /**
   * As {@link #isMain}, except that a sentence whose only background words are planning words
   * ('dijadwalkan', 'scheduled') may still hold what happened: the caller tells a plan apart by
   * where its planning word stands ('Pertemuan yang dijadwalkan tiga jam itu berakhir kurang dari
   * dua jam': the two hours happened).
   */
  public boolean isMainUnlessPlanned(@Nullable String event, Sentence sentence) {
    return event != null && event.equals(mainEvent) && (!backgroundBySentence.get(sentence.index())
        || onlyPlannedBySentence.get(sentence.index()));
  }

  /**
   * Whether a length of one part of this event in this sentence is of the article's main event:
   * as {@link #isMain}, except that a sentence whose only background words order the steps of
   * one event ({@code order-markers.txt}: 'Kedua pemimpin lebih dulu bertemu empat mata selama 20
   * menit') is no earlier event's.
   */
  public boolean isMainPart(@Nullable String event, Sentence sentence) {
    return isMain(event, sentence) || event != null && event.equals(mainEvent)
        && onlyOrderBySentence.get(sentence.index());
  }

  /** Whether a value of this event in this sentence is about the article's main event. */
  public boolean isMain(@Nullable String event, Sentence sentence) {
    return event != null && event.equals(mainEvent) && !backgroundBySentence.get(sentence.index());
  }
}
