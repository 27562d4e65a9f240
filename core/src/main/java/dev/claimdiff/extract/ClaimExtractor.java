package dev.claimdiff.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.claims.CommitmentExtractor;
import dev.claimdiff.extract.claims.DateExtractor;
import dev.claimdiff.extract.claims.Draft;
import dev.claimdiff.extract.claims.DurationExtractor;
import dev.claimdiff.extract.claims.LocationExtractor;
import dev.claimdiff.extract.claims.QuantityExtractor;
import dev.claimdiff.extract.claims.RuleExtractor;
import dev.claimdiff.extract.claims.SourceExtractor;
import dev.claimdiff.extract.claims.QuoteAttribution;
import dev.claimdiff.extract.claims.ReportedSpeech;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Mention;
import dev.claimdiff.extract.discourse.PageZones;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.ingest.CleanText;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.nlp.AnnotatedArticle;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Extracts every claim of one article, or of each article of a batch (where each extractor
 * runs over the whole batch before the next, which keeps its rules in the processor's caches:
 * see docs/performance.md). Immutable and safe to share between threads; the per-language
 * rules load once, on first use.
 *
 * <p>After the extractors run, a last pass settles the article's main event date (the date its
 * main-event claims give most often): a dated claim far from it, and every claim in the same
 * sentence, belong to an earlier event ({@code main: false}); a promise due 'next week' gets the
 * ISO week that follows that date.
 */
public final class ClaimExtractor {
  private static final long SAME_EVENT_DAYS = 14;
  /** The normalised 'what' of a count of bare people ('41 orang'), which says nothing more. */
  private static final String GENERIC_COUNT = "people";
  /** A capitalised word next: the counted noun before it starts a name. */
  private static final java.util.regex.Pattern NAME_NEXT =
      java.util.regex.Pattern.compile("\\s+\\p{Lu}");
  /** Which languages have extraction rules: a classpath probe, made once per language. */
  private static final Map<Language, Boolean> SUPPORTED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether claimdiff has extraction rules for a language. */
  public static boolean supports(Language language) {
    return SUPPORTED.computeIfAbsent(language,
        l -> WordList.exists(LanguageFile.MACROS.resource(l)));
  }

  /** The language whose rules read an article: its own, or Indonesian when it could not be told. */
  public static Language rulesLanguage(@Nullable Language detected) {
    return detected == null ? Language.INDONESIAN : detected;
  }

  /**
   * The claims of an article, ordered by position, with ids {@code <article id>#<n>}.
   * An article whose language is unknown is read with the Indonesian rules; one in a language
   * without rules yields no claims.
   */
  public ImmutableList<Claim> extract(AnnotatedArticle annotated) {
    return extractAll(annotated).claims();
  }

  /** The claims of an article and the spellings it used for each named entity. */
  public Extraction extractAll(AnnotatedArticle annotated) {
    return extractAll(List.of(annotated)).get(0);
  }

  /**
   * {@link #extractAll(AnnotatedArticle)} of each article, in order. Each extractor runs over
   * every article before the next extractor starts, so that its rules stay in the processor's
   * caches for the whole batch; each article's result is what it gets alone.
   */
  public ImmutableList<Extraction> extractAll(List<AnnotatedArticle> batch) {
    return extractAll(batch, Deadline.NONE);
  }

  /**
   * {@link #extractAll(List)} that stops with {@link Deadline.Exceeded} once {@code deadline}
   * has passed (checked sentence by sentence).
   */
  public ImmutableList<Extraction> extractAll(List<AnnotatedArticle> batch, Deadline deadline) {
    int n = batch.size();
    List<Integer> extracted = new ArrayList<>(n);
    List<LanguageRules> rules = new ArrayList<>(n);
    List<List<Draft>> drafts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AnnotatedArticle annotated = batch.get(i);
      Language language = rulesLanguage(annotated.article().metadata().language());
      drafts.add(new ArrayList<>());
      if (supports(language) && !annotated.sentences().isEmpty()) {
        extracted.add(i);
        rules.add(LanguageRules.of(language));
      }
    }
    List<ArticleContext> made =
        ArticleContext.of(extracted.stream().map(batch::get).toList(), rules, deadline);
    ArticleContext[] contexts = new ArticleContext[n];
    Events[] events = new Events[n];
    for (int j = 0; j < made.size(); j++) {
      int i = extracted.get(j);
      contexts[i] = made.get(j);
      events[i] = new Events(contexts[i]);
    }
    ReportedSpeech reported = new ReportedSpeech();
    QuoteAttribution quotes = new QuoteAttribution();
    List<List<Draft>> statements = new ArrayList<>(n);
    deadline.check();
    for (int i = 0; i < n; i++) {
      statements.add(contexts[i] == null ? List.of() : reported.statements(contexts[i]));
    }
    for (int i = 0; i < n; i++) {
      if (contexts[i] != null) {
        drafts.get(i).addAll(quotes.quotes(contexts[i], statements.get(i)));
        drafts.get(i).addAll(statements.get(i));
      }
    }
    for (RuleExtractor extractor : List.of(new DurationExtractor(), new DateExtractor(),
        new LocationExtractor(), new CommitmentExtractor(), new SourceExtractor(),
        new QuantityExtractor())) {
      for (int i = 0; i < n; i++) {
        if (contexts[i] != null) {
          extractor.extract(contexts[i], events[i], drafts.get(i));
        }
      }
    }
    ImmutableList.Builder<Extraction> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.add(contexts[i] == null ? Extraction.empty()
          : finish(batch.get(i), contexts[i], events[i], drafts.get(i)));
    }
    return out.build();
  }

  private Extraction finish(AnnotatedArticle annotated, ArticleContext ctx, Events events,
      List<Draft> drafts) {
    drafts = LocationExtractor.settleRoads(drafts); // a road's regency, a post's road
    drafts = settleMainEvent(ctx, events, drafts);
    drafts = revisedCounts(ctx, drafts);
    drafts = dev.claimdiff.extract.claims.SupersededFigures.settle(ctx, drafts);
    drafts = dev.claimdiff.extract.claims.ArticleFigures.settle(ctx, drafts);
    ImmutableSetMultimap.Builder<String, String> spellings = ImmutableSetMultimap.builder();
    TreeSet<String> people = new TreeSet<>();
    for (Mention m : ctx.discourse.mentions()) {
      if (m.entity() != null && m.spelling() != null && !m.inQuote()) {
        spellings.put(m.entity(), m.spelling());
        if (m.isPerson()) {
          people.add(m.entity());
        }
      }
    }
    return new Extraction(toClaims(annotated, ctx.zones, drafts), spellings.build(),
        ImmutableSet.copyOf(people));
  }

  private static List<Draft> settleMainEvent(ArticleContext ctx, Events events, List<Draft> drafts) {
    Map<String, Integer> votes = new HashMap<>();
    // a news report's event is recent: a full date more than SAME_EVENT_DAYS before the day the
    // article was published ('digelar di Doha pada 23 September 2025' in a story of September
    // 2026) is an earlier event's, never the main date, however its sentence is worded
    LocalDate published = ctx.publishedDay();
    for (Draft d : drafts) {
      if (d.value() instanceof EventDateValue v && v.main() && v.date() != null
          && v.date().length() == 10
          && (published == null || !LocalDate.parse(v.date())
              .isBefore(published.minusDays(SAME_EVENT_DAYS)))) {
        votes.merge(v.date(), 1, Integer::sum);
      }
    }
    String mainDate = votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
    java.util.Set<Integer> backgroundSentences = new java.util.HashSet<>();
    if (mainDate != null) {
      LocalDate main = LocalDate.parse(mainDate);
      for (Draft d : drafts) {
        // a deadline ('paling lambat 1 Maret 2027') lies ahead of the event by design: no background
        if (d.value() instanceof EventDateValue v && v.date() != null && !v.isDue()
            && farFrom(v.date(), main)) {
          backgroundSentences.add(ctx.sentenceAt(d.cleanStart()).index());
        }
      }
    } else if (published != null) { // no recent main date: the stale ones are still background
      for (Draft d : drafts) {
        if (d.value() instanceof EventDateValue v && v.date() != null
            && farFrom(v.date(), published) && !afterDay(v.date(), published)) {
          backgroundSentences.add(ctx.sentenceAt(d.cleanStart()).index());
        }
      }
    }
    if (!backgroundSentences.isEmpty()) { // 'Kala itu, …' after a sentence of an earlier date
      // and 'Pertemuan itu …', which takes up the earlier event its previous sentence names
      for (int i = 1; i < ctx.sentences.size(); i++) {
        if (backgroundSentences.contains(i - 1)
            && (Events.opensWithPastAnaphor(ctx, ctx.sentences.get(i))
                || events.takesUpPrevious(ctx.sentences.get(i)))) {
          backgroundSentences.add(i);
        }
      }
    }
    List<Draft> settled = new ArrayList<>();
    for (Draft d : drafts) {
      boolean background = backgroundSentences.contains(ctx.sentenceAt(d.cleanStart()).index());
      ClaimValue value = d.value();
      if (value instanceof EventDateValue v && v.main() && background) {
        value = v.withMain(false);
      } else if (value instanceof DurationValue v && v.main() && background) {
        value = v.withMain(false);
      } else if (value instanceof LocationValue v && v.main() && background) {
        value = new LocationValue(v.event(), false, v.place(), v.venue(), v.country());
      } else if (value instanceof CommitmentValue v && mainDate != null && v.due() != null
          && v.due().equals("next week")) {
        LocalDate next = LocalDate.parse(mainDate).plusWeeks(1);
        int weekYear = next.get(IsoFields.WEEK_BASED_YEAR);
        // an ISO week is written with a four-digit year (report-v1: YYYY-Www); a date outside
        // years 0-9999 (a mistyped publication date such as 0505-01-22 stays in range, a
        // five-digit one does not) gives no week rather than a malformed one
        String week = weekYear < 0 || weekYear > 9999 ? null
            : String.format(java.util.Locale.ROOT, "%04d-W%02d", weekYear,
                next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        value = new CommitmentValue(v.actor(), v.action(), v.recipient(), v.due(), week);
      }
      settled.add(value == d.value() ? d
          : d.withValue(value));
    }
    return settled;
  }

  /**
   * A revised figure that names only people ('kini bertambah menjadi 41 orang') counts what the
   * figure it revises counts: the nearest earlier count of the same or the previous sentence
   * ('Sebelumnya 27 orang dilaporkan meninggal dunia, kini bertambah menjadi 41 orang': deaths).
   */
  private static List<Draft> revisedCounts(ArticleContext ctx, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    Draft previous = null;
    // only a count of something can lend what it counts ('magnitudo 6,0' cannot)
    java.util.Set<String> counts = ctx.rules.cached("counted-noun-keys",
        lexicon -> java.util.Set.copyOf(lexicon.mapping(LanguageFile.COUNTED_NOUNS).values()));
    for (Draft d : drafts.stream()
        .sorted(Comparator.comparingInt(Draft::cleanStart)).toList()) {
      if (d.value() instanceof QuantityValue v && GENERIC_COUNT.equals(v.what())
          && v.revision() != null && v.unit() == null) {
        String counted = countedBefore(ctx, d.cleanStart());
        if (counted == null && previous != null
            && previous.value() instanceof QuantityValue p && p.unit() == null
            && counts.contains(p.what().split(" ")[0])
            && ctx.sentenceAt(d.cleanStart()).index()
                - ctx.sentenceAt(previous.cleanStart()).index() <= 1) {
          // the new figure of a revision counts what its old one counts, not its qualifier
          counted = dev.claimdiff.extract.claims.SupersededFigures.current(p.what());
        }
        if (counted != null) {
          d = d.withValue(
              new QuantityValue(v.event(), counted, v.amount(), v.unit(), v.approximate(),
                  v.low(), v.high(), v.bound(), v.expected(), v.asOf(), v.revision(),
                  v.asOfOffset()));
        }
      }
      if (d.value() instanceof QuantityValue v && !GENERIC_COUNT.equals(v.what())) {
        previous = d;
      }
      out.add(d);
    }
    return out;
  }

  /**
   * What the first words of counted-nouns.txt before a revised figure in its sentence count
   * ('jumlah korban meninggal dunia … bertambah menjadi 31 orang': deaths), other than bare
   * people; null when none stands there.
   */
  private static @Nullable String countedBefore(ArticleContext ctx, int offset) {
    java.util.regex.Pattern nouns = ctx.rules.pattern("counted-noun-words",
        lexicon -> java.util.regex.Pattern.compile("(?<![\\p{L}])(?:"
            + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.COUNTED_NOUNS))
            + ")(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE
                | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS));
    java.util.regex.Matcher m = nouns.matcher(ctx.text)
        .region(ctx.sentenceAt(offset).start(), offset);
    int sentenceStart = ctx.sentenceAt(offset).start();
    String first = null;
    String befell = null;
    while (m.find()) {
      if (m.start() > sentenceStart && Character.isUpperCase(ctx.text.charAt(m.start()))
          && NAME_NEXT.matcher(ctx.text).region(m.end(), offset).lookingAt()) {
        continue; // 'di Kabupaten Maluku Tengah': part of a name
      }
      String what = ctx.rules.lexicon().mapping(LanguageFile.COUNTED_NOUNS).get(Texts.key(m.group()));
      if (what != null && !GENERIC_COUNT.equals(what)) {
        first = first == null ? what : first; // the first: the clause's subject
        // the people counted and what befell them in a relative clause ('jumlah penambang yang
        // meninggal dunia … bertambah menjadi 12 orang', 'penambang yang masih dicari tersisa 16
        // orang'): the clause's count is what is counted, the nearest such before the figure
        String relative = relativeCount(ctx, m.end(), offset);
        befell = relative != null ? relative : befell;
      }
    }
    return befell != null ? befell : first;
  }

  /**
   * What a counted noun right after a relative marker at {@code from} counts (a word of
   * relative-markers.txt, up to two words such as 'masih', then a word of counted-nouns.txt),
   * other than bare people; else null.
   */
  private static @Nullable String relativeCount(ArticleContext ctx, int from, int offset) {
    java.util.regex.Pattern relative = ctx.rules.pattern("relative-counted-noun",
        lexicon -> java.util.regex.Pattern.compile("\\s+(?:"
            + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.RELATIVE_MARKERS))
            + ")\\s+(?:\\p{Ll}+\\s+){0,2}?(?<noun>"
            + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.COUNTED_NOUNS))
            + ")(?![\\p{L}])(?!\\s+(?:"
            + dev.claimdiff.lang.WordPatterns.alternation(compoundTails(lexicon))
            + ")(?![\\p{L}]))", java.util.regex.Pattern.CASE_INSENSITIVE
                | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS));
    java.util.regex.Matcher r = relative.matcher(ctx.text).region(from, offset);
    if (!r.lookingAt()) {
      return null;
    }
    String what = ctx.rules.lexicon().mapping(LanguageFile.COUNTED_NOUNS).get(Texts.key(r.group("noun")));
    return what == null || GENERIC_COUNT.equals(what) ? null : what;
  }

  /**
   * The words after the first of each compound of noun-compounds.txt ('sakit' of 'rumah sakit'):
   * a counted noun they follow names another thing ('korban luka yang tercatat di rumah sakit':
   * the hospital, no count of houses); a pattern that never matches when there are none.
   */
  private static java.util.List<String> compoundTails(dev.claimdiff.extract.engine.Lexicon lexicon) {
    java.util.List<String> tails = new java.util.ArrayList<>();
    for (String compound : lexicon.list(LanguageFile.NOUN_COMPOUNDS)) {
      int space = compound.indexOf(' ');
      if (space > 0) {
        tails.add(compound.substring(space + 1).strip());
      }
    }
    return tails.isEmpty() ? java.util.List.of("\u0000never") : tails;
  }

  /** Whether a date of the forms farFrom reads starts after {@code day}. */
  private static boolean afterDay(String date, LocalDate day) {
    String first = date.length() == 10 ? date : date.length() == 7 ? date + "-01"
        : date.length() == 4 ? date + "-01-01" : null;
    return first != null && LocalDate.parse(first).isAfter(day);
  }

  private static boolean farFrom(String date, LocalDate main) {
    LocalDate start;
    LocalDate end;
    if (date.length() == 10) {
      start = LocalDate.parse(date);
      end = start;
    } else if (date.length() == 7) {
      start = LocalDate.parse(date + "-01");
      end = start.plusMonths(1).minusDays(1);
    } else if (date.length() == 4) {
      start = LocalDate.of(Integer.parseInt(date), 1, 1);
      end = LocalDate.of(Integer.parseInt(date), 12, 31);
    } else {
      return false;
    }
    return end.isBefore(main.minusDays(SAME_EVENT_DAYS)) || start.isAfter(main.plusDays(SAME_EVENT_DAYS));
  }

  private static ImmutableList<Claim> toClaims(AnnotatedArticle annotated, PageZones zones,
      List<Draft> drafts) {
    CleanText clean = annotated.article().clean();
    String original = annotated.article().text();
    String id = annotated.article().id();
    List<Claim> claims = new ArrayList<>();
    for (Draft d : drafts) {
      Zone zone = zones.at(d.cleanStart());
      if (zone == Zone.RELATED || zone == Zone.MASTHEAD || zones.inDateline(d.cleanStart())) {
        continue; // another article's title, the outlet's stamp, where the story was filed
      }
      TextSpan span = inOriginal(clean, d.cleanStart(), d.cleanEnd());
      String evidence = original.substring(span.start(), span.end());
      String text = d.text() != null ? d.text() : evidence;
      int sentenceStart = Math.min(d.cleanStart(), annotated.sentenceAt(d.cleanStart()).start());
      int sentenceEnd = Math.max(d.cleanEnd(), annotated.sentenceAt(Math.max(d.cleanStart(), d.cleanEnd() - 1)).end());
      TextSpan context = inOriginal(clean, sentenceStart, sentenceEnd);
      claims.add(Claim.builder().article(id).value(d.type(), d.value()).said(d.speaker(), text)
          .evidence(span, evidence).rule(d.rule()).zone(zone)
          .context(original.substring(context.start(), context.end())).build());
    }
    claims.sort(Comparator.comparingInt((Claim c) -> c.span().start())
        .thenComparingInt(c -> c.span().end())
        .thenComparing(Claim::type)
        .thenComparing(Claim::rule));
    ImmutableList.Builder<Claim> numbered = ImmutableList.builder();
    for (int i = 0; i < claims.size(); i++) {
      numbered.add(claims.get(i).withId(id + "#" + (i + 1)));
    }
    return numbered.build();
  }

  /** The span of the original text that [cleanStart, cleanEnd) of the cleaned text covers. */
  private static TextSpan inOriginal(CleanText clean, int cleanStart, int cleanEnd) {
    int[] span = clean.toOriginal(cleanStart, cleanEnd);
    return TextSpan.of(span[0], span[1]);
  }
}
