package dev.claimdiff.extract.engine;

import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Language;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Code that finds what some rule patterns find, for the patterns tried most often: a rule file
 * names one with {@code native: <name>} under the rule, and the rule's pattern stays its
 * definition ({@code NativeMatchersTest} checks both agree on every token of the test texts).
 *
 * <p>Why: the name grammar ({@code $KNOWN | $NAME}) is tried at every capitalised word, and the
 * regex engine walks a gazetteer of hundreds of spellings node by node (≈ 0.4 µs a word) where a
 * character trie takes a few steps. See docs/performance.md.
 *
 * <ul>
 *   <li>{@code known-or-name}: {@code $KNOWN | $NAME} of {@code id/macros.rules};
 *   <li>{@code name-with-age}: {@code $NAME \s* \( \d{1,3} \)};
 *   <li>{@code titled-name}: {@code $TITLED (?: $KNOWN | $NAME )}, every backtracking step of
 *       the regex followed in its order (continuation-passing: each part hands every end it can
 *       reach, in the order the regex tries them, to what follows it).
 * </ul>
 */
public final class NativeMatchers {
  /** Finds a match that starts at {@code start} and ends by {@code limit}: its end, or -1. */
  interface TokenMatcher {
    int end(CharSequence text, int start, int limit);
  }

  private NativeMatchers() {}

  /** The matcher of that name for the language, or null when there is none. */
  static @Nullable TokenMatcher of(String name, Language language) {
    return switch (name) {
      case "known-or-name" -> names(language)::knownOrName;
      case "name-with-age" -> names(language)::nameWithAge;
      case "titled-name" -> titled(language)::titledName;
      default -> null;
    };
  }

  private static final Map<Language, NameGrammar> NAMES = new java.util.EnumMap<>(Language.class);
  private static final Map<Language, Titled> TITLED = new java.util.EnumMap<>(Language.class);

  private static synchronized Titled titled(Language language) {
    return TITLED.computeIfAbsent(language, l -> {
      Lexicon lexicon = Lexicon.of(l);
      Gazetteer gazetteer = Gazetteer.standard();
      return new Titled(names(l),
          CharTrie.of(lexicon.words("titles"), true),
          CharTrie.of(lexicon.words("title-portfolios"), true),
          CharTrie.of(lexicon.words("place-prefixes"), false),
          CharTrie.of(lexicon.words("compass-words"), false),
          CharTrie.of(lexicon.words("org-words"), false),
          CharTrie.of(gazetteer.aliasesLongestFirst().stream()
              .filter(a -> gazetteer.lookup(a).orElseThrow().type() != Gazetteer.EntityType.PERSON)
              .toList(), false),
          CharTrie.of(lexicon.words("clause-breakers"), true),
          List.of(CharTrie.of(lexicon.words("reporting-verbs"), true),
              CharTrie.of(lexicon.words("speech-verbs"), true),
              CharTrie.of(lexicon.words("stance-verbs"), true)));
    });
  }

  /** Where a part of a pattern hands each end it reaches; true stops the search (a match). */
  private interface Next {
    boolean at(int end);
  }

  /** The ends of a word list's whole words here ({@code {list}}), longest first, as the regex tries them. */
  private static boolean words(CharTrie trie, CharSequence text, int at, int limit, Next next) {
    if (!trie.mayStartAt(text, at, limit) || !boundaryBefore(text, at)) {
      return false;
    }
    int[][] ends = {new int[4]};
    int[] count = {0};
    trie.ends(text, at, limit, end -> {
      if (!letterOrDigitAt(text, end)) {
        if (count[0] == ends[0].length) {
          ends[0] = java.util.Arrays.copyOf(ends[0], count[0] * 2);
        }
        ends[0][count[0]++] = end;
      }
      return false;
    });
    for (int i = count[0] - 1; i >= 0; i--) {
      if (next.at(ends[0][i])) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s+} (at least one) or {@code \s*}: the ends, longest first. */
  private static boolean spaces(CharSequence text, int at, int limit, boolean atLeastOne,
      Next next) {
    int end = at;
    while (end < limit && isWhiteSpace(text.charAt(end))) {
      end++;
    }
    for (int e = end; e >= at + (atLeastOne ? 1 : 0); e--) {
      if (next.at(e)) {
        return true;
      }
    }
    return false;
  }

  /** {@code $TITLED (?: $KNOWN | $NAME )} of {@code id/macros.rules}. */
  private record Titled(NameGrammar names, CharTrie titles, CharTrie portfolios,
      CharTrie placePrefixes, CharTrie compass, CharTrie orgWords, CharTrie knownGroup,
      CharTrie clauseBreakers, List<CharTrie> speechVerbs) {
    private static final int MORE_BODY_WORDS = 7;

    int titledName(CharSequence text, int start, int limit) {
      int titlesEnd = titlesAndPortfolios(text, start, limit);
      if (titlesEnd < 0 || !mayFollowTitles(text, titlesEnd, limit)) {
        return -1;
      }
      int[] found = {-1};
      Next name = e -> {
        int end = names.knownOrName(text, e, limit);
        found[0] = end;
        return end >= 0;
      };
      Next afterBody = e -> optionalComma(text, e, limit, name);
      boolean matched = appositive(text, titlesEnd, limit, afterBody)
          || body(text, titlesEnd, limit, b -> bodyEnd(text, b, limit, afterBody))
          || titledAgain(text, titlesEnd, limit, afterBody)
          || afterBody.at(titlesEnd);
      return matched ? found[0] : -1;
    }

    /**
     * Whether what follows the titles can begin a match: every alternative after them begins
     * with a capital ($CAPWORD, $ACRONYM, $NAME), a comma (before the name), or a word of a list
     * ($PLACENAME, {org-words}, $KNOWN_GROUP, $KNOWN). A title before a lower-case word
     * ('menteri itu') fails here, before the body and name grammars try every way.
     */
    private boolean mayFollowTitles(CharSequence text, int at, int limit) {
      if (at >= limit) {
        return false;
      }
      char c = text.charAt(at);
      return isUpper(c) || c == ',' || placePrefixes.mayStartAt(text, at, limit)
          || orgWords.mayStartAt(text, at, limit) || knownGroup.mayStartAt(text, at, limit)
          || names.known().mayStartAt(text, at, limit);
    }

    /** {@code (?: {titles} \s+ (?: {title-portfolios} \s+ )*+ )++}: possessive, one way. */
    private int titlesAndPortfolios(CharSequence text, int at, int limit) {
      int end = wordThenSpace(titles, text, at, limit);
      if (end < 0) {
        return -1;
      }
      while (true) {
        int portfolio;
        while ((portfolio = wordThenSpace(portfolios, text, end, limit)) >= 0) {
          end = portfolio;
        }
        int title = wordThenSpace(titles, text, end, limit);
        if (title < 0) {
          return end;
        }
        end = title;
      }
    }

    /** The first way of {@code {list} \s+}: the end of the white space, or -1. */
    private static int wordThenSpace(CharTrie trie, CharSequence text, int at, int limit) {
      int[] end = {-1};
      words(trie, text, at, limit, w -> spaces(text, w, limit, true, s -> {
        end[0] = s;
        return true;
      }));
      return end[0];
    }

    /** {@code (?: , \s* )?}. */
    private static boolean optionalComma(CharSequence text, int at, int limit, Next next) {
      if (at < limit && text.charAt(at) == ',' && spaces(text, at + 1, limit, false, next)) {
        return true;
      }
      return next.at(at);
    }

    /**
     * The first alternative: {@code (?> $BODYWORD | $CAPWORD ) (?: \s+ (?: $BODYWORD | $CAPNEXT
     * | dan ) ){0,7}+ \s* , \s* (?= (?! $BODYWORD ) $NAME …)}.
     */
    private boolean appositive(CharSequence text, int at, int limit, Next next) {
      int end = first(n -> bodyWord(text, at, limit, n));
      if (end < 0) {
        end = names.capitalisedWord(text, at, limit, true);
      }
      if (end < 0) {
        return false;
      }
      for (int more = 0; more < MORE_BODY_WORDS; more++) {
        int from = end;
        int space = from;
        while (space < limit && isWhiteSpace(text.charAt(space))) {
          space++;
        }
        if (space == from) {
          break;
        }
        int spaced = space;
        int word = first(n -> bodyWord(text, spaced, limit, n));
        if (word < 0) {
          word = names.capitalisedWord(text, spaced, limit, false);
        }
        if (word < 0 && NameGrammar.startsWith(text, spaced, limit, "dan")) {
          word = spaced + 3;
        }
        if (word < 0) {
          break;
        }
        end = word;
      }
      int comma = end;
      while (comma < limit && isWhiteSpace(text.charAt(comma))) {
        comma++;
      }
      if (comma >= limit || text.charAt(comma) != ',') {
        return false;
      }
      return spaces(text, comma + 1, limit, false,
          s -> !bodyWord(text, s, text.length(), e -> true) && nameNotSpeaking(text, s)
              && next.at(s));
    }

    /** {@code $BODY (?: \s* , \s* (?= $NAME …) | \s+ )}: what follows the body. */
    private boolean bodyEnd(CharSequence text, int at, int limit, Next next) {
      boolean comma = spaces(text, at, limit, false, c -> c < limit && text.charAt(c) == ','
          && spaces(text, c + 1, limit, false, s -> nameNotSpeaking(text, s) && next.at(s)));
      return comma || spaces(text, at, limit, true, next);
    }

    /**
     * {@code $NAME (?! [\p{L}\d'’-] ) (?! $BETWEEN \s+ $SPEECH_VERB )} (inside a look-ahead,
     * which sees the whole text): a name that does not speak.
     */
    private boolean nameNotSpeaking(CharSequence text, int at) {
      int all = text.length();
      return names.capitalisedWordEnds(text, at, all, true, w -> {
        int end = names.moreNameWords(text, w, all);
        return !(end < all && isWordCharacter(text.charAt(end)))
            && !betweenThenVerb(text, end, 0);
      });
    }

    /** {@code $BETWEEN \s+ $SPEECH_VERB}: up to three lower-case words, then a speech verb. */
    private boolean betweenThenVerb(CharSequence text, int at, int words) {
      int all = text.length();
      int spaced = at;
      while (spaced < all && isWhiteSpace(text.charAt(spaced))) {
        spaced++;
      }
      if (spaced == at || spaced == all) { // no space, or only space up to the end: no verb
        return false;
      }
      for (CharTrie verbs : speechVerbs) {
        if (isWholeWord(verbs, text, spaced, all)) {
          return true;
        }
      }
      if (words == 3 || isWholeWord(clauseBreakers, text, spaced, all)
          || Character.getType(text.charAt(spaced)) != Character.LOWERCASE_LETTER) {
        return false;
      }
      int end = spaced + 1;
      while (end < all && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      return betweenThenVerb(text, end, words + 1);
    }

    /** {@code $BODY}: body words joined by commas, spaces and 'dan' or '&', greedily. */
    private boolean body(CharSequence text, int at, int limit, Next next) {
      return bodyWord(text, at, limit, e -> moreBody(text, e, limit, next));
    }

    private boolean moreBody(CharSequence text, int at, int limit, Next next) {
      Next word = d -> bodyWord(text, d, limit, e -> e != at && moreBody(text, e, limit, next));
      Next joined = s -> {
        if (NameGrammar.startsWith(text, s, limit, "dan")
            && spaces(text, s + 3, limit, true, word)) {
          return true;
        }
        if (s < limit && text.charAt(s) == '&' && spaces(text, s + 1, limit, true, word)) {
          return true;
        }
        return word.at(s);
      };
      boolean comma = spaces(text, at, limit, false, c -> c < limit && text.charAt(c) == ','
          && spaces(text, c + 1, limit, false, joined));
      return comma || spaces(text, at, limit, true, joined) || next.at(at);
    }

    /** {@code $BODYWORD = $ACRONYM | $PLACENAME | {org-words^} | $KNOWN_GROUP}. */
    private boolean bodyWord(CharSequence text, int at, int limit, Next next) {
      return acronym(text, at, limit, next)
          || words(placePrefixes, text, at, limit, p -> spaces(text, p, limit, true,
              s -> names.capitalisedWordEnds(text, s, limit, true, w ->
                  spaces(text, w, limit, true, c -> words(compass, text, c, limit, next))
                      || next.at(w))))
          || words(orgWords, text, at, limit, next)
          || words(knownGroup, text, at, limit, next);
    }

    /** {@code \p{Lu}{2,} [\p{Lu}\d]* (?! [\p{Ll}] )}, every way, as the regex backtracks. */
    private static boolean acronym(CharSequence text, int at, int limit, Next next) {
      int capitals = at;
      while (capitals < limit && isUpper(text.charAt(capitals))) {
        capitals++;
      }
      for (int upper = capitals; upper >= at + 2; upper--) {
        int run = upper;
        while (run < limit && (isUpper(text.charAt(run)) || Character.isDigit(text.charAt(run)))) {
          run++;
        }
        for (int end = run; end >= upper; end--) {
          if (!(end < text.length()
              && Character.getType(text.charAt(end)) == Character.LOWERCASE_LETTER)
              && next.at(end)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The third alternative: {@code (?: $CAPWORD \s+ ){1,3} (?: {titles} \s+ )+}. */
    private boolean titledAgain(CharSequence text, int at, int limit, Next next) {
      return capitalisedThenTitles(text, at, limit, 0, next);
    }

    private boolean capitalisedThenTitles(CharSequence text, int at, int limit, int words,
        Next next) {
      if (words < 3 && names.capitalisedWordEnds(text, at, limit, true,
          w -> spaces(text, w, limit, true, s -> capitalisedThenTitles(text, s, limit,
              words + 1, next)))) {
        return true;
      }
      return words >= 1 && titlesThenSpace(text, at, limit, next, false);
    }

    /** {@code (?: {titles} \s+ )+} greedily, or {@code *} when {@code some} is set. */
    private boolean titlesThenSpace(CharSequence text, int at, int limit, Next next,
        boolean some) {
      if (words(titles, text, at, limit, t -> spaces(text, t, limit, true,
          s -> titlesThenSpace(text, s, limit, next, true)))) {
        return true;
      }
      return some && next.at(at);
    }

    /** The first end a part reaches, or -1. */
    private static int first(java.util.function.Predicate<Next> part) {
      int[] end = {-1};
      part.test(e -> {
        end[0] = e;
        return true;
      });
      return end[0];
    }
  }

  private static synchronized NameGrammar names(Language language) {
    return NAMES.computeIfAbsent(language, l -> new NameGrammar(
        CharTrie.of(Gazetteer.standard().aliasesLongestFirst(), false),
        CharTrie.of(Lexicon.of(l).words("name-stopwords"), true),
        CharTrie.of(Calendar.of(l).weekdayWords(), true),
        CharTrie.of(Calendar.of(l).monthWords(), true)));
  }

  /** The name grammar of {@code macros.rules}: $KNOWN, $CAPWORD, $CAPNEXT, $NAME. */
  private record NameGrammar(CharTrie known, CharTrie stopwords, CharTrie weekdays, CharTrie months) {
    private static final List<String> SPACED_PARTICLES =
        List.of("bin", "binti", "van", "von", "de", "da", "al", "el", "ibn");
    private static final List<String> HYPHENED_PARTICLES =
        List.of("al-", "el-", "ad-", "as-", "ar-", "an-");
    private static final int MORE_WORDS = 4;

    int knownOrName(CharSequence text, int start, int limit) {
      int known = known(text, start, limit);
      return known >= 0 ? known : name(text, start, limit);
    }

    /** {@code $NAME \s* \( \d{1,3} \)}. */
    int nameWithAge(CharSequence text, int start, int limit) {
      int i = name(text, start, limit);
      if (i < 0) {
        return -1;
      }
      while (i < limit && isWhiteSpace(text.charAt(i))) {
        i++;
      }
      if (i >= limit || text.charAt(i) != '(') {
        return -1;
      }
      int digits = i + 1;
      int j = digits;
      while (j < limit && j - digits < 3 && Character.isDigit(text.charAt(j))) {
        j++;
      }
      return j > digits && j < limit && text.charAt(j) == ')' ? j + 1 : -1;
    }

    /** $KNOWN: the longest gazetteer spelling here, as a whole word. */
    int known(CharSequence text, int start, int limit) {
      if (!known.mayStartAt(text, start, limit) || !boundaryBefore(text, start)) {
        return -1;
      }
      return known.longestWholeWordEnd(text, start, limit);
    }

    /** $NAME: a capitalised word, then up to four more, possessively. */
    int name(CharSequence text, int start, int limit) {
      int end = capitalisedWord(text, start, limit, true);
      return end < 0 ? -1 : moreNameWords(text, end, limit);
    }

    /** {@code (?: \s+ …? $CAPNEXT ){0,4}+} after a name's first word: where the name ends. */
    int moreNameWords(CharSequence text, int end, int limit) {
      for (int more = 0; more < MORE_WORDS; more++) {
        int next = nextWord(text, end, limit);
        if (next < 0) {
          break;
        }
        end = next;
      }
      return end;
    }

    /**
     * Every end of $CAPWORD ({@code first}) or $CAPNEXT here, in the order the regex tries them:
     * after an initial's full stop, then the run of word characters from longest to none.
     */
    boolean capitalisedWordEnds(CharSequence text, int at, int limit, boolean first,
        NativeMatchers.Next next) {
      int longest = capitalisedWord(text, at, limit, first);
      if (longest < 0) {
        return false;
      }
      if (at + 1 < limit && text.charAt(at + 1) == '.' && next.at(at + 2)) {
        return true;
      }
      int run = at + 1;
      while (run < limit && isWordCharacter(text.charAt(run))) {
        run++;
      }
      for (int end = run; end > at; end--) {
        if (next.at(end)) {
          return true;
        }
      }
      return false;
    }

    /** One more word of a name after {@code end}: white space, a particle perhaps, $CAPNEXT. */
    private int nextWord(CharSequence text, int end, int limit) {
      int at = end;
      while (at < limit && isWhiteSpace(text.charAt(at))) {
        at++;
      }
      if (at == end) {
        return -1;
      }
      for (String particle : SPACED_PARTICLES) {
        if (startsWith(text, at, limit, particle)) {
          int after = at + particle.length();
          int word = after;
          while (word < limit && isWhiteSpace(text.charAt(word))) {
            word++;
          }
          if (word > after) {
            int next = capitalisedWord(text, word, limit, false);
            if (next >= 0) {
              return next;
            }
          }
        }
      }
      for (String particle : HYPHENED_PARTICLES) {
        if (startsWith(text, at, limit, particle)) {
          int next = capitalisedWord(text, at + particle.length(), limit, false);
          if (next >= 0) {
            return next;
          }
        }
      }
      return capitalisedWord(text, at, limit, false);
    }

    /**
     * $CAPWORD (first: not a name stop word, with or without -nya) or $CAPNEXT: not a weekday
     * or month, a capital, then a full stop or a run of letters, digits, apostrophes, hyphens.
     */
    private int capitalisedWord(CharSequence text, int at, int limit, boolean first) {
      if (at >= limit || Character.getType(text.charAt(at)) != Character.UPPERCASE_LETTER) {
        return -1;
      }
      // look-aheads see past the region's end (transparent bounds)
      int all = text.length();
      if (first && isStopword(text, at, all) || isWholeWord(weekdays, text, at, all)
          || isWholeWord(months, text, at, all)) {
        return -1;
      }
      int i = at + 1;
      if (i < limit && text.charAt(i) == '.') {
        return i + 1;
      }
      while (i < limit && isWordCharacter(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** {@code {name-stopwords+} (?: nya )? (?![\p{L}])}. */
    private boolean isStopword(CharSequence text, int at, int limit) {
      return stopwords.mayStartAt(text, at, limit) && boundaryBefore(text, at)
          && stopwords.ends(text, at, limit,
          end -> !letterAt(text, end)
              || startsWith(text, end, limit, "nya") && !letterAt(text, end + 3));
    }

    static boolean startsWith(CharSequence text, int at, int limit, String word) {
      if (at + word.length() > limit) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (text.charAt(at + i) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A word list's alternation ({@code {list}}, $WEEKDAY, $MONTH) matches here. */
  public static boolean isWholeWord(CharTrie words, CharSequence text, int at, int limit) {
    return words.mayStartAt(text, at, limit) && boundaryBefore(text, at)
        && words.longestWholeWordEnd(text, at, limit) >= 0;
  }

  /** {@code (?<![\p{L}\d])}: the character before is no letter or digit. */
  static boolean boundaryBefore(CharSequence text, int at) {
    return at == 0 || !isLetterOrDigit(text.charAt(at - 1));
  }

  static boolean letterOrDigitAt(CharSequence text, int at) {
    return at < text.length() && isLetterOrDigit(text.charAt(at));
  }

  private static boolean letterAt(CharSequence text, int at) {
    return at < text.length() && Character.isLetter(text.charAt(at));
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetter(c) || Character.isDigit(c);
  }

  private static boolean isUpper(char c) {
    return Character.getType(c) == Character.UPPERCASE_LETTER;
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetter(c) || Character.isDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  /** {@code \s} with Unicode character classes: the White_Space property. */
  public static boolean isWhiteSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= 0x9 && c <= 0xd;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c >= 0x9 && c <= 0xd || c == 0x85;
  }

  /**
   * Words as a trie of characters, a run of white space standing for any run ({@code \s+}), as
   * {@code WordPatterns} writes them for the regex engine; {@code anyCase}: letters compared as a
   * case-insensitive Unicode regex compares them ({@code lower(upper(c))}).
   */
  public static final class CharTrie {
    /** A node with at least this many children finds them by direct index, not by search. */
    private static final int DIRECT_CHILDREN = 8;
    /** A node with at most this many children compares them one by one. */
    private static final int FEW_CHILDREN = 4;
    /** {@code lower(upper(c))} of every Latin-1 character, as a case-insensitive regex folds it. */
    private static final char[] FOLDED_LATIN1 = new char[0x100];
    /** The private-use area, where the masks of mentions are: characters without case. */
    private static final char PRIVATE_USE_FIRST = '\uE000';
    private static final char PRIVATE_USE_LAST = '\uF8FF';
    private static final int NONE = -1;

    static {
      for (char c = 0; c < FOLDED_LATIN1.length; c++) {
        FOLDED_LATIN1[c] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }

    /*
     * The trie is flat, in arrays rather than one object per node, so that a step reads two
     * neighbouring stretches of memory instead of chasing four objects (a node, its keys, its
     * children, the child): node n's fields are nodes[n * NODE_FIELDS + ...]; its children are
     * the pairs (key, node) in edges[first, first + 2 * count), sorted by key; a node with many
     * Latin-1 children also has a row of 256 child numbers in direct[]. Nodes are numbered
     * depth first, so a word's nodes lie close together.
     */
    private static final int NODE_FIELDS = 4;
    private static final int FIRST_EDGE = 0;
    private static final int EDGE_COUNT = 1;
    /** The child reached over white space, or NONE. */
    private static final int SPACE = 2;
    /** Bit 0: a word ends here; the rest: the node's row in direct[] plus one, or 0. */
    private static final int FLAGS = 3;

    private final int[] nodes;
    private final int[] edges;
    private final int[] direct;
    private final boolean anyCase;

    private CharTrie(int[] nodes, int[] edges, int[] direct, boolean anyCase) {
      this.nodes = nodes;
      this.edges = edges;
      this.direct = direct;
      this.anyCase = anyCase;
    }

    /** A node while the trie is built. */
    private static final class Building {
      final java.util.TreeMap<Character, Building> children = new java.util.TreeMap<>();
      @Nullable Building space;
      boolean terminal;
    }

    public static CharTrie of(Collection<String> words, boolean anyCase) {
      Building root = new Building();
      for (String word : words) {
        String w = word.strip();
        if (w.isEmpty()) {
          continue;
        }
        Building node = root;
        for (int i = 0; i < w.length(); i++) {
          char c = w.charAt(i);
          if (Character.isWhitespace(c)) {
            while (i + 1 < w.length() && Character.isWhitespace(w.charAt(i + 1))) {
              i++;
            }
            if (node.space == null) {
              node.space = new Building();
            }
            node = node.space;
          } else {
            node = node.children.computeIfAbsent(key(c, anyCase), k -> new Building());
          }
        }
        node.terminal = true;
      }
      Flattening flat = new Flattening(root);
      flat.add(root);
      return new CharTrie(flat.nodes, flat.edges, flat.direct, anyCase);
    }

    /** Numbers the nodes depth first and writes them into arrays sized for the whole trie. */
    private static final class Flattening {
      final int[] nodes;
      final int[] edges;
      final int[] direct;
      private int nextNode;
      private int nextEdge;
      private int nextRow;

      Flattening(Building root) {
        int[] counts = new int[3]; // nodes, edges, direct rows
        count(root, counts);
        this.nodes = new int[counts[0] * NODE_FIELDS];
        this.edges = new int[counts[1] * 2];
        this.direct = new int[counts[2] * 0x100];
        java.util.Arrays.fill(direct, NONE);
      }

      private static void count(Building node, int[] counts) {
        counts[0]++;
        counts[1] += node.children.size();
        counts[2] += hasDirectRow(node) ? 1 : 0;
        node.children.values().forEach(child -> count(child, counts));
        if (node.space != null) {
          count(node.space, counts);
        }
      }

      /** Whether a node's children are found by direct index: many, all Latin-1. */
      private static boolean hasDirectRow(Building node) {
        return node.children.size() >= DIRECT_CHILDREN && node.children.lastKey() < 0x100;
      }

      int add(Building node) {
        int n = nextNode++;
        int first = nextEdge;
        nextEdge += 2 * node.children.size();
        int row = hasDirectRow(node) ? nextRow++ : -1;
        int i = first;
        for (Map.Entry<Character, Building> e : node.children.entrySet()) {
          int child = add(e.getValue());
          edges[i] = e.getKey();
          edges[i + 1] = child;
          if (row >= 0) {
            direct[row * 0x100 + e.getKey()] = child;
          }
          i += 2;
        }
        int base = n * NODE_FIELDS;
        nodes[base + FIRST_EDGE] = first;
        nodes[base + EDGE_COUNT] = node.children.size();
        nodes[base + SPACE] = node.space == null ? NONE : add(node.space);
        nodes[base + FLAGS] = (node.terminal ? 1 : 0) | (row + 1) << 1;
        return n;
      }
    }

    private static char key(char c, boolean anyCase) {
      if (!anyCase) {
        return c;
      }
      if (c < FOLDED_LATIN1.length) {
        return FOLDED_LATIN1[c];
      }
      return c >= PRIVATE_USE_FIRST && c <= PRIVATE_USE_LAST ? c // no case (masked mentions)
          : Character.toLowerCase(Character.toUpperCase(c));
    }

    private boolean terminal(int node) {
      return (nodes[node * NODE_FIELDS + FLAGS] & 1) != 0;
    }

    /** The child of {@code node} over character {@code c}, or NONE. */
    private int child(int node, char c) {
      char k = key(c, anyCase);
      int base = node * NODE_FIELDS;
      int row = nodes[base + FLAGS] >>> 1;
      if (row != 0) {
        return k < 0x100 ? direct[(row - 1) * 0x100 + k] : NONE;
      }
      int first = nodes[base + FIRST_EDGE];
      int count = nodes[base + EDGE_COUNT];
      if (count <= FEW_CHILDREN) {
        for (int i = first, end = first + 2 * count; i < end; i += 2) {
          if (edges[i] == k) {
            return edges[i + 1];
          }
        }
        return NONE;
      }
      int lo = 0;
      int hi = count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int key = edges[first + 2 * mid];
        if (key < k) {
          lo = mid + 1;
        } else if (key > k) {
          hi = mid - 1;
        } else {
          return edges[first + 2 * mid + 1];
        }
      }
      return NONE;
    }

    /**
     * The end of the longest word found at {@code at} (not past {@code limit}) that no letter or
     * digit follows, or -1: {@link #ends} with that test, without a callback per try.
     */
    int longestWholeWordEnd(CharSequence text, int at, int limit) {
      return walk(text, at, limit, WHOLE_WORD_END, true);
    }

    /** Whether a word of the trie may start at {@code at}: its first character starts one. */
    public boolean mayStartAt(CharSequence text, int at, int limit) {
      return at < limit && child(0, text.charAt(at)) != NONE;
    }

    /**
     * Walks the text from {@code at} (not past {@code limit}) and offers the end of every word
     * found there, shortest first, until {@code accept} takes one: whether one was taken.
     */
    boolean ends(CharSequence text, int at, int limit, IntPredicate accept) {
      return walk(text, at, limit, (t, end) -> accept.test(end), false) >= 0;
    }

    /** What a walk asks of the end of a word it found. */
    private interface EndTest {
      boolean accepts(CharSequence text, int end);
    }

    /** {@code (?![\p{L}\d])} after a word. */
    private static final EndTest WHOLE_WORD_END = (text, end) -> !letterOrDigitAt(text, end);

    /**
     * Walks the text from {@code at} (not past {@code limit}) through the words found there,
     * shortest first: the first end {@code accept} takes, or with {@code longest} the last one;
     * -1 when it takes none.
     */
    private int walk(CharSequence text, int at, int limit, EndTest accept, boolean longest) {
      int node = 0;
      int i = at;
      int taken = -1;
      while (true) {
        if (terminal(node) && i > at && accept.accepts(text, i)) {
          if (!longest) {
            return i;
          }
          taken = i;
        }
        if (i >= limit) {
          return taken;
        }
        char c = text.charAt(i);
        int space = nodes[node * NODE_FIELDS + SPACE];
        if (space != NONE && isWhiteSpace(c)) {
          node = space;
          do {
            i++;
          } while (i < limit && isWhiteSpace(text.charAt(i)));
          continue;
        }
        int next = child(node, c);
        if (next == NONE) {
          return taken;
        }
        node = next;
        i++;
      }
    }
  }
}
