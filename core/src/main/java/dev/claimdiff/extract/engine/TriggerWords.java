package dev.claimdiff.extract.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * A number for every word that some rule's {@code trigger:} or {@code starts:} line names, or
 * that starts a phrase of a {@link PhraseIndex}, shared by all rule files and indexes: a sentence looks each of its words up once ({@link SentenceWords}), and each
 * rule file then reads its masks by number instead of hashing every word again.
 *
 * <p>Numbers are handed out as rule files load and never change. A sentence remembers how many
 * words were numbered when it was read, so a rule file loaded later, whose words may be missing
 * from the sentence's numbers, knows to look its words up by text instead.
 *
 * <p>Every word of every sentence is looked up here, and most are not numbered: look-ups read an
 * immutable open-addressing table whose words lie in one array of characters (one or two reads
 * of memory where a hash map reads its table, an entry, a string and its bytes). It is rebuilt
 * after rule files number new words, which happens while they load.
 *
 * <p>The prefixes that triggers name ({@code menurut+}) are kept here too, so that a sentence
 * finds its tokens that start with each when it is read ({@link SentenceWords#tokensStartingWith}).
 */
final class TriggerWords {
  /** Every numbered word, guarded by the class's lock. */
  private static final Map<String, Integer> IDS = new HashMap<>();
  private static volatile int count;
  private static volatile Table table = Table.of(Map.of());

  private TriggerWords() {}

  /** The number of a (lower-cased) word, given it if it had none. */
  static synchronized int intern(String word) {
    Integer id = IDS.get(word);
    if (id == null) {
      id = count;
      IDS.put(word, id);
      count = id + 1;
    }
    return id;
  }

  /** The number of a (lower-cased) word, or -1 when no rule names it. */
  static int id(String word) {
    return id(word, word.hashCode());
  }

  /** {@link #id(String)} of a word whose {@link String#hashCode} the caller computed. */
  static int id(String word, int hash) {
    Table t = table;
    if (t.size != count) {
      t = rebuilt();
    }
    return t.id(word, hash);
  }

  private static synchronized Table rebuilt() {
    if (table.size != count) {
      table = Table.of(IDS);
    }
    return table;
  }

  /** Every prefix a rule's trigger names ({@code menurut+}), in the order they were added. */
  private static volatile Prefixes prefixes = Prefixes.of(new String[0]);

  /**
   * Adds a (lower-cased) prefix that sentences find their tokens of when they are read: its
   * number, its index in {@link Prefixes#all} from then on (prefixes are only ever added).
   */
  static synchronized int internPrefix(String prefix) {
    String[] known = prefixes.all();
    int at = java.util.Arrays.asList(known).indexOf(prefix);
    if (at >= 0) {
      return at;
    }
    String[] more = java.util.Arrays.copyOf(known, known.length + 1);
    more[known.length] = prefix;
    prefixes = Prefixes.of(more);
    return known.length;
  }

  /** The prefixes added so far, with their index by first character. */
  static Prefixes prefixes() {
    return prefixes;
  }

  /**
   * The prefixes at one moment, and for each first character the numbers of the prefixes that
   * start with it: a word is checked against the few prefixes that share its first character,
   * not against all of them (the month words and speech verbs of every language loaded).
   *
   * @param all the prefixes, in the order they were added (do not modify)
   * @param byFirstChar for a first character below {@link #ASCII}, the numbers of the prefixes
   *     starting with it; at {@link #ASCII}, those starting with any other character
   * @param empty the numbers of empty prefixes (they start every word)
   */
  record Prefixes(String[] all, int[][] byFirstChar, int[] empty) {
    static final int ASCII = 128;

    static Prefixes of(String[] all) {
      java.util.List<java.util.List<Integer>> buckets = new java.util.ArrayList<>();
      for (int c = 0; c <= ASCII; c++) {
        buckets.add(new java.util.ArrayList<>());
      }
      java.util.List<Integer> empty = new java.util.ArrayList<>();
      for (int p = 0; p < all.length; p++) {
        if (all[p].isEmpty()) {
          empty.add(p);
        } else {
          buckets.get(Math.min(all[p].charAt(0), ASCII)).add(p);
        }
      }
      int[][] byFirstChar = new int[ASCII + 1][];
      for (int c = 0; c <= ASCII; c++) {
        byFirstChar[c] = buckets.get(c).stream().mapToInt(Integer::intValue).toArray();
      }
      return new Prefixes(all, byFirstChar, empty.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The numbers of the non-empty prefixes that a word may start with, by its first character. */
    int[] candidates(String word) {
      return word.isEmpty() ? new int[0] : byFirstChar[Math.min(word.charAt(0), ASCII)];
    }
  }

  /** How many words are numbered now. */
  static int count() {
    return count;
  }

  /**
   * The numbered words at one moment: {@code slots} (a power of two long, at most half full)
   * holds a word's number plus one where its hash leads, or 0; the word's characters are
   * {@code chars[starts[id], starts[id + 1])}.
   */
  private record Table(int size, int[] slots, int[] starts, char[] chars) {
    static Table of(Map<String, Integer> ids) {
      int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
      int[] slots = new int[capacity];
      String[] byId = new String[ids.size()];
      ids.forEach((w, id) -> byId[id] = w);
      int[] starts = new int[byId.length + 1];
      StringBuilder chars = new StringBuilder();
      for (int id = 0; id < byId.length; id++) {
        starts[id] = chars.length();
        chars.append(byId[id]);
        int slot = spread(byId[id].hashCode()) & (capacity - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        slots[slot] = id + 1;
      }
      starts[byId.length] = chars.length();
      char[] all = new char[chars.length()];
      chars.getChars(0, all.length, all, 0);
      return new Table(byId.length, slots, starts, all);
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    int id(String word, int hash) {
      int mask = slots.length - 1;
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        int entry = slots[slot];
        if (entry == 0) {
          return -1;
        }
        if (matches(entry - 1, word)) {
          return entry - 1;
        }
      }
    }

    private boolean matches(int id, String word) {
      int start = starts[id];
      if (starts[id + 1] - start != word.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (chars[start + i] != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
