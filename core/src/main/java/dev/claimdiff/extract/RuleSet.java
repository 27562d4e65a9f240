package dev.claimdiff.extract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.lang.WordPatterns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of one claim type in one language, read from {@code extract/<type>/<lang>.rules}.
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
 * <ul>
 *   <li>{@code {name}}: the word list {@code extract/<lang>/name.txt} as a case-insensitive
 *       alternation of whole words; {@code {name+}} leaves the end open for a suffix
 *       ({@code {speech-verbs+}nya}).
 *   <li>{@code $NAME}: a macro defined earlier in the file, or a built-in one given by the code
 *       (month and weekday names, every gazetteer spelling).
 * </ul>
 */
public final class RuleSet {
  private static final Pattern MACRO_REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
  private static final Pattern LIST_REF = Pattern.compile("\\{([a-z][a-z0-9-]*)(\\+?)\\}");

  /** A named pattern. */
  public record Rule(String name, Pattern pattern) {}

  private final String source;
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, String> macros;

  private RuleSet(String source, ImmutableList<Rule> rules, Map<String, String> macros) {
    this.source = source;
    this.rules = rules;
    this.macros = ImmutableMap.copyOf(macros);
  }

  /**
   * Loads the rules of one claim type for one language.
   *
   * @param builtins macros provided by the code, by name without {@code $}
   */
  public static RuleSet load(String claimType, Language language, Map<String, String> builtins) {
    String resource = "dev/claimdiff/extract/" + claimType + "/" + language.code() + ".rules";
    if (!WordList.exists(resource)) {
      return new RuleSet(resource, ImmutableList.of(), Map.of());
    }
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    String preamble = language.resource("extract", "macros.rules");
    if (WordList.exists(preamble)) {
      macros.putAll(parse(preamble, WordList.lines(preamble), language, macros).macros);
    }
    return parse(resource, WordList.lines(resource), language, macros);
  }

  static RuleSet parse(String source, List<String> lines, Language language,
      Map<String, String> builtins) {
    Map<String, String> macros = new LinkedHashMap<>(builtins);
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    String name = null;
    StringBuilder pattern = null;
    int lineNumber = 0;
    int ruleLine = 0;
    for (String raw : lines) {
      lineNumber++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean continuation = Character.isWhitespace(raw.charAt(0));
      if (continuation && pattern != null) {
        pattern.append(' ').append(line.strip());
        continue;
      }
      String trimmed = line.strip();
      if (trimmed.startsWith("$")) {
        int eq = trimmed.indexOf('=');
        checkArgument(eq > 0, "%s:%s: a macro is '$NAME = pattern'", source, lineNumber);
        String macro = trimmed.substring(1, eq).strip();
        macros.put(macro, expand(trimmed.substring(eq + 1).strip(), macros, language, source));
      } else if (trimmed.startsWith("rule:")) {
        if (name != null) {
          rules.add(compile(source, ruleLine, name, pattern, macros, language));
        }
        name = trimmed.substring("rule:".length()).strip();
        checkArgument(!name.isEmpty(), "%s:%s: a rule needs a name", source, lineNumber);
        pattern = null;
        ruleLine = lineNumber;
      } else if (trimmed.startsWith("pattern:")) {
        checkArgument(name != null, "%s:%s: pattern before any 'rule:'", source, lineNumber);
        pattern = new StringBuilder(trimmed.substring("pattern:".length()).strip());
      } else if (trimmed.startsWith("example:")) {
        // examples document the rule; the corpus tests check them
      } else {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": cannot read: " + raw);
      }
    }
    if (name != null) {
      rules.add(compile(source, ruleLine, name, pattern, macros, language));
    }
    return new RuleSet(source, rules.build(), macros);
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

  private static Rule compile(String source, int line, String name, StringBuilder pattern,
      Map<String, String> macros, Language language) {
    checkArgument(pattern != null, "%s:%s: rule %s has no pattern", source, line, name);
    String regex = expand(pattern.toString(), macros, language, source);
    try {
      return new Rule(name,
          Pattern.compile(regex, Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          source + ":" + line + ": rule " + name + " is not a valid pattern: " + e.getMessage(), e);
    }
  }

  private static String expand(String pattern, Map<String, String> macros, Language language,
      String source) {
    Matcher lists = LIST_REF.matcher(pattern);
    StringBuilder withLists = new StringBuilder();
    while (lists.find()) {
      List<String> words = Lexicon.of(language).words(lists.group(1));
      String alternation = lists.group(2).isEmpty()
          ? WordPatterns.alternation(words) : WordPatterns.prefixAlternation(words);
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

  /** The rules, in priority order. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** The resource the rules came from. */
  public String source() {
    return source;
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
   * Runs every rule over {@code text[from, to)} and hands each match to {@code action} with the
   * matcher positioned on it (offsets are relative to {@code text}).
   */
  public void forEachMatch(CharSequence text, int from, int to, BiConsumer<Rule, Matcher> action) {
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      m.region(from, to);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      while (m.find()) {
        if (m.end() > m.start()) {
          action.accept(rule, m);
        }
      }
    }
  }

}
