package dev.claimdiff.extract.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.engine.RuleSet.GapCheck;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.RuleSet.Trigger;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.extract.engine.matchers.NativeMatchers;
import dev.claimdiff.extract.engine.matchers.SubjectGap;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rule file ({@code lang/<lang>/extract/rules/<type>.rules}, after
 * {@code lang/<lang>/extract/macros.rules}) into a {@link RuleSet}, checking every line: an
 * error names the file and line.
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
 * role: match                            # what the code does with a match ({@link RuleRole})
 * pattern: (?&lt;cue&gt;{duration-cues}) \s+ (?&lt;num&gt;$NUMBER) \s+ (?&lt;unit&gt;{duration-units})
 *          # continuation lines start with white space
 * </pre>
 *
 * <p>Optional lines: {@code trigger:} after a rule's pattern lists what a sentence must hold for
 * the rule to be tried at all (any one of: {@code {list}} a word of a list, {@code {list+}} or
 * {@code word+} a word starting so, {@code word}, {@code <digit>} a token with a digit,
 * {@code <weekday>}, {@code <month>}, {@code <month.>} a month spelling with a dot after it, as
 * the tokenizer keeps an abbreviation: {@code Mar.}, {@code <month+>} a word starting with a month
 * spelling); {@code starts:} says the same of the token where a match
 * may start (also {@code <capitalized>}, {@code <mention>}, {@code <any>}), so the pattern is
 * not tried at other tokens; {@code ahead:} says it of a token at or after that one (the
 * pattern always takes such a word after its start: {@code $MENTION … {reporting-verbs}}), so
 * the rule is not tried after the sentence's last such word; {@code text: mentions} before the
 * first rule runs the
 * file over the text with every mention masked, where {@code $MENTION} matches one mention.
 * Rules are tried at token starts only, and a match reads at most {@value RuleSet#MAX_MATCH_CHARS}
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
final class RuleFileParser {
  private static final Pattern MACRO_REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
  private static final Pattern LIST_REF = Pattern.compile("\\{([a-z][a-z0-9-]*)([+^]?)\\}");
  private static final String SUBJECT_GAP_CHECK = "subject-gap";
  private static final String SUBJECT_GAP_MACRO = "$SUBJECT_GAP";

  private RuleFileParser() {}

  /**
   * Loads the rules of rule file {@code file} ({@code quote}, {@code event-date}, …) for one
   * language; no rules when the language has no such file.
   *
   * @param builtins macros provided by the code, by name without {@code $}
   */
  static RuleSet load(String file, Language language, Map<String, String> builtins) {
    String resource = resource(file, language);
    if (!WordList.exists(resource)) {
      return new RuleSet(ImmutableList.of(), Map.of(), false, List.of(), List.of());
    }
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    String preamble = language.resource("extract", "macros.rules");
    if (WordList.exists(preamble)) {
      macros.putAll(parse("macros", preamble, WordList.lines(preamble), language, macros)
          .macros());
    }
    return parse(file, resource, WordList.lines(resource), language, macros);
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

  /** The lines of one rule as read, until the next {@code rule:} line. */
  private static final class Pending {
    final String name;
    final int line;
    @Nullable RuleRole role;
    @Nullable StringBuilder pattern;
    @Nullable String trigger;
    @Nullable String starts;
    @Nullable String ahead;
    @Nullable String nativeMatcher;
    @Nullable String check;

    Pending(String name, int line) {
      this.name = name;
      this.line = line;
    }
  }

  /**
   * Reads the rules of rule file {@code file} ({@code quote}, {@code event-date}, …: what decides
   * the roles its rules may have) from {@code lines}; {@code source} names it in messages.
   */
  static RuleSet parse(String file, String source, List<String> lines, Language language,
      Map<String, String> builtins) {
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    List<Pending> pending = new ArrayList<>();
    Pending rule = null;
    RuleRole fileRole = RuleRole.defaultIn(file);
    ImmutableSet<RuleRole> roles = RuleRole.allowedIn(file);
    String fileName = file.isEmpty() ? source : file;
    boolean overMentions = false;
    boolean afterPattern = false;
    int lineNumber = 0;
    for (String raw : lines) {
      lineNumber++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      checkArgument(!line.strip().startsWith("rule:") || pending.size() < StartIndex.MAX_RULES,
          "%s:%s: a rule file holds at most %s rules; split it", source, lineNumber,
          StartIndex.MAX_RULES);
      boolean continuation = Character.isWhitespace(raw.charAt(0));
      if (continuation && afterPattern) {
        rule.pattern.append(' ').append(line.strip());
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
        checkArgument(rule == null && (value.equals("mentions") || value.equals("plain")),
            "%s:%s: 'text: mentions' or 'text: plain' goes before the first rule", source, lineNumber);
        overMentions = value.equals("mentions");
      } else if (trimmed.startsWith("role:")) {
        String id = trimmed.substring("role:".length()).strip();
        RuleRole declared = RuleRole.of(id);
        checkArgument(declared != null, "%s:%s: no role '%s'; a rule of %s has one of: %s",
            source, lineNumber, id, fileName, RuleRole.ids(roles));
        checkArgument(roles.contains(declared), "%s:%s: role '%s' is not one of %s's: %s",
            source, lineNumber, id, fileName, RuleRole.ids(roles));
        if (rule == null) {
          fileRole = declared; // before the first rule: every rule's role unless it says
        } else {
          checkArgument(rule.role == null, "%s:%s: rule %s has a role already", source,
              lineNumber, rule.name);
          rule.role = declared;
        }
      } else if (trimmed.startsWith("rule:")) {
        String name = trimmed.substring("rule:".length()).strip();
        checkArgument(!name.isEmpty(), "%s:%s: a rule needs a name", source, lineNumber);
        rule = new Pending(name, lineNumber);
        pending.add(rule);
      } else if (trimmed.startsWith("starts:")) {
        checkArgument(rule != null, "%s:%s: starts before any 'rule:'", source, lineNumber);
        rule.starts = trimmed.substring("starts:".length()).strip();
      } else if (trimmed.startsWith("native:")) {
        checkArgument(rule != null, "%s:%s: native before any 'rule:'", source, lineNumber);
        String matcher = trimmed.substring("native:".length()).strip();
        checkArgument(NativeMatchers.of(matcher, language) != null,
            "%s:%s: no native matcher '%s'", source, lineNumber, matcher);
        rule.nativeMatcher = matcher;
      } else if (trimmed.startsWith("check:")) {
        checkArgument(rule != null, "%s:%s: check before any 'rule:'", source, lineNumber);
        String check = trimmed.substring("check:".length()).strip();
        String kind = WordPatterns.WHITE_SPACE.split(check, 2)[0];
        checkArgument(kind.equals(SUBJECT_GAP_CHECK) && check.length() > kind.length(),
            "%s:%s: a check is '%s' and the words the rest of the pattern starts with, not: %s",
            source, lineNumber, SUBJECT_GAP_CHECK, check);
        rule.check = check.substring(kind.length()).strip();
      } else if (trimmed.startsWith("ahead:")) {
        checkArgument(rule != null, "%s:%s: ahead before any 'rule:'", source, lineNumber);
        rule.ahead = trimmed.substring("ahead:".length()).strip();
      } else if (trimmed.startsWith("trigger:")) {
        checkArgument(rule != null, "%s:%s: trigger before any 'rule:'", source, lineNumber);
        rule.trigger = trimmed.substring("trigger:".length()).strip();
      } else if (trimmed.startsWith("pattern:")) {
        checkArgument(rule != null, "%s:%s: pattern before any 'rule:'", source, lineNumber);
        rule.pattern = new StringBuilder(trimmed.substring("pattern:".length()).strip());
        afterPattern = true;
      } else if (trimmed.startsWith("example:")) {
        // examples document the rule; the corpus tests check them
      } else {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": cannot read: " + raw);
      }
    }
    ImmutableList.Builder<Rule> built = ImmutableList.builder();
    for (Pending p : pending) {
      RuleRole role = p.role != null ? p.role : fileRole;
      checkArgument(role != null, "%s:%s: rule %s has no role: a rule of %s says 'role:' and one "
          + "of: %s", source, p.line, p.name, fileName, RuleRole.ids(roles));
      built.add(compile(source, p.line, p.name, role, p.pattern, p.trigger, p.starts, p.ahead,
          macros, language));
    }
    ImmutableList<Rule> rules = built.build();
    List<NativeMatchers.@Nullable TokenMatcher> natives = new ArrayList<>();
    List<@Nullable GapCheck> checks = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Pending p = pending.get(i);
      natives.add(p.nativeMatcher == null ? null : NativeMatchers.of(p.nativeMatcher, language));
      checks.add(p.check == null ? null
          : gapCheck(source, rules.get(i), p.pattern.toString(), p.check, macros, language));
    }
    return new RuleSet(rules, macros, overMentions, natives, checks);
  }

  /**
   * A rule's {@code check: subject-gap}: its pattern must be a mention (the rule starts at one),
   * then {@code $SUBJECT_GAP} once, then a rest that starts with white space.
   */
  private static GapCheck gapCheck(String source, Rule rule, String raw,
      String restFirstWords, Map<String, String> macros, Language language) {
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
        CharTrie.of(firstWords, true));
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
          int hyphen = first.indexOf('-');
          if (hyphen > 0) {
            // the tokenizer splits a hyphenated word ('hour-long' is 'hour', '-', 'long'), so a
            // phrase that opens with one starts at the token before its first hyphen
            (list.group(2).isEmpty() ? words : prefixes).add(first.substring(0, hyphen));
          }
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
      } else if (item.equals("<month+>")) {
        Calendar.of(language).monthWords().forEach(w -> prefixes.add(w.split("\\s+")[0]));
      } else if (item.equals("<month.>")) {
        Calendar.of(language).monthWords().forEach(w -> words.add(w.split("\\s+")[0] + "."));
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
    // the replacements are appended as they are (what appendReplacement of quoteReplacement
    // gives, without escaping and unescaping tries of hundreds of words)
    Matcher lists = LIST_REF.matcher(pattern);
    StringBuilder withLists = new StringBuilder();
    int last = 0;
    while (lists.find()) {
      withLists.append(pattern, last, lists.start())
          .append(Lexicon.of(language).alternation(lists.group(1), lists.group(2)));
      last = lists.end();
    }
    withLists.append(pattern, last, pattern.length());
    Matcher refs = MACRO_REF.matcher(withLists);
    StringBuilder out = new StringBuilder();
    last = 0;
    while (refs.find()) {
      String value = macros.get(refs.group(1));
      checkArgument(value != null, "%s: unknown macro $%s", source, refs.group(1));
      out.append(withLists, last, refs.start()).append("(?:").append(value).append(')');
      last = refs.end();
    }
    out.append(withLists, last, withLists.length());
    return out.toString();
  }
}
