package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one parser of {@code key: word, word} lines: keys, words, values, and file:line errors. */
class KeyedListTest {
  private static WordList.Entry entry(int line, String text) {
    return new WordList.Entry("dev/claimdiff/lang/xx/extract/test.txt", line, text, "");
  }

  @Test
  void aLineSplitsAtItsFirstColonIntoAKeyAndStrippedWords() {
    KeyedList.Line line = KeyedList.parse(entry(3, "deaths: korban tewas, , meninggal ")).orElseThrow();
    assertThat(line.key()).isEqualTo("deaths");
    assertThat(line.words()).containsExactly("korban tewas", "meninggal");
    assertThat(line.value()).isEqualTo("korban tewas, , meninggal");

    KeyedList.Line setting = KeyedList.parse(entry(4, "WIT: +09:00")).orElseThrow();
    assertThat(setting.key()).isEqualTo("WIT");
    assertThat(setting.value()).isEqualTo("+09:00");
    assertThat(KeyedList.parse(entry(5, "decimal: ,")).orElseThrow().value()).isEqualTo(",");
  }

  @Test
  void aListOfWordsTakesPlainEntriesAsTheyAreAndKeyedOnesByTheirWords() {
    assertThat(KeyedList.words(List.of(entry(1, "menteri"), entry(2, "count: dua, tiga"))))
        .containsExactly("menteri", "dua", "tiga");
  }

  @Test
  void aLineWithoutAKeyFailsNamingTheFileAndLine() {
    assertThatThrownBy(() -> KeyedList.parseAll(List.of(entry(1, "a: b"), entry(7, "no key here"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev/claimdiff/lang/xx/extract/test.txt:7")
        .hasMessageContaining("no key here");
    assertThatThrownBy(() -> KeyedList.parseAll(List.of(entry(9, " : b"))))
        .hasMessageContaining("test.txt:9");
  }

  @Test
  void entriesKeepTheirLineNumbersAndGlosses() {
    List<WordList.Entry> entries = WordList.entries("dev/claimdiff/ingest/time-zones.txt");
    assertThat(entries).isNotEmpty();
    List<String> lines = WordList.lines("dev/claimdiff/ingest/time-zones.txt");
    for (WordList.Entry e : entries) {
      assertThat(lines.get(e.line() - 1)).startsWith(e.text());
    }
    assertThat(entries).anyMatch(e -> !e.gloss().isEmpty());
  }
}
