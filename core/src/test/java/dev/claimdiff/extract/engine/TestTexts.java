package dev.claimdiff.extract.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts that tests of rule machinery run over: the seed articles and every example corpus. */
final class TestTexts {
  private TestTexts() {}

  /** The seeds' texts, then the corpora's (their ' ¶ ' paragraph marks made blank lines). */
  static List<String> seedsAndCorpora() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    try (Stream<Path> corpora = Files.walk(Path.of("src/test/resources/dev/claimdiff/lang"))) {
      for (Path p : corpora.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p).replace(" ¶ ", "\n\n"));
      }
    }
    return texts;
  }
}
