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
    for (int i = 0; i < ordered.size(); i++) {
      Timeline.Point p = ordered.get(i);
      String display = p.value().display();
      timeline.add(new Finding.TimelineEntry(p.claims().get(0).id(), p.article(), display,
          p.time() == null ? null : p.time().iso()));
      values.add(display);
      involved.add(p.article());
      claims.addAll(p.claims());
      String when = p.time() == null ? "earlier, " + FindingText.label(articles, p.article())
          : p.time().display(previous) + ", " + FindingText.label(articles, p.article());
      if (step != null && sameStep(step, p.value())) {
        steps.set(steps.size() - 1, steps.get(steps.size() - 1).replaceFirst("\\)$", "; " + when + ")"));
      } else {
        steps.add(display + " (" + when + ")");
        step = p.value();
      }
      previous = p.time() != null ? p.time() : previous;
    }
    claims.sort(Comparator.comparing(Claim::article).thenComparingInt(c -> c.span().start()));
    return new Finding("", Kind.UPDATE, slot.type().name(), FindingText.ids(claims),
        slot.description() + ", as the figure changed over time: " + String.join(" → ", steps),
        slotName, ImmutableList.copyOf(involved), values.build(), timeline.build());
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
