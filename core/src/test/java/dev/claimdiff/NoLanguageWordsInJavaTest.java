package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No word of any language stands in the generic Java: every word of every word list of every
 * language ({@code lang/<code>/**}{@code /*.txt}) is looked for among the string literals of
 * {@code core/src/main/java} outside the per-language packages ({@code extract.id},
 * {@code extract.en}). A literal is a language word when, lower-cased and with its white space
 * collapsed, it is an entry of a list ({@code "dan"}, {@code "pekan depan"}), or when it is a
 * regular expression with a list's word in its literal text ({@code "(?:nya)?(?![\\p{L}])"}).
 * Messages and report prose are not looked into word by word: they are no pattern matched
 * against an article.
 *
 * <p>A literal that names a named group of a pattern ({@code m.group("unit")}) is an identifier
 * of the rule files, not text, and is not looked at. Everything else the check finds is a failure,
 * unless {@link #ALLOWED} holds the word with the reason it is no language's word there.
 */
class NoLanguageWordsInJavaTest {
  private static final Path JAVA = Path.of("src", "main", "java");
  private static final Path LANG = Path.of("src", "main", "resources", "dev", "claimdiff", "lang");
  /** The packages where a language's own code lives (Lucene's analysis/id pattern). */
  private static final List<Path> PER_LANGUAGE = List.of(
      JAVA.resolve(Path.of("dev", "claimdiff", "extract", "id")),
      JAVA.resolve(Path.of("dev", "claimdiff", "extract", "en")));

  /**
   * Words of the word lists that generic Java may write, each with why it is no language's word
   * where it stands. Most are the engine's own English vocabulary: JSON field names, the
   * canonical values every language is normalised to, and the report's prose.
   */
  private static final ImmutableMap<String, String> ALLOWED = allowed();

  private static ImmutableMap<String, String> allowed() {
    Map<String, String> allowed = new TreeMap<>();
    allow(allowed, "a canonical value: the English vocabulary every language's words are "
        + "normalised to by its lists (relative-dates, due-expressions, counted nouns, bounds), "
        + "written into reports and compared across languages",
        "next week", "last year", "last", "last week", "last month", "this", "this year",
        "this month", "today", "tomorrow", "yesterday", "ago", "within", "people", "about", "nearly",
        "sentence", "min");
    allow(allowed, "a field name of the report, the gold files or the article records "
        + "(report-v1, claimdiff-gold/1): an identifier of the contract, not text read",
        "article", "source", "published", "what", "why", "minutes");
    allow(allowed, "the report's English prose (summaries and labels; report/words_<lang>"
        + ".properties holds the translated words)", "and", "at", "at least", "at most",
        "more than", "less than", "only", "credit", "lasted", "ran", "earlier", "none", "took place");
    allow(allowed, "an HTML element, attribute value or class of the HTML report",
        "a", "section", "head", "top", "none", "update");
    allow(allowed, "a canonical event key (the happening 'deadline' of a time limit to come, "
        + "duration-events.txt's key in English): the same value in every language, compared "
        + "across languages", "deadline");
    allow(allowed, "schema.org's type name in the ClaimReview JSON-LD", "organization");
    allow(allowed, "punctuation: a full stop", ".");
    allow(allowed, "the sigil of a rule file's macro ($NAME), not the dollar of quantity-units",
        "$");
    allow(allowed, "the name of a built-in macro of the rule files ($MONTH)", "month");
    allow(allowed, "a key of number-format.txt (thousands: ,)", "thousands");
    allow(allowed, "the ISO-8601 date-time separator, and the letter of a trap's id (T1)", "t");
    allow(allowed, "the legacy Java language code of Indonesian (Locale \"in\")", "in");
    allow(allowed, "a value of a CoreNLP option (ssplit.newlineIsSentenceBreak=two)", "two");
    allow(allowed, "a word of Jackson's English error messages, cut from what is shown", "from");
    allow(allowed, "a word of an Evaluator error message (a field is missing)", "missing");
    return ImmutableMap.copyOf(allowed);
  }

  private static void allow(Map<String, String> allowed, String reason, String... words) {
    for (String word : words) {
      allowed.merge(word, reason, (a, b) -> a + "; " + b);
    }
  }

  @Test
  void noWordOfAnyWordListIsAStringLiteralInGenericJava() throws IOException {
    Map<String, Set<String>> words = wordListWords();
    assertThat(words).as("the word lists were found").isNotEmpty();
    List<String> found = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> PER_LANGUAGE.stream().noneMatch(f::startsWith)).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (Literal literal : literals(source)) {
          for (String word : languageWords(literal, source, words.keySet())) {
            if (ALLOWED.containsKey(word)) {
              used.add(word);
            } else {
              found.add(JAVA.relativize(file) + ":" + literal.line() + ": \"" + word + "\" (in "
                  + words.get(word) + ")");
            }
          }
        }
      }
    }
    assertThat(found).as("language words in generic Java: move them to data or to the "
        + "language's package").isEmpty();
    assertThat(used).as("allowed words that no literal uses any more: drop them from ALLOWED")
        .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    Set<String> words = Set.of("dan", "nya", "pekan depan", "kata");
    String source = "class A {\n"
        + "  // \"dan\" in a comment is no literal\n"
        + "  String a = \"dan\";\n"
        + "  String b = \"(?:nya)?(?![\\\\p{L}])\";\n"
        + "  String c = \"Pekan  Depan\";\n"
        + "  String d = \"a message that says kata\";\n"
        + "  String e = m.group(\"nya\") + group(m, \"kata\");\n"
        + "  String f = \"(?<kata>\\\\d+)\";\n"
        + "}\n";
    List<String> hits = new ArrayList<>();
    for (Literal literal : literals(source)) {
      languageWords(literal, source, words).forEach(w -> hits.add(literal.line() + ":" + w));
    }
    assertThat(hits).containsExactly("3:dan", "4:nya", "5:pekan depan");
  }

  /** Every entry of every language's lists, lower case, with the lists that hold it. */
  private static Map<String, Set<String>> wordListWords() throws IOException {
    Map<String, Set<String>> words = new TreeMap<>();
    for (Language language : Language.values()) {
      Path folder = LANG.resolve(language.code());
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String resource = "dev/claimdiff/lang/" + language.code() + "/"
              + folder.relativize(file).toString().replace('\\', '/');
          for (String entry : WordList.load(resource)) {
            int colon = entry.indexOf(':');
            String values = colon < 0 ? entry : entry.substring(colon + 1);
            for (String value : values.split(colon < 0 ? "\\n" : ",")) {
              String word = key(value.split(" = ", 2)[0]);
              if (!word.isEmpty()) {
                words.computeIfAbsent(word, w -> new TreeSet<>()).add(resource);
              }
            }
          }
        }
      }
    }
    return words;
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A string literal's value and the line it starts on. */
  record Literal(String value, int line, int offset) {}

  /** The string literals of a Java source, comments and character literals skipped. */
  static List<Literal> literals(String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end + 3;
        literals.add(new Literal(source.substring(i + 3, Math.max(i + 3, end - 3)), line, i));
        line += count(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          if (source.charAt(j) == '\\' && j + 1 < source.length()) {
            char e = source.charAt(j + 1);
            value.append(switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> e;
            });
            j += 2;
          } else {
            value.append(source.charAt(j++));
          }
        }
        if (c == '"') {
          literals.add(new Literal(value.toString(), line, i));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += source.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }

  /** A literal that names a pattern's group: {@code m.group("x")}, {@code group(m, "x")}. */
  private static final Pattern GROUP_NAME_BEFORE =
      Pattern.compile("(?:group|start|end)\\(\\s*(?:\\w+\\s*,\\s*)?$");
  /** What makes a literal a regular expression. */
  private static final Pattern REGEX_SYNTAX =
      Pattern.compile("\\(\\?|\\\\[sSdDpPbBwWkxzAZ]|\\[\\^|\\|");
  /** What a regex holds that is not literal text: escapes, classes, group names, flags. */
  private static final Pattern REGEX_NOT_TEXT = Pattern.compile(
      "\\\\[pPx]\\{[^}]*\\}|\\\\[kg]<[^>]*>|\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]|\\(\\?<?[a-zA-Z]+>"
          + "|\\(\\?[a-zA-Z-]*[:)]|\\{\\d+(?:,\\d*)?\\}");
  /** Three words in a row with single spaces: a message about a pattern, not a pattern. */
  private static final Pattern PROSE = Pattern.compile("\\p{L}+ \\p{L}+ \\p{L}+|%s");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

  /** The words of the lists a literal is or holds, as the class comment says. */
  static List<String> languageWords(Literal literal, String source, Set<String> words) {
    String before = source.substring(Math.max(0, literal.offset() - 40), literal.offset());
    if (GROUP_NAME_BEFORE.matcher(before).find()) {
      return List.of();
    }
    String whole = key(literal.value());
    if (words.contains(whole)) {
      return List.of(whole);
    }
    if (!REGEX_SYNTAX.matcher(literal.value()).find() || PROSE.matcher(literal.value()).find()) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    Matcher word = WORD.matcher(REGEX_NOT_TEXT.matcher(literal.value()).replaceAll(" "));
    while (word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT);
      if (w.length() > 1 && words.contains(w)) {
        found.add(w);
      }
    }
    return found;
  }
}
