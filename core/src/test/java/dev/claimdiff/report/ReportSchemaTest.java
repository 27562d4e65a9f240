package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.claimdiff.Claimdiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON report of the seed articles validates against {@code docs/report-v1.schema.json}, the
 * schema rejects reports that break it, and the report keeps the promises of
 * {@code docs/report-schema.md} that JSON Schema cannot express (ids that resolve, evidence that
 * is the article's text at the span).
 */
public class ReportSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path root;
  private static JsonNode schemaNode;
  private static Schema schema;
  private static JsonNode report;

  @BeforeAll
  static void compareTheSeeds() throws IOException {
    root = projectRoot();
    schemaNode = JSON.readTree(Files.readString(root.resolve("docs/report-v1.schema.json")));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaNode);
    Report compared = Claimdiff.create(Claimdiff.Options.defaults())
        .compare(List.of(root.resolve("seeds").toString()));
    report = JSON.readTree(new JsonReportWriter().toJson(compared));
  }

  /**
   * The directory holding {@code seeds/} and {@code docs/}: the parent of the core module when
   * Maven runs the tests there, found by walking up so that an IDE's working directory works too.
   */
  public static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("seeds/gold.json"))
          && Files.isRegularFile(dir.resolve("docs/report-v1.schema.json"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no seeds/ and docs/ above " + Path.of("").toAbsolutePath());
  }

  @Test
  void schemaIsValidDraft202012() {
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(metaSchema.validate(schemaNode)).isEmpty();
  }

  @Test
  void seedReportValidates() {
    assertThat(schema.validate(report)).as("schema violations").isEmpty();
  }

  @Test
  void aBilingualReportWithTranslationsValidates() throws IOException {
    // a translation's DUPLICATE carries the share of its sentences aligned as its one value
    JsonNode bilingual = JSON.readTree(new JsonReportWriter().toJson(
        Claimdiff.create(Claimdiff.Options.defaults())
            .compare(List.of(root.resolve("corpora/gempa-mamasa-2024").toString()))));
    assertThat(bilingual.get("findings")).anyMatch(f -> f.get("kind").asText().equals("DUPLICATE")
        && f.get("values").size() == 1);
    assertThat(schema.validate(bilingual)).as("schema violations").isEmpty();
  }

  @Test
  void aDuplicateOfThreeArticlesValidates(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String copy = "Gempa bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023) pagi. "
        + "Badan Penanggulangan Bencana Daerah mencatat empat orang meninggal dunia dan puluhan "
        + "rumah rusak berat di tiga kecamatan. Warga diminta menjauhi bangunan yang retak dan "
        + "tetap waspada terhadap gempa susulan yang masih terasa hingga sore hari.";
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      Files.writeString(dir.resolve(name), copy);
    }
    JsonNode copies = JSON.readTree(new JsonReportWriter().toJson(
        Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(dir.toString()))));
    assertThat(copies.get("findings")).anyMatch(f -> f.get("kind").asText().equals("DUPLICATE")
        && f.get("articles").size() == 3);
    assertThat(schema.validate(copies)).as("schema violations").isEmpty();
  }

  @Test
  void aReportWithAnUpdateValidatesAndWritesItsTimeline(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Antara - 14/02/2023, 11:00 WIB\n\nGempa bermagnitudo "
        + "6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). Gempa itu menewaskan 4 orang.");
    Files.writeString(dir.resolve("b.txt"), "Kompas.com - 14/02/2023, 19:30 WIB\n\nGempa "
        + "bermagnitudo 6,1 mengguncang Pulau Seram pada Selasa (14/2/2023). Gempa itu menewaskan "
        + "37 orang.");
    JsonNode updated = JSON.readTree(new JsonReportWriter().toJson(
        Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(dir.toString()))));

    assertThat(schema.validate(updated)).as("schema violations").isEmpty();
    List<JsonNode> updates = new ArrayList<>();
    updated.get("findings").forEach(f -> {
      if (f.get("kind").asText().equals("UPDATE")) {
        updates.add(f);
      } else {
        assertThat(f.has("timeline")).as("timeline only on UPDATE").isFalse();
      }
    });
    assertThat(updates).singleElement().satisfies(f -> {
      assertThat(f.get("timeline")).hasSize(2);
      assertThat(f.get("timeline").get(0).get("asOf").asText()).isEqualTo("2023-02-14T11:00+07:00");
    });
    ObjectNode broken = updated.deepCopy();
    for (JsonNode f : broken.get("findings")) {
      if (f.get("kind").asText().equals("UPDATE")) {
        ((ObjectNode) f).remove("timeline");
      }
    }
    assertThat(schema.validate(broken)).as("an UPDATE without its timeline").isNotEmpty();
  }

  @Test
  void seedReportExercisesTheSchema() {
    // a report with no claims or findings would validate trivially
    Set<String> types = new HashSet<>();
    report.get("claims").forEach(c -> types.add(c.get("type").asText()));
    Set<String> kinds = new HashSet<>();
    report.get("findings").forEach(f -> kinds.add(f.get("kind").asText()));
    Set<String> statuses = new HashSet<>();
    report.get("articles").forEach(a -> statuses.add(a.get("status").asText()));
    assertThat(types).contains("QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION",
        "COMMITMENT", "SOURCE_CITATION", "QUANTITY");
    assertThat(kinds).contains("DISCREPANCY", "INCONSISTENCY", "AGREEMENT", "VARIANT", "UNIQUE");
    assertThat(statuses).contains("ok", "skipped");
  }

  @Test
  void rejectsUnknownClaimType() {
    ObjectNode broken = report.deepCopy();
    ((ObjectNode) broken.get("claims").get(0)).put("type", "BOGUS");

    List<Error> errors = schema.validate(broken);

    assertThat(errors).isNotEmpty();
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
        .anySatisfy(location -> assertThat(location).contains("claims").contains("type"));
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        violation("another schema name", r -> r.put("schema", "claimdiff/report-v2")),
        violation("no findings array", r -> r.remove("findings")),
        violation("unknown article status", r -> article(r, 0).put("status", "maybe")),
        violation("chars as a string", r -> article(r, 0).put("chars", "1928")),
        violation("a url that is not a web address", r -> article(r, 0).put("url", "javascript:x")),
        violation("a skipped input with claims", r -> skipped(r).put("claims", 3)),
        violation("claim without span", r -> claim(r, "LOCATION").remove("span")),
        violation("negative span", r -> ((ObjectNode) claim(r, "QUOTE").get("span"))
            .put("start", -1)),
        violation("duration in words", r -> value(r, "DURATION").put("minutes", "90")),
        violation("date not ISO", r -> value(r, "EVENT_DATE").put("date", "21/1/2022")),
        violation("weekday in Indonesian", r -> value(r, "EVENT_DATE").put("weekday", "JUMAT")),
        violation("weekday check without a date", r -> value(r, "EVENT_DATE")
            .put("consistent", false).putNull("date")),
        violation("quote value on a commitment", r -> claim(r, "COMMITMENT")
            .set("value", JSON.createObjectNode().put("fragment", false).putNull("nestedIn"))),
        violation("a speaker on a duration", r -> claim(r, "DURATION").put("speaker", "Lavrov")),
        violation("statement without verb", r -> value(r, "STATEMENT").remove("verb")),
        violation("unknown finding kind", r -> finding(r, 0).put("kind", "MAYBE")),
        violation("variant with one spelling", r -> variant(r).set("values",
            JSON.createArrayNode().add("Moskow"))),
        violation("finding id not F<n>", r -> finding(r, 0).put("id", "1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void rejects(String description, Consumer<ObjectNode> breakIt) {
    ObjectNode broken = report.deepCopy();
    breakIt.accept(broken);
    assertThat(schema.validate(broken)).as(description).isNotEmpty();
  }

  @Test
  void acceptsAnUpdateWithItsTimelineAndRejectsABrokenTimeline() {
    ObjectNode withUpdate = report.deepCopy();
    ObjectNode update = finding(withUpdate, 0).deepCopy();
    update.put("kind", "UPDATE");
    update.put("type", "QUANTITY");
    update.set("values", JSON.createArrayNode().add("12 dead").add("15 dead"));
    ArrayNode timeline = update.putArray("timeline");
    timeline.addObject().put("claim", "a#1").put("article", "a").put("value", "12 dead")
        .put("asOf", "2022-01-21T08:00");
    timeline.addObject().put("claim", "b#1").put("article", "b").put("value", "15 dead")
        .putNull("asOf");
    ((ArrayNode) withUpdate.get("findings")).add(update);
    assertThat(schema.validate(withUpdate)).isEmpty();

    ((ObjectNode) timeline.get(0)).remove("claim");
    assertThat(schema.validate(withUpdate)).as("a timeline entry without its claim").isNotEmpty();
  }

  @Test
  void findingsWithoutATimelineDoNotWriteOne() {
    report.get("findings").forEach(f -> assertThat(f.has("timeline")).isFalse());
  }

  @Test
  void acceptsFieldsAddedWithinV1() {
    ObjectNode extended = report.deepCopy();
    extended.put("generator", "claimdiff 0.2");
    claim(extended, "QUOTE").put("confidence", 0.9);
    value(extended, "DURATION").put("seconds", 5400);
    assertThat(schema.validate(extended)).isEmpty();
  }

  @Test
  void idsResolveAndCountsAgree() {
    Map<String, String> statusById = new HashMap<>();
    for (JsonNode a : report.get("articles")) {
      assertThat(statusById.put(a.get("id").asText(), a.get("status").asText()))
          .as("article ids are unique: %s", a.get("id")).isNull();
    }
    Set<String> claimIds = new HashSet<>();
    Map<String, Integer> claimsPerArticle = new HashMap<>();
    for (JsonNode c : report.get("claims")) {
      String article = c.get("article").asText();
      assertThat(claimIds.add(c.get("id").asText())).as("claim ids are unique").isTrue();
      assertThat(c.get("id").asText()).startsWith(article + "#");
      assertThat(statusById.get(article)).as("claim %s names a read article", c.get("id"))
          .isEqualTo("ok");
      claimsPerArticle.merge(article, 1, Integer::sum);
    }
    for (JsonNode a : report.get("articles")) {
      assertThat(a.get("claims").asInt()).as("claims of %s", a.get("id"))
          .isEqualTo(claimsPerArticle.getOrDefault(a.get("id").asText(), 0));
    }
    List<String> kinds = new ArrayList<>();
    int n = 0;
    for (JsonNode f : report.get("findings")) {
      assertThat(f.get("id").asText()).isEqualTo("F" + ++n);
      kinds.add(f.get("kind").asText());
      f.get("claims").forEach(id -> assertThat(claimIds).contains(id.asText()));
      f.get("articles").forEach(id -> assertThat(statusById).containsKey(id.asText()));
    }
    assertThat(kinds).isSortedAccordingTo(
        (a, b) -> Finding.Kind.valueOf(a).compareTo(Finding.Kind.valueOf(b)));
  }

  @Test
  void evidenceIsTheArticleTextAtTheSpan() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode a : report.get("articles")) {
      if (a.get("status").asText().equals("ok")) {
        String text = Files.readString(Path.of(a.get("path").asText()), StandardCharsets.UTF_8);
        texts.put(a.get("id").asText(), text.startsWith("\uFEFF") ? text.substring(1) : text);
        assertThat(a.get("chars").asInt()).isEqualTo(texts.get(a.get("id").asText()).length());
      }
    }
    for (JsonNode c : report.get("claims")) {
      String text = texts.get(c.get("article").asText());
      int start = c.get("span").get("start").asInt();
      int end = c.get("span").get("end").asInt();
      assertThat(start).isLessThanOrEqualTo(end);
      assertThat(text.substring(start, end)).as("evidence of %s", c.get("id"))
          .isEqualTo(c.get("evidence").asText());
    }
  }

  // --- helpers that pick what to break ----------------------------------------------------

  private static Arguments violation(String description, Consumer<ObjectNode> breakIt) {
    return Arguments.of(description, breakIt);
  }

  private static ObjectNode article(ObjectNode r, int index) {
    return (ObjectNode) r.get("articles").get(index);
  }

  private static ObjectNode skipped(ObjectNode r) {
    for (JsonNode a : r.get("articles")) {
      if (a.get("status").asText().equals("skipped")) {
        return (ObjectNode) a;
      }
    }
    throw new AssertionError("the seeds have a skipped input (gold.json)");
  }

  private static ObjectNode claim(ObjectNode r, String type) {
    for (JsonNode c : (ArrayNode) r.get("claims")) {
      if (c.get("type").asText().equals(type)) {
        return (ObjectNode) c;
      }
    }
    throw new AssertionError("the seed report has no " + type + " claim");
  }

  private static ObjectNode value(ObjectNode r, String type) {
    return (ObjectNode) claim(r, type).get("value");
  }

  private static ObjectNode finding(ObjectNode r, int index) {
    return (ObjectNode) r.get("findings").get(index);
  }

  private static ObjectNode variant(ObjectNode r) {
    for (JsonNode f : r.get("findings")) {
      if (f.get("kind").asText().equals("VARIANT")) {
        return (ObjectNode) f;
      }
    }
    throw new AssertionError("the seed report has no VARIANT finding");
  }
}
