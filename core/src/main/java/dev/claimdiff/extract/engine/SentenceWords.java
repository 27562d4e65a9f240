package dev.claimdiff.extract.engine;

import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of one sentence as rules' triggers check them: lower-cased token texts, and whether
 * any token has a digit. Built once per sentence and shared by every rule file (which also share
 * where its mentions start, found once).
 */
public final class SentenceWords {
  private final String[] lower;
  private final int[] starts;
  private final byte[] flags;
  private final int[] triggerIds;
  private final int[] tokensWithTriggerIds;
  private final int triggerWordsKnown;
  private final boolean digit;
  /** A memo of {@link #mentionStarts}: the text it was found in, and the tokens. */
  private @Nullable CharSequence mentionStartsText;
  private int[] mentionStarts = new int[0];
  /** A memo of {@link #tokensStartingWith}: the prefixes asked for, and their tokens. */
  private String[] prefixesRead = new String[0];
  private static final int[] NONE = new int[0];
  private int[][] tokensByPrefix = new int[0][];

  /** {@link #flags}: what a token's first character is, and whether it has a digit. */
  static final byte UPPER = 1;
  static final byte DIGIT = 2;
  static final byte HAS_DIGIT = 4;

  public SentenceWords(Sentence sentence) {
    int n = sentence.tokens().size();
    this.lower = new String[n];
    this.starts = new int[n];
    this.flags = new byte[n];
    this.triggerIds = new int[n];
    this.triggerWordsKnown = TriggerWords.count(); // before the look-ups: see TriggerWords
    boolean anyDigit = false;
    int[] withIds = new int[n];
    int numbered = 0;
    for (int k = 0; k < n; k++) {
      Token token = sentence.tokens().get(k);
      String text = token.text();
      char first = text.charAt(0);
      byte kind = Character.isUpperCase(first) ? UPPER : Character.isDigit(first) ? DIGIT : 0;
      // one pass over a plain ASCII word: its lower case, its hash, whether it has a digit
      int hash = 0;
      boolean upper = false;
      boolean ascii = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          c += 'a' - 'A';
        } else if (c >= '0' && c <= '9') {
          kind |= HAS_DIGIT;
        }
        hash = 31 * hash + c;
      }
      if (ascii) {
        lower[k] = upper ? asciiLowerCase(text) : text;
      } else {
        lower[k] = lowerCase(text);
        hash = lower[k].hashCode();
        for (int i = 0; i < text.length(); i++) {
          if (Character.isDigit(text.charAt(i))) {
            kind |= HAS_DIGIT;
            break;
          }
        }
      }
      anyDigit |= (kind & HAS_DIGIT) != 0;
      triggerIds[k] = TriggerWords.id(lower[k], hash);
      if (triggerIds[k] >= 0) {
        withIds[numbered++] = k;
      }
      starts[k] = token.start();
      flags[k] = kind;
    }
    this.digit = anyDigit;
    this.tokensWithTriggerIds = java.util.Arrays.copyOf(withIds, numbered);
    // the rules' prefixes, found now while the words are fresh in the cache: each word is held
    // against the prefixes that share its first character only
    TriggerWords.Prefixes known = TriggerWords.prefixes();
    String[] prefixes = known.all();
    int[][] byPrefix = new int[prefixes.length][];
    int[] found = new int[prefixes.length];
    for (int k = 0; k < n; k++) {
      for (int p : known.candidates(lower[k])) {
        if (lower[k].startsWith(prefixes[p])) {
          if (byPrefix[p] == null) {
            byPrefix[p] = new int[Math.min(n, 4)];
          } else if (found[p] == byPrefix[p].length) {
            byPrefix[p] = java.util.Arrays.copyOf(byPrefix[p], Math.min(n, 2 * found[p]));
          }
          byPrefix[p][found[p]++] = k;
        }
      }
    }
    for (int p = 0; p < prefixes.length; p++) {
      byPrefix[p] = byPrefix[p] == null ? NONE : java.util.Arrays.copyOf(byPrefix[p], found[p]);
    }
    for (int p : known.empty()) {
      byPrefix[p] = startingWith(prefixes[p]);
    }
    this.prefixesRead = prefixes;
    this.tokensByPrefix = byPrefix;
  }

  /**
   * The tokens where a mention starts in {@code text} (the article's text with mentions masked),
   * in order; found once per sentence and text.
   */
  int[] mentionStarts(CharSequence text) {
    if (mentionStartsText != text) {
      int[] found = new int[starts.length];
      int count = 0;
      for (int k = 0; k < starts.length; k++) {
        if (text.charAt(starts[k]) == Mentions.MASK_START) {
          found[count++] = k;
        }
      }
      mentionStarts = java.util.Arrays.copyOf(found, count);
      mentionStartsText = text;
    }
    return mentionStarts;
  }

  /**
   * {@link #tokensStartingWith(String)} for a prefix numbered {@code number} by
   * {@link TriggerWords#internPrefix}: read by its number when the sentence was read after the
   * prefix was added, without looking for it among the others.
   */
  int[] tokensStartingWith(int number, String prefix) {
    if (number < prefixesRead.length && prefixesRead[number].equals(prefix)) {
      return tokensByPrefix[number];
    }
    return tokensStartingWith(prefix);
  }

  /** The tokens whose lower-cased text starts with {@code prefix}, in order (found once). */
  int[] tokensStartingWith(String prefix) {
    for (int i = 0; i < prefixesRead.length; i++) {
      if (prefixesRead[i].equals(prefix)) {
        return tokensByPrefix[i];
      }
    }
    int[] tokens = startingWith(prefix);
    prefixesRead = java.util.Arrays.copyOf(prefixesRead, prefixesRead.length + 1);
    prefixesRead[prefixesRead.length - 1] = prefix;
    tokensByPrefix = java.util.Arrays.copyOf(tokensByPrefix, tokensByPrefix.length + 1);
    tokensByPrefix[tokensByPrefix.length - 1] = tokens;
    return tokens;
  }

  /** The tokens whose lower-cased text starts with {@code prefix}, in order. */
  private int[] startingWith(String prefix) {
    int[] found = new int[lower.length];
    int count = 0;
    for (int k = 0; k < lower.length; k++) {
      if (lower[k].startsWith(prefix)) {
        found[count++] = k;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  /** The tokens that have a {@link TriggerWords} number, in order (most words have none). */
  int[] tokensWithTriggerIds() {
    return tokensWithTriggerIds;
  }

  /**
   * {@code text.toLowerCase(Locale.ROOT)}, without its per-character table look-ups for the
   * common case of plain ASCII (and without a copy when nothing changes).
   */
  static String lowerCase(String text) {
    boolean upper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return text.toLowerCase(Locale.ROOT);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper ? asciiLowerCase(text) : text;
  }

  /** The lower case of a plain ASCII text. */
  private static String asciiLowerCase(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(chars);
  }

  /** The {@link TriggerWords} number of token {@code k}'s lower-cased text, or -1. */
  int triggerId(int k) {
    return triggerIds[k];
  }

  /**
   * How many trigger words were numbered when the sentence was read: a number at or above it
   * may be missing from {@link #triggerId}.
   */
  int triggerWordsKnown() {
    return triggerWordsKnown;
  }

  /** The number of tokens. */
  public int size() {
    return lower.length;
  }

  /** Where token {@code k} starts in the text. */
  public int start(int k) {
    return starts[k];
  }

  /**
   * {@link #UPPER} when token {@code k} starts with a capital, {@link #DIGIT} with a digit, and
   * {@link #HAS_DIGIT} when it has a digit anywhere.
   */
  byte flags(int k) {
    return flags[k];
  }

  /** The lower-cased text of token {@code k} of the sentence. */
  public String lower(int k) {
    return lower[k];
  }

  boolean hasDigit() {
    return digit;
  }
}
