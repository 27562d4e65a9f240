package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a headline that contradicts its own article's body on a slot's value: an INCONSISTENCY
 * of the article. (A weekday that is not its date's is the other INCONSISTENCY.)
 */
final class HeadlineFinder {
  private HeadlineFinder() {}

  /**
   * A headline value that no value of its article's body fits is an INCONSISTENCY of the
   * article: one article, one moment. Only a headline that states a time of its own
   * ({@code asOf}) that no body figure states is left alone: it gives another moment's figure.
   */
  static void find(Slot slot, String slotName, List<Claim> heads,
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
      out.add(new Finding("", Kind.INCONSISTENCY, slot.type().name(), FindingText.ids(evidence),
          FindingText.label(articles, head.article()) + ": " + slot.description() + ": the headline says "
              + stated.display() + ", the body " + told.display(),
          slotName, ImmutableList.of(head.article()),
          ImmutableList.of(stated.display(), told.display())));
      return;
    }
  }
}
