package dev.claimdiff.extract.engine;

import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.RuleSet.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code trigger:}, {@code starts:} and {@code ahead:} lines of every rule of a file as bit
 * masks (bit {@code i}: rule {@code i}), so that one pass over a sentence's tokens, with one
 * look-up per token, tells which rules fire in the sentence and where each may start.
 */
record StartIndex(java.util.HashMap<String, long[]> words, long[][] byId,
    String[] prefixes, int[] prefixNumbers, long[][] prefixMasks, long[] always,
    long[] capitalized, long[] digit, long[] mention, boolean sparse) {
  static final int MAX_RULES = Long.SIZE;
  private static final int[] NO_TOKENS = new int[0];
  private static final int STARTS = 0;
  private static final int FIRES = 1;
  private static final int AHEAD = 2;

  static StartIndex of(List<Rule> rules) {
    java.util.HashMap<String, long[]> words = new java.util.HashMap<>();
    Map<String, long[]> prefixes = new LinkedHashMap<>();
    long[] always = new long[3];
    long[] capitalized = new long[3];
    long[] digit = new long[3];
    long[] mention = new long[3];
    for (int i = 0; i < rules.size(); i++) {
      long bit = 1L << i;
      Rule rule = rules.get(i);
      Trigger[] byKind = {rule.starts(), rule.trigger(), rule.ahead()};
      for (int kind = STARTS; kind <= AHEAD; kind++) {
        Trigger t = byKind[kind];
        int at = kind;
        t.words().forEach(w -> words.computeIfAbsent(w, x -> new long[3])[at] |= bit);
        t.prefixes().forEach(p -> prefixes.computeIfAbsent(p, x -> new long[3])[at] |= bit);
        always[kind] |= t.always() ? bit : 0;
        digit[kind] |= t.digit() ? bit : 0;
        mention[kind] |= t.mentionToken() ? bit : 0;
        capitalized[kind] |= t.capitalized() ? bit : 0;
      }
    }
    // a trigger's '<capitalized>' holds in no sentence: only 'starts:' and 'ahead:' read it
    capitalized[FIRES] = 0;
    Map<Integer, long[]> numbered = new java.util.HashMap<>();
    words.forEach((w, masks) -> numbered.put(TriggerWords.intern(w), masks));
    long[][] byId = new long[numbered.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)][];
    numbered.forEach((id, masks) -> byId[id] = masks);
    String[] prefixList = prefixes.keySet().toArray(String[]::new);
    int[] prefixNumbers = new int[prefixList.length];
    for (int p = 0; p < prefixList.length; p++) {
      prefixNumbers[p] = TriggerWords.internPrefix(prefixList[p]);
    }
    return new StartIndex(words, byId, prefixList, prefixNumbers,
        prefixes.values().toArray(long[][]::new),
        always, capitalized, digit, mention, sparse(prefixList, always, capitalized, digit));
  }

  /**
   * Whether only numbered words, prefixes and mentions decide where the file's rules start and
   * what lies ahead (no capital, no digit, no rule that starts anywhere), so that a scan may
   * read those tokens only and leave the others' masks empty.
   */
  private static boolean sparse(String[] prefixes, long[] always, long[] capitalized,
      long[] digit) {
    return always[STARTS] == 0 && capitalized[STARTS] == 0 && capitalized[AHEAD] == 0
        && digit[STARTS] == 0 && digit[AHEAD] == 0;
  }

  /**
   * {@link #scan} for a {@link #sparse} file: the tokens with a trigger number, with a prefix
   * and the mentions, from the last; every other token may start no rule.
   */
  private long scanSparse(CharSequence text, SentenceWords sentence, long[] startsAt,
      long fires, boolean mentions) {
    java.util.Arrays.fill(startsAt, 0, sentence.size(), 0L);
    int[] numbered = sentence.tokensWithTriggerIds();
    int[] masked = mentions ? sentence.mentionStarts(text) : NO_TOKENS;
    int[][] prefixed = new int[prefixes.length][];
    int[] c = new int[prefixes.length];
    for (int p = 0; p < prefixes.length; p++) {
      prefixed[p] = sentence.tokensStartingWith(prefixNumbers[p], prefixes[p]);
      c[p] = prefixed[p].length - 1;
    }
    int a = numbered.length - 1;
    int b = masked.length - 1;
    long aheadSeen = always[AHEAD];
    while (true) {
      int k = Math.max(a >= 0 ? numbered[a] : -1, b >= 0 ? masked[b] : -1);
      for (int p = 0; p < prefixes.length; p++) {
        k = Math.max(k, c[p] >= 0 ? prefixed[p][c[p]] : -1);
      }
      if (k < 0) {
        break;
      }
      long starts = 0;
      for (int p = 0; p < prefixes.length; p++) {
        if (c[p] >= 0 && prefixed[p][c[p]] == k) {
          starts |= prefixMasks[p][STARTS];
          fires |= prefixMasks[p][FIRES];
          aheadSeen |= prefixMasks[p][AHEAD];
          c[p]--;
        }
      }
      if (a >= 0 && numbered[a] == k) {
        int id = sentence.triggerId(k);
        long[] word = id < byId.length ? byId[id] : null;
        if (word != null) {
          starts |= word[STARTS];
          fires |= word[FIRES];
          aheadSeen |= word[AHEAD];
        }
        a--;
      }
      if (b >= 0 && masked[b] == k) {
        starts |= mention[STARTS];
        fires |= mention[FIRES];
        aheadSeen |= mention[AHEAD];
        b--;
      }
      startsAt[k] = starts & aheadSeen;
    }
    return fires;
  }

  /**
   * Fills {@code startsAt[k]} (for each token {@code k} of the sentence: the array may be
   * longer) with the rules that may start at token {@code k}, and returns
   * the rules whose trigger fires in the sentence. Tokens are read from the last, so that what
   * lies ahead of each is known.
   */
  long scan(CharSequence text, SentenceWords sentence, long[] startsAt) {
    return scan(text, sentence, startsAt, false);
  }

  /** {@link #scan}; {@code dense}: every token read, no short cut (for tests). */
  long scan(CharSequence text, SentenceWords sentence, long[] startsAt, boolean dense) {
    boolean byNumber = !dense && byId.length <= sentence.triggerWordsKnown();
    boolean mentions = (mention[STARTS] | mention[FIRES] | mention[AHEAD]) != 0;
    long fires = always[FIRES] | (sentence.hasDigit() ? digit[FIRES] : 0);
    if (byNumber && fires == 0 && mention[FIRES] == 0) {
      // only trigger words (and prefixes) can make a rule fire: read the few tokens that have
      // a number, and skip the sentence (as most are, for most files) when none fires here
      for (int k : sentence.tokensWithTriggerIds()) {
        int id = sentence.triggerId(k);
        if (id < byId.length && byId[id] != null) {
          fires |= byId[id][FIRES];
        }
      }
      for (int p = 0; p < prefixes.length && fires == 0; p++) {
        if (prefixMasks[p][FIRES] != 0
            && sentence.tokensStartingWith(prefixNumbers[p], prefixes[p]).length > 0) {
          fires |= prefixMasks[p][FIRES];
        }
      }
      if (fires == 0) {
        return 0;
      }
    }
    if (byNumber && sparse) {
      return scanSparse(text, sentence, startsAt, fires, mentions);
    }
    // the prefixes' tokens, from each prefix's list of them (found once per sentence), rather
    // than every token held against every prefix (which 'dense' still does, for the tests):
    // their starts go into startsAt first, read back below before it is written, and their
    // 'ahead:' bits into a second array when any
    long[] prefixAhead = null;
    java.util.Arrays.fill(startsAt, 0, sentence.size(), 0L);
    for (int p = 0; p < prefixes.length && !dense; p++) {
      int[] tokens = sentence.tokensStartingWith(prefixNumbers[p], prefixes[p]);
      if (tokens.length == 0) {
        continue;
      }
      long[] masks = prefixMasks[p];
      fires |= masks[FIRES];
      if (masks[AHEAD] != 0 && prefixAhead == null) {
        prefixAhead = new long[sentence.size()];
      }
      for (int k : tokens) {
        startsAt[k] |= masks[STARTS];
        if (masks[AHEAD] != 0) {
          prefixAhead[k] |= masks[AHEAD];
        }
      }
    }
    long aheadSeen = always[AHEAD];
    for (int k = sentence.size() - 1; k >= 0; k--) {
      long starts = always[STARTS] | startsAt[k];
      if (prefixAhead != null) {
        aheadSeen |= prefixAhead[k];
      }
      long[] word;
      if (byNumber) {
        int id = sentence.triggerId(k);
        word = id >= 0 && id < byId.length ? byId[id] : null;
      } else {
        word = words.get(sentence.lower(k));
      }
      if (word != null) {
        starts |= word[STARTS];
        fires |= word[FIRES];
        aheadSeen |= word[AHEAD];
      }
      for (int p = 0; p < prefixes.length && dense; p++) {
        if (sentence.lower(k).startsWith(prefixes[p])) {
          starts |= prefixMasks[p][STARTS];
          fires |= prefixMasks[p][FIRES];
          aheadSeen |= prefixMasks[p][AHEAD];
        }
      }
      byte first = sentence.flags(k);
      if ((first & SentenceWords.UPPER) != 0) {
        starts |= capitalized[STARTS];
        aheadSeen |= capitalized[AHEAD];
      } else if ((first & SentenceWords.DIGIT) != 0) {
        starts |= digit[STARTS];
      }
      if ((first & SentenceWords.HAS_DIGIT) != 0) {
        aheadSeen |= digit[AHEAD];
      }
      if (mentions && text.charAt(sentence.start(k)) == Mentions.MASK_START) {
        starts |= mention[STARTS];
        fires |= mention[FIRES];
        aheadSeen |= mention[AHEAD];
      }
      startsAt[k] = starts & aheadSeen;
    }
    return fires;
  }
}
