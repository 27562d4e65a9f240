package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ContentSimilarity;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.align.Speakers;
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
 * one actor (letter case aside, and two who promise together in either order) with one stated due (or dues that name one day: {@code by
 * Monday} and {@code by 2026-12-07 (Monday)}), in articles of one language whose
 * promises' own words (not their sentences) share at least {@value #MIN_SHARED} content words ({@link ContentSimilarity}) once
 * the actor, the due expressions and the numbers of the dues are left out (a year one outlet
 * writes beside the month is no other number), are one promise: an AGREEMENT when two or more
 * independent outlets give it. A promise of the same slot (actor and action) as one of them is
 * that promise too, whatever else its sentence says. Promises that differ are never a
 * discrepancy here: different actions may be different promises.
 */
final class SamePromises {
  /** Content words the sentences of two wordings of one promise share at least. */
  static final int MIN_SHARED = 2;

  private SamePromises() {}

  /** A number of a due as written by extraction ('2027', '01', '31' of 'by 2027-01-31'). */
  private static final Pattern DUE_NUMBER = Pattern.compile("\\d+");

  /**
   * The actor's words, the language's due expressions ('pekan depan') and the numbers of the
   * dues ('2027' and '31' of 'by 2027-01-31 (Sunday)', '30' of 'within 30 days'), as whole
   * words: the dues are compared as days, so a year one outlet writes beside the month and
   * another leaves out is no other number said.
   */
  private static Pattern sharedWords(Language language, List<Claim> promises) {
    List<String> words = new ArrayList<>(Lexicon.of(language).words(LanguageFile.DUE_EXPRESSIONS));
    for (Claim c : promises) {
      // each promise's actor as its outlet writes it ('Indra Siregar', 'Kapolres Indra Siregar')
      for (String w : WordPatterns.WHITE_SPACE.split(((CommitmentValue) c.value()).actor())) {
        if (!w.isEmpty() && !words.contains(w)) {
          words.add(w);
        }
      }
    }
    for (Claim c : promises) {
      java.util.regex.Matcher m = DUE_NUMBER.matcher(((CommitmentValue) c.value()).due());
      while (m.find()) {
        String n = m.group().replaceFirst("^0+(?=\\d)", "");
        if (!words.contains(n)) {
          words.add(n);
        }
      }
    }
    return Pattern.compile("(?u)" + WordPatterns.alternation(words));
  }

  /**
   * The actor as a key, letter case aside; two who promise together ('Iran and United States',
   * joined by English 'and' of name-connectives.txt, as the extractor joins them) are one pair
   * whatever order an outlet names them in.
   */
  static String actorKey(String actor) {
    String lower = actor.toLowerCase(Locale.ROOT);
    String and = " " + Lexicon.of(Language.ENGLISH).list(LanguageFile.NAME_CONNECTIVES).get(0) + " ";
    String[] two = lower.split(Pattern.quote(and), -1);
    if (two.length != 2 || two[0].isBlank() || two[1].isBlank()) {
      return lower;
    }
    return two[0].compareTo(two[1]) <= 0 ? lower : two[1] + and + two[0];
  }

  /**
   * The actors' promises with those of one person written more or less fully joined, in one
   * language ({@link Speakers#samePerson}: 'Ahmad Patunru' and 'Ahmad Baharuddin Patunru', a
   * title's place word stuck to the name, one name spelled two ways): outlets name the one who
   * promised as they name a speaker. A single word never stands for a longer name, so two
   * people who share a surname stay apart. Each group keeps the key of its first actor.
   */
  static Map<String, List<Claim>> samePeople(Map<String, List<Claim>> byActor) {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    Map<String, String> actorOf = new LinkedHashMap<>();
    byActor.forEach((key, claims) -> {
      String actor = ((CommitmentValue) claims.get(0).value()).actor();
      String code = key.substring(key.lastIndexOf(" | ") + 3);
      Language language = Language.fromCode(code).orElse(null);
      String joined = null;
      for (Map.Entry<String, String> e : actorOf.entrySet()) {
        if (language == null || pair(actor, language) || pair(e.getValue(), language)) {
          break; // two who promise together are never one of them
        }
        if (e.getKey().endsWith(" | " + code)
            && Speakers.sameNamedPerson(e.getValue(), actor, language)) {
          joined = e.getKey();
          break;
        }
      }
      if (joined == null) {
        actorOf.put(key, actor);
        out.put(key, new ArrayList<>(claims));
      } else {
        out.get(joined).addAll(claims);
      }
    });
    return out;
  }

  /**
   * Whether an actor is two who promise together ('Iran and United States', 'Iran dan AS'): a
   * word of the language's {@code name-connectives.txt} parts them, so neither is the other.
   */
  private static boolean pair(String actor, Language language) {
    java.util.Set<String> connectives = new java.util.HashSet<>();
    for (String line : Lexicon.of(language).list(LanguageFile.NAME_CONNECTIVES)) {
      connectives.add(line.split("\\|")[0].strip().toLowerCase(Locale.ROOT));
    }
    for (String word : WordPatterns.WHITE_SPACE.split(actor.toLowerCase(Locale.ROOT))) {
      if (connectives.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static SlotValue.Due due(Claim c) {
    return new SlotValue.Due(((CommitmentValue) c.value()).due());
  }

  /**
   * Whether two promises are due the same day. A weekday alone ('paling lambat Senin') names the
   * first such day after its article's publication, so a written date is that day only when it
   * falls in the week after the publication (unknown publication: not the same day).
   */
  private static boolean sameDay(Claim a, Claim b, Map<String, ArticleDigest> articles) {
    SlotValue.Due first = due(a);
    SlotValue.Due second = due(b);
    return first.sameDay(second) && inItsWeek(first, a, second, articles)
        && inItsWeek(second, b, first, articles);
  }

  /** A promise's due as written and its article's publication day: what sameDay reads of it. */
  private static String sameDueKey(Claim c, Map<String, ArticleDigest> articles) {
    ArticleDigest d = articles.get(c.article());
    String published = d == null || d.published() == null ? "" : d.published();
    return ((CommitmentValue) c.value()).due() + "\u0000"
        + (published.length() < 10 ? published : published.substring(0, 10));
  }

  private static boolean inItsWeek(SlotValue.Due weekday, Claim c, SlotValue.Due dated,
      Map<String, ArticleDigest> articles) {
    java.time.LocalDate day = dated.date();
    if (weekday.firm() || weekday.date() != null || day == null) {
      return true;
    }
    ArticleDigest d = articles.get(c.article());
    if (d == null || d.published() == null || d.published().length() < 10) {
      return false;
    }
    try {
      long after = java.time.temporal.ChronoUnit.DAYS.between(
          java.time.LocalDate.parse(d.published().substring(0, 10)), day);
      return after >= 0 && after <= 7;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
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
    Map<String, List<Claim>> byActor = new LinkedHashMap<>();
    Map<Claim, Slot> slotOf = new java.util.HashMap<>();
    slots.forEach((slot, claims) -> {
      for (Claim c : claims) {
        if (c.value() instanceof CommitmentValue v && v.due() != null && c.zone() != Zone.RELATED) {
          ArticleDigest d = articles.get(c.article());
          String key = actorKey(v.actor()) + " | "
              + (d == null || d.language() == null ? "?" : d.language().code());
          byActor.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
          slotOf.put(c, slot);
        }
      }
    });
    // one actor's promises by their due: one due, or dues that name one day ('by Monday' and
    // 'by 2026-12-07 (Monday)')
    Map<String, List<Claim>> byPromise = new LinkedHashMap<>();
    Map<String, List<Slot>> slotsOf = new LinkedHashMap<>();
    samePeople(byActor).forEach((actor, claims) -> {
      UnionFind<Integer> days = new UnionFind<>();
      // promises with one due, written the same, in articles of one publication day compare
      // alike with every other: one of them stands for all (copies of a report in a large feed)
      Map<String, Integer> standsFor = new LinkedHashMap<>();
      for (int i = 0; i < claims.size(); i++) {
        Integer first = standsFor.putIfAbsent(sameDueKey(claims.get(i), articles), i);
        if (first != null) {
          days.union(first, i);
        }
      }
      List<Integer> distinct = List.copyOf(standsFor.values());
      for (int x = 0; x < distinct.size(); x++) {
        for (int y = x + 1; y < distinct.size(); y++) {
          int i = distinct.get(x);
          int j = distinct.get(y);
          if (sameDay(claims.get(i), claims.get(j), articles)) {
            days.union(i, j);
          }
        }
      }
      for (int i = 0; i < claims.size(); i++) {
        String key = actor + " | " + days.find(i);
        byPromise.computeIfAbsent(key, k -> new ArrayList<>()).add(claims.get(i));
        List<Slot> own = slotsOf.computeIfAbsent(key, k -> new ArrayList<>());
        if (!own.contains(slotOf.get(claims.get(i)))) {
          own.add(slotOf.get(claims.get(i)));
        }
      }
    });
    byPromise.forEach((key, claims) -> {
      ArticleDigest first = articles.get(claims.get(0).article());
      if (slotsOf.get(key).size() < 2 || first == null || first.language() == null) {
        return;
      }
      ContentSimilarity content = similarity.apply(first.language());
      // what the promise is: its own words (not its sentence: the attribution 'kata Kepala BNPB
      // Suharyanto' is shared by every promise one official makes) without its actor and its due
      // date, which every promise of the key shares
      Pattern shared = sharedWords(first.language(), claims);
      List<ContentSimilarity.Clauses> clauses = claims.stream()
          .map(c -> content.clauses(shared.matcher(c.text()).replaceAll(" "))).toList();
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
      // a promise of the slot (actor and action) of one that agrees is that promise too, whatever
      // its sentence's other words
      java.util.Set<Slot> agreed = new java.util.HashSet<>();
      agreeing.forEach(c -> agreed.add(slotOf.get(c)));
      for (Claim c : claims) {
        if (!agreeing.contains(c) && agreed.contains(slotOf.get(c))) {
          agreeing.add(c);
        }
      }
      agreeing.sort(java.util.Comparator.comparingInt(claims::indexOf));
      List<String> side = agreeing.stream().map(Claim::article).distinct().toList();
      long independent = side.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        return;
      }
      // the due as most precisely written ('by 2026-12-07 (Monday)' before 'by Monday')
      CommitmentValue v = (CommitmentValue) agreeing.stream()
          .max(java.util.Comparator.comparingInt(c -> due(c).precision())).orElseThrow().value();
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
