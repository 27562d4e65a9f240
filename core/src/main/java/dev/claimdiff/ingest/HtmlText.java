package dev.claimdiff.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The main text of an HTML page, parsed with jsoup: scripts, styles, navigation, headers, footers,
 * asides and forms are dropped; the text is taken from the {@code <article>} element if there is
 * one, else from the element holding the most paragraph text; headings, paragraphs, list items and
 * block quotes become paragraphs separated by blank lines.
 *
 * @param text the extracted text (the article's text as read: claim offsets index it)
 * @param outlet the {@code og:site_name} meta value, if any
 * @param published the {@code article:published_time} (or similar) meta value, if any
 * @param url the page's canonical link or {@code og:url}, if any (not yet checked to be a web URL)
 */
record HtmlText(String text, @Nullable String outlet, @Nullable String published,
    @Nullable String url) {
  private static final String NOISE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
          + "[role=navigation], [aria-hidden=true]";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

  static HtmlText parse(String html) {
    Document doc = Jsoup.parse(html);
    String outlet = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
    String published =
        meta(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
            "meta[name=date]", "meta[itemprop=datePublished]");
    String url = doc.select("link[rel=canonical][href]").stream().map(e -> e.attr("href"))
        .findFirst().orElse(meta(doc, "meta[property=og:url]"));
    String title = doc.title();
    doc.select(NOISE).remove();
    Element root = mainElement(doc);
    List<String> paragraphs = new ArrayList<>();
    Elements headings = root.select("h1");
    if (headings.isEmpty() && !title.isBlank()) {
      paragraphs.add(title.strip());
    }
    for (Element block : root.select(BLOCKS)) {
      if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
        continue; // its text is part of the enclosing block
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty() || (paragraphs.size() == 1 && !title.isBlank())) {
      String body = root.text().strip();
      if (!body.isEmpty()) {
        paragraphs.add(body);
      }
    }
    return new HtmlText(String.join("\n\n", paragraphs), outlet, published, url);
  }

  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      return articles.first();
    }
    Element best = doc.body();
    int bestLength = 0;
    for (Element candidate : doc.body().select("main, div, section")) {
      int length = 0;
      for (Element p : candidate.children()) {
        if (p.is("p")) {
          length += p.text().length();
        }
      }
      if (length > bestLength) {
        bestLength = length;
        best = candidate;
      }
    }
    return bestLength > 0 ? best : doc.body();
  }

  private static @Nullable String meta(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content").strip();
      }
    }
    return null;
  }
}
