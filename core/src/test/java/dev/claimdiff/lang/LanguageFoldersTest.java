package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language folder is declared exactly by its manifest, a language with rules has every
 * file generic code reads, and code names word lists by {@link LanguageFile} constants only.
 */
class LanguageFoldersTest {
  /** The source folders, not the build output: a file deleted from them must not linger. */
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path SOURCES = Path.of("src/main/java");
  /** A lexicon asked for a list by a string literal: {@code lexicon.words("titles")}. */
  private static final Pattern LITERAL_LIST = Pattern.compile(
      "(?:lexicon(?:\\(\\))?|Lexicon\\.of\\([^)]*\\))\\s*\\.\\s*(?:list|words|set|mapping|keyed)"
          + "\\(\\s*\"");

  @ParameterizedTest
  @EnumSource(Language.class)
  void eachManifestMatchesItsFolderExactly(Language language) {
    LanguageManifest manifest = LanguageManifest.of(language);
    Path folder = RESOURCES.resolve(LanguageManifest.folder(language));
    assertThat(manifest.check(LanguageManifest.filesUnder(folder), manifest.has(LanguageFile.MACROS)))
        .as("problems of %s", manifest.resource())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyFileGenericCodeReadsExistsForEveryLanguageWithRules(Language language) {
    LanguageManifest manifest = LanguageManifest.of(language);
    if (!manifest.has(LanguageFile.MACROS)) {
      return; // no rules: extraction never reads its lists
    }
    List<String> missing = new ArrayList<>();
    for (LanguageFile file : LanguageFile.values()) {
      if (file.need() == LanguageFile.Need.REQUIRED
          && (!manifest.has(file) || !WordList.exists(file.resource(language)))) {
        missing.add("LanguageFile." + file + " (" + file.path() + ")");
      }
    }
    assertThat(missing).as("files %s lacks that code reads for every language with rules",
        LanguageManifest.folder(language)).isEmpty();
  }

  @Test
  void noCodeNamesAWordListByAStringLiteral() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher m = LITERAL_LIST.matcher(text);
        while (m.find()) {
          int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          found.add(file + ":" + line);
        }
      }
    }
    assertThat(found).as("word lists named by string literals (use a LanguageFile constant)")
        .isEmpty();
  }
}
