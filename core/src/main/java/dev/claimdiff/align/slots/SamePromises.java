package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ContentSimilarity;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.align.UnionFind;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Agreements on a promise that outlets word differently. A COMMITMENT's slot is its actor and
 * action as written ({@code menyalurkan bantuan langsung}, {@code memberikan bantuan}), so two
 * outlets reporting one promise in their own words fall in two slots, each a UNIQUE. Promises of
 * one actor (letter case aside) with one stated due date, in articles of one language whose
 * sentences share at least {@value #MIN_SHARED} content words ({@link ContentSimilarity}), are
 * one promise: an AGREEMENT when two or more independent outlets give it. Promises that differ
 * are never a discrepancy here: different actions may be different promises.
 */
final class SamePromises {
  /** Content words the sentences of two wordings of one promise share at least. */
  static final int MIN_SHARED = 2;

  private SamePromises() {}

  /** A due with a calendar date: 'by 2026-12-07 (Monday)'. */
  private static final Pattern DATED_DUE =
      Pattern.compile("(\\S+) (\\d{4}-\\d{2}-\\d{2}) \\((\\p{Lu}\\p{Ll}+)\\)");
  /** A due of a weekday alone: 'by Monday'. */
  private static final Pattern WEEKDAY_DUE = Pattern.compile("(\\S+) (\\p{Lu}\\p{Ll}+)");
  /** A weekday alone names a day at most this many days after its article's publication. */
  private static final int WEEK_DAYS = 7;

  private static String actorKey(CommitmentValue v, @org.jspecify.annotations.Nullable ArticleDigest d) {
    return v.actor().toLowerCase(Locale.ROOT) + " | "
        + (d == null || d.language() == null ? "?" : d.language().code());
  }

  /**
   * A due of a weekday alone ('by Monday') as the one dated due of the same actor, marker and
   * weekday that falls in the week after its article's publication ('by 2026-12-07 (Monday)'),
   * so that an outlet that wrote the day without its date and one that wrote both give one
   * promise; any other due as it is. Only agreements come of it: dues that differ are never a
   * discrepancy here.
   */
  private static String datedAs(String due, @org.jspecify.annotations.Nullable ArticleDigest d,
      java.util.Set<String> dated) {
    java.util.regex.Matcher w = WEEKDAY_DUE.matcher(due);
    if (!w.matches() || d == null || d.published() == null || d.published().length() < 10) {
      return due;
    }
    java.time.LocalDate published;
    try {
      published = java.time.LocalDate.parse(d.published().substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return due;
    }
    String found = null;
    for (String candidate : dated) {
      java.util.regex.Matcher m = DATED_DUE.matcher(candidate);
      if (!m.matches() || !m.group(1).equals(w.group(1)) || !m.group(3).equals(w.group(2))) {
        continue;
      }
      java.time.LocalDate date = java.time.LocalDate.parse(m.group(2));
      if (date.isAfter(published) && !date.isAfter(published.plusDays(WEEK_DAYS))) {
        if (found != null) {
          return due; // two such dates: which one is meant cannot be told
        }
        found = candidate;
      }
    }
    return found == null ? due : found;
  }

  /** The actor's words and the language's due expressions ('pekan depan'), as whole words. */
  private static Pattern sharedWords(Language language, String actor) {
    List<String> words = new ArrayList<>(Lexicon.of(language).words(LanguageFile.DUE_EXPRESSIONS));
    words.addAll(List.of(WordPatterns.WHITE_SPACE.split(actor)));
    return Pattern.compile("(?u)" + WordPatterns.alternation(words));
  }

  /**
   * Adds an AGREEMENT for each promise given in two or more slots by two or more independent
   * outlets.
   *
   * @param slots the COMMITMENT slots with their claims
   * @param similarity the content comparison of a language
   */
  static void find(Map<Slot, List<Claim>> slots, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, Function<Language, ContentSimilarity> similarity,
      List<Finding> out) {
    Map<String, List<Claim>> byPromise = new LinkedHashMap<>();
    Map<String, List<Slot>> slotsOf = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> datedDues = new LinkedHashMap<>();
    slots.forEach((slot, claims) -> {
      for (Claim c : claims) {
        if (c.value() instanceof CommitmentValue v && v.due() != null && c.zone() != Zone.RELATED
            && DATED_DUE.matcher(v.due()).matches()) {
          datedDues.computeIfAbsent(actorKey(v, articles.get(c.article())),
              k -> new java.util.TreeSet<>()).add(v.due());
        }
      }
    });
    slots.forEach((slot, claims) -> {
      for (Claim c : claims) {
        if (c.value() instanceof CommitmentValue v && v.due() != null && c.zone() != Zone.RELATED) {
          ArticleDigest d = articles.get(c.article());
          String due = datedAs(v.due(), d, datedDues.getOrDefault(actorKey(v, d),
              java.util.Set.of()));
          String key = v.actor().toLowerCase(Locale.ROOT) + " | " + due + " | "
              + (d == null || d.language() == null ? "?" : d.language().code());
          byPromise.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
          List<Slot> own = slotsOf.computeIfAbsent(key, k -> new ArrayList<>());
          if (!own.contains(slot)) {
            own.add(slot);
          }
        }
      }
    });
    byPromise.forEach((key, claims) -> {
      ArticleDigest first = articles.get(claims.get(0).article());
      if (slotsOf.get(key).size() < 2 || first == null || first.language() == null) {
        return;
      }
      ContentSimilarity content = similarity.apply(first.language());
      // what the promise is: its sentence without its actor and its due date, which every
      // promise of the key shares
      Pattern shared = sharedWords(first.language(), ((CommitmentValue) claims.get(0).value()).actor());
      List<ContentSimilarity.Clauses> clauses = claims.stream()
          .map(c -> content.clauses(shared.matcher(c.context()).replaceAll(" "))).toList();
      List<Claim> agreeing = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        for (int j = 0; j < claims.size(); j++) {
          if (!claims.get(i).article().equals(claims.get(j).article())
              && ContentSimilarity.compare(clauses.get(i), clauses.get(j)).shared() >= MIN_SHARED) {
            agreeing.add(claims.get(i));
            break;
          }
        }
      }
      List<String> side = agreeing.stream().map(Claim::article).distinct().toList();
      long independent = side.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        return;
      }
      CommitmentValue v = (CommitmentValue) agreeing.get(0).value();
      // (every claim of the key shares content with one of another article)
      out.add(new Finding("", Kind.AGREEMENT, ClaimType.COMMITMENT.name(),
          FindingText.ids(agreeing), "What " + v.actor() + " promised, in the outlets' own words"
              + ": due " + v.due() + " (" + independent + " independent outlets: "
              + FindingText.named(articles, side) + ")",
          ClaimType.COMMITMENT + " / " + v.actor() + " / due " + v.due(),
          ImmutableList.copyOf(side), ImmutableList.of(v.due())));
    });
  }
}
