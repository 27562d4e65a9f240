package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds what outlets agree on in what people said. Quotations and statements that say the same
 * thing (see {@link ContentSimilarity}) are grouped when the speaker is the same, or when the
 * content is nearly identical; a group in two or more independent outlets, or across languages,
 * is an AGREEMENT; a quotation only one article gives is UNIQUE; one quotation attributed to two
 * different speakers is a DISCREPANCY.
 *
 * <p>Claims are compared only with earlier claims that share two content stems in one clause
 * (an inverted index with capped postings), so the work grows with the number of claims, not its
 * square. Across languages only one speaker's words are matched, in the shared vocabulary of
 * {@link CrossLanguageSpeech}.
 */
final class SpeechFinder {
  /** Share of the smaller clause's content words one speaker's two claims must share. */
  private static final double SAME_SPEAKER_OVERLAP = 0.6;
  /** Content words any two claims must share to say the same thing. */
  private static final int MIN_SHARED_CONTENT = 2;
  /** Members of each group checked before a claim joins it. */
  private static final int GROUP_CHECKS = 8;
  /** Share of content words two speakers' claims must share (one reports the other). */
  private static final double ANY_SPEAKER_OVERLAP = 0.75;
  /** Content words and names two speakers' claims must share. */
  private static final int ANY_SPEAKER_SHARED = 4;
  /** Share of content words two quotations must share to be one quotation. */
  private static final double SAME_QUOTE_OVERLAP = 0.8;
  /** Content words and names two quotations must share to be one quotation. */
  private static final int SAME_QUOTE_SHARED = 5;
  /** Claims kept per index key. */
  private static final int MAX_POSTINGS = 20;
  /** Stems of a clause that make index keys. */
  private static final int MAX_CLAUSE_STEMS = 24;
  /** At most this many articles are named per speaker a quotation is credited to. */
  static final int MAX_CREDITING = 5;

  private final Map<Language, ContentSimilarity> similarities = new EnumMap<>(Language.class);

  private synchronized ContentSimilarity similarity(Language language) {
    return similarities.computeIfAbsent(language, ContentSimilarity::new);
  }

  /**
   * Adds to {@code out} an AGREEMENT for each group of quotations and statements that say the
   * same thing in two or more independent outlets (or across languages), a UNIQUE for a
   * quotation only one article gives, and a DISCREPANCY for a quotation credited to different
   * people.
   */
  void find(List<Claim> claims, Map<String, ArticleDigest> articles, UnionFind<String> outlets,
      List<Finding> out) {
    List<Claim> items = new ArrayList<>();
    List<ContentSimilarity.Clauses> clauses = new ArrayList<>();
    List<Language> languages = new ArrayList<>();
    List<String> saids = new ArrayList<>();
    // the numbers of the whole quotation an item is a sentence of (null: the item is the whole)
    List<ContentSimilarity.Clauses> wholes = new ArrayList<>();
    // one text's clauses are made once (copies of a story repeat its quotations): equal texts
    // share one clause set, so comparisons below can be remembered by the sets
    Map<Language, Map<String, ContentSimilarity.Clauses>> made = new EnumMap<>(Language.class);
    java.util.function.BiFunction<Language, String, ContentSimilarity.Clauses> clausesOf =
        (language, text) -> made.computeIfAbsent(language, l -> new HashMap<>())
            .computeIfAbsent(text, t -> similarity(language).clauses(t));
    for (Claim c : claims) {
      boolean quote = c.type() == ClaimType.QUOTE && c.value() instanceof QuoteValue q && !q.fragment()
          && q.nestedIn() == null;
      if ((quote || c.type() == ClaimType.STATEMENT) && c.speaker() != null) {
        ArticleDigest digest = articles.get(c.article());
        Language language = ClaimExtractor.rulesLanguage(digest == null ? null : digest.language());
        List<String> said = quote ? sentences(c.text()) : List.of(c.text());
        ContentSimilarity.Clauses whole = said.size() > 1 ? clausesOf.apply(language, c.text()) : null;
        for (String sentence : said) {
          items.add(c);
          clauses.add(clausesOf.apply(language, sentence));
          languages.add(language);
          saids.add(sentence);
          wholes.add(whole);
        }
      }
    }
    boolean bilingual = languages.stream().distinct().count() > 1;
    // the words in the shared vocabulary, only compared across languages: made only then
    List<ContentSimilarity.Clauses> neutral = new ArrayList<>();
    List<ContentSimilarity.Clauses> neutralWholes = new ArrayList<>();
    for (int i = 0; bilingual && i < items.size(); i++) {
      neutral.add(CrossLanguageSpeech.neutral(saids.get(i), similarity(languages.get(i)),
          languages.get(i)));
      neutralWholes.add(wholes.get(i) == null ? null
          : i > 0 && items.get(i - 1) == items.get(i) ? neutralWholes.get(i - 1)
          : CrossLanguageSpeech.neutral(items.get(i).text(), similarity(languages.get(i)),
              languages.get(i)));
    }
    Map<String, Set<String>> credits = SameOutlets.credits(claims);
    // a comparison depends only on the two items' clause sets: remembered by the sets
    Map<SameSets, ContentSimilarity.Match> compared = new HashMap<>();
    java.util.function.BiFunction<Integer, Integer, ContentSimilarity.Match> compare = (x, y) -> {
      boolean same = languages.get(x) == languages.get(y);
      List<ContentSimilarity.Clauses> own = same ? clauses : neutral;
      List<ContentSimilarity.Clauses> whole = same ? wholes : neutralWholes;
      ContentSimilarity.Clauses ownX = own.get(x);
      ContentSimilarity.Clauses ownY = own.get(y);
      ContentSimilarity.Clauses wholeX = whole.get(x) == null ? ownX : whole.get(x);
      ContentSimilarity.Clauses wholeY = whole.get(y) == null ? ownY : whole.get(y);
      return compared.computeIfAbsent(new SameSets(ownX, ownY, wholeX, wholeY), k -> {
        // a sentence of a quotation says what the whole says: a quotation whose other sentence
        // gives another figure ('we questioned five witnesses. Within a week…') is not the
        // same thing said as a statement of eight witnesses and a week
        if (ContentSimilarity.otherNumbers(wholeX, wholeY)) {
          return ContentSimilarity.NONE;
        }
        return ContentSimilarity.compare(ownX, ownY);
      });
    };
    // candidates: earlier items with a clause sharing two stems with one of this item's
    // clauses (the least any match needs); postings are capped, so the work grows with the
    // number of items, not its square
    Map<String, List<Integer>> postings = new HashMap<>();
    Speakers.Memo speakerNames = new Speakers.Memo();
    UnionFind<Integer> groups = new UnionFind<>();
    UnionFind<Integer> sameWords = new UnionFind<>(); // one quotation, whoever it is credited to
    Map<Integer, List<Integer>> sample = new HashMap<>(); // a group's root → its first members
    int[] seenBy = new int[items.size()]; // the last item that took j as a candidate
    Arrays.fill(seenBy, -1);
    int[] candidates = new int[items.size()];
    // one speaker's two renderings that say the same thing, grouped or not (a group may refuse a
    // rendering that does not match its other language's member): each item → such items
    Map<Integer, Set<Integer>> akin = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Set<String> keys = stemPairs(clauses.get(i));
      if (bilingual) { // the same words in the shared vocabulary, for the other language's items
        stemPairs(withSenses(neutral.get(i))).forEach(k -> keys.add("~" + k));
      }
      // the earlier items posted under any key, each once, in ascending order
      int count = 0;
      for (String key : keys) {
        for (int j : postings.getOrDefault(key, List.of())) {
          if (seenBy[j] != i) {
            seenBy[j] = i;
            candidates[count++] = j;
          }
        }
      }
      Arrays.sort(candidates, 0, count);
      Claim a = items.get(i);
      for (int c = 0; c < count; c++) {
        int j = candidates[c];
        Claim b = items.get(j);
        if (a.article().equals(b.article()) || alreadyJoined(i, j, groups, sameWords, sample, items)) {
          continue;
        }
        boolean sameSpeaker = speakerNames.samePerson(a.speaker(), b.speaker());
        if (languages.get(i) != languages.get(j) && !sameSpeaker) {
          // across languages, only one speaker's words are matched; but a quotation an article
          // renders word for word from the outlet it credits (or that credits it), given to
          // another person, is one quotation credited to two
          if (a.type() == ClaimType.QUOTE && b.type() == ClaimType.QUOTE
              && (credits(credits, a, b, articles) || credits(credits, b, a, articles))
              && sameQuotationAcross(neutralWholes.get(i) == null ? neutral.get(i) : neutralWholes.get(i),
                  neutralWholes.get(j) == null ? neutral.get(j) : neutralWholes.get(j))) {
            sameWords.union(i, j);
          }
          continue;
        }
        ContentSimilarity.Match match = compare.apply(i, j);
        boolean bothQuotes = a.type() == ClaimType.QUOTE && b.type() == ClaimType.QUOTE;
        // one quotation: a clause pair says it, or (short clauses: 'the fire spread very fast,
        // because most kiosks sold cloth, plastic and cooking oil') the sentence taken whole
        if (bothQuotes && (match.overlap() >= SAME_QUOTE_OVERLAP
                && match.shared() + match.sharedNames() >= SAME_QUOTE_SHARED
                || languages.get(i) == languages.get(j)
                    && sameQuotationAcross(clauses.get(i), clauses.get(j))
                    && !ContentSimilarity.otherNumbers(
                        wholes.get(i) == null ? clauses.get(i) : wholes.get(i),
                        wholes.get(j) == null ? clauses.get(j) : wholes.get(j)))
            && (languages.get(i) != languages.get(j)
                || wholeContained(wholes.get(i) == null ? clauses.get(i) : wholes.get(i),
                    wholes.get(j) == null ? clauses.get(j) : wholes.get(j)))) {
          sameWords.union(i, j);
        }
        if (bothQuotes && !sameSpeaker) {
          continue; // one quotation credited to two people is not an agreement
        }
        if (!sameSpeaker && speakerNames.twoPeople(a, languages.get(i), b, languages.get(j))) {
          continue; // two people's statements, neither relaying the other: each their own
        }
        if (sameSpeaker && bothQuotes && saySameThing(match, true)) {
          akin.computeIfAbsent(i, k -> new java.util.TreeSet<>()).add(j);
          akin.computeIfAbsent(j, k -> new java.util.TreeSet<>()).add(i);
        }
        if (saySameThing(match, sameSpeaker)
            && fitsGroup(i, j, groups, sample, items, languages, compare, speakerNames)) {
          List<Integer> joined = new ArrayList<>(sample.getOrDefault(groups.find(i), List.of(i)));
          sample.remove(groups.find(i));
          joined.addAll(sample.getOrDefault(groups.find(j), List.of(j)));
          sample.remove(groups.find(j));
          groups.union(i, j);
          sample.put(groups.find(i), joined.subList(0, Math.min(GROUP_CHECKS, joined.size())));
        }
      }
      for (String key : keys) {
        List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>());
        if (posting.size() < MAX_POSTINGS) {
          posting.add(i);
        }
      }
    }
    attributionDiscrepancies(items, sameWords, groups, akin, articles, speakerNames, out);
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    }
    Set<String> agreed = new java.util.HashSet<>();
    for (List<Integer> group : members.values()) {
      List<Claim> grouped = group.stream().map(items::get).distinct().toList();
      if (grouped.stream().map(Claim::article).distinct().count() > 1) {
        grouped.forEach(c -> agreed.add(c.id()));
      }
    }
    List<List<Claim>> acrossPairs = renderedAcross(items, languages, groups, akin);
    acrossPairs.forEach(pair -> pair.forEach(c -> agreed.add(c.id())));
    Set<String> unique = new java.util.HashSet<>();
    Set<List<String>> reported = new java.util.HashSet<>(); // two sentences quoted alike: one finding
    // one quotation whose sentences each agree with another quotation of the same articles (a
    // two-sentence quote that another outlet splits in two) is one agreement, not one per sentence
    Map<String, Integer> agreementAt = new HashMap<>();
    for (List<Integer> group : members.values()) {
      List<Claim> grouped = group.stream().map(items::get).distinct().toList();
      Set<String> inGroup = grouped.stream().map(Claim::article).collect(Collectors.toCollection(LinkedHashSet::new));
      long independent = SameOutlets.independent(inGroup, outlets, credits, articles);
      Claim first = grouped.get(0);
      List<String> spoken = group.stream().map(k -> languages.get(k).code()).distinct().sorted()
          .toList();
      if (independent >= 2 || spoken.size() > 1 && inGroup.size() > 1) {
        if (!reported.add(grouped.stream().map(Claim::id).toList())) {
          continue;
        }
        boolean anyQuote = grouped.stream().anyMatch(c -> c.type() == ClaimType.QUOTE);
        String speakers = grouped.stream().map(Claim::speaker).distinct().collect(Collectors.joining(" / "));
        String who = FindingText.named(articles, inGroup);
        List<List<Claim>> people = FindingText.bySpeaker(grouped);
        // statements of different people joined as one thing said (one relaying the other) must
        // not read as one person's words: say who said it where
        String said = people.size() > 1
            ? "Said alike by different speakers, " + FindingText.speakersIn(articles, people, "unattributed")
            : speakers;
        String key = "SPEECH / " + speakers + "|" + inGroup;
        Integer earlier = agreementAt.get(key);
        Set<String> groupedIds = earlier == null ? Set.of()
            : grouped.stream().map(Claim::id).collect(Collectors.toSet());
        if (earlier != null && out.get(earlier).claims().stream().anyMatch(groupedIds::contains)) {
          Finding f = out.get(earlier);
          List<String> ids = new ArrayList<>(f.claims());
          Set<String> listed = new java.util.HashSet<>(ids);
          grouped.stream().map(Claim::id).filter(listed::add).forEach(ids::add);
          out.set(earlier, new Finding("", f.kind(), f.type(), ImmutableList.copyOf(ids),
              f.summary(), f.slot(), f.articles(), f.values()));
          continue;
        }
        agreementAt.put(key, out.size());
        out.add(new Finding("", Kind.AGREEMENT, anyQuote ? "QUOTE" : "STATEMENT", FindingText.ids(grouped),
            said + ": \"" + FindingText.shorten(first.text()) + "\" (" + independent
                + (independent == 1 ? " independent outlet: " : " independent outlets: ") + who
                + (spoken.size() > 1 ? "; across languages: " + String.join(", ", spoken) : "")
                + ")",
            "SPEECH / " + speakers, ImmutableList.copyOf(inGroup), ImmutableList.of()));
      } else if (grouped.stream().anyMatch(c -> c.type() == ClaimType.QUOTE) && inGroup.size() == 1) {
        Claim quote = grouped.stream().filter(c -> c.type() == ClaimType.QUOTE).findFirst().orElseThrow();
        if (agreed.contains(quote.id()) || !unique.add(quote.id())) {
          continue; // another sentence of the quotation agrees, or it was reported already
        }
        out.add(new Finding("", Kind.UNIQUE, "QUOTE", ImmutableList.of(quote.id()),
            "Only " + FindingText.label(articles, quote.article()) + " quotes " + quote.speaker() + ": \""
                + FindingText.shorten(quote.text()) + "\"",
            "SPEECH / " + quote.speaker(), ImmutableList.of(quote.article()), ImmutableList.of()));
      }
    }
    Set<List<String>> paired = new java.util.HashSet<>();
    for (List<Claim> pair : acrossPairs) {
      if (!paired.add(pair.stream().map(Claim::id).toList())) {
        continue;
      }
      Set<String> inPair = pair.stream().map(Claim::article).collect(Collectors.toCollection(LinkedHashSet::new));
      String who = FindingText.named(articles, inPair);
      Claim first = pair.get(0);
      String speakers = pair.stream().map(Claim::speaker).distinct().collect(Collectors.joining(" / "));
      long independent = SameOutlets.independent(inPair, outlets, credits, articles);
      String spoken = pair.stream().map(c -> ClaimExtractor.rulesLanguage(
          articles.get(c.article()) == null ? null : articles.get(c.article()).language()).code())
          .distinct().sorted().collect(Collectors.joining(", "));
      out.add(new Finding("", Kind.AGREEMENT, "QUOTE", FindingText.ids(pair),
          speakers + ": \"" + FindingText.shorten(first.text()) + "\" (" + independent
              + (independent == 1 ? " independent outlet: " : " independent outlets: ") + who
              + "; across languages: " + spoken + ")",
          "SPEECH / " + speakers, ImmutableList.copyOf(inPair), ImmutableList.of()));
    }
  }

  /** Four clause sets, the same when they are the same objects (not merely equal ones). */
  private record SameSets(ContentSimilarity.Clauses a, ContentSimilarity.Clauses b,
      ContentSimilarity.Clauses c, ContentSimilarity.Clauses d) {
    @Override
    public boolean equals(Object o) {
      return o instanceof SameSets k && k.a == a && k.b == b && k.c == c && k.d == d;
    }

    @Override
    public int hashCode() {
      return ((System.identityHashCode(a) * 31 + System.identityHashCode(b)) * 31
          + System.identityHashCode(c)) * 31 + System.identityHashCode(d);
    }
  }

  /**
   * Whether comparing items i and j can change nothing: they are in one group, and either one
   * quotation already, or not two quotations (so the comparison cannot join their words) while
   * their group's sample is full (so joining them again adds no member to it). A group's sample
   * with room left takes j again when they say the same thing, which later checks see, so that
   * comparison is still made.
   */
  private static boolean alreadyJoined(int i, int j, UnionFind<Integer> groups,
      UnionFind<Integer> sameWords, Map<Integer, List<Integer>> sample, List<Claim> items) {
    Integer root = groups.find(i);
    if (!root.equals(groups.find(j))) {
      return false;
    }
    if (sameWords.find(i).equals(sameWords.find(j))) {
      return true;
    }
    boolean bothQuotes = items.get(i).type() == ClaimType.QUOTE
        && items.get(j).type() == ClaimType.QUOTE;
    return !bothQuotes && sample.getOrDefault(root, List.of()).size() >= GROUP_CHECKS;
  }

  /**
   * Whether a match means the same thing was said: by one speaker, most of the smaller clause's
   * content words and at least two of them; by different speakers (one reports what the other
   * said), more of them, with the names.
   */
  private static boolean saySameThing(ContentSimilarity.Match match, boolean sameSpeaker) {
    if (match.shared() < MIN_SHARED_CONTENT) {
      return false;
    }
    return sameSpeaker ? match.overlap() >= SAME_SPEAKER_OVERLAP
        : match.overlap() >= ANY_SPEAKER_OVERLAP
            && match.shared() + match.sharedNames() >= ANY_SPEAKER_SHARED;
  }

  /**
   * Whether item i may join j's group: each article of either group must say the same thing as
   * each article (another) of the other, in one of its members there, so a chain of partial
   * matches (A like B, B like C) never joins two different statements, nor two people's
   * statements through a body that matches both. An article may give two members of one group
   * (two statements that another outlet puts in one sentence): a newcomer that says one of them
   * fits that article through the one it says. At most {@value #GROUP_CHECKS} members of each
   * group are checked.
   */
  private static boolean fitsGroup(int i, int j, UnionFind<Integer> groups,
      Map<Integer, List<Integer>> sample, List<Claim> items, List<Language> languages,
      java.util.function.BiFunction<Integer, Integer, ContentSimilarity.Match> compare,
      Speakers.Memo speakerNames) {
    Integer rootI = groups.find(i);
    Integer rootJ = groups.find(j);
    if (rootI.equals(rootJ)) {
      return true;
    }
    Map<String, List<Integer>> articlesI = byArticle(sample.getOrDefault(rootI, List.of(i)), items);
    Map<String, List<Integer>> articlesJ = byArticle(sample.getOrDefault(rootJ, List.of(j)), items);
    for (Map.Entry<String, List<Integer>> a : articlesI.entrySet()) {
      for (Map.Entry<String, List<Integer>> b : articlesJ.entrySet()) {
        if (a.getKey().equals(b.getKey())) {
          continue;
        }
        boolean alike = false;
        for (int x : a.getValue()) {
          for (int y : b.getValue()) {
            if (x == i && y == j || saySame(x, y, items, languages, compare, speakerNames)) {
              alike = true;
              break;
            }
          }
          if (alike) {
            break;
          }
        }
        if (!alike) {
          return false;
        }
      }
    }
    return true;
  }

  /** Items i and j say the same thing, and are not two people's own statements. */
  private static boolean saySame(int x, int y, List<Claim> items, List<Language> languages,
      java.util.function.BiFunction<Integer, Integer, ContentSimilarity.Match> compare,
      Speakers.Memo speakerNames) {
    Claim a = items.get(x);
    Claim b = items.get(y);
    boolean sameSpeaker = speakerNames.samePerson(a.speaker(), b.speaker());
    return saySameThing(compare.apply(x, y), sameSpeaker)
        && (sameSpeaker || !speakerNames.twoPeople(a, languages.get(x), b, languages.get(y)));
  }

  /** Items by their article, in order of first appearance. */
  private static Map<String, List<Integer>> byArticle(List<Integer> members, List<Claim> items) {
    Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
    members.forEach(k -> out.computeIfAbsent(items.get(k).article(), a -> new ArrayList<>()).add(k));
    return out;
  }

  /**
   * The sentences of a quotation: each is compared on its own, so a quotation that holds two
   * statements (which other outlets quote apart) never joins those two into one.
   */
  static List<String> sentences(String quotation) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_BREAK.split(quotation)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.isEmpty() ? List.of(quotation) : out;
  }

  /** Where a quotation's sentence ends: a full stop, question or exclamation mark before a capital. */
  private static final java.util.regex.Pattern SENTENCE_BREAK =
      java.util.regex.Pattern.compile("(?<=[.!?])[\"”’]?\\s+(?=[\"“‘]?\\p{Lu})");

  /**
   * Each clause's words in the shared vocabulary with the other senses of its words ({@code awal}
   * is "early" and also "start"), so that the index finds the translation that chose another
   * sense: a candidate only, the comparison then decides.
   */
  private static List<Set<String>> withSenses(ContentSimilarity.Clauses clauses) {
    List<Set<String>> out = new ArrayList<>();
    for (ContentSimilarity.Clause c : clauses.clauses()) {
      Set<String> words = new LinkedHashSet<>(c.content());
      words.addAll(c.names());
      c.content().forEach(w -> words.addAll(c.senses().getOrDefault(w,
          com.google.common.collect.ImmutableSet.of())));
      out.add(words);
    }
    return out;
  }

  /** Every pair of stems that stand in one clause, as index keys. */
  private static Set<String> stemPairs(ContentSimilarity.Clauses clauses) {
    return stemPairs(clauses.words());
  }

  private static Set<String> stemPairs(List<? extends Set<String>> words) {
    Set<String> keys = new LinkedHashSet<>();
    for (Set<String> clause : words) {
      List<String> stems = new ArrayList<>(clause);
      for (int x = 0; x < stems.size() && x < MAX_CLAUSE_STEMS; x++) {
        for (int y = x + 1; y < stems.size() && y < MAX_CLAUSE_STEMS; y++) {
          String first = stems.get(x);
          String second = stems.get(y);
          keys.add(first.compareTo(second) < 0 ? first + " " + second : second + " " + first);
        }
      }
    }
    return keys;
  }

  /**
   * Whether the smaller of two quotations, taken whole, is held by the other: at least {@link
   * #SAME_QUOTE_OVERLAP} of its content stems stand in it. Two quotations that share one clause
   * but say different things around it ('the minister comes with one message: our ship is in
   * international waters and will stay there' beside 'nobody should mistake talk for a
   * concession. The ship is in international waters and will stay there') are two people's
   * words repeating a line, not one quotation credited to two people.
   */
  static boolean wholeContained(ContentSimilarity.Clauses a, ContentSimilarity.Clauses b) {
    Set<String> x = new java.util.HashSet<>();
    a.clauses().forEach(c -> x.addAll(c.content()));
    Set<String> y = new java.util.HashSet<>();
    b.clauses().forEach(c -> y.addAll(c.content()));
    Set<String> smaller = x.size() <= y.size() ? x : y;
    Set<String> larger = smaller == x ? y : x;
    if (smaller.isEmpty()) {
      return true;
    }
    long held = smaller.stream().filter(larger::contains).count();
    return held >= SAME_QUOTE_OVERLAP * smaller.size();
  }

  /**
   * One speaker's quotations in two languages that say the same thing ({@code akin}) but stand in
   * different groups: a group of one language refused the other's rendering because a third
   * outlet words it otherwise ('menanggung seluruh biaya pengobatan' beside a translation's
   * 'menanggung semua biaya rumah sakit'), or its group is only the rendering itself. Each pair
   * is an agreement of its own across languages (its two claims, earlier first), so the
   * translation of a quotation is not reported as quoted by one outlet only.
   */
  private static List<List<Claim>> renderedAcross(List<Claim> items, List<Language> languages,
      UnionFind<Integer> groups, Map<Integer, Set<Integer>> akin) {
    List<List<Claim>> out = new ArrayList<>();
    for (Map.Entry<Integer, Set<Integer>> e : new TreeMap<>(akin).entrySet()) {
      int i = e.getKey();
      for (int j : e.getValue()) {
        if (j <= i || languages.get(i) == languages.get(j)
            || groups.find(i).equals(groups.find(j))
            || items.get(i).article().equals(items.get(j).article())) {
          continue;
        }
        out.add(List.of(items.get(i), items.get(j)));
      }
    }
    return out;
  }

  /** Whether the article of {@code a} credits the outlet of {@code b}'s article. */
  private static boolean credits(Map<String, Set<String>> credits, Claim a, Claim b,
      Map<String, ArticleDigest> articles) {
    ArticleDigest other = articles.get(b.article());
    String outlet = other == null ? null : SameOutlets.key(other.outlet());
    return outlet != null && credits.getOrDefault(a.article(), Set.of()).contains(outlet);
  }

  /**
   * Whether two quotations in different languages, taken whole and in the shared vocabulary, are
   * one quotation rendered word for word (or two sentences of one language, taken whole, one
   * sentence quoted twice): they state the same numbers, each holds at least
   * {@value #SAME_QUOTE_SHARED} content words and names, and at least {@link #SAME_QUOTE_OVERLAP}
   * of the words of each mean a word of the other (a word of several senses meets any of them).
   * A looser rendering that keeps the sense but not the words is left alone: across languages it
   * is only compared with the same speaker's words.
   */
  static boolean sameQuotationAcross(ContentSimilarity.Clauses a, ContentSimilarity.Clauses b) {
    if (ContentSimilarity.otherNumbers(a, b)) {
      return false;
    }
    ContentSimilarity.Clause x = whole(a);
    ContentSimilarity.Clause y = whole(b);
    int sizeX = x.content().size() + x.names().size();
    int sizeY = y.content().size() + y.names().size();
    boolean negatedA = a.clauses().stream().anyMatch(ContentSimilarity.Clause::negated);
    boolean negatedB = b.clauses().stream().anyMatch(ContentSimilarity.Clause::negated);
    if (negatedA != negatedB || Math.min(sizeX, sizeY) < SAME_QUOTE_SHARED
        || !y.names().containsAll(x.names())
        && !x.names().containsAll(y.names())) {
      return false;
    }
    long xInY = x.content().stream().filter(w -> x.means(w, y)).count() + x.names().size();
    long yInX = y.content().stream().filter(w -> y.means(w, x)).count() + y.names().size();
    return xInY >= SAME_QUOTE_OVERLAP * sizeX && yInX >= SAME_QUOTE_OVERLAP * sizeY;
  }

  /** A text's clauses as one: every content word (with its senses) and name, negated or not. */
  private static ContentSimilarity.Clause whole(ContentSimilarity.Clauses clauses) {
    Set<String> content = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Map<String, com.google.common.collect.ImmutableSet<String>> senses = new HashMap<>();
    for (ContentSimilarity.Clause c : clauses.clauses()) {
      content.addAll(c.content());
      names.addAll(c.names());
      c.senses().forEach(senses::putIfAbsent);
    }
    return new ContentSimilarity.Clause(com.google.common.collect.ImmutableSet.copyOf(content),
        com.google.common.collect.ImmutableSet.copyOf(names), com.google.common.collect.ImmutableSet.of(),
        false, true, com.google.common.collect.ImmutableMap.copyOf(senses));
  }

  /**
   * One quotation credited to different people by different articles: one finding per quotation.
   * Other renderings of it that agree with one side (the same speaker's words in other words, a
   * translation: {@code groups}, or a rendering of one speaker that says the same as a member
   * though no group took it: {@code akin}) are listed with that side.
   */
  private static void attributionDiscrepancies(List<Claim> items, UnionFind<Integer> sameWords,
      UnionFind<Integer> groups, Map<Integer, Set<Integer>> akin,
      Map<String, ArticleDigest> articles, Speakers.Memo speakerNames, List<Finding> out) {
    Map<Integer, List<Integer>> quotes = new TreeMap<>();
    Map<Integer, List<Integer>> agreeing = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).type() == ClaimType.QUOTE) {
        quotes.computeIfAbsent(sameWords.find(i), k -> new ArrayList<>()).add(i);
        agreeing.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    Set<List<String>> reported = new java.util.HashSet<>();
    for (List<Integer> sentences : quotes.values()) {
      List<Claim> quote = new ArrayList<>(sentences.stream().map(items::get).distinct().toList());
      if (quote.stream().map(Claim::speaker).distinct().count() > 1) {
        Set<Claim> inQuote = new java.util.HashSet<>(quote);
        // a sentence whose group and speaker an earlier sentence had adds nothing more: what
        // that pass took is in, and the rest were not the speaker's then either
        Set<List<Object>> tried = new java.util.HashSet<>();
        for (int i : sentences) {
          Integer root = groups.find(i);
          String speaker = items.get(i).speaker();
          Set<Integer> akinOfI = akin.getOrDefault(i, Set.of());
          if (!tried.add(List.of(root, speaker)) && akinOfI.isEmpty()) {
            continue;
          }
          Set<Integer> renderings = new java.util.TreeSet<>(agreeing.getOrDefault(root, List.of()));
          renderings.addAll(akinOfI);
          Map<String, Boolean> sameAsSpeaker = new HashMap<>();
          for (int k : renderings) {
            Claim other = items.get(k);
            if (!inQuote.contains(other) && sameAsSpeaker.computeIfAbsent(other.speaker(),
                s -> speakerNames.samePerson(s, speaker))) {
              quote.add(other); // 'saling melempar tuduhan' beside 'saling tuding', one speaker's
              inQuote.add(other);
            }
          }
        }
      }
      if (!reported.add(quote.stream().map(Claim::id).sorted().toList())) {
        continue; // two sentences of one quotation, credited alike
      }
      Map<String, List<String>> bySpeaker = new TreeMap<>();
      for (Claim c : quote) {
        bySpeaker.computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(c.article());
      }
      if (bySpeaker.size() < 2 || oneName(bySpeaker.keySet())) {
        continue;
      }
      String sides = bySpeaker.entrySet().stream()
          .map(e -> e.getValue().stream().distinct().limit(MAX_CREDITING)
              .map(a -> FindingText.label(articles, a)).collect(Collectors.joining(", "))
              + (e.getValue().size() > MAX_CREDITING ? ", …" : "")
              + " credit " + e.getKey())
          .collect(Collectors.joining("; "));
      out.add(new Finding("", Kind.DISCREPANCY, "QUOTE", FindingText.ids(quote),
          "Who said \"" + FindingText.shorten(quote.get(0).text()) + "\": " + sides,
          "QUOTE / attribution",
          quote.stream().map(Claim::article).distinct().collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(bySpeaker.keySet())));
    }
  }

  /**
   * Whether the speakers may all be one person written more or less fully: the words of each
   * name hold the words of the shortest ('Van Duijn' and 'Van Duijn Puas', where a headline's
   * word stuck to the name), or the names are linked, each to another, as one person ({@link
   * Speakers#samePerson}: a short and a full form, one name spelled two ways). A short and a
   * full form is not a different speaker.
   */
  private static boolean oneName(Set<String> speakers) {
    List<Set<String>> names = speakers.stream()
        .map(n -> Set.copyOf(List.of(
            WordPatterns.WHITE_SPACE.split(n.toLowerCase(Locale.ROOT).replace('-', ' ')))))
        .sorted(Comparator.comparingInt(Set::size)).toList();
    if (names.stream().allMatch(n -> n.containsAll(names.get(0)))) {
      return true;
    }
    // one name spelled two ways ('Mohammad-Reza Ghaffari', 'Mohammad Reza Qaffari'): a VARIANT;
    // names that are each one person with another of them form one person together ('police
    // chief Bayu Ardhiyanto' holds 'Bayu Ardhiyanto', which is 'Bayu Ardiyanto' spelled otherwise)
    List<String> all = List.copyOf(speakers);
    UnionFind<Integer> people = new UnionFind<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (Speakers.samePerson(all.get(i), all.get(j))) {
          people.union(i, j);
        }
      }
    }
    for (int i = 1; i < all.size(); i++) {
      if (!people.find(i).equals(people.find(0))) {
        return false;
      }
    }
    return true;
  }
}
