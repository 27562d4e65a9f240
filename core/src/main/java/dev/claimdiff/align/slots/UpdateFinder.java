package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words an UPDATE: the figures of one slot that differ because time passed (a toll rising
 * through the day), in the time order {@link Timeline#judge} found, with a timeline entry per
 * figure. Consecutive figures that give the same number are written as one step, each outlet
 * credited with its own figure.
 */
final class UpdateFinder {
  private UpdateFinder() {}

  /** An UPDATE: the figures of a slot in time order. */
  static Finding find(Slot slot, String slotName, List<Timeline.Point> ordered,
      Map<String, ArticleDigest> articles) {
    ImmutableList.Builder<Finding.TimelineEntry> timeline = ImmutableList.builder();
    ImmutableList.Builder<String> values = ImmutableList.builder();
    List<String> steps = new ArrayList<>();
    Set<String> involved = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    Moment previous = null;
    SlotValue step = null;
    // clock times are shown in one zone, the story's, named once: a wire's 09:05 UTC and a local
    // outlet's 13:20 WIB side by side read as going back in time
    int read = Timeline.storyOffset(ordered); // the zone a clock with no zone was ordered in
    int local = displayZone(articles, read);
    boolean zoned = ordered.stream().anyMatch(p -> p.time() != null && p.time().offset() != null
        && p.time().minutes() != null);
    boolean named = false;
    for (int i = 0; i < ordered.size(); i++) {
      Timeline.Point p = ordered.get(i);
      String display = earlierFigure(p, p.value().display());
      timeline.add(new Finding.TimelineEntry(p.claims().get(0).id(), p.article(), display,
          p.time() == null ? null : p.time().iso()));
      values.add(display);
      involved.add(p.article());
      claims.addAll(p.claims());
      Moment shown = p.time() == null ? null
          : p.time().offset() == null && p.time().minutes() != null
              ? new Moment(p.time().day(), p.time().minutes(), read, p.time().iso()).in(local)
              : p.time().in(local);
      String zone = "";
      if (shown != null && shown.minutes() != null && zoned && !named) {
        zone = " " + Moment.zoneName(local);
        named = true;
      }
      String when = shown == null ? "earlier, " + FindingText.label(articles, p.article())
          : shown.display(previous) + zone + ", " + FindingText.label(articles, p.article());
      if (step != null && sameStep(step, p.value())) {
        steps.set(steps.size() - 1, steps.get(steps.size() - 1).replaceFirst("\\)$", "; " + when + ")"));
      } else {
        steps.add(display + " (" + when + ")");
        step = p.value();
      }
      previous = shown != null ? shown : previous;
    }
    claims.sort(Comparator.comparing(Claim::article).thenComparingInt(c -> c.span().start()));
    return new Finding("", Kind.UPDATE, slot.type().name(), FindingText.ids(claims),
        slot.description() + ", as the figure changed over time: " + String.join(" → ", steps),
        slotName, ImmutableList.copyOf(involved), values.build(), timeline.build());
  }

  /**
   * How a figure is shown: the old side of a revision (a superseded figure, {@code Slot.ofSuperseded})
   * as the count's earlier figure ('2 deaths (earlier figure)'), never with the internal
   * qualifier ('2 deaths superseded').
   */
  private static String earlierFigure(Timeline.Point p, String display) {
    boolean old = p.claims().stream().allMatch(c -> c.value()
        instanceof dev.claimdiff.extract.ClaimValue.QuantityValue q
        && q.what().endsWith(" " + Slot.SUPERSEDED));
    String suffix = " " + Slot.SUPERSEDED;
    return old && display.endsWith(suffix)
        ? display.substring(0, display.length() - suffix.length()) + " (earlier figure)"
        : display;
  }

  /**
   * The zone a report's clock times are shown in: the offset from UTC most of the articles'
   * publication times give other than UTC (the story's local zone), the same for every finding;
   * else {@code fallback}.
   */
  private static int displayZone(Map<String, ArticleDigest> articles, int fallback) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (ArticleDigest a : articles.values()) {
      Moment t = Moment.parse(a.published());
      if (t != null && t.offset() != null && t.offset() != 0) {
        counts.merge(t.offset(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(fallback);
  }

  /**
   * Whether a figure is written in the step of an earlier one: the same figure, not one that
   * merely fits it ('at least 6' fits 12, but an outlet that said 12 is credited with 12).
   */
  static boolean sameStep(SlotValue step, SlotValue value) {
    return step.compatible(value) && (!(step instanceof SlotValue.Amount a)
        || !(value instanceof SlotValue.Amount b) || a.value() == b.value());
  }
}
