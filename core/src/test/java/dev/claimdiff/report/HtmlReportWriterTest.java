package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML page without a browser: nothing in it points outside the page, its policy allows
 * exactly its own style and script, it is the same for the same report, it speaks the report's
 * language, and an UPDATE finding gets its timeline (a report built by hand, since the seeds
 * have none).
 */
class HtmlReportWriterTest {
  private static Report report;
  private static ArticleTexts texts;
  private static String html;

  @BeforeAll
  static void compareTheSeeds() {
    ArticleTexts.Collector collector = new ArticleTexts.Collector();
    report = Claimdiff.create(Claimdiff.Options.defaults())
        .compare(List.of(Path.of("..", "seeds").toString()), collector);
    texts = collector.build();
    html = HtmlReportWriter.english().toHtml(report, texts);
  }

  @Test
  void nothingPointsOutsideThePageAndThePolicyAllowsOnlyItsOwnStyleAndScript() {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("#"));
    assertThat(html).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(policy).startsWith("default-src 'none';").doesNotContain("unsafe-")
        .doesNotContain("http").contains("base-uri 'none'").contains("form-action 'none'");
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("style")).hasSize(1);
    assertThat(policy).contains("script-src '" + sha256(doc.selectFirst("script").data()) + "'")
        .contains("style-src '" + sha256(doc.selectFirst("style").data()) + "'");
    assertThat(doc.select("[style]")).as("no style attributes: the policy would block them").isEmpty();
    // the policy is the first thing in the head, before the style and the script it governs
    assertThat(doc.head().child(1).attr("http-equiv")).isEqualTo("Content-Security-Policy");
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder()
        .encodeToString(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    assertThat(HtmlReportWriter.english().toHtml(report, texts)).isEqualTo(html);
  }

  @Test
  void anIndonesianPageSpeaksIndonesian() {
    Document doc = Jsoup.parse(HtmlReportWriter.english().withWords(ReportWords.of("id"))
        .toHtml(report, texts));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("id");
    assertThat(doc.title()).isEqualTo("laporan claimdiff");
    assertThat(doc.select("#F4 summary").text()).contains("Berapa lama pertemuan berlangsung")
        .contains("90 menit");
    assertThat(doc.select("ul.legend li").eachText()).contains("media sepakat", "media berbeda");
  }

  @Test
  void withoutTextsEachArticleListsItsClaims() {
    Document doc = Jsoup.parse(HtmlReportWriter.english().toHtml(report, ArticleTexts.none()));
    assertThat(doc.select("#articles mark.claim")).hasSize(report.claims().size());
    assertThat(doc.select("#articles .article-text")).isEmpty();
  }

  @Test
  void anUpdateFindingIsDrawnAsATimeline() {
    List<Claim> durations = report.claims().stream().filter(c -> c.type() == ClaimType.DURATION)
        .limit(2).toList();
    assertThat(durations).hasSize(2);
    Finding update = new Finding("F21", Finding.Kind.UPDATE, "DURATION",
        durations.stream().map(Claim::id).collect(ImmutableList.toImmutableList()),
        "How long the meeting lasted: 60 min, then 90 min", "DURATION / meeting",
        durations.stream().map(Claim::article).distinct().collect(ImmutableList.toImmutableList()),
        ImmutableList.of("60 min", "90 min"),
        ImmutableList.of(
            new Finding.TimelineEntry(durations.get(0).id(), durations.get(0).article(), "60 min",
                "2022-01-21T12:00"),
            new Finding.TimelineEntry(durations.get(1).id(), durations.get(1).article(), "90 min",
                null)));
    List<Finding> findings = new ArrayList<>(report.findings());
    findings.add(update);
    Report withUpdate = new Report(report.schema(), report.articles(), report.claims(),
        ImmutableList.copyOf(findings), report.notes());
    Document doc = Jsoup.parse(HtmlReportWriter.english().toHtml(withUpdate, texts));

    Element details = doc.getElementById("F21");
    assertThat(details.attr("data-kind")).isEqualTo("UPDATE");
    // ordered as the text report orders kinds: after INCONSISTENCY, before AGREEMENT
    assertThat(doc.select("details.finding").eachAttr("id")).containsSubsequence("F2", "F21", "F3");
    Element svg = details.selectFirst("svg.timeline");
    assertThat(svg).isNotNull();
    assertThat(svg.select("circle")).hasSize(2);
    assertThat(svg.select("text").eachText())
        .containsExactly("60 min", "2022-01-21T12:00", "90 min", "time not stated");
    List<Element> circles = svg.select("circle");
    assertThat(Integer.parseInt(circles.get(1).attr("cy")))
        .as("the larger value is drawn higher").isLessThan(Integer.parseInt(circles.get(0).attr("cy")));
    assertThat(details.select("ol.steps li")).hasSize(2);
    assertThat(doc.select("table.matrix tr[data-finding=F21] td.update")).hasSize(2);
    assertThat(doc.select("#filter-kind option[value=UPDATE]").text()).isEqualTo("Updates (1)");
  }
}
