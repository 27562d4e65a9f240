package dev.claimdiff.align.slots;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.FindingText;
import dev.claimdiff.align.UnionFind;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Agreements on figures that have no slot: an amount that does not say what it is
 * ({@code Rp 118,6 miliar}, {@code 51,1 persen}) or counts something too vague to compare as one
 * figure ({@code 96 orang}, a goal's minute; {@code align/generic-counts.txt}). Such a figure may
 * be one of several things, so two different figures never contradict each other; but the same
 * number, stated by two or more independent outlets, is an AGREEMENT. An amount of the same unit
 * that does say what it is ({@code denda Rp 750 juta}, {@code state losses of Rp 118.6 billion})
 * joins the bare figure it equals, so an outlet that names the thing agrees with one that does
 * not. Numbers are compared exactly (the same number and bound): there is no slot to tell which
 * of two near figures is meant.
 *
 * <p>A bare count of people ({@code 61 orang}, {@code 61 people}) is joined the same way by a count
 * of people that says who they are ({@code 61 injured}, {@code 61 survivors}, {@code 61 officials
 * taking part}; the kinds of {@code align/person-counts.txt}) with the very same figure, when no
 * other kind of people in the story is given that figure: the outlet that writes "61 people were
 * hurt" and the one that writes "61 injured" agree. A bare count of one role ({@code 41
 * students}) is joined only by counts of that role with a qualifier ({@code 41 students on
 * board}). Joining only ever adds outlets to an agreement on one figure; two figures never meet.
 */
final class SameFigures {
  private SameFigures() {}

  /** Kinds of count that count people, each also with a qualifier after it. */
  private static final com.google.common.collect.ImmutableList<String> PERSON_LINES =
      dev.claimdiff.lang.WordList.load("dev/claimdiff/align/person-counts.txt");

  /** The marker of person-counts.txt's entry for the bare count of all people. */
  private static final String ALL_PEOPLE_MARK = "= ";

  /** The marker of person-counts.txt's entries that count casualties. */
  private static final String CASUALTY_MARK = "+ ";

  private static final com.google.common.collect.ImmutableList<String> PERSON_KINDS =
      PERSON_LINES.stream().map(k -> k.startsWith(ALL_PEOPLE_MARK)
          ? k.substring(ALL_PEOPLE_MARK.length()).trim()
          : k.startsWith(CASUALTY_MARK) ? k.substring(CASUALTY_MARK.length()).trim() : k)
          .collect(com.google.common.collect.ImmutableList.toImmutableList());

  /** The kinds that count casualties (person-counts.txt's entries marked {@code '+ '}). */
  private static final com.google.common.collect.ImmutableSet<String> CASUALTY_KINDS =
      PERSON_LINES.stream().filter(k -> k.startsWith(CASUALTY_MARK))
          .map(k -> k.substring(CASUALTY_MARK.length()).trim())
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet());

  /** Whether a kind of people counts casualties: a casualty kind, alone or qualified. */
  static boolean countsCasualties(String what) {
    return CASUALTY_KINDS.stream().anyMatch(k -> what.equals(k) || what.startsWith(k + " "));
  }

  /**
   * The count of people a bare count of all people is keyed by ({@code people}): the one entry
   * person-counts.txt marks with {@code '= '}.
   */
  private static final String PEOPLE = PERSON_LINES.stream()
      .filter(k -> k.startsWith(ALL_PEOPLE_MARK))
      .map(k -> k.substring(ALL_PEOPLE_MARK.length()).trim())
      .reduce((a, b) -> {
        throw new IllegalStateException("person-counts.txt marks two counts of all people");
      })
      .orElseThrow(() -> new IllegalStateException("person-counts.txt marks no count of all people"));

  /** Casualty verbs and states of each language, as one pattern of whole words. */
  private static final Map<dev.claimdiff.lang.Language, java.util.regex.Pattern> CASUALTY_WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether a bare count of people stands in a sentence about casualties: its context holds a
   * casualty verb or state of its article's language ({@code casualty-verbs.txt}, {@code
   * casualty-states.txt}). '40 people had been questioned' is any verb's object, no casualty.
   */
  static boolean aboutCasualties(Claim c, dev.claimdiff.lang.@Nullable Language language) {
    if (language == null) {
      return false;
    }
    java.util.regex.Pattern p = CASUALTY_WORDS.computeIfAbsent(language, l -> {
      dev.claimdiff.extract.engine.Lexicon lexicon = dev.claimdiff.extract.engine.Lexicon.of(l);
      List<String> words = new ArrayList<>(lexicon.words(dev.claimdiff.lang.LanguageFile.CASUALTY_VERBS));
      words.addAll(lexicon.words(dev.claimdiff.lang.LanguageFile.CASUALTY_STATES));
      return java.util.regex.Pattern.compile("(?<![\\p{L}])"
          + dev.claimdiff.lang.WordPatterns.alternation(words) + "(?![\\p{L}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    });
    return p.matcher(c.context()).find();
  }

  /** Whether a kind of count counts people: a listed kind, alone or with a qualifier after it. */
  static boolean countsPeople(String what) {
    return PERSON_KINDS.stream().anyMatch(k -> what.equals(k) || what.startsWith(k + " "));
  }

  /**
   * Whether a count of people of kind {@code what} may join the bare figures of {@code key}: any
   * other kind of people joins {@code people}; a role ({@code students}) is joined by itself with
   * a qualifier only ({@code students on board}).
   */
  static boolean joinsPeople(String key, String what) {
    if (what.equals(key) || !countsPeople(key) || !countsPeople(what)) {
      return false;
    }
    return key.equals(PEOPLE) || what.startsWith(key + " ");
  }

  /**
   * The key of a figure without a slot ({@code IDR}, {@code people}), or null for a claim that
   * has a slot or is no count. An increment ('three more') and an expected figure keep their own
   * meaning and stay out.
   */
  static @Nullable String bareKey(Claim c) {
    if (!(c.value() instanceof QuantityValue q) || Slot.isIncrement(q.what())) {
      return null;
    }
    if (q.unit() != null && q.unit().equals(q.what())) {
      return q.unit();
    }
    return Slot.isGeneric(q.what()) ? q.what() : null;
  }

  /** The unit of an amount that says what it is ({@code IDR} of a fine), or null. */
  private static @Nullable String namedUnit(Claim c) {
    return c.value() instanceof QuantityValue q && q.unit() != null && !q.unit().equals(q.what())
        && !Slot.isIncrement(q.what()) ? q.unit() : null;
  }

  /** Adds an AGREEMENT for each bare figure that two or more independent outlets give. */
  static void find(List<Claim> claims, Map<String, ArticleDigest> articles,
      UnionFind<String> outlets, List<Finding> out) {
    Map<String, Map<String, List<Claim>>> byKey = new LinkedHashMap<>();
    Map<String, Map<String, List<Claim>>> named = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.zone() == Zone.RELATED || c.zone() == Zone.CAPTION) {
        continue;
      }
      String bare = bareKey(c);
      String unit = namedUnit(c);
      if (bare != null) {
        byKey.computeIfAbsent(bare, k -> new LinkedHashMap<>())
            .computeIfAbsent(figure(c), k -> new ArrayList<>()).add(c);
      } else if (unit != null) {
        named.computeIfAbsent(unit, k -> new LinkedHashMap<>())
            .computeIfAbsent(figure(c), k -> new ArrayList<>()).add(c);
      }
    }
    // counts of people by their figure, for the bare counts of people they may join
    Map<String, List<Claim>> people = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.zone() != Zone.RELATED && c.zone() != Zone.CAPTION
          && c.value() instanceof QuantityValue q && q.unit() == null && !Slot.isIncrement(q.what())
          && countsPeople(q.what())) {
        people.computeIfAbsent(figure(c), k -> new ArrayList<>()).add(c);
      }
    }
    byKey.forEach((key, figures) -> figures.forEach((figure, bare) -> {
      List<Claim> all = new ArrayList<>(bare);
      all.addAll(named.getOrDefault(key, Map.of()).getOrDefault(figure, List.of()));
      List<Claim> joining = joiningPeople(key, people.getOrDefault(figure, List.of()), bare);
      if (key.equals(PEOPLE) && joining.stream()
          .anyMatch(c -> countsCasualties(((QuantityValue) c.value()).what()))
          && !bare.stream().allMatch(c -> aboutCasualties(c, articles.containsKey(c.article())
              ? articles.get(c.article()).language() : null))) {
        joining = List.of(); // '40 people were questioned' is no count of the 40 injured
      }
      all.addAll(joining);
      List<String> side = all.stream().map(Claim::article).distinct().toList();
      long independent = side.stream().map(outlets::find).distinct().count();
      if (independent < 2) {
        return;
      }
      SlotValue value = SlotValue.of(bare.get(0));
      String description = "The same figure (" + key + ")";
      java.util.Set<Claim> members = new java.util.HashSet<>(all);
      out.add(new Finding("", Kind.AGREEMENT, ClaimType.QUANTITY.name(), FindingText.ids(
          claims.stream().filter(members::contains).toList()),
          description + ": " + value.display() + " (" + independent + " independent outlets: "
              + FindingText.named(articles, side) + ")",
          ClaimType.QUANTITY + " / figure in " + key, ImmutableList.copyOf(side),
          ImmutableList.of(value.display())));
    }));
  }

  /**
   * The counts of people of this figure that join the bare figures of {@code key}: those of the
   * one kind of people (what it counts, and whether expected) that may join it; none when the
   * story gives the figure for two kinds of people (12 dead and 12 injured: which '12 people'
   * are is not known).
   */
  private static List<Claim> joiningPeople(String key, List<Claim> sameFigure, List<Claim> bare) {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    for (Claim c : sameFigure) {
      QuantityValue q = (QuantityValue) c.value();
      if (!q.what().equals(key) && !bare.contains(c)) {
        kinds.add(q.what() + (q.expected() ? " (expected)" : ""));
      }
    }
    if (kinds.size() != 1) {
      return List.of();
    }
    return sameFigure.stream().filter(c -> !bare.contains(c)
        && joinsPeople(key, ((QuantityValue) c.value()).what())).toList();
  }

  /** The number and its bound, as stated ({@code 61.0 exact}). */
  private static String figure(Claim c) {
    QuantityValue q = (QuantityValue) c.value();
    return q.amount() + " " + (q.bound() == null ? (q.approximate() ? "about" : "exact") : q.bound());
  }
}
