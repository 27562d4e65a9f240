package dev.claimdiff.extract.engine.matchers;

import static dev.claimdiff.extract.engine.matchers.CharClasses.boundaryBefore;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isUpper;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWhiteSpace;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWholeWord;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWordCharacter;
import static dev.claimdiff.extract.engine.matchers.CharClasses.letterOrDigitAt;

import java.util.List;

/**
 * The matcher of {@code native: titled-name}: {@code $TITLED (?: $KNOWN | $NAME )} of
 * {@code id/macros.rules}, every backtracking step of the regex followed in its order.
 */
record TitledName(NameGrammar names, List<String> bodyConnectives,
    List<String> appositiveConnectives, CharTrie titles, CharTrie portfolios,
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
  static int wordThenSpace(CharTrie trie, CharSequence text, int at, int limit) {
    int[] end = {-1};
    words(trie, text, at, limit, w -> spaces(text, w, limit, true, s -> {
      end[0] = s;
      return true;
    }));
    return end[0];
  }

  /** {@code (?: , \s* )?}. */
  static boolean optionalComma(CharSequence text, int at, int limit, Next next) {
    if (at < limit && text.charAt(at) == ',' && spaces(text, at + 1, limit, false, next)) {
      return true;
    }
    return next.at(at);
  }

  /**
   * The first alternative: {@code (?> $BODYWORD | $CAPWORD ) (?: \s+ (?: $BODYWORD | $CAPNEXT
   * | {appositive-connectives^} ) ){0,7}+ \s* , \s* (?= (?! $BODYWORD ) $NAME …)}. (A
   * connective is taken here without the list's word boundary after it: a letter or digit right
   * after one ends the run where no white space or comma can follow, as it does in the regex.)
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
      if (word < 0) {
        word = NameGrammar.startsWithAny(text, spaced, limit, appositiveConnectives);
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

  /** {@code $BODY}: body words joined by commas, spaces and body connectives, greedily. */
  private boolean body(CharSequence text, int at, int limit, Next next) {
    return bodyWord(text, at, limit, e -> moreBody(text, e, limit, next));
  }

  private boolean moreBody(CharSequence text, int at, int limit, Next next) {
    Next word = d -> bodyWord(text, d, limit, e -> e != at && moreBody(text, e, limit, next));
    Next joined = s -> {
      for (String connective : bodyConnectives) {
        if (NameGrammar.startsWith(text, s, limit, connective)
            && spaces(text, s + connective.length(), limit, true, word)) {
          return true;
        }
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

  /** The ends of a word list's whole words here ({@code {list}}), longest first, as the regex tries them. */
  static boolean words(CharTrie trie, CharSequence text, int at, int limit, Next next) {
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
}
