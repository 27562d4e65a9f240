package dev.claimdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input as the user named it: a file, or standard input ({@code -}).
 *
 * @param displayPath the path as shown in the report ({@code -} for standard input)
 * @param file the file to read, or null for standard input
 */
public record InputSource(String displayPath, @Nullable Path file) {
  public InputSource {
    checkArgument(!displayPath.isEmpty(), "an input needs a name");
  }

  /** A file on disk. */
  public static InputSource file(Path file) {
    return new InputSource(file.toString(), file);
  }

  /** Standard input. */
  public static InputSource stdin() {
    return new InputSource("-", null);
  }

  /** Whether this is standard input. */
  public boolean isStdin() {
    return file == null;
  }
}
