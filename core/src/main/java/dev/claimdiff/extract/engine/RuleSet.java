package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.extract.engine.matchers.NativeMatchers;
import dev.claimdiff.extract.engine.matchers.SubjectGap;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one rule file in one language, ready to run: {@link #forEachMatch} tries them over
 * a sentence in file order, each only where its {@code trigger:}, {@code starts:} and
 * {@code ahead:} lines allow ({@link StartIndex}) and at most {@value #MAX_MATCH_CHARS}
 * characters from its start, by its native matcher or its check first when it has one. Read from
 * its file by {@link RuleFileParser}, whose Javadoc gives the format; immutable and shared between
 * threads (each thread keeps its own matchers).
 */
public final class RuleSet {
  private static final Pattern ANY_SPAN = Pattern.compile("(?s).+");
  private static final Pattern GROUP_NAME = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final java.util.Map<Pattern, java.util.Set<String>> GROUP_NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * How far a match may reach from where it starts, in characters. The longest claim of the seeds
   * spans 290; the cap keeps a pattern tried at every token of a sentence of thousands of
   * characters (a list, a table, junk) from reading the rest of the sentence each time, and
   * bounds the depth of java.util.regex's recursion.
   */
  public static final int MAX_MATCH_CHARS = 1000;

  /**
   * A named pattern, tried only in sentences where its trigger fires.
   *
   * @param name the name claims made by the rule carry
   * @param role what the rule does with its match ({@code role:})
   * @param pattern the compiled pattern
   * @param trigger the words one of which a sentence must have for the rule to be tried
   * @param starts what the token where a match starts must be ({@code starts:}), or always
   * @param ahead what a token at or after the one where a match starts must be ({@code ahead:}),
   *     or always
   */
  public record Rule(String name, RuleRole role, Pattern pattern, Trigger trigger,
      Trigger starts, Trigger ahead) {}

  /**
   * What a sentence must hold for a rule to be tried ({@code trigger:}), or what the token where
   * a match starts must be ({@code starts:}): one of the words, a word starting with one of the
   * prefixes, a digit, a capitalised word, a mention, when asked. Without the line: anything.
   */
  public record Trigger(ImmutableSet<String> words, ImmutableSet<String> prefixes, boolean digit,
      boolean always, boolean capitalized, boolean mentionToken) {
    static final Trigger ALWAYS =
        new Trigger(ImmutableSet.of(), ImmutableSet.of(), false, true, false, false);

    /**
     * Whether token {@code k} of the sentence is one this line allows (as {@code starts:}), for
     * searches that start only where the rule may
     * ({@link dev.claimdiff.extract.discourse.ArticleContext#firstMatchAt}).
     */
    public boolean allows(SentenceWords sentence, int k, CharSequence text) {
      byte flags = sentence.flags(k);
      return always || words.contains(sentence.lower(k))
          || startsWithAny(sentence.lower(k))
          || capitalized && (flags & SentenceWords.UPPER) != 0
          || digit && (flags & SentenceWords.DIGIT) != 0
          || mentionToken && text.charAt(sentence.start(k)) == Mentions.MASK_START;
    }

    private boolean startsWithAny(String word) {
      for (String prefix : prefixes) {
        if (word.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, String> macros;
  private final boolean overMentions;
  private final StartIndex startIndex;
  private final NativeMatchers.@Nullable TokenMatcher[] natives;
  private final @Nullable GapCheck[] checks;
  private final ThreadLocal<Matchers> matchers;

  /**
   * A rule's {@code check: subject-gap WORDS}: the part of its pattern after {@code $SUBJECT_GAP},
   * which {@link SubjectGap} tries where the gap can end and one of the words follows, before the
   * whole pattern is tried.
   */
  record GapCheck(SubjectGap gap, Pattern rest, CharTrie restFirstWords) {}

  RuleSet(ImmutableList<Rule> rules, Map<String, String> macros, boolean overMentions,
      List<NativeMatchers.@Nullable TokenMatcher> natives, List<@Nullable GapCheck> checks) {
    this.rules = rules;
    this.natives = natives.toArray(NativeMatchers.TokenMatcher[]::new);
    this.checks = checks.toArray(GapCheck[]::new);
    this.macros = ImmutableMap.copyOf(macros);
    this.overMentions = overMentions;
    this.startIndex = StartIndex.of(rules);
    this.matchers = ThreadLocal.withInitial(() -> new Matchers(rules, this.checks));
  }

  /**
   * Loads the rules of rule file {@code file} ({@code quote}, {@code event-date}, …) for one
   * language ({@link RuleFileParser}); no rules when the language has no such file.
   *
   * @param builtins macros provided by the code, by name without {@code $}
   */
  public static RuleSet load(String file, Language language, Map<String, String> builtins) {
    return RuleFileParser.load(file, language, builtins);
  }

  /**
   * The rules that fire in a sentence, with {@code startsAt[k]} the rules that may start at token
   * {@code k}; {@code dense}: read every token, without the short cuts (for tests).
   */
  long startMasks(CharSequence text, SentenceWords words, long[] startsAt, boolean dense) {
    return startIndex.scan(text, words, startsAt, dense);
  }

  /** Whether rule {@code i} has a {@code check:} line. */
  boolean hasCheck(int i) {
    return checks[i] != null;
  }

  /**
   * Whether rule {@code i}'s check lets its pattern be tried at {@code start} (always, for a rule
   * without one); for tests, which hold it against the pattern.
   */
  boolean passesCheck(int i, CharSequence text, int start, int limit) {
    GapCheck check = checks[i];
    return check == null
        || check.gap().mayMatch(text, start, limit, check.restFirstWords(),
            Matchers.boundless(check.rest()).reset(text));
  }

  /** The native matcher of rule {@code i} ({@code native:}), or null. */
  NativeMatchers.@Nullable TokenMatcher nativeMatcher(int i) {
    return natives[i];
  }

  /** Every macro the rules could use: the code's, {@code macros.rules}' and the file's own. */
  ImmutableMap<String, String> macros() {
    return macros;
  }

  /** The rules, in priority order. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * A matcher for one rule over {@code text[from, to)}: lookaround sees past the region, while
   * {@code ^} and {@code $} match at its ends.
   */
  public static Matcher matcher(Rule rule, CharSequence text, int from, int to) {
    Matcher m = rule.pattern().matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    return m;
  }

  /**
   * The text of a named group of a rule's match, or null when it took no part or the rule has
   * none.
   */
  public static @Nullable String group(Matcher m, String name) {
    // asking a matcher for a group its pattern lacks throws, and an exception per call is slow
    return GROUP_NAMES.computeIfAbsent(m.pattern(), RuleSet::groupNames).contains(name)
        ? m.group(name) : null;
  }

  /** The names of a pattern's named groups ('(?<speaker>…)'). */
  private static java.util.Set<String> groupNames(Pattern pattern) {
    java.util.Set<String> names = new java.util.HashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    return java.util.Set.copyOf(names);
  }

  /** Whether the rules run over the text with mentions masked ({@code text: mentions}). */
  public boolean overMentions() {
    return overMentions;
  }

  /**
   * Runs every rule whose trigger fires over one sentence, trying each rule only at token starts
   * (a match never starts inside a word), and hands each match to {@code action} with the
   * matcher positioned on it. A rule's matches do not overlap one another.
   */
  public void forEachMatch(CharSequence text, Sentence sentence, SentenceWords words,
      BiConsumer<Rule, Matcher> action) {
    forEachMatch(text, sentence, words, null, action);
  }

  /**
   * Like {@link #forEachMatch(CharSequence, Sentence, SentenceWords, BiConsumer)}, but no rule
   * is tried at a token whose start is set in {@code claimed}: the caller sets there what earlier
   * matches took, so a later rule does not redo work only to lose the stretch.
   */
  public void forEachMatch(CharSequence text, Sentence sentence, SentenceWords words,
      java.util.@Nullable BitSet claimed, BiConsumer<Rule, Matcher> action) {
    List<Token> tokens = sentence.tokens();
    Matchers cache = matchers.get();
    if (cache.busy) {
      cache = new Matchers(rules, checks); // called again from inside an action: a matcher of its own
    }
    long[] startsAt = cache.startsAt(tokens.size());
    long fires = startIndex.scan(text, words, startsAt);
    if (fires == 0) {
      return;
    }
    // the tokens where some rule may start, in order: each rule below reads only these (most
    // tokens of a sentence start no rule of a file)
    int[] open = cache.open(tokens.size());
    int opens = 0;
    long startAnywhere = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (startsAt[k] != 0) {
        startAnywhere |= startsAt[k];
        open[opens++] = k;
      }
    }
    fires &= startAnywhere; // a rule that may start at no token is not looked at again
    if (fires == 0) {
      return;
    }
    cache.busy = true;
    try {
      for (int i = 0; i < rules.size(); i++) {
        long bit = 1L << i;
        if ((fires & bit) == 0) {
          continue;
        }
        Rule rule = rules.get(i);
        Matcher m = null;
        int next = sentence.start();
        for (int o = 0; o < opens; o++) {
          int k = open[o];
          if ((startsAt[k] & bit) == 0) {
            continue;
          }
          Token token = tokens.get(k);
          if (token.start() < next
              || claimed != null && claimed.get(token.start())) {
            continue;
          }
          int limit = Math.min(sentence.end(), token.start() + MAX_MATCH_CHARS);
          if (natives[i] != null) {
            int end = natives[i].end(text, token.start(), limit);
            if (end > token.start()) {
              action.accept(rule, cache.span(text, token.start(), end));
              next = end;
            }
            continue;
          }
          if (checks[i] != null && !checks[i].gap().mayMatch(text, token.start(), limit,
              checks[i].restFirstWords(), cache.rest(i, text))) {
            continue;
          }
          if (m == null) {
            m = cache.over(i, text);
          }
          m.region(token.start(), limit);
          if (m.lookingAt() && m.end() > m.start()) {
            action.accept(rule, m);
            next = m.end();
          }
        }
      }
    } finally {
      cache.busy = false;
    }
  }

  /**
   * One thread's matchers of a rule set, kept between sentences and articles: a matcher of a
   * pattern with a gazetteer in it allocates and clears thousands of slots when made.
   */
  private static final class Matchers {
    private final Matcher[] matchers;
    private final CharSequence[] texts;
    private final @Nullable Matcher[] rests;
    private final CharSequence[] restTexts;
    private final Matcher span = ANY_SPAN.matcher("");
    private long[] startsAt = new long[64];
    private int[] open = new int[64];
    private @Nullable CharSequence spanText;
    private boolean busy;

    Matchers(List<Rule> rules, @Nullable GapCheck[] checks) {
      this.matchers = new Matcher[rules.size()];
      this.texts = new CharSequence[rules.size()];
      this.rests = new Matcher[rules.size()];
      this.restTexts = new CharSequence[rules.size()];
      for (int i = 0; i < matchers.length; i++) {
        matchers[i] = boundless(rules.get(i).pattern());
        rests[i] = checks[i] == null ? null : boundless(checks[i].rest());
      }
    }

    /** A matcher whose lookaround sees past its region and whose region ends anchor nothing. */
    private static Matcher boundless(Pattern pattern) {
      Matcher m = pattern.matcher("");
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      return m;
    }

    /** Room for the tokens of a sentence of {@code tokens} tokens where a rule may start (reused). */
    int[] open(int tokens) {
      if (open.length < tokens) {
        open = new int[Math.max(tokens, 2 * open.length)];
      }
      return open;
    }

    /** Room for the start masks of a sentence of {@code tokens} tokens (reused). */
    long[] startsAt(int tokens) {
      if (startsAt.length < tokens) {
        startsAt = new long[Math.max(tokens, 2 * startsAt.length)];
      }
      return startsAt;
    }

    /** The matcher of rule {@code i}'s gap check rest, over {@code text}. */
    Matcher rest(int i, CharSequence text) {
      Matcher m = rests[i];
      if (restTexts[i] != text) {
        m.reset(text);
        restTexts[i] = text;
      }
      return m;
    }

    /**
     * A matcher positioned on {@code text[start, end)}, as a native matcher found it (no named
     * groups: a rule with {@code native:} hands its action the span only).
     */
    Matcher span(CharSequence text, int start, int end) {
      if (spanText != text) {
        span.reset(text);
        spanText = text;
      }
      span.region(start, end);
      span.matches();
      return span;
    }

    /** Rule {@code i}'s matcher, over {@code text}. */
    Matcher over(int i, CharSequence text) {
      if (texts[i] != text) {
        matchers[i].reset(text);
        texts[i] = text;
      }
      return matchers[i];
    }
  }
}
