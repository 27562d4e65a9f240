package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example corpora of claim extraction, checked the way Duckling checks its corpora
 * ({@code makeCorpusTest}): every {@code lang/<code>/extract/<type>.corpus} pairs an expectation
 * with phrasings that must each yield exactly one claim of that type meeting it, and every
 * {@code <type>.negative} lists phrasings that must yield no claim of that type.
 *
 * <p>The file format, which every corpus also describes in its header:
 *
 * <pre>
 * # comment lines start with '#'
 * reference-date: 2023-03-15          (optional, before any example: the publication date)
 *
 * expect: minutes=90 approximate=false event=meeting
 * Pertemuan kedua menteri itu berlangsung selama 90 menit.
 * Selama satu setengah jam, kedua pemimpin berdiskusi di istana.
 * </pre>
 *
 * <p>An {@code expect:} line holds checks separated by spaces: {@code key=value} (the slot equals
 * the value; {@code null} means null; numbers compare numerically), {@code key~"words"} (the slot
 * contains the words). Keys are the components of the type's {@link ClaimValue} record, plus
 * {@code speaker} and {@code text} of the {@link Claim}. Values with spaces are quoted. The line
 * may end with {@code many}: then other claims of the type may stand beside the one that matches
 * (a quotation nested in a quotation). Each following line, up to a blank line, is one example:
 * a whole article, in which {@code " ¶ "} stands for a paragraph break. A negative file holds
 * only examples.
 *
 * <p>The {@code example:} line of every rule in {@code lang/<code>/extract/rules/<type>.rules} is
 * checked too: it must yield a claim of the type made by that rule.
 */
class ClaimCorpusTest {
  private static final String ROOT = "dev/claimdiff/lang";
  private static final int MIN_POSITIVE = 15;
  private static final int MIN_NEGATIVE = 5;

  /** The names of the corpus files and rule files of each claim type. */
  private static final ImmutableMap<String, ClaimType> FILES =
      ImmutableMap.<String, ClaimType>builder()
          .put("quote", ClaimType.QUOTE)
          .put("statement", ClaimType.STATEMENT)
          .put("duration", ClaimType.DURATION)
          .put("event-date", ClaimType.EVENT_DATE)
          .put("location", ClaimType.LOCATION)
          .put("commitment", ClaimType.COMMITMENT)
          .put("source-citation", ClaimType.SOURCE_CITATION)
          .put("quantity", ClaimType.QUANTITY)
          .buildOrThrow();

  /**
   * The prefix of the rule names of claims made by a rule file, where it is not the file's name:
   * the report's rule names keep the folder names the rule files had before they were named after
   * the claim types.
   */
  private static final ImmutableMap<String, String> RULE_PREFIXES =
      ImmutableMap.of("event-date", "date", "source-citation", "source");

  /** The value record each claim type carries, for the keys an expectation may check. */
  private static final ImmutableMap<ClaimType, Class<? extends ClaimValue>> VALUES =
      ImmutableMap.<ClaimType, Class<? extends ClaimValue>>builder()
          .put(ClaimType.QUOTE, ClaimValue.QuoteValue.class)
          .put(ClaimType.STATEMENT, ClaimValue.StatementValue.class)
          .put(ClaimType.DURATION, ClaimValue.DurationValue.class)
          .put(ClaimType.EVENT_DATE, ClaimValue.EventDateValue.class)
          .put(ClaimType.LOCATION, ClaimValue.LocationValue.class)
          .put(ClaimType.COMMITMENT, ClaimValue.CommitmentValue.class)
          .put(ClaimType.SOURCE_CITATION, ClaimValue.SourceValue.class)
          .put(ClaimType.QUANTITY, ClaimValue.QuantityValue.class)
          .buildOrThrow();

  private static final Pattern REFERENCE_DATE =
      Pattern.compile("reference-date:\\s*(\\S+)\\s*(?:#.*)?");
  /** One check: {@code key=bare}, {@code key="quoted"} or {@code key~"quoted"}. */
  private static final Pattern CHECK = Pattern.compile("\\s+(?<key>[A-Za-z]+)(?<op>[=~])"
      + "(?:\"(?<quoted>(?:[^\"\\\\]|\\\\.)*)\"|(?<bare>[^\\s\"#]+))");
  private static final Pattern CHECKS_END =
      Pattern.compile("(?:\\s+(?<many>many))?\\s*(?:#.*)?$");

  /** An article loader per language, each reading every text in its language. */
  private static final ImmutableMap<Language, ArticleLoader> LOADERS =
      Stream.of(Language.values()).collect(ImmutableMap.toImmutableMap(
          language -> language,
          language -> new ArticleLoader(language, InputStream::nullInputStream)));
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  /** One check of an expectation: a slot, how it compares, and the value as written. */
  private record Check(String key, boolean contains, @Nullable String expected, boolean quoted) {
    @Override
    public String toString() {
      String value = expected == null ? "null" : quoted ? "\"" + expected + "\"" : expected;
      return key + (contains ? "~" : "=") + value;
    }
  }

  /** What one block expects of each of its examples. */
  private record Expectation(String line, ImmutableList<Check> checks, boolean many) {}

  /** One example: a whole article, with the expectation of its block (null when negative). */
  private record Example(int line, String text, @Nullable Expectation expectation) {}

  /** One corpus file, read. */
  private record Corpus(String name, ClaimType type, Language language,
      @Nullable LocalDate referenceDate, boolean negative, ImmutableList<Example> examples) {}

  @TestFactory
  Stream<DynamicNode> corpora() {
    return corpusFiles().stream().map(path -> {
      String name = nameOf(path);
      Corpus corpus;
      try {
        corpus = read(path);
      } catch (IllegalArgumentException e) {
        return DynamicTest.dynamicTest(name, path.toUri(), () -> fail(e.getMessage()));
      }
      return DynamicContainer.dynamicContainer(name, path.toUri(),
          corpus.examples().stream().map(example -> DynamicTest.dynamicTest(
              name + ":" + example.line(),
              URI.create(path.toUri() + "?line=" + example.line()),
              () -> check(corpus, example))));
    });
  }

  /**
   * The {@code example:} of every rule in {@code lang/<code>/extract/rules/<type>.rules} must yield
   * a claim of that type made by that rule.
   */
  @TestFactory
  Stream<DynamicNode> ruleExamples() {
    return filesEndingWith(".rules").stream()
        .filter(path -> path.getParent().getFileName().toString().equals("rules")
            && FILES.containsKey(typeOf(path)))
        .map(path -> {
          String name = nameOf(path);
          String type = typeOf(path);
          String code = languageCode(path);
          Language language = Language.fromCode(code)
              .orElseThrow(() -> new IllegalArgumentException(name + ": no such language"));
          List<DynamicTest> tests = new ArrayList<>();
          String rule = null;
          List<String> lines = readLines(path);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("rule:")) {
              rule = line.substring("rule:".length()).strip();
            } else if (line.startsWith("example:") && rule != null) {
              String ruleName = RULE_PREFIXES.getOrDefault(type, type) + ":" + rule;
              Corpus corpus = new Corpus(name, FILES.get(type), language, null, false,
                  ImmutableList.of());
              Example example = new Example(i + 1, line.substring("example:".length()).strip(),
                  null);
              tests.add(DynamicTest.dynamicTest(name + ":" + example.line(),
                  URI.create(path.toUri() + "?line=" + example.line()),
                  () -> checkRule(corpus, example, ruleName)));
            }
          }
          return DynamicContainer.dynamicContainer(name, path.toUri(), tests.stream());
        });
  }

  @Test
  void everyClaimTypeHasEnoughExamples() {
    Map<ClaimType, int[]> counts = new EnumMap<>(ClaimType.class);
    for (ClaimType type : ClaimType.values()) {
      counts.put(type, new int[2]);
    }
    for (Path path : corpusFiles()) {
      Corpus corpus = read(path);
      counts.get(corpus.type())[corpus.negative() ? 1 : 0] += corpus.examples().size();
    }
    List<String> tooFew = new ArrayList<>();
    counts.forEach((type, n) -> {
      if (n[0] < MIN_POSITIVE || n[1] < MIN_NEGATIVE) {
        tooFew.add(String.format("%s: %d positive (need %d), %d negative (need %d)",
            type, n[0], MIN_POSITIVE, n[1], MIN_NEGATIVE));
      }
    });
    assertThat(tooFew).as("claim types with too few corpus examples").isEmpty();
  }

  private static void check(Corpus corpus, Example example) {
    List<Claim> claims = extract(corpus, example).stream()
        .filter(c -> c.type() == corpus.type())
        .collect(Collectors.toList());
    Expectation expectation = example.expectation();
    if (expectation == null) {
      if (!claims.isEmpty()) {
        fail(report(corpus, example, "no " + corpus.type() + " claim", claims));
      }
      return;
    }
    boolean matched = claims.stream().anyMatch(c -> satisfies(c, expectation.checks()));
    if (!matched || !expectation.many() && claims.size() != 1) {
      String wanted = (expectation.many() ? "a " : "exactly one ") + corpus.type() + " claim with "
          + expectation.checks().stream().map(Check::toString).collect(Collectors.joining(" "));
      fail(report(corpus, example, wanted, claims));
    }
  }

  private static void checkRule(Corpus corpus, Example example, String rule) {
    List<Claim> claims = extract(corpus, example).stream()
        .filter(c -> c.type() == corpus.type())
        .collect(Collectors.toList());
    // a sieve may add how it decided: 'quote:before-verb-no-subject+sentence-subject'
    if (claims.stream().noneMatch(c -> c.rule().equals(rule) || c.rule().startsWith(rule + "+"))) {
      fail(report(corpus, example, "a " + corpus.type() + " claim made by " + rule, claims));
    }
  }

  /** In an example, a paragraph break (the example is one line). */
  private static final String PARAGRAPH_MARK = " ¶ ";

  private static ImmutableList<Claim> extract(Corpus corpus, Example example) {
    String id = corpus.name() + ":" + example.line();
    String published = corpus.referenceDate() == null ? null : corpus.referenceDate().toString();
    String text = example.text().replace(PARAGRAPH_MARK, "\n\n");
    Article article = LOADERS.get(corpus.language()).fromText(id, text,
        new ArticleMetadata(corpus.language(), null, published, null));
    return EXTRACTOR.extract(SPLITTER.split(article));
  }

  private static boolean satisfies(Claim claim, List<Check> checks) {
    for (Check check : checks) {
      Object actual = slot(claim, check.key());
      String expected = check.expected();
      boolean ok;
      if (check.contains()) {
        ok = actual != null && expected != null && actual.toString().contains(expected);
      } else if (expected == null || actual == null) {
        ok = expected == null && actual == null;
      } else if (actual instanceof Number number) {
        ok = isNumber(expected) && number.doubleValue() == Double.parseDouble(expected);
      } else {
        ok = actual.toString().equals(expected);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Object slot(Claim claim, String key) {
    if (key.equals("speaker")) {
      return claim.speaker();
    }
    if (key.equals("text")) {
      return claim.text();
    }
    for (RecordComponent component : claim.value().getClass().getRecordComponents()) {
      if (component.getName().equals(key)) {
        try {
          return component.getAccessor().invoke(claim.value());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + key + " of " + claim.value(), e);
        }
      }
    }
    throw new IllegalStateException(claim.value().getClass().getSimpleName() + " has no " + key);
  }

  private static String report(Corpus corpus, Example example, String wanted, List<Claim> found) {
    StringBuilder sb = new StringBuilder();
    sb.append(corpus.name()).append(':').append(example.line()).append('\n');
    if (corpus.referenceDate() != null) {
      sb.append("  reference date: ").append(corpus.referenceDate()).append('\n');
    }
    sb.append("  example:  ").append(example.text()).append('\n');
    sb.append("  expected: ").append(wanted).append('\n');
    sb.append("  found ").append(found.size()).append(' ').append(corpus.type())
        .append(found.size() == 1 ? " claim" : " claims").append(found.isEmpty() ? "" : ":");
    for (Claim c : found) {
      sb.append("\n    ").append(c.type())
          .append(" value=").append(c.value())
          .append(" speaker=").append(c.speaker() == null ? "null" : "\"" + c.speaker() + "\"")
          .append(" text=\"").append(c.text()).append('"')
          .append(" rule=").append(c.rule());
    }
    return sb.toString();
  }

  // --- reading the corpora

  /** Every corpus file under the test resources, in path order. */
  private static List<Path> corpusFiles() {
    return filesEndingWith(".corpus", ".negative");
  }

  /**
   * The files below {@value #ROOT} in every classpath folder that holds it (the test resources
   * and the main ones), in path order.
   */
  private static List<Path> filesEndingWith(String... suffixes) {
    List<Path> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(ClaimCorpusTest.class.getClassLoader().getResources(ROOT))) {
        if (!url.getProtocol().equals("file")) {
          continue;
        }
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
          files.filter(p -> Stream.of(suffixes).anyMatch(p.toString()::endsWith))
              .forEach(found::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(found).as("files %s below %s on the classpath", List.of(suffixes), ROOT)
        .isNotEmpty();
    Collections.sort(found);
    return found;
  }

  /** {@code id/extract/quote.corpus}: the path below {@value #ROOT}. */
  private static String nameOf(Path path) {
    Path language = languageFolder(path);
    return language.getParent().relativize(path).toString().replace('\\', '/');
  }

  /** The language folder {@code lang/<code>} that a file is below. */
  private static Path languageFolder(Path path) {
    Path folder = path;
    while (!folder.getParent().getFileName().toString().equals("lang")) {
      folder = folder.getParent();
    }
    return folder;
  }

  /** The code of the language whose folder a file is below. */
  private static String languageCode(Path path) {
    return languageFolder(path).getFileName().toString();
  }

  /** {@code quote} for {@code quote.corpus}: the file name without its extension. */
  private static String typeOf(Path path) {
    String fileName = path.getFileName().toString();
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  /** Reads a corpus file; any line it cannot read is an error naming file and line. */
  private static Corpus read(Path path) {
    String name = nameOf(path);
    String typeName = typeOf(path);
    ClaimType type = FILES.get(typeName);
    if (type == null) {
      throw new IllegalArgumentException(name + ": no claim type has the file name " + typeName
          + "; expected one of " + FILES.keySet());
    }
    String fileName = path.getFileName().toString();
    boolean negative = fileName.endsWith(".negative");
    String code = languageCode(path);
    Language language = Language.fromCode(code).orElseThrow(
        () -> new IllegalArgumentException(name + ": no language has the code " + code));
    List<String> lines = readLines(path);
    Set<String> keys = keysOf(type);
    LocalDate referenceDate = null;
    boolean seenExample = false;
    Expectation block = null;
    boolean blockHasExample = false;
    ImmutableList.Builder<Example> examples = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      String where = name + ":" + number + ": ";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        requireExamples(block, blockHasExample, where);
        block = null;
        continue;
      }
      if (line.startsWith("reference-date:")) {
        Matcher m = REFERENCE_DATE.matcher(line);
        if (seenExample || referenceDate != null || !m.matches()) {
          throw new IllegalArgumentException(where
              + "'reference-date: YYYY-MM-DD' may stand once, before any example: " + line);
        }
        try {
          referenceDate = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + "not an ISO date: " + m.group(1), e);
        }
        continue;
      }
      if (line.startsWith("expect:") || line.startsWith("expect ")) {
        if (negative) {
          throw new IllegalArgumentException(where + "a negative corpus has no expectations");
        }
        requireExamples(block, blockHasExample, where);
        block = parseExpectation(line, keys, where);
        blockHasExample = false;
        seenExample = true;
        continue;
      }
      if (!negative && block == null) {
        throw new IllegalArgumentException(where
            + "an example must follow an 'expect:' line or another example of its block: "
            + line);
      }
      examples.add(new Example(number, line, block));
      blockHasExample = true;
      seenExample = true;
    }
    requireExamples(block, blockHasExample, name + ":" + lines.size() + ": ");
    return new Corpus(name, type, language, referenceDate, negative, examples.build());
  }

  private static List<String> readLines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireExamples(@Nullable Expectation block, boolean hasExample,
      String where) {
    if (block != null && !hasExample) {
      throw new IllegalArgumentException(where + "no example after: " + block.line());
    }
  }

  private static Expectation parseExpectation(String line, Set<String> keys, String where) {
    String rest = line.substring("expect".length());
    if (!rest.startsWith(":")) {
      throw new IllegalArgumentException(where + "expected 'expect: key=value …': " + line);
    }
    String checksText = " " + rest.substring(1).strip();
    ImmutableList.Builder<Check> checks = ImmutableList.builder();
    Matcher m = CHECK.matcher(checksText);
    int at = 0;
    while (m.region(at, checksText.length()).lookingAt()) {
      String key = m.group("key");
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(where + "unknown key '" + key + "'; this type has "
            + keys + ": " + line);
      }
      boolean contains = m.group("op").equals("~");
      if (contains && m.group("quoted") == null) {
        throw new IllegalArgumentException(where + "'~' takes a quoted string: " + line);
      }
      String value = m.group("quoted") != null
          ? m.group("quoted").replaceAll("\\\\(.)", "$1") : m.group("bare");
      boolean isNull = m.group("bare") != null && value.equals("null");
      checks.add(new Check(key, contains, isNull ? null : value, m.group("quoted") != null));
      at = m.end();
    }
    Matcher end = CHECKS_END.matcher(checksText).region(at, checksText.length());
    if (at == 0 || !end.matches()) {
      throw new IllegalArgumentException(where + "cannot read the checks from '"
          + checksText.substring(at).strip() + "' in: " + line);
    }
    return new Expectation(line, checks.build(), end.group("many") != null);
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The keys an expectation of a claim type may check. */
  private static Set<String> keysOf(ClaimType type) {
    Set<String> keys = new TreeSet<>(List.of("speaker", "text"));
    for (RecordComponent component : VALUES.get(type).getRecordComponents()) {
      keys.add(component.getName());
    }
    return keys;
  }
}
