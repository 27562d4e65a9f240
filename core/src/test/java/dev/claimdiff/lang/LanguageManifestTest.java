package dev.claimdiff.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A manifest's lines are read strictly, and every mismatch with code and folder names its line. */
class LanguageManifestTest {
  private static final String RESOURCE = "dev/claimdiff/lang/en/manifest.txt";

  private static LanguageManifest manifest(String... lines) {
    List<WordList.Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String[] parts = lines[i].split(" \\| ", 2);
      entries.add(new WordList.Entry(RESOURCE, i + 3, parts[0].strip(),
          parts.length > 1 ? parts[1].strip() : ""));
    }
    return LanguageManifest.parse(Language.ENGLISH, RESOURCE, entries);
  }

  @Test
  void aLineGivesPathFormatNeedReadersAndPurpose() {
    LanguageManifest m = manifest(
        "extract/counted-nouns.txt keyed required quantity,event-date | what numbers count");
    LanguageManifest.Item item = m.item("extract/counted-nouns.txt").orElseThrow();
    assertThat(item.format()).isEqualTo("keyed");
    assertThat(item.need()).isEqualTo(LanguageFile.Need.REQUIRED);
    assertThat(item.readers()).containsExactly("quantity", "event-date");
    assertThat(item.purpose()).isEqualTo("what numbers count");
    assertThat(m.has(LanguageFile.COUNTED_NOUNS)).isTrue();
    assertThat(m.has(LanguageFile.TITLES)).isFalse();
  }

  @Test
  void malformedLinesFailWithTheirFileAndLine() {
    assertThatThrownBy(() -> manifest(
        "extract/titles.txt words required engine | titles",
        "extract/events.txt keyed required | no reader",
        "extract/bounds.txt list required discourse | unknown format",
        "extract/pronouns.txt words maybe engine | neither required nor optional",
        "extract/negations.txt words required commitment",
        "extract/told-markers.txt words required speech | unknown reader",
        "extract/titles.txt words required engine | twice"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("language en")
        .hasMessageContaining(RESOURCE + ":4: expected")
        .hasMessageContaining(RESOURCE + ":5: unknown format list")
        .hasMessageContaining(RESOURCE + ":6: expected 'required' or 'optional'")
        .hasMessageContaining(RESOURCE + ":7: expected")
        .hasMessageContaining(RESOURCE + ":8: unknown reader speech")
        .hasMessageContaining(RESOURCE + ":9: extract/titles.txt is listed twice (first at line 3)");
  }

  @Test
  void aFileCodeAsksForThatTheManifestDoesNotListFailsNamingLanguageAndFile() {
    LanguageManifest m = manifest("extract/titles.txt words required engine | titles");
    assertThat(m.resourceOf("extract/titles.txt")).isEqualTo("dev/claimdiff/lang/en/extract/titles.txt");
    assertThatThrownBy(() -> m.resourceOf("extract/venue-words.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language en has no extract/venue-words.txt")
        .hasMessageContaining(RESOURCE);
  }

  @Test
  void theManifestMustMatchTheFolderAndWhatCodeAndRulesRead() {
    LanguageManifest m = manifest(
        "extract/titles.txt words required engine | titles",
        "extract/venue-words.txt words required location | venues, named by a rule file",
        "extract/unused-words.txt words required engine | nothing reads it",
        "extract/title-modifiers.txt words required engine | code reads it only when present",
        "extract/pronouns.txt words optional engine | code always reads it",
        "extract/missing.txt words required location | named by a rule, not in the folder");
    List<String> problems = m.problems(
        Set.of("extract/venue-words.txt", "extract/missing.txt"),
        Set.of("manifest.txt", "extract/titles.txt", "extract/venue-words.txt",
            "extract/unused-words.txt", "extract/title-modifiers.txt", "extract/pronouns.txt",
            "extract/stray.txt"),
        true);
    assertThat(problems)
        .anyMatch(p -> p.startsWith(RESOURCE + ":5: extract/unused-words.txt: no code reads it"))
        .anyMatch(p -> p.startsWith(RESOURCE + ":6: extract/title-modifiers.txt is marked required"))
        .anyMatch(p -> p.startsWith(RESOURCE + ":7: extract/pronouns.txt is marked optional"))
        .anyMatch(p -> p.startsWith(RESOURCE + ":8: extract/missing.txt is listed but missing"))
        .anyMatch(p -> p.equals("dev/claimdiff/lang/en/extract/stray.txt: in the language folder"
            + " but not in manifest.txt"))
        .anyMatch(p -> p.contains("lists no extract/counted-nouns.txt, which the code reads for"
            + " every language with rules (LanguageFile.COUNTED_NOUNS)"))
        .noneMatch(p -> p.contains(":3:") || p.contains(":4:"));
    // a language without rules need not have what extraction reads
    assertThat(m.problems(Set.of("extract/venue-words.txt", "extract/missing.txt"),
        Set.of(), false)).noneMatch(p -> p.contains("lists no"));
  }
}
