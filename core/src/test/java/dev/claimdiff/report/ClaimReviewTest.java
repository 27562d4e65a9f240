package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdiff.Claimdiff;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview JSON-LD of the seeds uses schema.org's vocabulary as schema.org defines it
 * (types, properties on the types they belong to, objects of the types they take; the terms are
 * in {@code schemaorg/vocabulary.txt}), is JSON-LD a processor expands without loss (titanium,
 * offline: the context {@code https://schema.org} is served from the test, never fetched), and
 * says what the issue asks: a Claim per finding, one appearance per outlet with the quote, the
 * first appearance when it is known, a discrepancy's values side by side.
 */
class ClaimReviewTest {
  private static final String SCHEMA = "https://schema.org/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Report report;
  private static String jsonLd;
  private static final Map<String, String> parent = new HashMap<>();
  private static final Map<String, Set<String>> domains = new HashMap<>();
  private static final Map<String, Set<String>> ranges = new HashMap<>();

  @BeforeAll
  static void compareTheSeeds() throws IOException {
    report = Claimdiff.create(Claimdiff.Options.defaults())
        .compare(List.of(java.nio.file.Path.of("..", "seeds").toString()));
    jsonLd = new ClaimReviewWriter().toJsonLd(report);
    try (InputStream in = ClaimReviewTest.class.getResourceAsStream("schemaorg/vocabulary.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.strip().split("\\s+");
        if (f[0].equals("type")) {
          parent.put(f[1], f[2]);
        } else if (f[0].equals("property")) {
          domains.put(f[1], Set.of(f[2].split(",")));
          ranges.put(f[1], Set.of(f[3].split(",")));
        }
      }
    }
  }

  /** The type and its ancestors. */
  private static Set<String> lineage(String type) {
    Set<String> out = new HashSet<>();
    for (String t = type; t != null && !t.equals("-"); t = parent.get(t)) {
      out.add(t);
    }
    return out;
  }

  @Test
  void everyTypeAndPropertyIsSchemaOrgsAndUsedWhereSchemaOrgAllows() throws IOException {
    JsonNode doc = JSON.readTree(jsonLd);
    assertThat(doc.get("@context").asText()).isEqualTo("https://schema.org");
    List<String> problems = new ArrayList<>();
    for (JsonNode node : doc.get("@graph")) {
      check(node, problems, "@graph");
    }
    assertThat(problems).isEmpty();
  }

  private static void check(JsonNode node, List<String> problems, String where) {
    String type = node.path("@type").asText(null);
    if (type == null || !parent.containsKey(type)) {
      problems.add(where + ": type " + type + " is not in the vocabulary");
      return;
    }
    Set<String> lineage = lineage(type);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String property = e.getKey();
      if (property.startsWith("@")) {
        continue;
      }
      if (!domains.containsKey(property)) {
        problems.add(where + ": " + property + " is not a schema.org property we know");
        continue;
      }
      if (domains.get(property).stream().noneMatch(lineage::contains)) {
        problems.add(where + ": " + property + " is not a property of " + type);
      }
      List<JsonNode> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(values::add);
      } else {
        values.add(e.getValue());
      }
      for (JsonNode value : values) {
        if (value.isObject()) {
          String objectType = value.path("@type").asText("");
          if (lineage(objectType).stream().noneMatch(ranges.get(property)::contains)) {
            problems.add(where + ": " + property + " takes " + ranges.get(property) + ", not "
                + objectType);
          }
          check(value, problems, where + "/" + property);
        } else if (!value.isTextual()) {
          problems.add(where + ": " + property + " is not text");
        }
      }
    }
  }

  @Test
  void aJsonLdProcessorExpandsItWithSchemaOrgTermsOnly() throws JsonLdError {
    List<URI> loaded = new CopyOnWriteArrayList<>();
    DocumentLoader offline = (url, options) -> {
      loaded.add(url);
      return JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));
    };
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd)))
        .loader(offline).get();
    assertThat(loaded).as("the context asked for").containsOnly(URI.create("https://schema.org"));
    assertThat(expanded).hasSize(report.findings().size());
    Set<String> iris = new HashSet<>();
    for (JsonValue node : expanded) {
      collect(node, iris);
    }
    assertThat(iris).allMatch(iri -> iri.startsWith(SCHEMA), "a schema.org term");
    Set<String> terms = new HashSet<>(parent.keySet());
    terms.addAll(domains.keySet());
    assertThat(iris.stream().map(i -> i.substring(SCHEMA.length())).toList())
        .allMatch(terms::contains, "in the vocabulary");
    assertThat(iris).contains(SCHEMA + "ClaimReview", SCHEMA + "Claim", SCHEMA + "appearance",
        SCHEMA + "firstAppearance", SCHEMA + "claimReviewed", SCHEMA + "itemReviewed");
  }

  /** The IRIs of every expanded property and type. */
  private static void collect(JsonValue value, Set<String> iris) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, iris));
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        if (e.getKey().equals("@type")) {
          e.getValue().asJsonArray().forEach(t -> iris.add(((jakarta.json.JsonString) t).getString()));
        } else if (!e.getKey().startsWith("@")) {
          iris.add(e.getKey());
          collect(e.getValue(), iris);
        }
      }
    }
  }

  @Test
  void eachFindingIsAClaimWithAnAppearancePerOutlet() throws IOException {
    JsonNode graph = JSON.readTree(jsonLd).get("@graph");
    assertThat(graph).hasSize(report.findings().size());
    JsonNode f1 = graph.get(0);
    assertThat(f1.get("reviewRating").get("alternateName").asText()).isEqualTo("Outlets disagree");
    JsonNode appearances = f1.get("itemReviewed").get("appearance");
    assertThat(appearances).hasSize(4);
    assertThat(appearances.findValuesAsText("name"))
        .containsExactly("Kompas.com", "Warta Ekonomi", "RMOL", "Islam Times");
    assertThat(appearances.get(0).get("text").asText()).contains("Jumat (22/1/2022)");
    // the values side by side
    assertThat(f1.get("reviewBody").asText()).contains("Kompas.com: 2022-01-22")
        .contains("Warta Ekonomi: 2022-01-21");
    // not every outlet is dated to the day: which came first is not known, so it is not said
    assertThat(f1.get("itemReviewed").has("firstAppearance")).isFalse();
    // a claim one outlet alone makes: that appearance is the first
    JsonNode unique = graph.get(14);
    assertThat(unique.get("identifier").asText()).isEqualTo("F15");
    assertThat(unique.get("itemReviewed").get("firstAppearance").get("publisher").get("name")
        .asText()).isEqualTo("RMOL");
  }

  @Test
  void anInputsWebAddressBecomesTheAppearancesUrlAndNothingElseDoes(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Files.writeString(dir.resolve("a.json"), """
        [{"id": "a", "outlet": "Satu", "url": "https://satu.example/berita/1",
          "text": "JAKARTA - Pertemuan itu berlangsung selama 90 menit di Jenewa."},
         {"id": "b", "outlet": "Dua", "url": "javascript:alert(1)",
          "text": "Pertemuan itu berlangsung selama 60 menit di Jenewa, kata pejabat itu."}]
        """);
    java.nio.file.Files.writeString(dir.resolve("c.html"), """
        <html><head><link rel="canonical" href="http://tiga.example/c">
        <meta property="og:site_name" content="Tiga"></head>
        <body><article><p>Pertemuan itu berlangsung selama 90 menit di Jenewa.</p></article></body></html>
        """);
    Report r = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(dir.toString()));
    assertThat(r.articles()).extracting(ArticleEntry::url)
        .containsExactly("https://satu.example/berita/1", null, "http://tiga.example/c");
    assertThat(r.articles().get(1).message()).contains("\"url\" is not an http(s) address");
    JsonNode graph = JSON.readTree(new ClaimReviewWriter().toJsonLd(r)).get("@graph");
    assertThat(graph.findValuesAsText("url"))
        .containsOnly("https://satu.example/berita/1", "http://tiga.example/c");
  }

  @Test
  void theFirstAppearanceIsOnlyGivenWhenKnown() {
    assertThat(ClaimReviewWriter.firstAppearance(List.of("2022-01-22"))).isZero();
    assertThat(ClaimReviewWriter.firstAppearance(List.of("2022-01-22", "2022-01-21"))).isOne();
    assertThat(ClaimReviewWriter.firstAppearance(List.of("2022-01-21", "2022-01-21"))).isEqualTo(-1);
    assertThat(ClaimReviewWriter.firstAppearance(List.of("2022-01-21", "2022-01"))).isEqualTo(-1);
    List<String> undated = new ArrayList<>(List.of("2022-01-21"));
    undated.add(null);
    assertThat(ClaimReviewWriter.firstAppearance(undated)).isEqualTo(-1);
  }
}
