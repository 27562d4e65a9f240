package dev.claimdiff.report;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.hash.Hashing;
import com.google.common.io.Resources;
import dev.claimdiff.align.slots.DiscrepancySides;
import dev.claimdiff.extract.Claim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes a report as one self-contained HTML page: a matrix of outlets by what they report,
 * coloured by agreement, discrepancy, update or silence; the findings in the text report's order,
 * each opening onto its evidence inside its sentence; a timeline for each UPDATE; and one view
 * per article with every claim marked. Filters by kind and outlet run in the page.
 *
 * <p>The page is built as a jsoup DOM, never by joining strings: article text enters only as text
 * nodes and attribute values, which jsoup escapes, so nothing in an article ({@code <script>},
 * {@code onerror=}, {@code </textarea>}) can become markup. The style sheet and the script are
 * resources of this package, inlined; the page's Content-Security-Policy allows exactly them (by
 * their SHA-256) and nothing else, so the page loads nothing from anywhere. Element ids are made
 * from positions ({@code a3}, {@code c17}), never from article data. The same report gives the
 * same bytes.
 */
public final class HtmlReportWriter {
  private static final String CSS = resource("html/report.css");
  private static final String JS = resource("html/report.js");
  /** The page's policy: only its own inline style and script, no fetch of any kind. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
      + "'; script-src '" + sha256(JS) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

  private final ReportWords words;

  private HtmlReportWriter(ReportWords words) {
    this.words = words;
  }

  /** A writer in English. */
  public static HtmlReportWriter english() {
    return new HtmlReportWriter(ReportWords.english());
  }

  /** A copy that writes in another language. */
  public HtmlReportWriter withWords(ReportWords newWords) {
    return new HtmlReportWriter(newWords);
  }

  /** Writes the page; articles whose text is in {@code texts} get a view with claims marked. */
  public void write(Report report, ArticleTexts texts, Writer out) {
    try {
      out.write(new Page(report, texts).render());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  /** The page as a string. */
  public String toHtml(Report report, ArticleTexts texts) {
    return new Page(report, texts).render();
  }

  private static String resource(String name) {
    try {
      return Resources.toString(Resources.getResource(HtmlReportWriter.class, name),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + name, e);
    }
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder()
        .encodeToString(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  /** The CSS class of a finding kind's colour. */
  private static String tone(Finding.Kind kind) {
    return switch (kind) {
      case DISCREPANCY, INCONSISTENCY -> "disagree";
      case UPDATE -> "update";
      case AGREEMENT -> "agree";
      default -> "unique";
    };
  }

  /** One rendering: the report, indexed. */
  private final class Page {
    private final Report report;
    private final ArticleTexts texts;
    private final FindingSummaries summaries;
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, String> claimDom = new HashMap<>();
    private final Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    private final Map<String, String> articleDom = new HashMap<>();
    /** Columns: outlet (or article id when unknown) to its readable articles. */
    private final Map<String, List<ArticleEntry>> outlets = new LinkedHashMap<>();
    private final Map<String, String> outletDom = new HashMap<>();
    private final Map<String, String> outletOf = new HashMap<>();

    Page(Report report, ArticleTexts texts) {
      this.report = report;
      this.texts = texts;
      this.summaries = new FindingSummaries(report, words);
      int n = 0;
      for (Claim c : report.claims()) {
        claims.putIfAbsent(c.id(), c);
        claimDom.putIfAbsent(c.id(), "c" + ++n);
      }
      n = 0;
      for (ArticleEntry a : report.articles()) {
        n++;
        if (articles.putIfAbsent(a.id(), a) == null) {
          articleDom.put(a.id(), "a" + n);
        }
        if (a.ok()) {
          String key = a.outlet() != null ? a.outlet() : a.id();
          outlets.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
          outletOf.put(a.id(), key);
        }
      }
      n = 0;
      for (String key : outlets.keySet()) {
        outletDom.put(key, "o" + ++n);
      }
    }

    String render() {
      Document doc = new Document("");
      doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
          .escapeMode(Entities.EscapeMode.base);
      doc.appendChild(new DocumentType("html", "", ""));
      Element html = doc.appendElement("html").attr("lang", words.code());
      Element head = html.appendElement("head");
      head.appendElement("meta").attr("charset", "utf-8");
      head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
          .attr("content", CONTENT_SECURITY_POLICY);
      head.appendElement("meta").attr("name", "viewport")
          .attr("content", "width=device-width, initial-scale=1");
      head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
      head.appendElement("meta").attr("name", "generator").attr("content", "claimdiff");
      head.appendElement("title").text(words.get("html.title"));
      head.appendElement("style").appendChild(new DataNode(CSS));
      Element body = html.appendElement("body");
      header(body);
      Element main = body.appendElement("main");
      matrix(main);
      findings(main);
      articleViews(main);
      body.appendElement("footer").text(words.get("html.footer"));
      body.appendElement("script").appendChild(new DataNode(JS));
      return doc.outerHtml() + "\n";
    }

    private void header(Element body) {
      Element top = body.appendElement("header").addClass("top").appendElement("div");
      top.appendElement("h1").text(words.get("html.title"));
      top.appendElement("p").text(words.get("html.intro", report.readableArticles(),
          report.claims().size(), report.findings().size()));
      top.appendElement("p").text(words.get("html.help"));
      for (String note : report.notes()) {
        top.appendElement("p").addClass("note").text(words.get("report.note", note));
      }
      Element toc = top.appendElement("nav").addClass("toc");
      toc.appendElement("a").attr("href", "#matrix").text(words.get("html.matrix"));
      toc.appendElement("a").attr("href", "#findings").text(words.get("html.findings"));
      toc.appendElement("a").attr("href", "#articles").text(words.get("html.articles"));
    }

    // ---- the matrix -------------------------------------------------------------------------

    private void matrix(Element main) {
      Element section = main.appendElement("section").id("matrix");
      section.appendElement("h2").text(words.get("html.matrix"));
      if (ordered().stream().noneMatch(f -> MATRIX_KINDS.contains(f.kind()) && f.slot() != null)) {
        section.appendElement("p").addClass("muted").text(words.get("html.matrix.empty"));
        return;
      }
      Element legend = section.appendElement("ul").addClass("legend")
          .attr("aria-label", words.get("html.legend"));
      legend.appendElement("li").addClass("agree").text(words.get("html.legend.agreement"));
      legend.appendElement("li").addClass("disagree").text(words.get("html.legend.discrepancy"));
      legend.appendElement("li").addClass("fits").text(words.get("html.legend.fits"));
      legend.appendElement("li").addClass("update").text(words.get("html.legend.update"));
      legend.appendElement("li").addClass("unique").text(words.get("html.legend.unique"));
      legend.appendElement("li").addClass("silent").text(words.get("html.legend.silence"));
      Element table = section.appendElement("div").addClass("scroll")
          .appendElement("table").addClass("matrix");
      Element headRow = table.appendElement("thead").appendElement("tr");
      headRow.appendElement("th").attr("scope", "col").text(words.get("html.matrix.slot"));
      for (Map.Entry<String, List<ArticleEntry>> o : outlets.entrySet()) {
        Element th = headRow.appendElement("th").attr("scope", "col")
            .attr("data-outlet", outletDom.get(o.getKey())).attr("title", o.getKey());
        th.appendElement("a").attr("href", "#" + articleDom.get(o.getValue().get(0).id()))
            .text(Snippets.shorten(o.getKey(), MAX_LABEL_LENGTH));
      }
      Element rows = table.appendElement("tbody");
      for (Finding f : ordered()) {
        if (!MATRIX_KINDS.contains(f.kind()) || f.slot() == null) {
          continue;
        }
        Element tr = rows.appendElement("tr").attr("data-finding", f.id());
        tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "#" + f.id())
            .text(rowLabel(f));
        Set<String> involved = f.articles().stream().map(outletOf::get).filter(Objects::nonNull)
            .collect(Collectors.toSet());
        // an outlet whose vague value fits every side of a discrepancy does not disagree
        Set<String> neutral = DiscrepancySides.neutralArticles(f, claimsOf(f));
        for (String outlet : outlets.keySet()) {
          Element td = tr.appendElement("td").attr("data-outlet", outletDom.get(outlet));
          List<String> values = cellValues(f, outlet);
          if (values.isEmpty() && !involved.contains(outlet)) {
            td.addClass("silent").attr("title", words.get("html.matrix.silent"))
                .appendElement("span").addClass("sr").text(words.get("html.matrix.silent"));
            continue;
          }
          List<String> own = f.articles().stream().filter(a -> outlet.equals(outletOf.get(a))).toList();
          boolean fits = !own.isEmpty() && neutral.containsAll(own);
          td.addClass(fits ? "fits" : tone(f.kind()));
          td.appendElement("a").attr("href", "#" + f.id())
              .text(values.isEmpty() ? "✓" : String.join("; ", values));
        }
      }
    }

    private String rowLabel(Finding f) {
      List<Claim> own = claimsOf(f);
      boolean speech = f.slot() != null && f.slot().startsWith("SPEECH / ");
      String label = speech && !own.isEmpty()
          ? Snippets.shorten(Snippets.value(own.get(0), words), MAX_ROW_LABEL_LENGTH) : summaries.slot(f);
      return f.kind() == Finding.Kind.INCONSISTENCY
          ? words.get("title.INCONSISTENCY") + ": " + label : label;
    }

    /** What the outlet's articles say in the finding, each value once. */
    private List<String> cellValues(Finding f, String outlet) {
      boolean speech = f.slot() != null && f.slot().startsWith("SPEECH / ");
      Set<String> values = new LinkedHashSet<>();
      for (Claim c : claimsOf(f)) {
        if (outlet.equals(outletOf.get(c.article()))) {
          values.add(speech ? "\u201c" + Snippets.shorten(c.text(), MAX_CELL_QUOTE_LENGTH) + "\u201d"
              : Snippets.slotValue(c, words));
        }
      }
      return new ArrayList<>(values);
    }

    // ---- the findings -----------------------------------------------------------------------

    private List<Finding> ordered() {
      List<Finding> out = new ArrayList<>();
      for (Finding.Kind kind : Finding.Kind.values()) {
        report.findings().stream().filter(f -> f.kind() == kind).forEach(out::add);
      }
      return out;
    }

    private List<Claim> claimsOf(Finding f) {
      return f.claims().stream().map(claims::get).filter(Objects::nonNull).toList();
    }

    private void findings(Element main) {
      Element section = main.appendElement("section").id("findings");
      section.appendElement("h2").text(words.get("html.findings"));
      Element filters = section.appendElement("div").id("filters").addClass("filters")
          .attr("hidden", true);
      Element kindLabel = filters.appendElement("label");
      kindLabel.appendText(words.get("html.filter.kind") + " ");
      Element kind = kindLabel.appendElement("select").id("filter-kind");
      kind.appendElement("option").attr("value", "").text(words.get("html.filter.all"));
      for (Finding.Kind k : Finding.Kind.values()) {
        long n = report.findings().stream().filter(f -> f.kind() == k).count();
        if (n > 0) {
          kind.appendElement("option").attr("value", k.name())
              .text(words.get("title." + k.name()) + " (" + n + ")");
        }
      }
      Element outletLabel = filters.appendElement("label");
      outletLabel.appendText(words.get("html.filter.outlet") + " ");
      Element outlet = outletLabel.appendElement("select").id("filter-outlet");
      outlet.appendElement("option").attr("value", "").text(words.get("html.filter.all"));
      for (String key : outlets.keySet()) {
        outlet.appendElement("option").attr("value", outletDom.get(key)).text(key);
      }
      Element shown = filters.appendElement("span").addClass("muted");
      shown.appendElement("span").id("filter-count").text(String.valueOf(report.findings().size()));
      shown.appendText(" / " + report.findings().size());
      section.appendElement("noscript").appendElement("p").addClass("muted")
          .text(words.get("html.noscript"));
      for (Finding f : ordered()) {
        finding(section, f);
      }
    }

    private void finding(Element section, Finding f) {
      List<Claim> own = claimsOf(f);
      Set<String> outletIds = new LinkedHashSet<>();
      f.articles().forEach(a -> addOutlet(outletIds, a));
      own.forEach(c -> addOutlet(outletIds, c.article()));
      Element details = section.appendElement("details").id(f.id())
          .addClass("finding").addClass("k-" + f.kind().name())
          .attr("data-kind", f.kind().name()).attr("data-outlets", String.join(" ", outletIds));
      Element summary = details.appendElement("summary");
      summary.appendElement("span").addClass("kind").addClass(tone(f.kind()))
          .text(words.getOr("title." + f.kind().name(), f.kind().name()));
      summary.appendElement("span").addClass("fid").text(f.id());
      summary.appendText(summaries.summary(f));
      if (f.kind() == Finding.Kind.UPDATE) {
        timeline(details, f);
      }
      if (own.isEmpty()) {
        Element list = details.appendElement("ul");
        for (String a : f.articles()) {
          Element li = list.appendElement("li");
          articleLink(li, a);
        }
        if (!f.values().isEmpty()) {
          details.appendElement("p").text(String.join(" · ", f.values()));
        }
        return;
      }
      for (Claim c : own) {
        Element figure = details.appendElement("figure").addClass("evidence");
        Element caption = figure.appendElement("figcaption");
        articleLink(caption, c.article());
        caption.appendText(": " + Snippets.value(c, words));
        Element quote = figure.appendElement("blockquote");
        inSentence(quote, c);
        figure.appendElement("a").addClass("to-evidence").attr("href", "#" + claimDom.get(c.id()))
            .text(words.get("html.finding.open"));
      }
    }

    private void addOutlet(Set<String> ids, String article) {
      String outlet = outletOf.get(article);
      if (outlet != null) {
        ids.add(outletDom.get(outlet));
      }
    }

    private void articleLink(Element parent, String article) {
      ArticleEntry a = articles.get(article);
      String dom = articleDom.get(article);
      String label = a == null ? article : a.label();
      if (dom == null) {
        parent.appendText(label);
      } else {
        parent.appendElement("a").attr("href", "#" + dom).text(label);
      }
    }

    /** The claim's sentence with its evidence marked at the evidence's own place. */
    private void inSentence(Element quote, Claim c) {
      String context = c.context();
      int at = -1;
      String text = texts.text(c.article());
      if (text != null) {
        int start = text.lastIndexOf(context, c.span().start());
        if (start >= 0 && start + context.length() >= c.span().end()) {
          at = c.span().start() - start;
        }
      }
      if (at < 0 || !context.startsWith(c.evidence(), at)) {
        at = context.indexOf(c.evidence());
      }
      quote.appendText(context.substring(0, at));
      quote.appendElement("mark").text(c.evidence());
      quote.appendText(context.substring(at + c.evidence().length()));
    }

    /** An UPDATE's values by time: a line through the values when all are numbers, and a list. */
    private void timeline(Element details, Finding f) {
      List<String[]> points = new ArrayList<>(); // value, asOf (null when unknown), article
      for (Finding.TimelineEntry t : f.timeline()) {
        points.add(new String[] {t.value(), t.asOf(), t.article()});
      }
      if (points.isEmpty()) {
        f.values().forEach(v -> points.add(new String[] {v, null, null}));
      }
      details.appendElement("h3").text(words.get("html.timeline"));
      if (points.size() >= 2) {
        List<Double> numbers = new ArrayList<>();
        for (String[] p : points) {
          Matcher m = NUMBER.matcher(p[0]);
          numbers.add(m.find() ? Double.parseDouble(m.group().replace(',', '.')) : null);
        }
        boolean numeric = numbers.stream().allMatch(Objects::nonNull);
        double min = numeric ? numbers.stream().mapToDouble(d -> d).min().orElse(0) : 0;
        double max = numeric ? numbers.stream().mapToDouble(d -> d).max().orElse(1) : 1;
        int width = 600;
        int height = 180;
        Element svg = details.appendElement("svg").addClass("timeline")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + width + " " + height).attr("role", "img")
            .attr("aria-label", words.get("html.timeline"));
        svg.appendElement("line").attr("x1", "40").attr("y1", "150").attr("x2", "560")
            .attr("y2", "150").attr("stroke", "#9aa3af");
        StringBuilder line = new StringBuilder();
        List<int[]> xy = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
          int x = 60 + i * 480 / (points.size() - 1);
          int y = numeric && max > min ? (int) Math.round(120 - (numbers.get(i) - min) / (max - min) * 80)
              : 80;
          xy.add(new int[] {x, y});
          line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        svg.appendElement("polyline").attr("points", line.toString()).attr("fill", "none")
            .attr("stroke", "#d39e00").attr("stroke-width", "3");
        for (int i = 0; i < points.size(); i++) {
          int x = xy.get(i)[0];
          int y = xy.get(i)[1];
          svg.appendElement("circle").attr("cx", String.valueOf(x)).attr("cy", String.valueOf(y))
              .attr("r", "6").attr("fill", "#6b4a00");
          svg.appendElement("text").attr("x", String.valueOf(x)).attr("y", String.valueOf(y - 12))
              .attr("text-anchor", "middle").text(Snippets.shorten(points.get(i)[0], MAX_LABEL_LENGTH));
          svg.appendElement("text").attr("x", String.valueOf(x)).attr("y", "170")
              .attr("text-anchor", "middle").text(points.get(i)[1] == null
                  ? words.get("html.timeline.unknown") : points.get(i)[1]);
        }
      }
      Element steps = details.appendElement("ol").addClass("steps");
      for (String[] p : points) {
        Element li = steps.appendElement("li");
        li.appendText(p[0] + " — " + (p[1] == null ? words.get("html.timeline.unknown") : p[1]));
        if (p[2] != null) {
          li.appendText(" — ");
          articleLink(li, p[2]);
        }
      }
    }

    // ---- the articles -----------------------------------------------------------------------

    private void articleViews(Element main) {
      Element section = main.appendElement("section").id("articles");
      section.appendElement("h2").text(words.get("html.articles"));
      Map<String, List<Claim>> byArticle = new HashMap<>();
      for (Claim c : report.claims()) {
        byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
      }
      Set<String> done = new java.util.HashSet<>();
      for (ArticleEntry a : report.articles()) {
        if (!done.add(a.id())) {
          continue;
        }
        Element view = section.appendElement("article").addClass("source")
            .id(articleDom.get(a.id()));
        view.appendElement("h3").text(a.label());
        List<String> meta = new ArrayList<>();
        if (a.language() != null) {
          meta.add(words.get("article.language") + ": " + a.language());
        }
        if (a.published() != null) {
          meta.add(words.get("article.published") + ": " + a.published());
        }
        meta.add(words.get("html.article.claims", a.claims()));
        meta.add(a.path());
        if (a.url() != null) {
          meta.add(a.url()); // as text: the page links nowhere outside itself
        }
        view.appendElement("p").addClass("muted").text(String.join(" · ", meta));
        view.appendElement("p").addClass("back").appendElement("a").attr("href", "#findings")
            .text(words.get("html.back"));
        if (!a.ok()) {
          view.appendElement("p").text(words.get("html.article.unreadable",
              a.message() == null ? a.status() : a.message()));
          continue;
        }
        if (a.message() != null) {
          view.appendElement("p").addClass("muted").text(a.message());
        }
        List<Claim> own = byArticle.getOrDefault(a.id(), List.of());
        String text = texts.text(a.id());
        if (text == null) {
          view.appendElement("p").addClass("muted").text(words.get("html.article.noText"));
          Element list = view.appendElement("ul");
          for (Claim c : own) {
            Element li = list.appendElement("li");
            li.appendElement("mark").addClass("claim").id(claimDom.get(c.id())).text(c.evidence());
            li.appendElement("sup").addClass("tag").text(tag(c));
          }
          continue;
        }
        List<Claim> sorted = own.stream()
            .filter(c -> c.span().end() <= text.length())
            .sorted(Comparator.comparingInt((Claim c) -> c.span().start())
                .thenComparing(c -> -c.span().end()))
            .toList();
        Element body = view.appendElement("div").addClass("article-text");
        mark(body, text, 0, text.length(), sorted);
        own.stream().filter(c -> c.span().end() > text.length()).forEach(c ->
            body.appendElement("span").id(claimDom.get(c.id())));
      }
    }

    /**
     * Appends {@code text[from, to)} to {@code parent} with each claim a {@code <mark>} and its
     * label; claims inside another claim's span are marked inside it, and one that crosses the
     * end of the claim it starts in is cut there.
     */
    private void mark(Element parent, String text, int from, int to, List<Claim> sorted) {
      int pos = from;
      int i = 0;
      while (i < sorted.size()) {
        Claim c = sorted.get(i);
        int start = Math.max(c.span().start(), pos);
        int end = Math.min(c.span().end(), to);
        int j = i + 1;
        List<Claim> inner = new ArrayList<>();
        while (j < sorted.size() && sorted.get(j).span().start() < end) {
          inner.add(sorted.get(j));
          j++;
        }
        if (start >= end) { // nothing left of it to mark: keep its anchor
          parent.appendElement("span").id(claimDom.get(c.id()));
          i++;
          continue;
        }
        if (start > pos) {
          parent.appendText(text.substring(pos, start));
        }
        Element mark = parent.appendElement("mark").addClass("claim")
            .addClass("t-" + c.type().name()).id(claimDom.get(c.id()))
            .attr("title", Snippets.value(c, words));
        mark(mark, text, start, end, inner);
        parent.appendElement("sup").addClass("tag").text(tag(c));
        pos = end;
        i = j;
      }
      if (to > pos) {
        parent.appendText(text.substring(pos, to));
      }
    }

    private String tag(Claim c) {
      return words.getOr("type." + c.type().name(), c.type().name());
    }
  }

  /** An outlet's name over a matrix column, or a label under a timeline point, is cut to this. */
  static final int MAX_LABEL_LENGTH = 24;
  /** A matrix row's label (what was said, for speech) is cut to this many characters. */
  static final int MAX_ROW_LABEL_LENGTH = 64;
  /** A quotation in a matrix cell is cut to this many characters. */
  static final int MAX_CELL_QUOTE_LENGTH = 48;

  /** The finding kinds the matrix shows a row for. */
  static final ImmutableSet<Finding.Kind> MATRIX_KINDS = Sets.immutableEnumSet(
      Finding.Kind.DISCREPANCY, Finding.Kind.INCONSISTENCY, Finding.Kind.UPDATE,
      Finding.Kind.AGREEMENT, Finding.Kind.UNIQUE);
}
