package dev.claimdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.extract.Claim;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the seeds opened in headless Chromium ({@link Chromium}: failed under
 * {@code CI=true} when missing, skipped otherwise): the DOM after the page's script ran has one
 * matrix column per outlet with the expected cells, every finding's links lead to evidence that
 * exists and is the claim's text, the filters work from a link, an article full of markup runs
 * nothing and changes nothing, and the browser fetches nothing.
 */
class HtmlReportBrowserTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir static Path work;
  private static Chromium chromium;
  private static Report report;
  private static Path page;

  @BeforeAll
  static void writeTheSeedsPage() throws IOException {
    chromium = Chromium.require();
    ArticleTexts.Collector texts = new ArticleTexts.Collector();
    report = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(SEEDS.toString()), texts);
    page = work.resolve("seeds.html");
    Files.writeString(page, HtmlReportWriter.english().toHtml(report, texts.build()),
        StandardCharsets.UTF_8);
  }

  private static Document plain;

  /** The page's DOM after its script ran, with a query ({@code ?kind=…}); the plain one once. */
  private static synchronized Document open(String query) throws Exception {
    if (query.isEmpty() && plain != null) {
      return plain;
    }
    Document dom = Jsoup.parse(chromium.dumpDom(page.toUri() + query, work));
    if (query.isEmpty()) {
      plain = dom;
    }
    return dom;
  }

  @Test
  void theMatrixHasOneColumnPerOutletAndTheExpectedCells() throws Exception {
    Document dom = open("");
    List<String> columns = dom.select("table.matrix thead th").eachText();
    assertThat(columns).containsExactly("What", "000_39798ce775a6f8a6.txt", "Islam Times",
        "Kompas.com", "Warta Ekonomi", "RMOL");
    // F1: when the meeting took place, the outlets disagree
    Map<String, Element> when = cells(dom, "F1");
    assertThat(when.get("Kompas.com").classNames()).contains("disagree");
    assertThat(when.get("Kompas.com").text()).contains("2022-01-22");
    assertThat(when.get("Warta Ekonomi").text()).contains("2022-01-21");
    assertThat(when.get("000_39798ce775a6f8a6.txt").classNames()).contains("silent");
    // F4: how long it lasted, two outlets agree on 90 minutes, the others are silent
    Map<String, Element> howLong = cells(dom, "F4");
    assertThat(howLong.get("000_39798ce775a6f8a6.txt").classNames()).contains("agree");
    assertThat(howLong.get("000_39798ce775a6f8a6.txt").text()).isEqualTo("90 min");
    assertThat(howLong.get("Kompas.com").text()).isEqualTo("90 min");
    assertThat(howLong.get("RMOL").classNames()).contains("silent");
    // a slot only one outlet reports (NATO's 30 members, in RMOL)
    Map<String, Element> members = cells(dom, "F15");
    assertThat(members.get("RMOL").classNames()).contains("unique");
    assertThat(dom.select("ul.legend li").eachAttr("class"))
        .containsExactly("agree", "disagree", "fits", "update", "unique", "silent");
    // Islam Times says only "Friday", which fits either date: it takes no side
    assertThat(when.get("Islam Times").classNames()).contains("fits").doesNotContain("disagree");
    assertThat(when.get("RMOL").classNames()).contains("disagree");
  }

  /** The cells of the matrix row of a finding, by column heading. */
  private static Map<String, Element> cells(Document dom, String finding) {
    List<String> columns = dom.select("table.matrix thead th").eachText();
    Element row = dom.selectFirst("table.matrix tr[data-finding=" + finding + "]");
    assertThat(row).as("matrix row of %s", finding).isNotNull();
    List<Element> tds = row.select("td");
    assertThat(tds).hasSize(columns.size() - 1);
    Map<String, Element> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < tds.size(); i++) {
      out.put(columns.get(i + 1), tds.get(i));
    }
    return out;
  }

  @Test
  void everyFindingLinksToEvidenceThatExists() throws Exception {
    Document dom = open("");
    List<Element> findings = dom.select("details.finding");
    assertThat(findings).extracting(e -> e.id())
        .containsExactlyElementsOf(report.findings().stream().map(Finding::id).toList());
    Map<String, Claim> claims = report.claims().stream()
        .collect(Collectors.toMap(Claim::id, Function.identity()));
    List<String> problems = new ArrayList<>();
    for (Element details : findings) {
      Finding f = report.findings().stream().filter(x -> x.id().equals(details.id())).findFirst()
          .orElseThrow();
      List<Element> toEvidence = details.select("a.to-evidence");
      if (!f.claims().isEmpty() && toEvidence.size() != f.claims().size()) {
        problems.add(f.id() + ": " + toEvidence.size() + " evidence links for " + f.claims().size()
            + " claims");
      }
      for (int i = 0; i < toEvidence.size(); i++) {
        Element target = dom.getElementById(toEvidence.get(i).attr("href").substring(1));
        Claim claim = claims.get(f.claims().get(i));
        if (target == null || !target.tagName().equals("mark")
            || target.closest("#articles") == null) {
          problems.add(f.id() + ": link " + i + " leads to no marked claim in an article");
          continue;
        }
        Element bare = target.clone();
        bare.select("sup").remove();
        if (!bare.wholeText().equals(claim.evidence())) {
          problems.add(f.id() + ": marked '" + bare.wholeText() + "', evidence '"
              + claim.evidence() + "'");
        }
        Element mark = toEvidence.get(i).parent().selectFirst("blockquote mark");
        if (mark == null || !mark.wholeText().equals(claim.evidence())) {
          problems.add(f.id() + ": the sentence does not mark the evidence of " + claim.id());
        }
      }
      for (Element link : details.select("a[href^=#]")) {
        if (dom.getElementById(link.attr("href").substring(1)) == null) {
          problems.add(f.id() + ": dangling link " + link.attr("href"));
        }
      }
    }
    assertThat(problems).isEmpty();
    // every claim is marked in its article's view
    assertThat(dom.select("#articles mark.claim")).hasSize(report.claims().size());
  }

  @Test
  void theFiltersWorkFromALinkWithoutAServer() throws Exception {
    Document all = open("");
    assertThat(all.getElementById("filters").hasAttr("hidden")).as("the script shows the filters")
        .isFalse();
    assertThat(visible(all)).hasSize(21);
    Document agreements = open("?kind=AGREEMENT");
    assertThat(visible(agreements)).extracting(e -> e.attr("data-kind")).hasSize(8)
        .containsOnly("AGREEMENT");
    assertThat(agreements.getElementById("filter-count").text()).isEqualTo("8");
    // RMOL is the fifth outlet column
    Document rmol = open("?outlet=o5");
    assertThat(visible(rmol)).isNotEmpty().allSatisfy(e ->
        assertThat(e.attr("data-outlets").split(" ")).contains("o5"));
    assertThat(visible(rmol).size()).isLessThan(21);
  }

  private static List<Element> visible(Document dom) {
    return dom.select("details.finding:not([hidden])");
  }

  @Test
  void anArticleFullOfMarkupRunsNothingAndNothingIsFetched() throws Exception {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String flag = "document.documentElement.setAttribute('data-pwned','%s')";
      Path hostile = Files.createDirectories(work.resolve("hostile"));
      Files.writeString(hostile.resolve("hostile.txt"), String.join("\n\n",
          "JAKARTA - Pertemuan itu berlangsung selama 90 menit di Jenewa, kata juru bicara.",
          "<script>" + flag.formatted("script") + "</script>",
          "<img src=\"" + base + "/img\" onerror=\"" + flag.formatted("onerror") + "\">",
          "</textarea></title></style><script src=\"" + base + "/script.js\"></script>",
          "<a href=\"javascript:" + flag.formatted("link") + "\">klik</a>",
          "<style>@import url(" + base + "/style.css);</style>",
          "<link rel=\"stylesheet\" href=\"" + base + "/link.css\">",
          "<iframe src=\"" + base + "/frame\"></iframe> ]]> --> <!--"),
          StandardCharsets.UTF_8);
      Files.writeString(hostile.resolve("record.json"), """
          {"id": "x\\"><script>%s</script>", "outlet": "<img src=%s/outlet onerror=%s>",
           "text": "Menteri itu mengatakan pertemuan berlangsung selama 90 menit di Jenewa."}
          """.formatted(flag.formatted("id"), base, flag.formatted("outlet").replace("'", "")),
          StandardCharsets.UTF_8);
      ArticleTexts.Collector texts = new ArticleTexts.Collector();
      Report withHostile = Claimdiff.create(Claimdiff.Options.defaults())
          .compare(List.of(SEEDS.toString(), hostile.toString()), texts);
      assertThat(withHostile.articles()).filteredOn(ArticleEntry::ok).hasSize(7);
      Path hostilePage = work.resolve("hostile.html");
      String html = HtmlReportWriter.english().toHtml(withHostile, texts.build());
      Files.writeString(hostilePage, html, StandardCharsets.UTF_8);

      Document dom = Jsoup.parse(chromium.dumpDom(hostilePage.toUri().toString(), work));
      assertThat(dom.selectFirst("html").hasAttr("data-pwned")).as("no article markup ran").isFalse();
      assertThat(dom.getElementById("filters").hasAttr("hidden"))
          .as("the page's own script did run").isFalse();
      assertThat(dom.select("script")).hasSize(1);
      assertThat(dom.select("img, iframe, link, object, embed, textarea, [onerror]")).isEmpty();
      assertThat(dom.select("a[href^=javascript]")).isEmpty();
      String shown = dom.select("#articles").text();
      assertThat(shown).contains("<script>" + flag.formatted("script") + "</script>")
          .contains("</textarea>").contains("javascript:");
      assertThat(dom.select("table.matrix thead th[title]").eachAttr("title"))
          .as("the hostile outlet name, as a column's title").contains("<img src=" + base + "/outlet onerror=" + flag.formatted("outlet").replace("'", "") + ">");
      assertThat(requests).as("requests the page made").isEmpty();

      // the check can fail: a page that does load from the server is seen doing so
      Path control = work.resolve("control.html");
      Files.writeString(control, "<!DOCTYPE html><img src=\"" + base + "/control\">",
          StandardCharsets.UTF_8);
      chromium.dumpDom(control.toUri().toString(), work);
      assertThat(requests).as("the control page's request").contains("/control");
    } finally {
      server.stop(0);
    }
  }
}
