package dev.claimdiff.eval;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The scores of a report against a gold annotation.
 *
 * @param types per claim type: core gold claims found, and precision where the gold is exhaustive
 * @param misses the core gold claims no reported claim matched
 * @param findings each gold finding and whether the report reproduced it
 * @param unexplained reported discrepancies and inconsistencies no gold finding explains
 * @param recall core claims found / core claims
 * @param precision matched / reported claims, on the exhaustive types
 */
public record EvalResult(
    ImmutableList<TypeScore> types,
    ImmutableList<Miss> misses,
    ImmutableList<FindingScore> findings,
    ImmutableList<String> unexplained,
    double recall,
    double precision) {

  /** Recall and precision of one claim type. */
  public record TypeScore(String type, int found, int core, @Nullable Integer correct,
      @Nullable Integer reported) {}

  /** A core gold claim that was not found. */
  public record Miss(String id, String type, String evidence) {}

  /** Whether a gold finding was reproduced. */
  public record FindingScore(String id, String kind, boolean reproduced, String summary) {}

  /** Gold findings reproduced. */
  public long findingsReproduced() {
    return findings.stream().filter(FindingScore::reproduced).count();
  }

  /** The closing line, in the reference scorer's words. */
  public String scoreLine() {
    return String.format(Locale.ROOT,
        "score: claims_recall=%.2f claims_precision=%.2f findings=%d/%d false_alarms=%d",
        recall, precision, findingsReproduced(), findings.size(), unexplained.size());
  }

  /** A table like the reference scorer's, misses included. */
  public String render() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %8s %9s%n", "type", "recall", "precision"));
    for (TypeScore t : types) {
      sb.append(String.format(Locale.ROOT, "%-16s %8s %9s%n", t.type(), t.found() + "/" + t.core(),
          t.reported() == null ? "-" : t.correct() + "/" + t.reported()));
    }
    for (Miss m : misses) {
      String evidence = m.evidence().length() > 70 ? m.evidence().substring(0, 70) : m.evidence();
      sb.append("   missed ").append(m.id()).append(' ').append(evidence).append('\n');
    }
    for (FindingScore f : findings) {
      String summary = f.summary().length() > 80 ? f.summary().substring(0, 80) : f.summary();
      sb.append(String.format(Locale.ROOT, "%-4s %-13s %-4s %s%n", f.id(), f.kind(),
          f.reproduced() ? "ok" : "--", summary));
    }
    for (String u : unexplained) {
      sb.append("unexplained ").append(u).append('\n');
    }
    return sb.append(scoreLine()).append('\n').toString();
  }
}
