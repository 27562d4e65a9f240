package dev.claimdiff.lang;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The one parser of {@code key: word, word} lines, the shape of every word list that maps words to
 * a key ({@code deaths: korban tewas, meninggal dunia}), of {@code key: value} settings
 * ({@code decimal: ,}) and of the calendar ({@code 1: Januari, Jan}).
 *
 * <p>A line is split at its first colon: the key before it (never blank), the words after it,
 * comma-separated, each stripped, blanks dropped. An error names the file and line of the entry.
 */
public final class KeyedList {
  private KeyedList() {}

  /**
   * One {@code key: word, word} line.
   *
   * @param key the text before the first colon, stripped
   * @param value the whole text after the first colon, stripped (for {@code key: value} lines)
   * @param words the value split at commas, each stripped, blanks dropped, in file order
   * @param entry the entry the line was read from, for errors
   */
  public record Line(String key, String value, ImmutableList<String> words, WordList.Entry entry) {}

  /** Every entry of a classpath resource as a keyed line; a line without a key fails. */
  public static ImmutableList<Line> load(String resource) {
    return parseAll(WordList.entries(resource));
  }

  /** Every entry as a keyed line; an entry without {@code key:} fails naming its file and line. */
  public static ImmutableList<Line> parseAll(List<WordList.Entry> entries) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (WordList.Entry entry : entries) {
      lines.add(parse(entry).orElseThrow(() -> new IllegalArgumentException(
          entry.where() + ": expected 'key: word, word', got: " + entry.text())));
    }
    return lines.build();
  }

  /** The keyed line of an entry, or empty when it has no colon or nothing before it. */
  public static Optional<Line> parse(WordList.Entry entry) {
    String text = entry.text();
    int colon = text.indexOf(':');
    if (colon <= 0 || text.substring(0, colon).isBlank()) {
      return Optional.empty();
    }
    String value = text.substring(colon + 1);
    ImmutableList.Builder<String> words = ImmutableList.builder();
    for (String word : value.split(",")) {
      if (!word.isBlank()) {
        words.add(word.strip());
      }
    }
    return Optional.of(new Line(text.substring(0, colon).strip(), value.strip(), words.build(),
        entry));
  }

  /**
   * The words of a list: a keyed line gives the words after its colon, any other entry itself
   * (most lists are plain, one word or phrase a line).
   */
  public static ImmutableList<String> words(List<WordList.Entry> entries) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    for (WordList.Entry entry : entries) {
      Optional<Line> line = parse(entry);
      if (line.isPresent()) {
        words.addAll(line.get().words());
      } else {
        words.add(entry.text());
      }
    }
    return words.build();
  }
}
