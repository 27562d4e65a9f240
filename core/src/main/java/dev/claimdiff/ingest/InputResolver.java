package dev.claimdiff.ingest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands what the user typed into the inputs to read: a file is itself, a directory is every
 * regular, non-hidden file below it in sorted path order, {@code -} is standard input. A path that
 * does not exist or cannot be listed becomes a {@link LoadResult} error, so it shows in the report.
 */
public final class InputResolver {
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
        files.forEach(file -> sources.accept(InputSource.file(file)));
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

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
