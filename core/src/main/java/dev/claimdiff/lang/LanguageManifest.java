package dev.claimdiff.lang;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * What a language folder holds, declared in its {@code manifest.txt}: every rule file and word
 * list, its format, whether it is required, which claim type or stage reads it and what it is for.
 *
 * <p>One line a file: {@code <path> <format> <required|optional> <reader>[,<reader>…] | what it
 * is for}, the path relative to the folder ({@code extract/counted-nouns.txt}). Formats:
 * {@code words} (one entry a line), {@code keyed} ({@code key: word, word}, see
 * {@link KeyedList}), {@code patterns} (Java regular expressions), {@code rules} (a rule file),
 * {@code gazetteer} and {@code text}. The manifest is checked against the folder, against the
 * files code reads ({@link LanguageFile}) and against the lists the rule files name; every
 * problem names the file and line it is about.
 */
public final class LanguageManifest {
  /** The manifest's name inside a language folder. */
  public static final String FILE_NAME = "manifest.txt";
  /** The formats a manifest line may declare. */
  static final ImmutableSet<String> FORMATS =
      ImmutableSet.of("words", "keyed", "patterns", "rules", "gazetteer", "text");
  /** The stages and claim types (rule-file names) that read a language's files. */
  static final ImmutableSet<String> READERS = ImmutableSet.of("ingest", "nlp", "calendar",
      "gazetteer", "engine", "discourse", "mention", "quote", "statement", "duration",
      "event-date", "location", "commitment", "source-citation", "quantity", "align", "warm-up", "eval");
  private static final String REQUIRED = "required";
  private static final String OPTIONAL = "optional";
  private static final String LINE_FORMAT =
      "'<path> <format> <required|optional> <reader>[,<reader>…] | what it is for'";
  private static final Map<Language, LanguageManifest> LOADED = new ConcurrentHashMap<>();
  /** A word list named in a rule file: {@code {name}}, {@code {name+}}, {@code {name^}}. */
  private static final Pattern LIST_REF = Pattern.compile("\\{([a-z][a-z0-9-]*)[+^]?\\}");

  /**
   * One file of the language.
   *
   * @param path the path inside the language folder
   * @param format how its lines read, one of {@link #FORMATS}
   * @param need whether a language with rules must have it
   * @param readers the stages or claim types that read it
   * @param purpose what it is for, one line
   * @param entry the manifest line, for errors
   */
  public record Item(String path, String format, LanguageFile.Need need,
      ImmutableList<String> readers, String purpose, WordList.Entry entry) {}

  private final Language language;
  private final String resource;
  private final ImmutableMap<String, Item> items;

  private LanguageManifest(Language language, String resource, ImmutableMap<String, Item> items) {
    this.language = language;
    this.resource = resource;
    this.items = items;
  }

  /** The classpath folder of a language, {@code dev/claimdiff/lang/<code>/}, with the slash. */
  public static String folder(Language language) {
    return "dev/claimdiff/lang/" + language.code() + "/";
  }

  /** The manifest of a language, read once; a malformed line fails naming its file and line. */
  public static LanguageManifest of(Language language) {
    return LOADED.computeIfAbsent(language, l -> {
      String resource = folder(l) + FILE_NAME;
      return parse(l, resource, WordList.entries(resource));
    });
  }

  /** A manifest from its entries; for {@link #of} and tests. */
  static LanguageManifest parse(Language language, String resource,
      List<WordList.Entry> entries) {
    Map<String, Item> items = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (WordList.Entry entry : entries) {
      String[] fields = WordPatterns.WHITE_SPACE.split(entry.text());
      if (fields.length != 4 || entry.gloss().isEmpty()) {
        problems.add(entry.where() + ": expected " + LINE_FORMAT + ", got: " + entry.text());
        continue;
      }
      String path = fields[0];
      if (path.startsWith("/") || path.contains("..") || path.equals(FILE_NAME)) {
        problems.add(entry.where() + ": not a path inside the language folder: " + path);
      }
      if (!FORMATS.contains(fields[1])) {
        problems.add(entry.where() + ": unknown format " + fields[1] + " (one of " + FORMATS + ")");
      }
      if (!fields[2].equals(REQUIRED) && !fields[2].equals(OPTIONAL)) {
        problems.add(entry.where() + ": expected 'required' or 'optional', got: " + fields[2]);
      }
      ImmutableList<String> readers = ImmutableList.copyOf(fields[3].split(","));
      for (String reader : readers) {
        if (!READERS.contains(reader)) {
          problems.add(entry.where() + ": unknown reader " + reader + " (one of " + READERS + ")");
        }
      }
      Item item = new Item(path, fields[1],
          fields[2].equals(REQUIRED) ? LanguageFile.Need.REQUIRED : LanguageFile.Need.OPTIONAL,
          readers, entry.gloss(), entry);
      Item before = items.putIfAbsent(path, item);
      if (before != null) {
        problems.add(entry.where() + ": " + path + " is listed twice (first at line "
            + before.entry().line() + ")");
      }
    }
    failOn(language, resource, problems);
    return new LanguageManifest(language, resource, ImmutableMap.copyOf(items));
  }

  /** Throws one error listing every problem, when there are any. */
  public static void failOn(Language language, String resource, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("language " + language.code() + " (" + resource + "): "
          + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** The manifest's classpath resource. */
  public String resource() {
    return resource;
  }

  /** Every listed file, in manifest order. */
  public ImmutableCollection<Item> items() {
    return items.values();
  }

  /** The listed file at a path, if the manifest lists it. */
  public Optional<Item> item(String path) {
    return Optional.ofNullable(items.get(path));
  }

  /** Whether the language has a file code reads. */
  public boolean has(LanguageFile file) {
    return items.containsKey(file.path());
  }

  /**
   * The classpath resource of a listed file; a path the manifest does not list fails naming the
   * language and the file, because code may read only what a language declares.
   */
  public String resourceOf(String path) {
    if (!items.containsKey(path)) {
      throw new IllegalArgumentException("language " + language.code() + " has no " + path
          + ": " + resource + " does not list it (add the file to " + folder(language)
          + " and a line to the manifest; see docs/adding-a-language.md)");
    }
    return folder(language) + path;
  }

  /**
   * What is wrong with the manifest as a declaration of the folder: listed files missing from it,
   * files in it the manifest does not list, entries no code and no rule file reads, a required
   * mark that disagrees with the readers, and (for a language with rules) files every language
   * with rules must have that it lacks.
   *
   * @param readByRules the paths of the word lists the language's rule files name
   * @param folderFiles the paths of the files in the language folder
   * @param hasRules whether the language has extraction rules
   */
  public ImmutableList<String> problems(Set<String> readByRules, Set<String> folderFiles,
      boolean hasRules) {
    List<String> problems = new ArrayList<>();
    for (Item item : items.values()) {
      String where = item.entry().where() + ": " + item.path();
      if (!folderFiles.contains(item.path())) {
        problems.add(where + " is listed but missing from " + folder(language));
      }
      Optional<LanguageFile> code = LanguageFile.ofPath(item.path());
      boolean rules = readByRules.contains(item.path());
      if (code.isEmpty() && !rules) {
        problems.add(where + ": no code reads it (no LanguageFile constant names it, and no rule"
            + " file of the language names {" + LanguageFile.listName(item.path()).orElse("?")
            + "})");
        continue;
      }
      boolean required = rules || code.map(f -> f.need() == LanguageFile.Need.REQUIRED)
          .orElse(false);
      LanguageFile.Need expected = required ? LanguageFile.Need.REQUIRED
          : LanguageFile.Need.OPTIONAL;
      if (item.need() != expected) {
        problems.add(where + " is marked " + item.need().name().toLowerCase(Locale.ROOT)
            + " but is " + expected.name().toLowerCase(Locale.ROOT)
            + (required ? (rules ? " (a rule file names it)" : " (the code always reads it)")
                : " (the code reads it only when present, and no rule file names it)"));
      }
    }
    for (String file : folderFiles) {
      if (!file.equals(FILE_NAME) && !items.containsKey(file)) {
        problems.add(folder(language) + file + ": in the language folder but not in "
            + FILE_NAME);
      }
    }
    if (hasRules) {
      for (LanguageFile file : LanguageFile.values()) {
        if (file.need() == LanguageFile.Need.REQUIRED && !items.containsKey(file.path())) {
          problems.add(resource + ": lists no " + file.path() + ", which the code reads for"
              + " every language with rules (LanguageFile." + file.name() + ")");
        }
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * Loads every listed file that is not a rule file (the rule engine loads those) and checks its
   * lines by their format: keyed lists must be {@code key: word, word}, patterns must compile.
   * Returns the problems, each naming its file and line.
   */
  public ImmutableList<String> loadProblems() {
    List<String> problems = new ArrayList<>();
    for (Item item : items.values()) {
      String file = folder(language) + item.path();
      if (item.format().equals("rules") || !WordList.exists(file)) {
        continue; // a missing file is reported by problems()
      }
      try {
        List<WordList.Entry> entries = WordList.entries(file);
        switch (item.format()) {
          case "keyed" -> KeyedList.parseAll(entries);
          case "patterns" -> {
            for (WordList.Entry entry : entries) {
              try {
                Pattern.compile(entry.text(), Pattern.UNICODE_CHARACTER_CLASS);
              } catch (PatternSyntaxException e) {
                problems.add(entry.where() + ": not a valid pattern: " + e.getDescription());
              }
            }
          }
          default -> {
            // words, gazetteer, text: read above; the gazetteer checks its own lines
          }
        }
      } catch (RuntimeException e) {
        problems.add(e.getMessage());
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * Everything wrong with a language folder, each problem naming its file and line: the lines of
   * every listed file by format, the word lists the rule files name (a name the manifest does not
   * list is an error at the rule file's line), and {@link #problems} against the folder's files.
   */
  public ImmutableList<String> check(Set<String> folderFiles, boolean hasRules) {
    List<String> problems = new ArrayList<>(loadProblems());
    Set<String> readByRules = new java.util.HashSet<>();
    for (Item item : items.values()) {
      String file = folder(language) + item.path();
      if (!item.format().equals("rules") || !WordList.exists(file)) {
        continue;
      }
      List<String> lines = WordList.lines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith("#")) {
          continue;
        }
        java.util.regex.Matcher ref = LIST_REF.matcher(lines.get(i));
        while (ref.find()) {
          String path = LanguageFile.listPath(ref.group(1));
          readByRules.add(path);
          if (!items.containsKey(path)) {
            problems.add(file + ":" + (i + 1) + ": {" + ref.group(1) + "} names a word list "
                + FILE_NAME + " does not list (" + path + ")");
          }
        }
      }
    }
    problems.addAll(problems(readByRules, folderFiles, hasRules));
    return ImmutableList.copyOf(problems);
  }

  /**
   * The files of a language's folder on the classpath, as paths relative to it, read from the
   * directory or the jar the folder is in.
   */
  public static ImmutableSortedSet<String> folderFiles(Language language) {
    String folder = folder(language);
    URL url = LanguageManifest.class.getClassLoader().getResource(folder + FILE_NAME);
    if (url == null) {
      throw new UncheckedIOException(
          new IOException("missing data file in the jar: " + folder + FILE_NAME));
    }
    try {
      if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        ImmutableSortedSet.Builder<String> files = ImmutableSortedSet.naturalOrder();
        try (JarFile jar = connection.getJarFile()) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
              files.add(entry.getName().substring(folder.length()));
            }
          }
        }
        return files.build();
      }
      return filesUnder(Path.of(url.toURI()).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  /** The files under a directory, as '/'-separated paths relative to it. */
  public static ImmutableSortedSet<String> filesUnder(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
