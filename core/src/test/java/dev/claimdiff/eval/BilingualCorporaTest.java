package dev.claimdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import dev.claimdiff.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-language comparison on the evaluation corpora: each event whose Indonesian and
 * English folders are compared as one ({@code corpora/<event>/gold.bilingual.json}, findings
 * {@code X…}). What it asserts is what was measured when the mechanism was written: every
 * {@code translation_of} pair found and no other pair across languages, every value a
 * translation changed found (9 of 13 when the four events written blind in session 13 were added,
 * 10 since the crush's 20 minutes rendered as 40 is found: the landslide's rain stop of about three
 * hours rendered as about four, the ship count 14 rendered as 41 and a wire's quote given to the
 * other minister are not yet), no other "translation changed" discrepancy, and at least 37 of
 * the 45 quotations a translation renders reported as agreeing across languages (36 when the
 * session-13 events were added). With the six events written blind in session 13 and the four of
 * session 14: 14 of 24 changed values, 48 of 68 quotations; two of the new events' pairs and one
 * false change were not yet right. Since a credit inside an article's body sources one fact, not
 * the article, a discrepancy only one language's reading makes is dropped, and the lexicon knows
 * the words of crowds, hospitals, mines and summits: 16 of 24 changed values (the landslide's
 * rain stop; the hall's capacity an article that credits and draws on the wire changed in a
 * sentence it renders), 50 of 68 quotations, and only the summit's pair not yet right. With
 * background dates no longer main dates (the summit's translation joins its story) and the other
 * session-14 work: every pair right, 18 of 24 changed values, 54 of 68 quotations. With the
 * four events written blind in session 15: 19 of 35, 61 of 93; then, with number words compared
 * as values, a word-for-word rendering from a credited outlet given to another person taken for
 * one quotation credited to two, one speaker's renderings no group joined agreeing, the index
 * offering a word's other senses, a translation's value fitting only one it may be told as, and
 * the lexicon's words of quoted officials, farmers and witnesses: 24 of 35, 73 of 93. With the
 * four events written blind in session 16: 28 of 49, 86 of 128; then, with Indonesian words
 * looked up by their base forms, demonyms and name compounds read as names, a promise's due
 * compared in a translation's aligned sentences, names linked as one person being one speaker,
 * one sentence quoted twice taken whole, and the lexicon's words of road, fire and summit
 * reports: 33 of 49, 89 of 128; with the other branches of session 16 (counts, lengths,
 * places, promises): 36 of 49, 94 of 128; 35 of 49, 93 of 128 once the English side of the
 * closures and "for N before" was taken back (it added a false alarm on an event held out);
 * 37 of 49 with deadline dates read (session 19).
 */
class BilingualCorporaTest {
  private static final Path CORPORA = Path.of("..", "corpora");
  /**
   * Events whose translation pairs are not yet right (checked only for listing no pair the gold
   * does not): none since session 14. Add an event here only with the reason.
   */
  private static final Set<String> PAIRS_NOT_YET_RIGHT = Set.of();
  /** Events with a false "the translation changed" discrepancy: none since session 14. */
  private static final Set<String> FALSE_CHANGE_NOT_YET_FIXED = Set.of();
  private static final TreeMap<String, Report> reports = new TreeMap<>();
  private static final TreeMap<String, EvalResult> results = new TreeMap<>();
  private static final TreeMap<String, JsonNode> golds = new TreeMap<>();

  @BeforeAll
  static void compareEachEvent() throws IOException {
    Claimdiff claimdiff = Claimdiff.create(Claimdiff.Options.defaults());
    try (Stream<Path> events = Files.list(CORPORA)) {
      for (Path event : events.sorted().toList()) {
        Path gold = event.resolve("gold.bilingual.json");
        if (!Files.isRegularFile(gold)) {
          continue;
        }
        String name = event.getFileName().toString();
        Report report = claimdiff.compare(List.of(event.toString()));
        reports.put(name, report);
        results.put(name, Evaluator.forGold(gold).score(report));
        golds.put(name, new ObjectMapper().readTree(gold.toFile()));
      }
    }
    assertThat(reports).hasSizeGreaterThanOrEqualTo(8);
  }

  private static List<JsonNode> crossLanguage(String event, String kind) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : golds.get(event).path("findings")) {
      if (f.path("cross_language").asBoolean() && f.path("kind").asText().equals(kind)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean reproduced(String event, String findingId) {
    return results.get(event).findings().stream()
        .anyMatch(s -> s.id().equals(findingId) && s.reproduced());
  }

  @Test
  void everyTranslationPairIsFoundAndNoOther() {
    for (String event : reports.keySet()) {
      Set<Set<String>> expected = new TreeSet<>(BilingualCorporaTest::compare);
      for (JsonNode f : crossLanguage(event, "DUPLICATE")) {
        Set<String> pair = new TreeSet<>();
        f.path("articles").forEach(a -> pair.add(a.asText()));
        expected.add(pair);
      }
      Set<Set<String>> found = new TreeSet<>(BilingualCorporaTest::compare);
      for (Finding f : reports.get(event).findings()) {
        if (f.kind() == Kind.DUPLICATE && f.acrossLanguages()) {
          found.add(new TreeSet<>(f.articles()));
        }
      }
      if (!PAIRS_NOT_YET_RIGHT.contains(event)) {
        assertThat(found).as(event).isEqualTo(expected);
      }
    }
  }

  @Test
  void changedValuesAreFoundAndNoOther() {
    int planted = 0;
    int found = 0;
    for (String event : reports.keySet()) {
      for (JsonNode f : crossLanguage(event, "DISCREPANCY")) {
        planted++;
        found += reproduced(event, f.path("id").asText()) ? 1 : 0;
      }
      if (!FALSE_CHANGE_NOT_YET_FIXED.contains(event)) {
        assertThat(results.get(event).unexplained()).as(event)
            .noneMatch(u -> u.contains("the translation changed"));
      }
    }
    assertThat(planted).isEqualTo(49);
    assertThat(found).isGreaterThanOrEqualTo(37);
  }

  @Test
  void mostQuotationsATranslationRendersAgreeAcrossLanguages() {
    int planted = 0;
    int found = 0;
    for (String event : reports.keySet()) {
      for (JsonNode f : crossLanguage(event, "AGREEMENT")) {
        planted++;
        found += reproduced(event, f.path("id").asText()) ? 1 : 0;
      }
    }
    assertThat(planted).isEqualTo(128);
    assertThat(found).isGreaterThanOrEqualTo(94);
  }

  @Test
  void anAgreementAcrossLanguagesSaysSo() {
    for (Report report : reports.values()) {
      for (Finding f : report.findings()) {
        if (f.kind() == Kind.AGREEMENT && f.slot() != null && f.slot().startsWith("SPEECH")
            && f.acrossLanguages()) {
          assertThat(f.summary()).contains("across languages: en, id");
        }
      }
    }
  }

  private static int compare(Set<String> a, Set<String> b) {
    return String.join(",", a).compareTo(String.join(",", b));
  }
}
