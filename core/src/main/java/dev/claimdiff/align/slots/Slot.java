package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.RunningEvents;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import org.jspecify.annotations.Nullable;

/**
 * What a value claim is about: the slot whose values the outlets are compared on. DURATION,
 * EVENT_DATE and LOCATION of an article's main event are keyed by the event; COMMITMENT by
 * actor and action; QUANTITY by what is counted and its event (a count that does not say what
 * it counts has no slot).
 *
 * @param type the claim type
 * @param key what the slot is about within the type ({@code deaths (earthquake)})
 * @param description the slot for people ({@code How many deaths (earthquake)})
 * @param running how its values may change as the story unfolds: {@code rises} (a toll),
 *     {@code either} (the missing), or null for a value fixed once the event is over; the
 *     values of a running count are ordered in time before they are compared
 */
public record Slot(ClaimType type, String key, String description, @Nullable String running) {
  /** The lines of {@code generic-counts.txt}: counts, and '* word *' infixes. */
  private static final ImmutableList<String> GENERIC_COUNT_LINES =
      WordList.load("dev/claimdiff/align/generic-counts.txt");
  private static final ImmutableSet<String> GENERIC_COUNTS =
      ImmutableSet.copyOf(GENERIC_COUNT_LINES.stream().filter(w -> !w.startsWith("* ")).toList());
  /** Words that make any count holding them between two words generic ('* from *'). */
  private static final ImmutableList<String> GENERIC_INFIXES =
      GENERIC_COUNT_LINES.stream()
          .filter(w -> w.startsWith("* ") && w.endsWith(" *") && w.length() > 4)
          .map(w -> w.substring(1, w.length() - 1)).collect(ImmutableList.toImmutableList());

  /** Qualifiers that make a count an increment ('deaths added'), which has no slot. */
  private static final ImmutableSet<String> INCREMENTS =
      ImmutableSet.copyOf(WordList.load("dev/claimdiff/align/increment-qualifiers.txt"));

  /** Counts that change as a story unfolds, with the way they change ('rises', 'either'). */
  private static final ImmutableMap<String, String> RUNNING_COUNTS = runningCounts();

  /**
   * This count's slot titled without its event ({@code How many troops}, not {@code How many
   * troops (meeting)}); its key, and so its name, kept.
   */
  Slot titledWithoutEvent(QuantityValue q) {
    return new Slot(type, key, "How many " + q.what() + (q.expected() ? " (expected)" : ""),
        running);
  }

  /** The slot's name in findings ({@code QUANTITY / deaths (earthquake)}). */
  public String name() {
    return type + " / " + key;
  }

  private static ImmutableMap<String, String> runningCounts() {
    ImmutableMap.Builder<String, String> counts = ImmutableMap.builder();
    for (KeyedList.Line line : KeyedList.load("dev/claimdiff/align/running-counts.txt")) {
      counts.put(line.key(), line.value());
    }
    return counts.buildOrThrow();
  }

  /** The slot name of a value claim ({@code QUANTITY / deaths (earthquake)}), or null. */
  public static @Nullable String nameOf(Claim c) {
    Slot slot = of(c);
    return slot == null ? null : slot.name();
  }

  /** What a value claim's slot is about, for people ({@code How many deaths}). */
  public static String describe(Claim c) {
    Slot slot = of(c);
    if (slot != null) {
      return slot.description();
    }
    return c.value() instanceof QuantityValue q ? "How many " + q.what()
        : c.type() == ClaimType.EVENT_DATE ? "When it happened"
        : c.type() == ClaimType.DURATION ? "How long it lasted" : c.type().name();
  }

  /** Whether a count is too vague to have a slot ('people', a goal's minute). */
  static boolean isGeneric(String what) {
    return GENERIC_COUNTS.contains(what) || GENERIC_INFIXES.stream().anyMatch(what::contains);
  }

  /** Whether a count's last word is a qualifier of an increment ('deaths added'). */
  static boolean isIncrement(String what) {
    String[] words = WordPatterns.WHITE_SPACE.split(what);
    return words.length > 1 && INCREMENTS.contains(words[words.length - 1]);
  }

  /** The slot of a value claim, or null when it has none (a quotation, a bare amount). */
  public static @Nullable Slot of(Claim c) {
    if (c.value() instanceof DurationValue d && d.main() && d.event() != null
        && countsDays(d)) {
      return days(c.type(), d.event(), d.expected());
    }
    if (c.value() instanceof DurationValue d && d.main() && d.event() != null) {
      if (d.part() != null) {
        // one part of the main event ('the one-on-one'): compared with that part's lengths only
        return d.part().equals(UNCOMPARED_PART) ? null
            : duration(c.type(), d.event() + " / " + d.part(), d.expected());
      }
      return duration(c.type(), d.event(), d.expected());
    }
    if (c.value() instanceof EventDateValue d && d.main() && d.event() != null
        && !RunningEvents.contains(d.event())) {
      return new Slot(c.type(), d.event(), "When the " + d.event() + " took place", null);
    }
    if (c.value() instanceof LocationValue l && l.main() && l.event() != null
        && !RunningEvents.contains(l.event())) {
      return new Slot(c.type(), l.event(), "Where the " + l.event() + " took place", null);
    }
    if (c.value() instanceof CommitmentValue v) {
      return promise(v.actor(), v.action());
    }
    if (c.value() instanceof QuantityValue q && (q.unit() != null && q.unit().equals(q.what())
        || isGeneric(q.what()))) {
      return null; // an amount that does not say what it is ('Rp 1 miliar'), or 'orang' alone
    }
    if (c.value() instanceof QuantityValue q && isIncrement(q.what())) {
      return null; // 'three more bodies': a day's finds, not the toll
    }
    if (c.value() instanceof QuantityValue q) {
      return quantity(c, q, q.event());
    }
    return null;
  }

  /** A day in minutes: the shortest length that counts the days an event ran over. */
  private static final double DAY = 24 * 60;

  /**
   * Whether a length counts the days its event ran over ({@code berunding selama dua hari},
   * {@code two days of talks}, {@code 72 jam}): a day or more. News reckons such a length in
   * calendar days, the days on which the event sat, not the time it took: two days of talks may
   * hold three hours of plenary on the first and five on the second, and a flood that lasted
   * two days may have receded after 30 hours. So a length of a day or more is never compared
   * with one under a day (the hours at the table, the minutes of a meeting); lengths of a day or
   * more are compared with each other, in a slot of their own ({@code meeting (days)}).
   */
  static boolean countsDays(DurationValue d) {
    return d.minutes() >= DAY;
  }

  /** The slot of the lengths in days of an event ({@code DURATION / meeting (days)}). */
  private static Slot days(ClaimType type, String event, boolean expected) {
    return expected
        ? new Slot(type, event + " (days, expected)", "How many days the " + event
            + " was expected to run", null)
        : new Slot(type, event + " (days)", "How many days the " + event + " ran", null);
  }

  /**
   * The slot of the whole event a part's length is of ({@code meeting} for the one-on-one of
   * the meeting), which that length may only corroborate, or null when the claim is no part's
   * length: outlets write the talks' length where others give the delegations' session, so the
   * two may agree, but a part never contradicts the whole.
   */
  static @Nullable Slot wholeOfPart(Claim c) {
    if (!(c.value() instanceof DurationValue d) || d.part() == null || d.event() == null
        || d.part().equals(UNCOMPARED_PART)) {
      return null;
    }
    return duration(c.type(), d.event(), d.expected());
  }

  /**
   * The part of {@code duration-parts.txt} that is no one occasion ('12 jam setiap hari', '12
   * hours a day'): its lengths are compared with nothing.
   */
  private static final String UNCOMPARED_PART = "rate";

  /**
   * Happenings whose lengths are keyed by their figure ({@code align/figure-keyed-lengths.txt}):
   * a time limit or a voyage names neither the task nor what befell the craft, so only the very
   * same length may agree and two lengths never meet.
   */
  private static final ImmutableSet<String> FIGURE_KEYED_LENGTHS =
      ImmutableSet.copyOf(WordList.load("dev/claimdiff/align/figure-keyed-lengths.txt"));

  /** The slot of a length of an event or of a part of it ({@code meeting / one-on-one}). */
  private static Slot duration(ClaimType type, String key, boolean expected) {
    String what = key.contains(" / ") ? key.substring(key.indexOf(" / ") + 3) + " of the "
        + key.substring(0, key.indexOf(" / ")) : key;
    return expected
        ? new Slot(type, key + " (expected)", "How long the " + what + " was expected to last",
            null)
        : new Slot(type, key, "How long the " + what + " lasted", null);
  }

  /** The slot of a promise: its actor and action. */
  static Slot promise(String actor, String action) {
    return new Slot(ClaimType.COMMITMENT, actor + " / " + action,
        "What " + actor + " promised (" + action + ")", null);
  }

  /**
   * The slot a duration, date or place that is not of its article's main event may only
   * corroborate, or null: the slot of its event (the story's when {@code align/one-disaster.txt}
   * lists the two as one disaster: the rain of a flood, the landslide leading one article about
   * it). Such a value was said in passing or of a part of the story, so it may show that outlets
   * agree but never that they contradict each other. A main-event value whose event is the
   * story's own has a slot of its own ({@link #of(Claim)}) and no corroborating one. A length
   * keeps its own event: how long the rain fell, or the first day's search lasted, is no length
   * of the flood or the accident, though their days and places may be the story's.
   */
  static @Nullable Slot corroborating(Claim c, @Nullable String story) {
    String event;
    boolean main;
    if (c.value() instanceof DurationValue d) {
      event = d.event();
      main = d.main();
    } else if (c.value() instanceof EventDateValue d) {
      event = d.event();
      main = d.main();
    } else if (c.value() instanceof LocationValue l) {
      event = l.event();
      main = l.main();
    } else {
      return null;
    }
    if (c.value() instanceof DurationValue d && FIGURE_KEYED_LENGTHS.contains(event)) {
      // a time limit or a voyage names no task or mishap: only the very same length may agree
      Slot slot = countsDays(d) ? days(c.type(), event, d.expected())
          : duration(c.type(), event, d.expected());
      return new Slot(slot.type(), slot.key() + " / " + d.minutes(), slot.description(),
          slot.running());
    }
    boolean dayOrPlace = !(c.value() instanceof DurationValue);
    if (dayOrPlace && RunningEvents.contains(event)) {
      return null; // a day or place of a search: one of many, compared with none
    }
    String compared = dayOrPlace ? StoryEvents.storyEventOf(event, story) : event;
    if (dayOrPlace && RunningEvents.contains(compared)) {
      compared = event; // a sinking's day is not compared under the search that followed it
    }
    if (compared == null || main && compared.equals(event)) {
      return null;
    }
    if (c.value() instanceof DurationValue d && countsDays(d)) {
      return days(c.type(), compared, d.expected());
    }
    if (c.value() instanceof DurationValue d) {
      if (d.part() != null) {
        // a part's length corroborates that part's only, never the whole event's
        return d.part().equals(UNCOMPARED_PART) ? null
            : duration(c.type(), compared + " / " + d.part(), d.expected());
      }
      return duration(c.type(), compared, d.expected());
    }
    return c.value() instanceof EventDateValue
        ? new Slot(c.type(), compared, "When the " + compared + " took place", null)
        : new Slot(c.type(), compared, "Where the " + compared + " took place", null);
  }

  /**
   * The slot of a QUANTITY claim compared under a story's event (see {@link StoryEvents}), or
   * null when the claim has no slot.
   */
  static @Nullable Slot of(Claim c, @Nullable String storyEvent) {
    Slot own = of(c);
    return own == null || !(c.value() instanceof QuantityValue q)
        || java.util.Objects.equals(storyEvent, q.event()) ? own : quantity(c, q, storyEvent);
  }

  /**
   * The slot of the count a superseded figure ({@code deaths superseded}: the old side of a
   * revision, see {@code SupersededFigures}) was the figure of, under the story's event as
   * {@link #of(Claim, String)} files the current figures; null for any other claim, an expected
   * figure, or a count with no slot. Such a figure has no slot of its own: it is only ever the
   * earlier point of its own article's UPDATE ({@link SlotFinder}), never a side of a
   * DISCREPANCY nor a party to an AGREEMENT.
   */
  static @Nullable Slot ofSuperseded(Claim c, @Nullable String storyEvent) {
    if (!(c.value() instanceof QuantityValue q) || q.expected()
        || !q.what().endsWith(" " + SUPERSEDED)) {
      return null;
    }
    String what = q.what().substring(0, q.what().length() - SUPERSEDED.length() - 1);
    if (what.isBlank() || isGeneric(what) || isIncrement(what)
        || q.unit() != null && q.unit().equals(what)) {
      return null;
    }
    QuantityValue current = new QuantityValue(q.event(), what, q.amount(), q.unit(),
        q.approximate(), q.low(), q.high(), q.bound(), q.expected(), q.asOf(), q.revision(),
        q.asOfOffset());
    return quantity(c, current, storyEvent);
  }

  /**
   * The qualifier of a superseded figure ({@code align/increment-qualifiers.txt}), the one
   * {@code extract.claims.SupersededFigures} writes (the aligner reads claims, never that layer).
   */
  static final String SUPERSEDED = "superseded";

  private static Slot quantity(Claim c, QuantityValue q, @Nullable String storyEvent) {
    String event = storyEvent == null ? "" : " (" + storyEvent + ")";
    String expected = q.expected() ? " (expected)" : "";
    String running = q.expected() ? null : RUNNING_COUNTS.getOrDefault(q.what(),
        RUNNING_COUNTS.get(WordPatterns.WHITE_SPACE.split(q.what())[0]));
    if (Timeline.FIXED.equals(running)) {
      running = null; // a kind of a running count that is fixed ('vehicles on board')
    }
    return new Slot(c.type(), q.what() + event + expected, "How many " + q.what() + event
        + expected, running);
  }
}
