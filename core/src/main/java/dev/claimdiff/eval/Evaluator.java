package dev.claimdiff.eval;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores a report against a gold annotation ({@code claimdiff-gold/1}) with the matching rules of
 * the reference scorer: a reported claim matches a gold claim of the same article and type when,
 * for QUOTE and STATEMENT, the speaker is the same entity and the words overlap (span or tokens,
 * 60% for quotes, 50% for statements); for the value types, the normalised values agree. A gold
 * finding is reproduced when a reported finding of the same kind rests on claims matching all of
 * its claims (VARIANT: mentions all its spellings; UPDATE: also in the gold's time order). A gold
 * trap (values that must not be called a discrepancy) is broken when a reported DISCREPANCY or
 * INCONSISTENCY that no gold finding explains rests on its claims (on two of them with different
 * values, when it lists several).
 */
public final class Evaluator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");
  /** A gold due date's words in every language ({@code lang/<code>/eval/due-words.txt}). */
  private static final ImmutableMap<String, ImmutableSet<String>> DUE = goldTerms(LanguageFile.EVAL_DUE_WORDS);
  /** A gold counted noun's words in every language ({@code lang/<code>/eval/counted-words.txt}). */
  private static final ImmutableMap<String, ImmutableSet<String>> WHAT =
      goldTerms(LanguageFile.EVAL_COUNTED_WORDS);

  private final JsonNode gold;
  private final Map<String, Set<String>> alias = new HashMap<>();

  private Evaluator(JsonNode gold) {
    this.gold = gold;
    gold.path("entities").fields().forEachRemaining(e -> {
      List<String> names = new ArrayList<>();
      names.add(e.getKey());
      e.getValue().forEach(a -> names.add(a.asText()));
      for (String n : names) {
        alias.computeIfAbsent(norm(n), k -> new LinkedHashSet<>()).add(e.getKey());
      }
    });
  }

  /**
   * The words of each gold term ({@code term: word, word} lines) over the eval lists of every
   * language that has the file: a gold file's terms are English, the articles' words are not.
   */
  private static ImmutableMap<String, ImmutableSet<String>> goldTerms(LanguageFile file) {
    Map<String, ImmutableSet.Builder<String>> terms = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      String resource = file.resource(language);
      if (!WordList.exists(resource)) {
        continue;
      }
      for (KeyedList.Line line : KeyedList.load(resource)) {
        terms.computeIfAbsent(line.key(), k -> ImmutableSet.builder()).addAll(line.words());
      }
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> out = ImmutableMap.builder();
    terms.forEach((term, words) -> out.put(term, words.build()));
    return out.buildOrThrow();
  }

  /** An evaluator for a gold file. */
  public static Evaluator forGold(Path goldFile) {
    try {
      JsonNode gold = JSON.readTree(Files.readString(goldFile));
      if (!gold.path("schema").asText("").startsWith("claimdiff-gold")) {
        throw new IllegalArgumentException(goldFile + ": not a claimdiff gold file (schema "
            + gold.path("schema").asText("missing") + ")");
      }
      return new Evaluator(gold);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + goldFile + ": " + e.getMessage(), e);
    }
  }

  /** Scores a report. */
  public EvalResult score(Report report) {
    try {
      return score(JSON.readTree(new JsonReportWriter().toJson(report)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores a report given as {@code claimdiff/report-v1} JSON. */
  public EvalResult score(JsonNode report) {
    Set<String> goldArticles = new HashSet<>();
    gold.path("articles").fieldNames().forEachRemaining(goldArticles::add);
    List<JsonNode> pred = new ArrayList<>();
    report.path("claims").forEach(c -> {
      if (goldArticles.contains(c.path("article").asText())) {
        pred.add(c);
      }
    });
    Map<String, List<Integer>> g2p = new HashMap<>();
    Map<Integer, Set<String>> p2g = new HashMap<>();
    for (JsonNode g : gold.path("claims")) {
      for (int i = 0; i < pred.size(); i++) {
        if (matches(g, pred.get(i))) {
          g2p.computeIfAbsent(g.path("id").asText(), k -> new ArrayList<>()).add(i);
          p2g.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(g.path("id").asText());
        }
      }
    }
    Set<String> exhaustive = new HashSet<>();
    gold.path("exhaustive_types").forEach(t -> exhaustive.add(t.asText()));
    ImmutableList.Builder<EvalResult.TypeScore> types = ImmutableList.builder();
    ImmutableList.Builder<EvalResult.Miss> misses = ImmutableList.builder();
    int totalCore = 0;
    int totalFound = 0;
    int tpAll = 0;
    int fpAll = 0;
    for (JsonNode typeNode : gold.path("claim_types")) {
      String type = typeNode.asText();
      int core = 0;
      int found = 0;
      for (JsonNode g : gold.path("claims")) {
        if (g.path("type").asText().equals(type) && g.path("core").asBoolean(true)) {
          core++;
          if (g2p.containsKey(g.path("id").asText())) {
            found++;
          } else {
            misses.add(new EvalResult.Miss(g.path("id").asText(), type, g.path("evidence").asText()));
          }
        }
      }
      totalCore += core;
      totalFound += found;
      Integer correct = null;
      Integer reported = null;
      if (exhaustive.contains(type) && !type.equals("LOCATION")) {
        int mine = 0;
        int tp = 0;
        for (int i = 0; i < pred.size(); i++) {
          if (pred.get(i).path("type").asText().equals(type)) {
            mine++;
            if (p2g.containsKey(i)) {
              tp++;
            }
          }
        }
        fpAll += mine - tp;
        tpAll += tp;
        correct = tp;
        reported = mine;
      }
      types.add(new EvalResult.TypeScore(type, found, core, correct, reported));
    }
    ImmutableList.Builder<EvalResult.FindingScore> findings = ImmutableList.builder();
    Set<Integer> explained = new HashSet<>();
    Map<String, Integer> pid = new HashMap<>();
    for (int i = 0; i < pred.size(); i++) {
      pid.put(pred.get(i).path("id").asText(), i);
    }
    JsonNode reportedFindings = report.path("findings");
    for (JsonNode f : gold.path("findings")) {
      boolean ok = false;
      for (int j = 0; j < reportedFindings.size(); j++) {
        JsonNode pf = reportedFindings.get(j);
        if (!pf.path("kind").asText().equals(f.path("kind").asText())) {
          continue;
        }
        if (kind(f) == Finding.Kind.VARIANT) {
          String blob = norm(pf.toString());
          boolean all = true;
          for (JsonNode v : f.path("values")) {
            all &= blob.contains(norm(v.asText()));
          }
          if (all) {
            ok = true;
            explained.add(j);
          }
          continue;
        }
        if (f.path("claims").isEmpty() && !f.path("articles").isEmpty()) {
          Set<String> articlesOf = new HashSet<>();
          pf.path("articles").forEach(a -> articlesOf.add(a.asText()));
          for (JsonNode cid : pf.path("claims")) {
            Integer i = pid.get(cid.asText());
            if (i != null) {
              articlesOf.add(pred.get(i).path("article").asText());
            }
          }
          boolean all = true;
          for (JsonNode a : f.path("articles")) {
            all &= articlesOf.contains(a.asText());
          }
          if (all) {
            ok = true;
            explained.add(j);
          }
          continue;
        }
        if (!family(pf.path("type").asText()).equals(family(f.path("type").asText()))) {
          continue;
        }
        Set<String> covered = new HashSet<>();
        for (JsonNode cid : pf.path("claims")) {
          Integer i = pid.get(cid.asText());
          if (i != null && p2g.containsKey(i)) {
            covered.addAll(p2g.get(i));
          }
        }
        boolean all = true;
        for (JsonNode c : f.path("claims")) {
          all &= covered.contains(c.asText());
        }
        if (all && kind(f) == Finding.Kind.UPDATE) {
          all = inGoldOrder(f, pf, pid, pred, p2g);
        }
        if (all) {
          ok = true;
          explained.add(j);
        }
      }
      findings.add(new EvalResult.FindingScore(f.path("id").asText(), f.path("kind").asText(), ok,
          f.path("summary").asText()));
    }
    ImmutableList.Builder<String> unexplained = ImmutableList.builder();
    for (int j = 0; j < reportedFindings.size(); j++) {
      JsonNode pf = reportedFindings.get(j);
      Finding.Kind kind = kind(pf);
      if (kind != null && kind.contradiction() && !explained.contains(j)) {
        unexplained.add(kind + " " + pf.path("type").asText() + " " + pf.path("summary").asText());
      }
    }
    double recall = totalFound / (double) Math.max(1, totalCore);
    double precision = tpAll / (double) Math.max(1, tpAll + fpAll);
    return new EvalResult(types.build(), misses.build(), findings.build(), unexplained.build(),
        recall, precision, traps(reportedFindings, explained, pid, pred, p2g));
  }

  /**
   * Whether a reported UPDATE lists the gold claims in the gold's order: the first timeline
   * entry each gold claim matches comes no earlier than that of the gold claim before it.
   */
  private static boolean inGoldOrder(JsonNode gold, JsonNode reported, Map<String, Integer> pid,
      List<JsonNode> pred, Map<Integer, Set<String>> p2g) {
    Map<String, Integer> position = new HashMap<>();
    JsonNode timeline = reported.path("timeline");
    for (int k = 0; k < timeline.size(); k++) {
      Integer i = pid.get(timeline.get(k).path("claim").asText());
      if (i != null && p2g.containsKey(i)) {
        for (String g : p2g.get(i)) {
          position.putIfAbsent(g, k);
        }
      }
    }
    // claims of one figure are listed once in the timeline: fall back on the claims' own order
    for (int k = 0; k < reported.path("claims").size(); k++) {
      Integer i = pid.get(reported.path("claims").get(k).asText());
      if (i != null && p2g.containsKey(i)) {
        for (String g : p2g.get(i)) {
          position.putIfAbsent(g, Integer.MAX_VALUE);
        }
      }
    }
    int last = -1;
    for (JsonNode c : gold.path("claims")) {
      Integer at = position.get(c.asText());
      if (at == null) {
        return false;
      }
      if (at != Integer.MAX_VALUE) {
        if (at < last) {
          return false;
        }
        last = at;
      }
    }
    return true;
  }

  /** Each gold trap with claims, and whether the report kept it (no discrepancy on it). */
  private ImmutableList<EvalResult.TrapScore> traps(JsonNode reportedFindings,
      Set<Integer> explained, Map<String, Integer> pid, List<JsonNode> pred,
      Map<Integer, Set<String>> p2g) {
    ImmutableList.Builder<EvalResult.TrapScore> out = ImmutableList.builder();
    int n = 0;
    for (JsonNode trap : gold.path("traps")) {
      n++;
      Set<String> trapClaims = new HashSet<>();
      trap.path("claims").forEach(c -> trapClaims.add(c.asText()));
      if (trapClaims.isEmpty()) {
        continue; // text that is no claim: only the false alarms can tell
      }
      int need = Math.min(2, trapClaims.size());
      String brokenBy = null;
      for (int j = 0; j < reportedFindings.size(); j++) {
        JsonNode pf = reportedFindings.get(j);
        Finding.Kind kind = kind(pf);
        if (kind == null || !kind.contradiction() || explained.contains(j)) {
          continue; // a planted discrepancy may hold a trap's values on one of its sides
        }
        Set<String> hit = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (JsonNode cid : pf.path("claims")) {
          Integer i = pid.get(cid.asText());
          if (i != null && p2g.containsKey(i) && p2g.get(i).stream().anyMatch(trapClaims::contains)) {
            p2g.get(i).stream().filter(trapClaims::contains).forEach(hit::add);
            values.add(pred.get(i).path("value").toString() + pred.get(i).path("speaker"));
          }
        }
        // a trap of several claims is broken when the finding sets them against each other
        boolean opposed = need == 1 || values.size() >= 2;
        if (hit.size() >= need && opposed && brokenBy == null) {
          brokenBy = kind + " " + pf.path("summary").asText();
        }
      }
      out.add(new EvalResult.TrapScore("T" + n, trap.path("why").asText(), brokenBy));
    }
    return out.build();
  }

  /** The kind a gold or reported finding names, or null for a name no kind has. */
  private static Finding.@Nullable Kind kind(JsonNode finding) {
    String name = finding.path("kind").asText();
    for (Finding.Kind kind : Finding.Kind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  private static String family(String type) {
    return type.equals("QUOTE") || type.equals("STATEMENT") ? "SPEECH" : type;
  }

  private boolean matches(JsonNode g, JsonNode p) {
    if (!g.path("article").asText().equals(p.path("article").asText())
        || !g.path("type").asText().equals(p.path("type").asText())) {
      return false;
    }
    String type = g.path("type").asText();
    double overlap = spanOverlap(g.get("span"), pspan(p));
    switch (type) {
      case "QUOTE", "STATEMENT" -> {
        String speaker = text(p.get("speaker"));
        if (speaker == null) {
          speaker = text(val(p, "speaker"));
        }
        boolean same = sameName(g.path("speaker").asText(), speaker)
            || g.hasNonNull("also_speaker") && sameName(g.path("also_speaker").asText(), speaker);
        if (!same) {
          return false;
        }
        double need = type.equals("QUOTE") ? 0.6 : 0.5;
        String words = text(p.get("text"));
        if (words == null || words.isEmpty()) {
          words = text(p.get("evidence"));
        }
        return overlap >= need || containment(g.path("evidence").asText(), words == null ? "" : words) >= need;
      }
      case "DURATION" -> {
        JsonNode minutes = val(p, "minutes");
        return minutes != null && minutes.isNumber()
            && minutes.asDouble() == g.path("minutes").asDouble();
      }
      case "EVENT_DATE" -> {
        String pd = text(val(p, "date"));
        pd = pd == null ? "" : pd;
        String gd = text(g.get("date"));
        if (gd != null && !gd.isEmpty() && !pd.isEmpty()) {
          return pd.startsWith(gd);
        }
        String gw = text(g.get("weekday"));
        boolean sameDay = gw != null && !gw.isEmpty()
            && norm(String.valueOf(text(val(p, "weekday")))).equals(norm(gw));
        return overlap > 0 && (sameDay || gw == null || gw.isEmpty());
      }
      case "LOCATION" -> {
        return norm(text(val(p, "place"))).equals(norm(g.path("place").asText()));
      }
      case "COMMITMENT" -> {
        String due = norm(text(val(p, "due")));
        Set<String> dues = DUE.getOrDefault(g.path("due").asText(),
            ImmutableSet.of(g.path("due").asText()));
        String actor = text(val(p, "actor"));
        return sameActor(g.path("actor").asText(), actor == null ? "" : actor)
            && (dues.contains(due) || overlap >= 0.5);
      }
      case "QUANTITY" -> {
        JsonNode amount = val(p, "amount");
        if (amount == null || !amount.isNumber()
            || amount.asDouble() != g.path("amount").asDouble()) {
          return false;
        }
        Set<String> words = new HashSet<>(List.of(norm(text(val(p, "what"))).split(" ")));
        String what = text(g.get("what"));
        Set<String> wanted = what == null ? Set.of() : WHAT.getOrDefault(what, ImmutableSet.of(what));
        return overlap > 0 || what == null || what.isEmpty()
            || words.stream().anyMatch(wanted::contains);
      }
      case "SOURCE_CITATION" -> {
        return norm(text(val(p, "source"))).equals(norm(g.path("source").asText()));
      }
      default -> {
        return false;
      }
    }
  }

  private boolean sameName(String goldName, @Nullable String predicted) {
    if (predicted == null || predicted.isEmpty()) {
      return false;
    }
    return canon(predicted).contains(goldName) || norm(goldName).equals(norm(predicted));
  }

  /**
   * Whether a reported promise's actor names the gold's: as {@link #sameName}, and two who promise
   * together ('Iran and United States', 'the two ministers' resolved to both names) are one pair
   * whatever order they are written in: each of the two names the gold joins with the canonical
   * connective ('and', English name-connectives.txt) is the same as one of the two reported, in
   * either order. A pair never matches one of its members, nor a member a pair.
   */
  private boolean sameActor(String goldName, @Nullable String predicted) {
    if (sameName(goldName, predicted)) {
      return true;
    }
    if (predicted == null) {
      return false;
    }
    String joiner = " " + Lexicon.of(Language.ENGLISH).list(LanguageFile.NAME_CONNECTIVES).get(0) + " ";
    String[] gold = goldName.split(Pattern.quote(joiner), -1);
    String[] pred = predicted.split(Pattern.quote(joiner), -1);
    if (gold.length != 2 || pred.length != 2) {
      return false;
    }
    return sameName(gold[0], pred[1]) && sameName(gold[1], pred[0])
        || sameName(gold[0], pred[0]) && sameName(gold[1], pred[1]);
  }

  private Set<String> canon(String s) {
    String n = norm(s);
    if (alias.containsKey(n)) {
      return alias.get(n);
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : alias.entrySet()) {
      if (e.getKey().length() > 3
          && Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
              .matcher(n).find()) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  private static @Nullable JsonNode val(JsonNode claim, String key) {
    JsonNode value = claim.get("value");
    if (value != null && value.has(key)) {
      return value.get(key);
    }
    return claim.get(key);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static int @Nullable [] pspan(JsonNode claim) {
    JsonNode s = claim.get("span");
    if (s != null && s.isObject() && s.has("start")) {
      return new int[] {s.get("start").asInt(), s.get("end").asInt()};
    }
    if (s != null && s.isArray() && s.size() == 2) {
      return new int[] {s.get(0).asInt(), s.get(1).asInt()};
    }
    return null;
  }

  private static double spanOverlap(@Nullable JsonNode gold, int @Nullable [] p) {
    if (gold == null || !gold.isArray() || gold.size() != 2 || p == null) {
      return 0;
    }
    int gs = gold.get(0).asInt();
    int ge = gold.get(1).asInt();
    int a = Math.max(gs, p[0]);
    int b = Math.min(ge, p[1]);
    return Math.max(0, b - a) / (double) Math.max(1, ge - gs);
  }

  private static double containment(String goldText, String predText) {
    List<String> g = tokens(goldText);
    Set<String> p = new HashSet<>(tokens(predText));
    long hit = g.stream().filter(p::contains).count();
    return hit / (double) Math.max(1, g.size());
  }

  private static List<String> tokens(String s) {
    String n = norm(s);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  static String norm(@Nullable String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(n).replaceAll(" ").strip();
  }
}
