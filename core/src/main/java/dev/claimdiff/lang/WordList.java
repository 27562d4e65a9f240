package dev.claimdiff.lang;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the line-based data files that hold claimdiff's lexicons and patterns.
 *
 * <p>Format: UTF-8, one entry per line; {@code #} starts a comment line (the file's provenance
 * header and glosses); blank lines are ignored; an entry may carry a gloss after {@code " | "},
 * which is dropped. A data file is part of the jar, so a missing one fails loudly.
 */
public final class WordList {
  private WordList() {}

  /**
   * One entry of a data file with where it stands, so that a check can name the file and line.
   *
   * @param resource the classpath resource the entry comes from
   * @param line its line number, from 1
   * @param text the entry, its gloss removed and stripped
   * @param gloss the text after {@code " | "}, stripped; empty when there is none
   */
  public record Entry(String resource, int line, String text, String gloss) {
    /** {@code resource:line}, the prefix of every error about this entry. */
    public String where() {
      return resource + ":" + line;
    }
  }

  /** The entries of a classpath resource, glosses and comments removed, in file order. */
  public static ImmutableList<String> load(String resource) {
    return entries(resource).stream().map(Entry::text).collect(ImmutableList.toImmutableList());
  }

  /** The entries of a classpath resource with their line numbers and glosses, in file order. */
  public static ImmutableList<Entry> entries(String resource) {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    ImmutableList<String> lines = lines(resource);
    for (int i = 0; i < lines.size(); i++) {
      String entry = lines.get(i);
      String gloss = "";
      int bar = entry.indexOf(" | ");
      if (bar >= 0) {
        gloss = entry.substring(bar + 3).strip();
        entry = entry.substring(0, bar);
      }
      entry = entry.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.add(new Entry(resource, i + 1, entry, gloss));
      }
    }
    return entries.build();
  }

  /** Whether the resource exists; optional per-language files are probed with this. */
  public static boolean exists(String resource) {
    return WordList.class.getClassLoader().getResource(resource) != null;
  }

  /** The raw lines of a classpath resource. */
  public static ImmutableList<String> lines(String resource) {
    checkArgument(!resource.startsWith("/"), "resource names are relative: %s", resource);
    InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing data file in the jar: " + resource));
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
  }
}
