package dev.claimdiff.extract;

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
 *   <li>{@code name-with-age}: {@code $NAME \s* \( \d{1,3} \)}.
 * </ul>
 */
final class NativeMatchers {
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
      default -> null;
    };
  }

  private static final Map<Language, Names> NAMES = new java.util.EnumMap<>(Language.class);

  private static synchronized Names names(Language language) {
    return NAMES.computeIfAbsent(language, l -> new Names(
        CharTrie.of(Gazetteer.standard().aliasesLongestFirst(), false),
        CharTrie.of(Lexicon.of(l).words("name-stopwords"), true),
        CharTrie.of(Calendar.of(l).weekdayWords(), true),
        CharTrie.of(Calendar.of(l).monthWords(), true)));
  }

  /** The name grammar of {@code macros.rules}: $KNOWN, $CAPWORD, $CAPNEXT, $NAME. */
  private record Names(CharTrie known, CharTrie stopwords, CharTrie weekdays, CharTrie months) {
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
      if (!boundaryBefore(text, start)) {
        return -1;
      }
      int[] best = {-1};
      known.ends(text, start, limit, end -> {
        if (!letterOrDigitAt(text, end)) {
          best[0] = end; // ends come shortest first: the last one that fits is the longest
        }
        return false;
      });
      return best[0];
    }

    /** $NAME: a capitalised word, then up to four more, possessively. */
    int name(CharSequence text, int start, int limit) {
      int end = capitalisedWord(text, start, limit, true);
      for (int more = 0; end >= 0 && more < MORE_WORDS; more++) {
        int next = nextWord(text, end, limit);
        if (next < 0) {
          break;
        }
        end = next;
      }
      return end;
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
      if (first && isStopword(text, at, limit) || isWholeWord(weekdays, text, at, limit)
          || isWholeWord(months, text, at, limit)) {
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
      return boundaryBefore(text, at) && stopwords.ends(text, at, limit,
          end -> !letterAt(text, end)
              || startsWith(text, end, limit, "nya") && !letterAt(text, end + 3));
    }

    /** A word list's alternation ({@code {list}}, $WEEKDAY, $MONTH) matches here. */
    private static boolean isWholeWord(CharTrie words, CharSequence text, int at, int limit) {
      return boundaryBefore(text, at)
          && words.ends(text, at, limit, end -> !letterOrDigitAt(text, end));
    }

    private static boolean startsWith(CharSequence text, int at, int limit, String word) {
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

  /** {@code (?<![\p{L}\d])}: the character before is no letter or digit. */
  static boolean boundaryBefore(CharSequence text, int at) {
    return at == 0 || !isLetterOrDigit(text.charAt(at - 1));
  }

  private static boolean letterOrDigitAt(CharSequence text, int at) {
    return at < text.length() && isLetterOrDigit(text.charAt(at));
  }

  private static boolean letterAt(CharSequence text, int at) {
    return at < text.length() && Character.isLetter(text.charAt(at));
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetter(c) || Character.isDigit(c);
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetter(c) || Character.isDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  /** {@code \s} with Unicode character classes: the White_Space property. */
  static boolean isWhiteSpace(char c) {
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c >= 0x9 && c <= 0xd || c == 0x85;
  }

  /**
   * Words as a trie of characters, a run of white space standing for any run ({@code \s+}), as
   * {@code WordPatterns} writes them for the regex engine; {@code anyCase}: letters compared as a
   * case-insensitive Unicode regex compares them ({@code lower(upper(c))}).
   */
  static final class CharTrie {
    private final Map<Character, CharTrie> children = new HashMap<>();
    private @Nullable CharTrie space;
    private boolean terminal;
    private final boolean anyCase;

    private CharTrie(boolean anyCase) {
      this.anyCase = anyCase;
    }

    static CharTrie of(Collection<String> words, boolean anyCase) {
      CharTrie root = new CharTrie(anyCase);
      for (String word : words) {
        String w = word.strip();
        if (w.isEmpty()) {
          continue;
        }
        CharTrie node = root;
        for (int i = 0; i < w.length(); i++) {
          char c = w.charAt(i);
          if (Character.isWhitespace(c)) {
            while (i + 1 < w.length() && Character.isWhitespace(w.charAt(i + 1))) {
              i++;
            }
            if (node.space == null) {
              node.space = new CharTrie(anyCase);
            }
            node = node.space;
          } else {
            node = node.children.computeIfAbsent(root.key(c), k -> new CharTrie(anyCase));
          }
        }
        node.terminal = true;
      }
      return root;
    }

    private char key(char c) {
      return anyCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    /**
     * Walks the text from {@code at} (not past {@code limit}) and offers the end of every word
     * found there, shortest first, until {@code accept} takes one: whether one was taken.
     */
    boolean ends(CharSequence text, int at, int limit, IntPredicate accept) {
      CharTrie node = this;
      int i = at;
      while (true) {
        if (node.terminal && i > at && accept.test(i)) {
          return true;
        }
        if (i >= limit) {
          return false;
        }
        char c = text.charAt(i);
        if (node.space != null && isWhiteSpace(c)) {
          node = node.space;
          do {
            i++;
          } while (i < limit && isWhiteSpace(text.charAt(i)));
          continue;
        }
        CharTrie next = node.children.get(key(c));
        if (next == null) {
          return false;
        }
        node = next;
        i++;
      }
    }
  }
}
