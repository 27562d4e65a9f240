package dev.claimdiff.extract;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every word that some rule's {@code trigger:} or {@code starts:} line names, or
 * that starts a phrase of a {@link PhraseIndex}, shared by all rule files and indexes: a sentence looks each of its words up once ({@link SentenceWords}), and each
 * rule file then reads its masks by number instead of hashing every word again.
 *
 * <p>Numbers are handed out as rule files load and never change. A sentence remembers how many
 * words were numbered when it was read, so a rule file loaded later, whose words may be missing
 * from the sentence's numbers, knows to look its words up by text instead.
 */
final class TriggerWords {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static volatile int count;

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
    Integer id = IDS.get(word);
    return id == null ? -1 : id;
  }

  /** How many words are numbered now. */
  static int count() {
    return count;
  }
}
