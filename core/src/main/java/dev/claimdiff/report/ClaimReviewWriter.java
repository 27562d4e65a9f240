package dev.claimdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdiff.align.slots.DiscrepancySides;
import dev.claimdiff.extract.Claim;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a report as schema.org JSON-LD, the form fact-checking sites and search engines
 * exchange: one {@code ClaimReview} per finding, reviewing a {@code Claim} with one
 * {@code appearance} per outlet (a {@code CreativeWork}: the sentence that makes the claim as
 * {@code text}, the outlet as {@code publisher}, the date, the url when the input gave one, the outlet's value
 * as {@code description}). The review's rating names the finding's kind in words
 * ({@code alternateName}: "Outlets disagree"), and its {@code reviewBody} sets the values side by
 * side. {@code firstAppearance} is given only when it is known: the one appearance of a claim one
 * outlet alone makes, or the appearance dated strictly before every other when all are dated to
 * the day. No clock: the same report gives the same bytes. The words are English, as the
 * report's {@code summary} is.
 */
public final class ClaimReviewWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  /** The rating's words per finding kind. */
  private static final Map<Finding.Kind, String> RATING = Map.of(
      Finding.Kind.DISCREPANCY, "Outlets disagree",
      Finding.Kind.INCONSISTENCY, "The article contradicts itself",
      Finding.Kind.UPDATE, "Changed as time passed",
      Finding.Kind.AGREEMENT, "Outlets agree",
      Finding.Kind.VARIANT, "One name spelled two ways",
      Finding.Kind.DUPLICATE, "Near-copies of one story",
      Finding.Kind.UNIQUE, "Reported by one outlet only");

  /** Writes the JSON-LD document and a final newline. */
  public void write(Report report, Writer out) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      JSON.writer(printer).writeValue(out, document(report));
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ClaimReview report", e);
    }
  }

  /** The document as a string. */
  public String toJsonLd(Report report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  private static ObjectNode document(Report report) {
    Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
    Map<String, Claim> claims = new LinkedHashMap<>();
    report.claims().forEach(c -> claims.putIfAbsent(c.id(), c));
    ObjectNode doc = JSON.createObjectNode();
    doc.put("@context", "https://schema.org");
    ArrayNode graph = doc.putArray("@graph");
    List<Finding> ordered = new ArrayList<>();
    for (Finding.Kind kind : Finding.Kind.values()) {
      report.findings().stream().filter(f -> f.kind() == kind).forEach(ordered::add);
    }
    for (Finding f : ordered) {
      graph.add(review(f, articles, claims));
    }
    return doc;
  }

  private static ObjectNode review(Finding f, Map<String, ArticleEntry> articles,
      Map<String, Claim> claims) {
    ObjectNode review = JSON.createObjectNode();
    review.put("@type", "ClaimReview");
    review.put("@id", "#" + f.id());
    review.put("identifier", f.id());
    review.put("claimReviewed", f.summary());
    ObjectNode author = review.putObject("author");
    author.put("@type", "Organization");
    author.put("name", "claimdiff");
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", RATING.get(f.kind()));
    rating.put("name", f.kind().name());

    List<Claim> own = f.claims().stream().map(claims::get).filter(Objects::nonNull).toList();
    // one appearance per article: its first claim in the finding (or none, for VARIANT/DUPLICATE)
    Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
    f.articles().forEach(a -> byArticle.put(a, new ArrayList<>()));
    own.forEach(c -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
    List<ObjectNode> appearances = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> sides = new ArrayList<>();
    Set<String> neutral = DiscrepancySides.neutralArticles(f, own);
    for (Map.Entry<String, List<Claim>> e : byArticle.entrySet()) {
      ArticleEntry a = articles.get(e.getKey());
      ObjectNode work = JSON.createObjectNode();
      work.put("@type", "CreativeWork");
      work.put("identifier", e.getKey());
      if (a != null && a.url() != null) {
        work.put("url", a.url());
      }
      if (a != null && a.outlet() != null) {
        ObjectNode publisher = work.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", a.outlet());
      }
      if (a != null && a.published() != null) {
        work.put("datePublished", a.published());
      }
      if (a != null && a.language() != null) {
        work.put("inLanguage", a.language());
      }
      if (!e.getValue().isEmpty()) {
        Claim first = e.getValue().get(0);
        work.put("text", first.context().replaceAll("\\s+", " ").strip());
        Set<String> values = new LinkedHashSet<>();
        e.getValue().forEach(c -> values.add(Snippets.slotValue(c, ReportWords.english())));
        String value = String.join("; ", values);
        work.put("description", value);
        sides.add((a == null ? e.getKey() : a.outlet() != null ? a.outlet() : a.id()) + ": "
            + value + (neutral.contains(e.getKey()) ? " (fits both sides: too vague to take one)" : ""));
      }
      appearances.add(work);
      dates.add(a == null ? null : a.published());
    }

    ObjectNode claim = review.putObject("itemReviewed");
    claim.put("@type", "Claim");
    if (f.slot() != null) {
      claim.put("name", f.slot());
    }
    ArrayNode appearance = claim.putArray("appearance");
    appearances.forEach(appearance::add);
    int first = firstAppearance(dates);
    if (first >= 0) {
      claim.set("firstAppearance", appearances.get(first).deepCopy());
    }
    if (f.kind() == Finding.Kind.DISCREPANCY || f.kind() == Finding.Kind.UPDATE) {
      review.put("reviewBody", String.join(" | ", sides));
    } else if (!f.values().isEmpty()) {
      review.put("reviewBody", String.join(" | ", f.values()));
    }
    return review;
  }

  /**
   * The index of the appearance known to come first: the only one, or the one dated to the day
   * strictly before every other when all are dated to the day; else -1 (unknown).
   */
  static int firstAppearance(List<String> dates) {
    if (dates.size() == 1) {
      return 0;
    }
    if (dates.isEmpty() || !dates.stream().allMatch(d -> d != null && FULL_DATE.matcher(d).matches())) {
      return -1;
    }
    int best = 0;
    boolean tie = false;
    for (int i = 1; i < dates.size(); i++) {
      int cmp = dates.get(i).substring(0, 10).compareTo(dates.get(best).substring(0, 10));
      if (cmp < 0) {
        best = i;
        tie = false;
      } else if (cmp == 0) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }
}
