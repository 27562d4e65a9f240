package dev.claimdiff.extract.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Mentions;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one claim type in one language, read from
 * {@code lang/<lang>/extract/rules/<type>.rules}.
 *
 * <p>A rule is a name and a pattern: a Java regular expression in comments mode (white space is
 * ignored, so write {@code \s+} where the text has a space), with named groups that the extractor
 * of the claim type reads ({@code (?<num>…)}, {@code (?<unit>…)}). Rules are tried in file order;
 * the first rule that claims a stretch of text wins it. The file format:
 *
 * <pre>
 * # a comment
 * $APPROX = {approximators}              # a macro: a regex that may use lists and other macros
 *
 * rule: duration-selama-number-unit      # the name every claim it makes will carry
 * pattern: (?&lt;cue&gt;{duration-cues}) \s+ (?&lt;num&gt;$NUMBER) \s+ (?&lt;unit&gt;{duration-units})
 *          # continuation lines start with white space
 * </pre>
 *
 * <p>Optional lines: {@code trigger:} after a rule's pattern lists what a sentence must hold for
 * the rule to be tried at all (any one of: {@code {list}} a word of a list, {@code {list+}} or
 * {@code word+} a word starting so, {@code word}, {@code <digit>} a token with a digit,
 * {@code <weekday>}, {@code <month>}); {@code starts:} says the same of the token where a match
 * may start (also {@code <capitalized>}, {@code <mention>}, {@code <any>}), so the pattern is
 * not tried at other tokens; {@code ahead:} says it of a token at or after that one (the
 * pattern always takes such a word after its start: {@code $MENTION … {reporting-verbs}}), so
 * the rule is not tried after the sentence's last such word; {@code text: mentions} before the
 * first rule runs the
 * file over the text with every mention masked, where {@code $MENTION} matches one mention.
 * Rules are tried at token starts only, and a match reads at most {@value #MAX_MATCH_CHARS}
 * characters from its start (the end of the sentence or that reach, whichever comes first), so
 * that no pattern costs more than linear time in its sentence. {@code native: <name>} says that code finds what the
 * pattern finds ({@link NativeMatchers}); {@code check: subject-gap} that code may rule out a
 * try before the pattern runs ({@link SubjectGap}).
 *
 * <ul>
 *   <li>{@code {name}}: the word list {@code lang/<lang>/extract/name.txt} as a case-insensitive
 *       alternation of whole words; {@code {name+}} leaves the end open for a suffix
 *       ({@code {speech-verbs+}nya}); {@code {name^}} matches the words with their case as
 *       listed ('Pusat' in a body's name, not 'pusat').
 *   <li>{@code $NAME}: a macro defined earlier in the file, or a built-in one given by the code
 *       (month and weekday names, every gazetteer spelling).
 * </ul>
 */
public final class RuleSet {
  private static final Pattern MACRO_REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
  private static final Pattern ANY_SPAN = Pattern.compile("(?s).+");
  private static final Pattern LIST_REF = Pattern.compile("\\{([a-z][a-z0-9-]*)([+^]?)\\}");
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
  private static final String SUBJECT_GAP_CHECK = "subject-gap";
  private static final String SUBJECT_GAP_MACRO = "$SUBJECT_GAP";

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
     * searches that start only where the rule may ({@link ArticleContext#firstMatchAt}).
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
  private record GapCheck(SubjectGap gap, Pattern rest, NativeMatchers.CharTrie restFirstWords) {}

  private RuleSet(ImmutableList<Rule> rules, Map<String, String> macros, boolean overMentions,
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
   * Loads the rules of one claim type for one language, from
   * {@code dev/claimdiff/lang/<code>/extract/rules/<claimType>.rules}.
   *
   * @param builtins macros provided by the code, by name without {@code $}
   */
  public static RuleSet load(String claimType, Language language, Map<String, String> builtins) {
    String resource = resource(claimType, language);
    if (!WordList.exists(resource)) {
      return new RuleSet(ImmutableList.of(), Map.of(), false, List.of(), List.of());
    }
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    String preamble = language.resource("extract", "macros.rules");
    if (WordList.exists(preamble)) {
      macros.putAll(parse("macros", preamble, WordList.lines(preamble), language, macros).macros);
    }
    return parse(claimType, resource, WordList.lines(resource), language, macros);
  }

  /** Where the rule file {@code file} of a language is. */
  static String resource(String file, Language language) {
    return language.resource("extract", "rules/" + file + ".rules");
  }

  /** Reads rules of a file with no roles of its own (every rule's role is {@code match}). */
  static RuleSet parse(String source, List<String> lines, Language language,
      Map<String, String> builtins) {
    return parse("", source, lines, language, builtins);
  }

  /**
   * Reads the rules of rule file {@code file} ({@code quote}, {@code event-date}, …: what decides the
   * roles its rules may have) from {@code lines}; {@code source} names it in messages.
   */
  static RuleSet parse(String file, String source, List<String> lines, Language language,
      Map<String, String> builtins) {
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    String name = null;
    StringBuilder pattern = null;
    String trigger = null;
    String starts = null;
    String ahead = null;
    RuleRole role = null;
    RuleRole fileRole = RuleRole.defaultIn(file);
    ImmutableSet<RuleRole> roles = RuleRole.allowedIn(file);
    Map<String, String> natives = new java.util.HashMap<>();
    Map<String, String> checks = new java.util.HashMap<>();
    Map<String, String> rawPatterns = new java.util.HashMap<>();
    boolean overMentions = false;
    boolean afterPattern = false;
    int lineNumber = 0;
    int ruleLine = 0;
    int ruleCount = 0;
    for (String raw : lines) {
      lineNumber++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      checkArgument(!line.strip().startsWith("rule:") || ruleCount++ < StartIndex.MAX_RULES,
          "%s:%s: a rule file holds at most %s rules; split it", source, lineNumber,
          StartIndex.MAX_RULES);
      boolean continuation = Character.isWhitespace(raw.charAt(0));
      if (continuation && afterPattern) {
        pattern.append(' ').append(line.strip());
        continue;
      }
      checkArgument(!continuation || line.strip().startsWith("#"),
          "%s:%s: an indented line continues only a pattern: %s", source, lineNumber, raw.strip());
      afterPattern = false;
      String trimmed = line.strip();
      if (trimmed.startsWith("$")) {
        int eq = trimmed.indexOf('=');
        checkArgument(eq > 0, "%s:%s: a macro is '$NAME = pattern'", source, lineNumber);
        String macro = trimmed.substring(1, eq).strip();
        macros.put(macro, expand(trimmed.substring(eq + 1).strip(), macros, language,
            source + ":" + lineNumber));
      } else if (trimmed.startsWith("text:")) {
        String value = trimmed.substring("text:".length()).strip();
        checkArgument(name == null && (value.equals("mentions") || value.equals("plain")),
            "%s:%s: 'text: mentions' or 'text: plain' goes before the first rule", source, lineNumber);
        overMentions = value.equals("mentions");
      } else if (trimmed.startsWith("role:")) {
        String id = trimmed.substring("role:".length()).strip();
        RuleRole declared = RuleRole.of(id);
        checkArgument(declared != null, "%s:%s: no role '%s'; a rule of %s has one of: %s",
            source, lineNumber, id, file.isEmpty() ? source : file, RuleRole.ids(roles));
        checkArgument(roles.contains(declared), "%s:%s: role '%s' is not one of %s's: %s",
            source, lineNumber, id, file.isEmpty() ? source : file, RuleRole.ids(roles));
        if (name == null) {
          fileRole = declared; // before the first rule: every rule's role unless it says
        } else {
          checkArgument(role == null, "%s:%s: rule %s has a role already", source, lineNumber,
              name);
          role = declared;
        }
      } else if (trimmed.startsWith("rule:")) {
        if (name != null) {
          rules.add(compile(source, ruleLine, name, role(source, ruleLine, name, role, fileRole,
              file, roles), pattern, trigger, starts, ahead, macros, language));
          rawPatterns.put(name, pattern.toString());
        }
        name = trimmed.substring("rule:".length()).strip();
        checkArgument(!name.isEmpty(), "%s:%s: a rule needs a name", source, lineNumber);
        pattern = null;
        role = null;
        trigger = null;
        starts = null;
        ahead = null;
        ruleLine = lineNumber;
      } else if (trimmed.startsWith("starts:")) {
        checkArgument(name != null, "%s:%s: starts before any 'rule:'", source, lineNumber);
        starts = trimmed.substring("starts:".length()).strip();
      } else if (trimmed.startsWith("native:")) {
        checkArgument(name != null, "%s:%s: native before any 'rule:'", source, lineNumber);
        String matcher = trimmed.substring("native:".length()).strip();
        checkArgument(NativeMatchers.of(matcher, language) != null,
            "%s:%s: no native matcher '%s'", source, lineNumber, matcher);
        natives.put(name, matcher);
      } else if (trimmed.startsWith("check:")) {
        checkArgument(name != null, "%s:%s: check before any 'rule:'", source, lineNumber);
        String check = trimmed.substring("check:".length()).strip();
        String kind = WordPatterns.WHITE_SPACE.split(check, 2)[0];
        checkArgument(kind.equals(SUBJECT_GAP_CHECK) && check.length() > kind.length(),
            "%s:%s: a check is '%s' and the words the rest of the pattern starts with, not: %s",
            source, lineNumber, SUBJECT_GAP_CHECK, check);
        checks.put(name, check.substring(kind.length()).strip());
      } else if (trimmed.startsWith("ahead:")) {
        checkArgument(name != null, "%s:%s: ahead before any 'rule:'", source, lineNumber);
        ahead = trimmed.substring("ahead:".length()).strip();
      } else if (trimmed.startsWith("trigger:")) {
        checkArgument(name != null, "%s:%s: trigger before any 'rule:'", source, lineNumber);
        trigger = trimmed.substring("trigger:".length()).strip();
      } else if (trimmed.startsWith("pattern:")) {
        checkArgument(name != null, "%s:%s: pattern before any 'rule:'", source, lineNumber);
        pattern = new StringBuilder(trimmed.substring("pattern:".length()).strip());
        afterPattern = true;
      } else if (trimmed.startsWith("example:")) {
        // examples document the rule; the corpus tests check them
      } else {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": cannot read: " + raw);
      }
    }
    if (name != null) {
      rules.add(compile(source, ruleLine, name, role(source, ruleLine, name, role, fileRole,
          file, roles), pattern, trigger, starts, ahead, macros, language));
      rawPatterns.put(name, pattern.toString());
    }
    ImmutableList<Rule> built = rules.build();
    List<NativeMatchers.@Nullable TokenMatcher> nativeMatchers = new java.util.ArrayList<>();
    List<@Nullable GapCheck> gapChecks = new java.util.ArrayList<>();
    for (Rule rule : built) {
      String matcher = natives.get(rule.name());
      nativeMatchers.add(matcher == null ? null : NativeMatchers.of(matcher, language));
      String check = checks.get(rule.name());
      gapChecks.add(check == null ? null
          : gapCheck(source, rule, rawPatterns.get(rule.name()), check, macros, language));
    }
    return new RuleSet(built, macros, overMentions, nativeMatchers, gapChecks);
  }

  /** A rule's role: its own {@code role:} line, else the file's; one it must have. */
  private static RuleRole role(String source, int line, String name, @Nullable RuleRole own,
      @Nullable RuleRole ofFile, String file, ImmutableSet<RuleRole> roles) {
    RuleRole role = own != null ? own : ofFile;
    checkArgument(role != null, "%s:%s: rule %s has no role: a rule of %s says 'role:' and one "
        + "of: %s", source, line, name, file, RuleRole.ids(roles));
    return role;
  }

  /**
   * A rule's {@code check: subject-gap}: its pattern must be a mention (the rule starts at one),
   * then {@code $SUBJECT_GAP} once, then a rest that starts with white space.
   */
  private static GapCheck gapCheck(String source, Rule rule, String raw, String restFirstWords,
      Map<String, String> macros, Language language) {
    int gap = raw.indexOf(SUBJECT_GAP_MACRO);
    String head = raw.substring(0, Math.max(0, gap)).strip();
    String rest = gap < 0 ? "" : raw.substring(gap + SUBJECT_GAP_MACRO.length()).strip();
    checkArgument(gap >= 0 && raw.indexOf(SUBJECT_GAP_MACRO, gap + 1) < 0,
        "%s: rule %s: 'check: subject-gap' needs %s once in the pattern", source, rule.name(),
        SUBJECT_GAP_MACRO);
    checkArgument(head.startsWith("(?<") && head.contains("$MENTION")
            && rule.starts().mentionToken() && !rule.starts().always(),
        "%s: rule %s: 'check: subject-gap' needs a pattern that starts with a mention and "
            + "'starts: <mention>'", source, rule.name());
    checkArgument(rest.startsWith("\\s+"),
        "%s: rule %s: 'check: subject-gap' needs white space (\\s+) after %s", source,
        rule.name(), SUBJECT_GAP_MACRO);
    String regex = expand(rest, macros, language, source + ": rule " + rule.name());
    List<String> firstWords = new java.util.ArrayList<>();
    for (String item : WordPatterns.WHITE_SPACE.split(restFirstWords)) {
      Matcher list = LIST_REF.matcher(item);
      if (list.matches() && list.group(2).isEmpty()) {
        firstWords.addAll(Lexicon.of(language).words(list.group(1)));
      } else {
        checkArgument(!item.startsWith("{") && !item.startsWith("<") && !item.endsWith("+"),
            "%s: rule %s: a check names whole words or {lists}, not %s", source, rule.name(),
            item);
        firstWords.add(item);
      }
    }
    return new GapCheck(SubjectGap.of(language),
        Pattern.compile(regex, Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS),
        NativeMatchers.CharTrie.of(firstWords, true));
  }

  private static String stripComment(String line) {
    // '#' starts a comment when it is the first non-blank character or follows white space
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))
          && (i == 0 || line.charAt(i - 1) != '\\')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static Rule compile(String source, int line, String name, RuleRole role,
      StringBuilder pattern,
      String trigger, String starts, String ahead, Map<String, String> macros,
      Language language) {
    checkArgument(pattern != null, "%s:%s: rule %s has no pattern", source, line, name);
    String regex = expand(pattern.toString(), macros, language, source + ":" + line);
    checkArgument(!anchorInLookBehind(regex),
        "%s:%s: rule %s has \\A or ^ inside a look-behind, where java.util.regex moves the "
            + "match's start to it: write the start of the text as (?<! [\\s\\S] )",
        source, line, name);
    try {
      return new Rule(name, role,
          Pattern.compile(regex, Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS),
          trigger == null ? Trigger.ALWAYS : trigger(trigger, language, source + ":" + line),
          starts == null ? Trigger.ALWAYS : trigger(starts, language, source + ":" + line),
          ahead == null ? Trigger.ALWAYS : trigger(ahead, language, source + ":" + line));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          source + ":" + line + ": rule " + name + " is not a valid pattern: " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code \A} or {@code ^} stands inside a look-behind: java.util.regex then reports
   * the match as starting where the anchor matched, before the region it was asked to match in
   * (a JDK quirk: its begin-of-input node sets the match's start), and spans come out wrong.
   */
  static boolean anchorInLookBehind(String regex) {
    java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>(); // true: a look-behind
    int lookBehinds = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'A' && !inClass && lookBehinds > 0) {
          return true;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 1;
          continue;
        }
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // a ']' first in a class is a character
        }
      } else if (c == '(') {
        boolean lookBehind = regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
        groups.push(lookBehind);
        lookBehinds += lookBehind ? 1 : 0;
      } else if (c == ')' && !groups.isEmpty()) {
        lookBehinds -= groups.pop() ? 1 : 0;
      } else if (c == '^' && lookBehinds > 0) {
        return true;
      }
    }
    return false;
  }

  /** A trigger from its line: {@code {list}}, {@code {list+}} (prefixes), {@code <digit>}, words. */
  private static Trigger trigger(String spec, Language language, String source) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    ImmutableSet.Builder<String> prefixes = ImmutableSet.builder();
    boolean digit = false;
    boolean capitalized = false;
    boolean mentionToken = false;
    boolean any = false;
    for (String item : spec.split("\\s+")) {
      Matcher list = LIST_REF.matcher(item);
      if (list.matches()) {
        for (String entry : Lexicon.of(language).words(list.group(1))) {
          String first = entry.toLowerCase(Locale.ROOT).split("\\s+")[0];
          (list.group(2).isEmpty() ? words : prefixes).add(first);
        }
      } else if (item.equals("<digit>")) {
        digit = true;
      } else if (item.equals("<capitalized>")) {
        capitalized = true;
      } else if (item.equals("<mention>")) {
        mentionToken = true;
      } else if (item.equals("<any>")) {
        any = true;
      } else if (item.equals("<weekday>") || item.equals("<month>")) {
        Calendar calendar = Calendar.of(language);
        (item.equals("<weekday>") ? calendar.weekdayWords() : calendar.monthWords())
            .forEach(w -> words.add(w.split("\\s+")[0]));
      } else if (item.length() > 1 && item.endsWith("+")) {
        prefixes.add(item.substring(0, item.length() - 1).toLowerCase(Locale.ROOT));
      } else if (!item.isEmpty() && !item.startsWith("<")) {
        words.add(item.toLowerCase(Locale.ROOT));
      } else {
        throw new IllegalArgumentException(source + ": cannot read trigger item " + item);
      }
    }
    return new Trigger(words.build(), prefixes.build(), digit, any, capitalized, mentionToken);
  }

  private static String expand(String pattern, Map<String, String> macros, Language language,
      String source) {
    Matcher lists = LIST_REF.matcher(pattern);
    StringBuilder withLists = new StringBuilder();
    while (lists.find()) {
      List<String> words = Lexicon.of(language).words(lists.group(1));
      String alternation = switch (lists.group(2)) {
        case "+" -> WordPatterns.prefixAlternation(words);
        case "^" -> WordPatterns.caseSensitiveAlternation(words);
        default -> WordPatterns.alternation(words);
      };
      lists.appendReplacement(withLists, Matcher.quoteReplacement(alternation));
    }
    lists.appendTail(withLists);
    Matcher refs = MACRO_REF.matcher(withLists);
    StringBuilder out = new StringBuilder();
    while (refs.find()) {
      String value = macros.get(refs.group(1));
      checkArgument(value != null, "%s: unknown macro $%s", source, refs.group(1));
      refs.appendReplacement(out, Matcher.quoteReplacement("(?:" + value + ")"));
    }
    refs.appendTail(out);
    return out.toString();
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
    long startAnywhere = 0;
    for (int k = 0; k < tokens.size(); k++) {
      startAnywhere |= startsAt[k];
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
        for (int k = 0; k < tokens.size(); k++) {
          Token token = tokens.get(k);
          if ((startsAt[k] & bit) == 0 || token.start() < next
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

  /**
   * The {@code trigger:}, {@code starts:} and {@code ahead:} lines of every rule of a file as bit
   * masks (bit {@code i}: rule {@code i}), so that one pass over a sentence's tokens, with one
   * look-up per token, tells which rules fire in the sentence and where each may start.
   */
  private record StartIndex(java.util.HashMap<String, long[]> words, long[][] byId,
      String[] prefixes, long[][] prefixMasks, long[] always, long[] capitalized, long[] digit,
      long[] mention, boolean sparse) {
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
      for (String prefix : prefixList) {
        TriggerWords.internPrefix(prefix);
      }
      return new StartIndex(words, byId, prefixList, prefixes.values().toArray(long[][]::new),
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
        prefixed[p] = sentence.tokensStartingWith(prefixes[p]);
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
          if (prefixMasks[p][FIRES] != 0 && sentence.tokensStartingWith(prefixes[p]).length > 0) {
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
      long aheadSeen = always[AHEAD];
      for (int k = sentence.size() - 1; k >= 0; k--) {
        long starts = always[STARTS];
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
        for (int p = 0; p < prefixes.length; p++) {
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
}
