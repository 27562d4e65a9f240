package dev.claimdiff.align;

import dev.claimdiff.lang.WordPatterns;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether two speakers' names are one person. Extraction writes a speaker as the text
 * names them, so one person may be written more or less fully: with a title's place word stuck
 * to the name ({@code Mamasa Ramlan Tandilolo} for {@code Ramlan Tandilolo}), or as the ticket
 * they head ({@code Andi Rahmat Mappaturung-Yosef Lumintang}). Two names are one person when
 * they are equal, or when every word of the shorter, which has at least two words, is a word of
 * the longer: a single word ({@code Andi}) is too weak to tell people apart.
 */
final class Speakers {
  /** Words the shorter name needs to stand for the longer. */
  private static final int MIN_WORDS = 2;

  private Speakers() {}

  /** Whether the two names are one person (see the class). */
  static boolean samePerson(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> shorter = x.size() <= y.size() ? x : y;
    Set<String> longer = shorter == x ? y : x;
    return shorter.size() >= MIN_WORDS && longer.containsAll(shorter);
  }

  private static Set<String> words(String name) {
    return Set.copyOf(List.of(WordPatterns.WHITE_SPACE.split(
        name.toLowerCase(Locale.ROOT).replace('-', ' ').strip())));
  }
}
