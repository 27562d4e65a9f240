package dev.claimdiff.ingest;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands what the user typed into the inputs to read: a file is itself, a directory is every
 * regular, non-hidden file below it in sorted path order, {@code -} is standard input. A path that
 * does not exist or cannot be listed becomes a {@link LoadResult} error, so it shows in the report.
 *
 * <p>Found in a directory, a file whose extension says it is not an article (program source and
 * scripts, images, audio and video, archives, office documents and PDF:
 * {@code not-article-extensions.txt}) is listed as skipped, not
 * read as plain text: a script beside the articles that quotes them would otherwise become an
 * article that agrees with every one of them. Named by itself, any file is read.
 */
public final class InputResolver {
  /** Extensions of files that a directory holds beside articles and that are never one. */
  static final ImmutableSet<String> NOT_ARTICLE_EXTENSIONS = ImmutableSet.copyOf(
      WordList.load("dev/claimdiff/ingest/not-article-extensions.txt"));

  private InputResolver() {}

  /**
   * Resolves the arguments in order.
   *
   * @param arguments paths or {@code -}
   * @param sources receives every input to read
   * @param failures receives an error result for each argument that names nothing readable
   */
  public static void resolve(
      List<String> arguments, Consumer<InputSource> sources, Consumer<LoadResult> failures) {
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.accept(InputSource.stdin());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files;
        try {
          files = listFiles(path);
        } catch (IOException | UncheckedIOException e) {
          failures.accept(LoadResult.error(argument, argument, "cannot list directory: " + e.getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          failures.accept(LoadResult.error(argument, argument, "directory holds no files"));
        }
        for (Path file : files) {
          String extension = extensionOf(file);
          if (NOT_ARTICLE_EXTENSIONS.contains(extension)) {
            failures.accept(LoadResult.skipped(file.getFileName().toString(), file.toString(),
                "not an article: a ." + extension + " file found in directory " + argument
                    + " (name the file itself to read it as plain text)"));
          } else {
            sources.accept(InputSource.file(file));
          }
        }
      } else if (Files.exists(path)) {
        sources.accept(InputSource.file(path));
      } else {
        failures.accept(LoadResult.error(argument, argument, "no such file or directory"));
      }
    }
  }

  /** Every regular, non-hidden file below a directory, sorted by path. */
  static ImmutableList<Path> listFiles(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(p -> !p.equals(directory))
          .filter(p -> !isHidden(directory.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    }
    files.sort(null);
    return ImmutableList.copyOf(files);
  }

  /** The file name's extension, lower case, without the dot; empty when it has none. */
  static String extensionOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
