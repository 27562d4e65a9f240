package dev.claimdiff.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.claimdiff.lang.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input into articles. Never throws for bad input: every problem becomes a
 * {@link LoadResult} with a message that names the problem, and the other articles of the same
 * input are still read (a malformed line in a JSON-lines file costs that line only).
 *
 * <p>Formats, by file extension (standard input is sniffed from its first character):
 *
 * <ul>
 *   <li>{@code .html}, {@code .htm}: the page's main text (see {@link HtmlText});
 *   <li>{@code .jsonl}, {@code .ndjson}: one JSON record per line;
 *   <li>{@code .json}: one record, an array of records, or {@code {"articles": [...]}};
 *   <li>anything else: plain text.
 * </ul>
 *
 * A record has {@code text} and optionally {@code id}, {@code outlet}, {@code url},
 * {@code published}, {@code language}. A JSON file whose {@code schema} names a claimdiff gold
 * annotation is skipped, not an error.
 *
 * <p>Limits: one article's text may be at most {@value #MAX_ARTICLE_BYTES} bytes; a plain-text or
 * HTML file larger than that is refused with a message before it is read; a JSON file may be at
 * most {@value #MAX_JSON_FILE_BYTES} bytes (JSON lines are streamed and have no file limit).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ArticleLoader {
  /** The largest article text read, in bytes (16 MiB). */
  public static final long MAX_ARTICLE_BYTES = 16L * 1024 * 1024;
  /** The largest .json file read whole, in bytes (256 MiB). */
  public static final long MAX_JSON_FILE_BYTES = 256L * 1024 * 1024;

  // strings up to the file limit are read, so that an over-long "text" gets the article limit's
  // message; Jackson's other limits (nesting 1 000 deep, numbers of 1 000 digits) stay
  private static final ObjectMapper JSON =
      new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
              .maxStringLength((int) MAX_JSON_FILE_BYTES).build())
          .build())
          .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The input formats the loader knows. */
  public enum Format {
    TEXT,
    HTML,
    JSON,
    JSON_LINES
  }

  private final TextCleaner cleaner;
  private final LanguageDetector languageDetector;
  private final MetadataDetector metadataDetector;
  private final @Nullable Language forcedLanguage;
  private final Supplier<InputStream> stdin;

  /**
   * A loader.
   *
   * @param forcedLanguage the language to assume for every article, or null to detect it
   * @param stdin where {@code -} reads from
   */
  public ArticleLoader(@Nullable Language forcedLanguage, Supplier<InputStream> stdin) {
    this.cleaner = new TextCleaner();
    this.languageDetector = new LanguageDetector();
    this.metadataDetector = new MetadataDetector();
    this.forcedLanguage = forcedLanguage;
    this.stdin = stdin;
  }

  /** Reads one input, passing each article or failure to {@code results} in input order. */
  public void load(InputSource source, Consumer<LoadResult> results) {
    read(source, raw -> results.accept(finish(raw)), results);
  }

  /**
   * Reads one input without the per-article work: each article as read goes to
   * {@code articles}, each failure to {@code failures}, on the calling thread and in input order
   * (so a caller that puts both in one list keeps the order). {@link #finish} does the rest, on
   * any thread: this is how {@code compare} keeps the reading of a record file in order while its
   * articles' language detection and cleaning run on the workers.
   */
  public void read(InputSource source, Consumer<RawArticle> articles,
      Consumer<LoadResult> failures) {
    Sink results = new Sink(articles, failures);
    String path = source.displayPath();
    String id = source.isStdin() ? "stdin" : fileName(source.file());
    try {
      if (source.isStdin()) {
        byte[] bytes = readLimited(stdin.get(), MAX_JSON_FILE_BYTES, path);
        loadBytes(id, path, bytes, sniff(bytes), results);
        return;
      }
      Path file = source.file();
      Format format = formatOf(file);
      if (!Files.isRegularFile(file)) {
        results.accept(LoadResult.error(id, path, "not a regular file"));
        return;
      }
      if (!Files.isReadable(file)) {
        results.accept(LoadResult.error(id, path, "cannot read file: permission denied"));
        return;
      }
      if (format == Format.JSON_LINES) {
        loadJsonLines(id, path, file, results);
        return;
      }
      long size = Files.size(file);
      long limit = format == Format.JSON ? MAX_JSON_FILE_BYTES : MAX_ARTICLE_BYTES;
      if (size > limit) {
        results.accept(LoadResult.error(id, path, String.format(Locale.ROOT,
            "file is too large: %s, the limit for one %s file is %s", megabytes(size),
            format == Format.JSON ? "JSON" : "article", megabytes(limit))));
        return;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readLimited(in, limit, path);
      }
      loadBytes(id, path, bytes, format, results);
    } catch (TooLargeException e) {
      results.accept(LoadResult.error(id, path, e.getMessage()));
    } catch (AccessDeniedException e) {
      results.accept(LoadResult.error(id, path, "cannot read file: permission denied"));
    } catch (NoSuchFileException e) {
      results.accept(LoadResult.error(id, path, "no such file"));
    } catch (IOException e) {
      results.accept(LoadResult.error(id, path, "cannot read file: " + e.getMessage()));
    }
  }

  private void loadBytes(String id, String path, byte[] bytes, Format format, Sink results) {
    String binary = DecodedText.binaryKind(bytes);
    if (binary != null) {
      results.accept(LoadResult.error(id, path, "not a text file: it looks like " + binary));
      return;
    }
    DecodedText decoded = DecodedText.decode(bytes);
    if (decoded.text().isBlank()) {
      results.accept(LoadResult.error(id, path, bytes.length == 0 ? "empty file" : "file holds only white space"));
      return;
    }
    List<String> warnings = decoded.warning() == null ? List.of() : List.of(decoded.warning());
    if ((format == Format.TEXT || format == Format.HTML) && bytes.length > MAX_ARTICLE_BYTES) {
      results.accept(LoadResult.error(id, path, String.format(Locale.ROOT,
          "input is too large: %s, the limit for one article is %s", megabytes(bytes.length),
          megabytes(MAX_ARTICLE_BYTES))));
      return;
    }
    switch (format) {
      case HTML -> {
        HtmlText html = HtmlText.parse(decoded.text());
        if (html.text().isBlank()) {
          results.accept(LoadResult.error(id, path, "HTML page has no text"));
          return;
        }
        ArticleMetadata declared = new ArticleMetadata(null, html.outlet(),
            MetadataDetector.normalizeDeclaredDate(html.published()), null,
            MetadataDetector.normalizeDeclaredDateTime(html.published()));
        results.article(
            new RawArticle(id, path, html.text(), declared, warnings, Article.webUrl(html.url())));
      }
      case JSON -> loadJson(id, path, decoded.text(), warnings, results);
      case JSON_LINES -> {
        int lineNumber = 0;
        for (String line : decoded.text().split("\n", -1)) {
          lineNumber++;
          loadJsonLine(id, path, lineNumber, line, results);
        }
      }
      case TEXT -> results.article(
          new RawArticle(id, path, decoded.text(), ArticleMetadata.unknown(), warnings, null));
    }
  }

  private void loadJsonLines(String id, String path, Path file, Sink results)
      throws IOException {
    if (Files.size(file) == 0) {
      results.accept(LoadResult.error(id, path, "empty file"));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8);
      String binary = DecodedText.binaryKind(head);
      if (binary != null) {
        results.accept(LoadResult.error(id, path, "not a text file: it looks like " + binary));
        return;
      }
    }
    int[] produced = {0};
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), DecodedText.strictUtf8()))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte-order mark
        }
        if (line.length() > MAX_ARTICLE_BYTES) {
          results.accept(LoadResult.error(id + ":" + lineNumber, path + ":" + lineNumber,
              "line " + lineNumber + " is too large: the limit for one article is "
                  + megabytes(MAX_ARTICLE_BYTES)));
          produced[0]++;
          continue;
        }
        loadJsonLine(id, path, lineNumber, line, new Sink(a -> {
          produced[0]++;
          results.article(a);
        }, r -> {
          produced[0]++;
          results.accept(r);
        }));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      results.accept(LoadResult.error(id, path, "not valid UTF-8 after the " + produced[0]
          + " record(s) read: JSON lines must be UTF-8"));
      return;
    }
    if (produced[0] == 0) {
      results.accept(LoadResult.error(id, path, "holds no records (only blank lines)"));
    }
  }

  private void loadJsonLine(String id, String path, int lineNumber, String line, Sink results) {
    if (line.isBlank()) {
      return;
    }
    String where = path + ":" + lineNumber;
    try {
      JsonNode node = JSON.readTree(line);
      record(id + ":" + lineNumber, where, node, "line " + lineNumber, List.of(), results);
    } catch (JsonProcessingException e) {
      results.accept(LoadResult.error(id + ":" + lineNumber, where,
          "line " + lineNumber + " is not valid JSON: " + withoutSource(e.getOriginalMessage())));
    }
  }

  private void loadJson(String id, String path, String text, List<String> warnings,
      Sink results) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      results.accept(LoadResult.error(id, path, jsonProblem(e)));
      return;
    }
    if (root.isObject() && root.path("schema").asText("").startsWith("claimdiff-gold")) {
      results.accept(LoadResult.skipped(id, path,
          "a claimdiff gold annotation (" + root.path("schema").asText() + "), not an article"));
      return;
    }
    if (root.isObject() && root.path("schema").asText("").startsWith("claimdiff/report")) {
      results.accept(LoadResult.skipped(id, path,
          "a claimdiff report (" + root.path("schema").asText() + "), not an article"));
      return;
    }
    JsonNode records = root.isObject() && root.has("articles") && root.get("articles").isArray()
        ? root.get("articles") : root;
    if (records.isArray()) {
      if (records.isEmpty()) {
        results.accept(LoadResult.error(id, path, "JSON holds no article records"));
      }
      int index = 0;
      for (Iterator<JsonNode> it = records.elements(); it.hasNext(); ) {
        index++;
        record(id + "#" + index, path + "#" + index, it.next(), "record " + index, warnings, results);
      }
    } else {
      record(id, path, records, "the record", warnings, results);
    }
  }

  /**
   * What is wrong with a JSON file, for people: where, when the parser knows (a limit such as the
   * nesting depth is reported without a location).
   */
  private static String jsonProblem(JsonProcessingException e) {
    String what = withoutSource(e.getOriginalMessage());
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "JSON beyond the reader's limits: " + what;
    }
    com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
    if (where == null || where.getLineNr() < 0) {
      return "not valid JSON: " + what;
    }
    return "not valid JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + "): "
        + what;
  }

  /** Jackson's message without its pointer into the library's source ("from `…`"). */
  private static String withoutSource(@Nullable String message) {
    return message == null ? "unknown problem"
        : message.replaceAll(",? from `[^`]*`", "").strip();
  }

  private void record(String fallbackId, String where, JsonNode node, String what,
      List<String> warnings, Sink results) {
    if (!node.isObject()) {
      results.accept(LoadResult.error(fallbackId, where, what + " is not a JSON object"));
      return;
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
        ? idNode.asText().strip() : fallbackId;
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      results.accept(LoadResult.error(id, where, what + " has no \"text\" string"));
      return;
    }
    if (text.asText().isBlank()) {
      results.accept(LoadResult.error(id, where, what + " has an empty \"text\""));
      return;
    }
    if (text.asText().length() > MAX_ARTICLE_BYTES) {
      results.accept(LoadResult.error(id, where, what + " is too large: the limit for one article is "
          + megabytes(MAX_ARTICLE_BYTES)));
      return;
    }
    List<String> recordWarnings = new ArrayList<>(warnings);
    Language language = null;
    if (node.hasNonNull("language")) {
      language = Language.fromCode(node.get("language").asText()).orElse(null);
      if (language == null) {
        recordWarnings.add("unknown language \"" + node.get("language").asText() + "\"; detecting it");
      }
    }
    String published = node.hasNonNull("published") ? node.get("published").asText() : null;
    String normalized = MetadataDetector.normalizeDeclaredDate(published);
    if (published != null && normalized == null) {
      recordWarnings.add("cannot read \"published\": " + published);
    }
    ArticleMetadata declared = new ArticleMetadata(language,
        node.hasNonNull("outlet") ? node.get("outlet").asText() : null, normalized, null,
        normalized == null ? null : MetadataDetector.normalizeDeclaredDateTime(published));
    String url = node.hasNonNull("url") ? node.get("url").asText() : null;
    if (url != null && Article.webUrl(url) == null) {
      recordWarnings.add("\"url\" is not an http(s) address; ignored");
    }
    results.article(
        new RawArticle(id, where, text.asText(), declared, recordWarnings, Article.webUrl(url)));
  }

  /**
   * An article as read, made ready: its language detected (unless declared or forced), its text
   * cleaned and its metadata detected. Safe to call from several threads at once.
   */
  public LoadResult finish(RawArticle raw) {
    return LoadResult.ok(
        article(raw.id(), raw.path(), raw.text(), raw.declared(), raw.warnings(), raw.url()));
  }

  /** Where reading sends what it finds, in input order. */
  private record Sink(Consumer<RawArticle> articles, Consumer<LoadResult> failures) {
    void article(RawArticle article) {
      articles.accept(article);
    }

    void accept(LoadResult failure) {
      failures.accept(failure);
    }
  }

  /**
   * An article from text already in memory, cleaned and with its metadata detected; what
   * {@code declared} gives (language, outlet, date) wins over what the text shows.
   */
  public Article fromText(String id, String text, ArticleMetadata declared) {
    return article(id, id, text, declared, List.of(), null);
  }

  /** Builds an article: language, cleaning and metadata; what was declared wins over detection. */
  Article article(String id, String path, String text, ArticleMetadata declared,
      List<String> warnings, @Nullable String url) {
    Language language = forcedLanguage != null ? forcedLanguage : declared.language();
    if (language == null) {
      language = languageDetector.detect(text);
    }
    CleanText clean = cleaner.clean(text, language);
    ArticleMetadata seen = metadataDetector.detect(clean.text(), language);
    return new Article(id, path, text, clean, declared.orElse(seen), ImmutableList.copyOf(warnings),
        url);
  }

  /**
   * Whether reading this input gives exactly one result, known from its name alone: a text or
   * HTML file (not standard input, not a record file). Such an input can be read, whole, on any
   * thread; a record file is read in order by one thread, its articles finished on others.
   */
  public static boolean isSingleArticle(InputSource source) {
    if (source.isStdin()) {
      return false;
    }
    Format format = formatOf(source.file());
    return format == Format.TEXT || format == Format.HTML;
  }

  static Format formatOf(Path file) {
    String name = fileName(file).toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    return Format.TEXT;
  }

  private static Format sniff(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return switch (b) {
          case '{' -> bytes.length > 0 && hasNewlineBetweenRecords(bytes) ? Format.JSON_LINES : Format.JSON;
          case '[' -> Format.JSON;
          case '<' -> Format.HTML;
          default -> Format.TEXT;
        };
      }
    }
    return Format.TEXT;
  }

  private static final java.util.regex.Pattern NEWLINE_BETWEEN_RECORDS =
      java.util.regex.Pattern.compile("\\}\\s*\\n\\s*\\{");

  private static boolean hasNewlineBetweenRecords(byte[] bytes) {
    return NEWLINE_BETWEEN_RECORDS.matcher(new String(bytes, StandardCharsets.UTF_8)).find();
  }

  private static String fileName(@Nullable Path file) {
    if (file == null || file.getFileName() == null) {
      return String.valueOf(file);
    }
    return file.getFileName().toString();
  }

  private static byte[] readLimited(InputStream in, long limit, String path) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new TooLargeException("input is too large: more than " + megabytes(limit));
    }
    return bytes;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static final class TooLargeException extends IOException {
    TooLargeException(String message) {
      super(message);
    }
  }
}
