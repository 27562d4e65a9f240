package dev.claimdiff.extract.discourse;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Deadline;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.discourse.QuoteFinder.Quotation;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.extract.engine.Mentions;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.SentenceWords;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** What every extractor of one article shares: text, sentences, quotations, who is mentioned. */
public final class ArticleContext {
  final AnnotatedArticle annotated;
  public final String text;
  public final ImmutableList<Sentence> sentences;
  public final ImmutableList<Quotation> quotations;
  private final ImmutableList<Quotation> outermost;
  public final Discourse discourse;
  public final LanguageRules rules;
  /** The text with every mention masked, for rules that run over mentions. */
  final String maskedText;
  /** Where each line sits in the page: headline, dateline, caption, body, … */
  public final PageZones zones;
  private final SentenceWords[] words;
  /** When the article's extraction must stop: extractors check it sentence by sentence. */
  public final Deadline deadline;
  private @Nullable Integer referenceYear;
  private boolean referenceYearKnown;
  private @Nullable LocalDate publishedDay;
  private boolean publishedDayKnown;
  private final java.util.Map<String, Object[]> perSentence = new java.util.HashMap<>();

  public ArticleContext(AnnotatedArticle annotated, LanguageRules rules) {
    this(new Reading(annotated, rules, Deadline.NONE).withMentionSpans());
  }

  private ArticleContext(Reading reading) {
    this.annotated = reading.annotated;
    this.text = annotated.text();
    this.sentences = annotated.sentences();
    this.quotations = reading.quotations;
    this.outermost = quotations.stream().filter(q -> q.parent() == null)
        .collect(ImmutableList.toImmutableList());
    this.rules = reading.rules;
    this.words = reading.words;
    this.deadline = reading.deadline;
    this.zones = reading.zones;
    this.discourse = new Discourse(text, sentences, reading.mentionSpans, quotations,
        rules.names(), rules.cached("speaker-position", lexicon -> CharTrie.of(
            java.util.stream.Stream.of(LanguageFile.SPEECH_VERBS, LanguageFile.REPORTING_VERBS,
                LanguageFile.STANCE_VERBS)
                .flatMap(list -> lexicon.list(list).stream()).toList(), true)),
        offset -> zones.at(offset) == dev.claimdiff.extract.Zone.HEADLINE);
    this.maskedText = Mentions.mask(text, discourse.spans());
  }

  /**
   * The contexts of a batch of articles, each read with its language's rules, made in three
   * passes over the batch (sentence words and quotations; mention rules; names), so that each
   * pass's tables stay in the processor's caches; each is the context its article gets alone.
   */
  public static java.util.List<ArticleContext> of(java.util.List<AnnotatedArticle> batch,
      java.util.List<LanguageRules> rules, Deadline deadline) {
    java.util.List<Reading> readings = new java.util.ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      readings.add(new Reading(batch.get(i), rules.get(i), deadline));
    }
    readings.forEach(Reading::withMentionSpans);
    return readings.stream().map(ArticleContext::new).toList();
  }

  /** What a context is made from, found pass by pass. */
  private static final class Reading {
    final AnnotatedArticle annotated;
    final LanguageRules rules;
    final ImmutableList<Quotation> quotations;
    final SentenceWords[] words;
    final Deadline deadline;
    final PageZones zones;
    java.util.List<TextSpan> mentionSpans = java.util.List.of();

    Reading(AnnotatedArticle annotated, LanguageRules rules, Deadline deadline) {
      this.annotated = annotated;
      this.rules = rules;
      this.deadline = deadline;
      this.quotations = QuoteFinder.find(annotated.text());
      this.words = annotated.sentences().stream().map(SentenceWords::new)
          .toArray(SentenceWords[]::new);
      this.zones = PageZones.of(annotated.text(), rules);
    }

    Reading withMentionSpans() {
      // a dateline, masthead, byline or related link names no one who acts in the story
      mentionSpans = Discourse.mentionSpans(annotated.text(), annotated.sentences(), words,
          rules.mentions(), deadline).stream().filter(span -> zones.at(span.start()).isStory())
          .toList();
      return this;
    }
  }

  /** The words of a sentence as triggers see them (built once per sentence). */
  public SentenceWords words(Sentence sentence) {
    return words[sentence.index()];
  }

  /**
   * Something a check works out once per sentence and asks at every match in it (the citation
   * cues before dates), kept under {@code key} for the article.
   */
  @SuppressWarnings("unchecked")
  public <T> T perSentence(String key, Sentence sentence, java.util.function.Function<Sentence, T> compute) {
    Object[] slots = perSentence.computeIfAbsent(key, k -> new Object[sentences.size()]);
    Object value = slots[sentence.index()];
    if (value == null) {
      value = compute.apply(sentence);
      slots[sentence.index()] = value;
    }
    return (T) value;
  }

  /**
   * Something a check works out once for the whole article (the update headings of a live
   * article), kept under {@code key}.
   */
  @SuppressWarnings("unchecked")
  public <T> T perArticle(String key, java.util.function.Supplier<T> compute) {
    Object[] slot = perSentence.computeIfAbsent("article:" + key, k -> new Object[1]);
    if (slot[0] == null) {
      slot[0] = compute.get();
    }
    return (T) slot[0];
  }

  /** The year of the article's dates, computed once (see {@link dev.claimdiff.extract.claims.DateExtractor}). */
  public @Nullable Integer referenceYear(java.util.function.Supplier<@Nullable Integer> compute) {
    if (!referenceYearKnown) {
      referenceYear = compute.get();
      referenceYearKnown = true;
    }
    return referenceYear;
  }

  /** The text a rule set runs over: masked when it asks for mentions. */
  public String textFor(RuleSet rules) {
    return rules.overMentions() ? maskedText : text;
  }

  /** The original (unmasked) text of a group of a match, or null when the group did not match. */
  public @Nullable String group(java.util.regex.Matcher m, String name) {
    String value = RuleSet.group(m, name);
    return value == null ? null : text.substring(m.start(name), m.end(name));
  }

  /** Which tokens a search may start at: token {@code k} of a sentence's words. */
  public interface TokenTest {
    boolean at(SentenceWords words, int k);
  }

  /**
   * Where the leftmost match of {@code pattern} in {@code text[from, to)} starts and ends, trying
   * it only at the tokens {@code where} allows, or null: what {@code find()} over the stretch
   * finds when every match starts at such a token, without trying every character. {@code text}
   * is this article's text or its masked copy; {@code \z} and {@code $} match at {@code to}.
   */
  public @Nullable TextSpan firstMatchAt(CharSequence text, java.util.regex.Pattern pattern,
      TokenTest where, int from, int to) {
    java.util.regex.Matcher m = null;
    for (int s = sentenceAt(from).index(); s < sentences.size(); s++) {
      SentenceWords w = words[s];
      for (int k = 0; k < w.size(); k++) {
        int start = w.start(k);
        if (start >= to) {
          return null;
        }
        if (start >= from && where.at(w, k)) {
          if (m == null) {
            m = pattern.matcher(text).useTransparentBounds(true);
          }
          if (m.region(start, to).lookingAt()) {
            return TextSpan.of(m.start(), m.end());
          }
        }
      }
    }
    return null;
  }

  /** {@link #firstMatchAt} over the text, at the words that begin an entry of a list. */
  public @Nullable TextSpan firstMatchAtListWords(java.util.regex.Pattern pattern, LanguageFile list, int from,
      int to) {
    java.util.Set<String> first = rules.firstWords(list);
    return firstMatchAt(text, pattern, (w, k) -> first.contains(w.lower(k)), from, to);
  }

  public ArticleMetadata metadata() {
    return annotated.article().metadata();
  }

  /** The sentence holding {@code offset}, or the last one starting before it. */
  public Sentence sentenceAt(int offset) {
    return annotated.sentenceAt(offset);
  }

  /** The outermost quotation holding {@code offset}, or null. */
  public @Nullable Quotation quotationAt(int offset) {
    // outermost quotations do not overlap and are in order: the last opening before the offset
    int low = 0;
    int high = outermost.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (outermost.get(mid).open() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    Quotation q = low == 0 ? null : outermost.get(low - 1);
    return q != null && q.contains(offset) ? q : null;
  }

  /** The publication date when the day is known (parsed once: date rules ask at every match). */
  public @Nullable LocalDate publishedDay() {
    if (!publishedDayKnown) {
      publishedDay = parsePublishedDay();
      publishedDayKnown = true;
    }
    return publishedDay;
  }

  private @Nullable LocalDate parsePublishedDay() {
    String published = metadata().published();
    if (published == null || published.length() != 10) {
      return null;
    }
    if (isPlainIsoDate(published)) {
      // what LocalDate.parse gives for 'YYYY-MM-DD', without its formatter (asked per article)
      try {
        return LocalDate.of(Integer.parseInt(published, 0, 4, 10),
            Integer.parseInt(published, 5, 7, 10), Integer.parseInt(published, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a string of ten characters is {@code DDDD-DD-DD} in ASCII digits. */
  private static boolean isPlainIsoDate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The publication year when known (from a full date or a {@code YYYY-MM}). */
  public @Nullable Integer publishedYear() {
    String published = metadata().published();
    if (published == null || published.length() < 4) {
      return null;
    }
    try {
      return Integer.parseInt(published.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The publication month as {@code YYYY-MM} when known. */
  public @Nullable String publishedMonth() {
    String published = metadata().published();
    return published != null && published.length() >= 7 ? published.substring(0, 7) : null;
  }
}
