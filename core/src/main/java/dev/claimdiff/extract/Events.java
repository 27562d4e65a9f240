package dev.claimdiff.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which event a value belongs to: the event word ({@code extract/<lang>/events.txt}) nearest to
 * it in its sentence, and which event is the article's main one (the one its event words name
 * most often outside quotations).
 */
final class Events {
  private final Pattern eventWords;
  private final ImmutableMap<String, String> canonical;
  private final Pattern background;
  private final @Nullable String mainEvent;

  Events(ArticleContext ctx) {
    Lexicon lexicon = ctx.rules.lexicon();
    this.canonical = ImmutableMap.copyOf(lexicon.mapping("events"));
    this.eventWords = Pattern.compile(WordPatterns.alternation(lexicon.words("events")));
    ImmutableSet<String> markers = lexicon.set("background-markers");
    this.background = Pattern.compile(WordPatterns.alternation(markers));
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    Matcher m = eventWords.matcher(ctx.text);
    while (m.find()) {
      if (ctx.quotationAt(m.start()) == null) {
        String event = canonical(m.group());
        counts.merge(event, 1, Integer::sum);
        firstSeen.putIfAbsent(event, m.start());
      }
    }
    this.mainEvent = counts.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue())
            ? Integer.compare(firstSeen.get(b.getKey()), firstSeen.get(a.getKey()))
            : Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private String canonical(String word) {
    String key = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return canonical.getOrDefault(key, key);
  }

  @Nullable String mainEvent() {
    return mainEvent;
  }

  /**
   * The event of a value at [start, end) in a sentence: the nearest event word; with none, the
   * article's main event.
   */
  @Nullable String eventNear(String text, Sentence sentence, int start, int end) {
    Matcher m = eventWords.matcher(text);
    m.region(sentence.start(), sentence.end());
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() < end && start < m.end()) {
        continue; // the value's own words
      }
      int distance = m.end() <= start ? start - m.end() : m.start() - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = canonical(m.group());
      }
    }
    return best != null ? best : mainEvent;
  }

  /** Whether the sentence names any event word. */
  boolean namesEvent(String text, Sentence sentence) {
    Matcher m = eventWords.matcher(text);
    m.region(sentence.start(), sentence.end());
    return m.find();
  }

  /** Whether a value of this event in this sentence is about the article's main event. */
  boolean isMain(@Nullable String event, String text, Sentence sentence) {
    if (event == null || !event.equals(mainEvent)) {
      return false;
    }
    Matcher m = background.matcher(text);
    m.region(sentence.start(), sentence.end());
    return !m.find();
  }
}
