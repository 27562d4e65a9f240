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
 * @param traps the gold's traps that name claims, and whether the report kept each
 */
public record EvalResult(
    ImmutableList<TypeScore> types,
    ImmutableList<Miss> misses,
    ImmutableList<FindingScore> findings,
    ImmutableList<String> unexplained,
    double recall,
    double precision,
    ImmutableList<TrapScore> traps) {
  /** The table cuts a missed claim's evidence to this many characters. */
  private static final int MAX_EVIDENCE_SHOWN = 70;
  /** The table cuts a gold finding's summary to this many characters. */
  private static final int MAX_SUMMARY_SHOWN = 80;

  /** Scores without traps (a gold file that lists none). */
  public EvalResult(ImmutableList<TypeScore> types, ImmutableList<Miss> misses,
      ImmutableList<FindingScore> findings, ImmutableList<String> unexplained, double recall,
      double precision) {
    this(types, misses, findings, unexplained, recall, precision, ImmutableList.of());
  }

  /**
   * A trap of the gold: values that must not become a DISCREPANCY or INCONSISTENCY.
   *
   * @param id {@code T1}, {@code T2}, … in the gold's order
   * @param why the gold's reason
   * @param brokenBy the reported finding that broke it, or null when it was kept
   */
  public record TrapScore(String id, String why, @Nullable String brokenBy) {
    /** Whether the report kept the trap. */
    public boolean kept() {
      return brokenBy == null;
    }
  }

  /** Gold findings of one kind, and how many were reproduced: {@code kind → {reproduced, all}}. */
  public java.util.Map<String, int[]> findingsByKind() {
    java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
    for (FindingScore f : findings) {
      int[] counts = byKind.computeIfAbsent(f.kind(), k -> new int[2]);
      counts[0] += f.reproduced() ? 1 : 0;
      counts[1]++;
    }
    return byKind;
  }

  /** Core gold claims found, over every type. */
  public int coreFound() {
    return types.stream().mapToInt(TypeScore::found).sum();
  }

  /** Core gold claims, over every type. */
  public int core() {
    return types.stream().mapToInt(TypeScore::core).sum();
  }

  /** Reported claims that match a gold claim, over the exhaustive types. */
  public int correct() {
    return types.stream().mapToInt(t -> t.correct() == null ? 0 : t.correct()).sum();
  }

  /** Reported claims, over the exhaustive types. */
  public int reported() {
    return types.stream().mapToInt(t -> t.reported() == null ? 0 : t.reported()).sum();
  }

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
      String evidence = m.evidence().length() > MAX_EVIDENCE_SHOWN
          ? m.evidence().substring(0, MAX_EVIDENCE_SHOWN) : m.evidence();
      sb.append("   missed ").append(m.id()).append(' ').append(evidence).append('\n');
    }
    for (FindingScore f : findings) {
      String summary = f.summary().length() > MAX_SUMMARY_SHOWN
          ? f.summary().substring(0, MAX_SUMMARY_SHOWN) : f.summary();
      sb.append(String.format(Locale.ROOT, "%-4s %-13s %-4s %s%n", f.id(), f.kind(),
          f.reproduced() ? "ok" : "--", summary));
    }
    for (String u : unexplained) {
      sb.append("unexplained ").append(u).append('\n');
    }
    if (!findings.isEmpty()) {
      sb.append("findings by kind:");
      findingsByKind().forEach((kind, c) -> sb.append(' ').append(kind).append(' ')
          .append(c[0]).append('/').append(c[1]));
      sb.append('\n');
    }
    for (TrapScore t : traps) {
      if (!t.kept()) {
        String why = t.why().length() > 70 ? t.why().substring(0, 70) : t.why();
        sb.append("trap broken ").append(t.id()).append(' ').append(why).append('\n');
      }
    }
    if (!traps.isEmpty()) {
      sb.append("traps kept: ").append(traps.stream().filter(TrapScore::kept).count()).append('/')
          .append(traps.size()).append('\n');
    }
    return sb.append(scoreLine()).append('\n').toString();
  }
}
