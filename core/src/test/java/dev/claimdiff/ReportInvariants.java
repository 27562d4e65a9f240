package dev.claimdiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import dev.claimdiff.report.ReportSchemaTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every report must satisfy whatever the input: the fuzz targets assert these on every
 * input they try ({@link ClaimdiffFuzzTest}, docs/reliability.md).
 *
 * <ul>
 *   <li>every input appears exactly once, in order, with a known status, and a message unless ok;
 *   <li>article ids are unique, and so are claim ids; every claim belongs to an ok article;
 *   <li>every claim's span lies in its article's text, and its evidence is the text at the span;
 *   <li>the JSON validates against {@code docs/report-v1.schema.json}.
 * </ul>
 */
final class ReportInvariants {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATUSES = Set.of("ok", "error", "failed", "skipped");
  private static Schema schema;

  private ReportInvariants() {}

  /**
   * Checks a report against the inputs' paths in order and the text of each ok article (by the
   * path the report gives it; empty when its text is not known to the caller).
   */
  static void check(Report report, List<String> paths, Map<String, String> textByPath) {
    assertThat(report.articles()).extracting(ArticleEntry::path).as("each input once, in order")
        .containsExactlyElementsOf(paths);
    Set<String> ids = new HashSet<>();
    Set<String> ok = new HashSet<>();
    for (ArticleEntry a : report.articles()) {
      assertThat(ids.add(a.id())).as("article id %s unique", a.id()).isTrue();
      assertThat(STATUSES).as("status of %s", a.id()).contains(a.status());
      if (a.ok()) {
        ok.add(a.id());
      } else {
        assertThat(a.message()).as("why %s is %s", a.id(), a.status()).isNotBlank();
        assertThat(a.message()).doesNotContain("\tat ", "Exception:");
      }
    }
    Map<String, String> textById = new java.util.HashMap<>();
    report.articles().forEach(a -> {
      if (textByPath.containsKey(a.path())) {
        textById.put(a.id(), textByPath.get(a.path()));
      }
    });
    Set<String> claimIds = new HashSet<>();
    for (Claim c : report.claims()) {
      assertThat(claimIds.add(c.id())).as("claim id %s unique", c.id()).isTrue();
      assertThat(ok).as("claim %s of an ok article", c.id()).contains(c.article());
      String text = textById.get(c.article());
      if (text != null) {
        assertThat(c.span().start()).as("span of %s", c.id()).isBetween(0, c.span().end());
        assertThat(c.span().end()).as("span of %s", c.id()).isLessThanOrEqualTo(text.length());
        assertThat(c.evidence()).as("evidence of %s", c.id())
            .isEqualTo(text.substring(c.span().start(), c.span().end()));
      }
    }
    assertThat(schema().validate(json(report))).as("schema violations").isEmpty();
  }

  static JsonNode json(Report report) {
    try {
      return JSON.readTree(new JsonReportWriter().toJson(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Schema schema() {
    if (schema == null) {
      try {
        JsonNode node = JSON.readTree(Files.readString(
            ReportSchemaTest.projectRoot().resolve("docs/report-v1.schema.json")));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }
}
