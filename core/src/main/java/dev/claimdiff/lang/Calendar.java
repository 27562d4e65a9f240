package dev.claimdiff.lang;

import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month and weekday names of one language, from {@code lang/<code>/months.txt} and
 * {@code weekdays.txt} (format {@code N: spelling, spelling}), with misspellings seen in news
 * ({@code Junat} for Jumat).
 */
public final class Calendar {
  private final ImmutableMap<String, Month> months;
  private final ImmutableMap<String, DayOfWeek> weekdays;

  private Calendar(ImmutableMap<String, Month> months, ImmutableMap<String, DayOfWeek> weekdays) {
    this.months = months;
    this.weekdays = weekdays;
  }

  private static final java.util.Map<Language, Calendar> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The calendar words of a language, read once. */
  public static Calendar of(Language language) {
    return LOADED.computeIfAbsent(language, Calendar::load);
  }

  private static Calendar load(Language language) {
    Map<String, Month> months = new LinkedHashMap<>();
    parse(language.resource("months.txt"), (n, s) -> months.put(s, Month.of(n)));
    Map<String, DayOfWeek> days = new LinkedHashMap<>();
    parse(language.resource("weekdays.txt"), (n, s) -> days.put(s, DayOfWeek.of(n)));
    return new Calendar(ImmutableMap.copyOf(months), ImmutableMap.copyOf(days));
  }

  private interface Entry {
    void accept(int number, String spelling);
  }

  private static void parse(String resource, Entry entry) {
    if (!WordList.exists(resource)) {
      return; // a language without calendar words: no dates in words, nothing else lost
    }
    for (String line : WordList.load(resource)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(resource + ": expected 'N: spelling, …': " + line);
      }
      int number = Integer.parseInt(line.substring(0, colon).strip());
      for (String spelling : line.substring(colon + 1).split(",")) {
        if (!spelling.isBlank()) {
          entry.accept(number, spelling.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** The month a word names, ignoring case. */
  public Optional<Month> month(String word) {
    return Optional.ofNullable(months.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The weekday a word names, ignoring case. */
  public Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(weekdays.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Every month spelling, lower case. */
  public java.util.Set<String> monthWords() {
    return months.keySet();
  }

  /** Every weekday spelling, lower case. */
  public java.util.Set<String> weekdayWords() {
    return weekdays.keySet();
  }

  /** A regular-expression alternation of every month spelling, longest first. */
  public String monthPattern() {
    return WordPatterns.alternation(months.keySet());
  }

  /** A regular-expression alternation of every weekday spelling, longest first. */
  public String weekdayPattern() {
    return WordPatterns.alternation(weekdays.keySet());
  }
}
