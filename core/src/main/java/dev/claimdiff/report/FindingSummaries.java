package dev.claimdiff.report;

import dev.claimdiff.align.slots.DiscrepancySides;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line per finding in the report's language. English reports use the engine's own line
 * ({@link Finding#summary()}); other languages build it from the finding's fields, its claims and
 * the bundle's {@code slot.*} and {@code summary.*} templates, so no English sentence is
 * translated by hand and the facts are the same in every language.
 */
final class FindingSummaries {
  private final ReportWords words;
  private final Map<String, Claim> claims;
  private final Map<String, ArticleEntry> articles;
  private final Map<String, String> copyOf = new HashMap<>();

  FindingSummaries(Report report, ReportWords words) {
    this.words = words;
    this.claims = new HashMap<>();
    report.claims().forEach(c -> claims.putIfAbsent(c.id(), c));
    this.articles = new HashMap<>();
    report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
    for (Finding f : report.findings()) { // near-copies count as one outlet
      if (f.kind() == Finding.Kind.DUPLICATE && f.articles().size() == 2) {
        copyOf.put(root(f.articles().get(1)), root(f.articles().get(0)));
      }
    }
    Map<String, String> firstOfOutlet = new HashMap<>(); // one outlet's stories count as one
    for (ArticleEntry a : report.articles()) {
      if (a.outlet() != null) {
        String first = firstOfOutlet.putIfAbsent(
            a.outlet().toLowerCase(java.util.Locale.ROOT), a.id());
        if (first != null && !root(a.id()).equals(root(first))) {
          copyOf.put(root(a.id()), root(first));
        }
      }
    }
  }

  private String root(String article) {
    String r = article;
    while (copyOf.containsKey(r)) {
      r = copyOf.get(r);
    }
    return r;
  }

  /** 'Antony Blinken (AP, Reuters); Rusia (TASS)': each person and the outlets that credit them. */
  private String speakersIn(List<List<Claim>> people) {
    return people.stream().map(group -> {
      String names = group.stream().map(Claim::speaker).distinct()
          .map(n -> n == null ? words.get("value.unattributed") : n)
          .collect(Collectors.joining(" / "));
      return names + " (" + group.stream().map(Claim::article).distinct().map(this::outlet)
          .collect(Collectors.joining(", ")) + ")";
    }).collect(Collectors.joining("; "));
  }

  /** The finding's summary in the report's language. */
  String summary(Finding f) {
    if (words.engineSummaries()) {
      return f.summary();
    }
    List<Claim> own = f.claims().stream().map(claims::get).filter(Objects::nonNull).toList();
    String slot = slot(f);
    boolean speech = f.slot() != null && f.slot().startsWith("SPEECH / ");
    switch (f.kind()) {
      case DISCREPANCY -> {
        Set<String> neutral = DiscrepancySides.neutralArticles(f, own);
        List<String> parts = new ArrayList<>();
        for (String article : f.articles()) {
          Set<String> values = own.stream().filter(c -> c.article().equals(article))
              .map(c -> Snippets.value(c, words)).collect(Collectors.toCollection(LinkedHashSet::new));
          if (!values.isEmpty()) {
            parts.add(outlet(article) + ": " + String.join(", ", values)
                + (neutral.contains(article) ? " " + words.get("summary.fitsEither") : ""));
          }
        }
        return words.get("summary.DISCREPANCY", slot, String.join("; ", parts));
      }
      case INCONSISTENCY -> {
        if (!own.isEmpty() && own.get(0).value() instanceof EventDateValue d && d.date() != null
            && f.values().size() == 2) {
          return words.get("summary.INCONSISTENCY", outlet(own.get(0).article()),
              own.get(0).evidence(), Snippets.weekday(f.values().get(0), words), d.date(),
              Snippets.weekday(f.values().get(1), words));
        }
      }
      case UPDATE -> {
        String steps = f.timeline().stream()
            .map(t -> t.value() + (t.asOf() == null ? "" : " (" + t.asOf() + ")"))
            .collect(Collectors.joining(" → "));
        return words.get("summary.UPDATE", slot, steps.isEmpty() ? String.join(" → ", f.values()) : steps);
      }
      case AGREEMENT -> {
        long independent = f.articles().stream().map(this::root).distinct().count();
        String who = f.articles().stream().map(this::outlet).collect(Collectors.joining(", "));
        if (speech && !own.isEmpty()) {
          List<List<Claim>> people = dev.claimdiff.align.FindingText.bySpeaker(own);
          if (people.size() > 1) {
            // different people's words joined as one thing said: who said it where
            return words.get("summary.AGREEMENT.speakers", speakersIn(people),
                dev.claimdiff.align.FindingText.shorten(own.get(0).text()), independent, who);
          }
          return words.get("summary.AGREEMENT.speech", Snippets.value(own.get(0), words),
              independent, who);
        }
        if (!own.isEmpty()) {
          // values that differ but agree are each listed, as the engine's summary lists them
          String value = f.values().size() > 1 ? own.stream()
              .map(c -> Snippets.slotValue(c, words)).distinct().collect(Collectors.joining(", "))
              : Snippets.slotValue(own.get(0), words);
          return words.get("summary.AGREEMENT", slot, value, independent, who);
        }
      }
      case VARIANT -> {
        if (f.values().size() == 2) {
          return words.get("summary.VARIANT", slot, f.values().get(0), f.values().get(1),
              f.articles().stream().map(this::outlet).collect(Collectors.joining(", ")));
        }
      }
      case DUPLICATE -> {
        if (f.articles().size() == 2) {
          return words.get("summary.DUPLICATE", outlet(f.articles().get(0)),
              outlet(f.articles().get(1)));
        }
      }
      case UNIQUE -> {
        if (!own.isEmpty() && f.articles().size() == 1) {
          String who = outlet(f.articles().get(0));
          if (speech) {
            return words.get("summary.UNIQUE.speech", who, Snippets.value(own.get(0), words));
          }
          return words.get("summary.UNIQUE", slot, who, Snippets.value(own.get(0), words));
        }
      }
      default -> { }
    }
    return words.get("summary.other", f.summary());
  }

  /** What the finding is about, in words: {@code Berapa lama pertemuan berlangsung}. */
  String slot(Finding f) {
    if (f.slot() == null) {
      return "";
    }
    String[] parts = f.slot().split(" / ");
    String type = parts[0];
    return switch (type) {
      case "DURATION", "EVENT_DATE", "LOCATION" ->
          parts.length == 2 ? words.get("slot." + type, words.term(parts[1])) : f.slot();
      case "COMMITMENT" -> parts.length == 3
          ? words.get("slot.COMMITMENT", parts[1], words.term(parts[2])) : f.slot();
      case "QUANTITY" -> parts.length == 2 ? words.get("slot.QUANTITY", counted(parts[1])) : f.slot();
      case "QUOTE" -> words.get("slot.QUOTE");
      default -> f.slot().substring(type.length()).replaceFirst("^ / ", "");
    };
  }

  /** {@code troops (military exercise)} with each part a term of the language. */
  private String counted(String key) {
    int open = key.indexOf(" (");
    if (open > 0 && key.endsWith(")")) {
      return words.term(key.substring(0, open)) + " ("
          + words.term(key.substring(open + 2, key.length() - 1)) + ")";
    }
    return words.term(key);
  }

  private String outlet(String article) {
    ArticleEntry a = articles.get(article);
    return a != null && a.outlet() != null ? a.outlet() : article;
  }
}
