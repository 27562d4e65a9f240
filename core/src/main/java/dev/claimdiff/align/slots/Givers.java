package dev.claimdiff.align.slots;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.WordList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who gives an amount, when its sentence names the giver right after it: a word of {@code
 * align/giver-words.txt} ('dari', 'from') within two words of the figure, then at most two
 * lowercase words ('state insurer') and a capitalised name ('santunan Rp 50 juta dari PT Asuransi
 * Nusantara', '2,000 parcels from the Red Cross'). Two sides of a slot that each name their own
 * giver are two payments, not a discrepancy ({@link MeasuringBodies#differ}).
 */
final class Givers {
  /** The giver after a figure: the words of the list, then the name (group 'name'). */
  private static final Pattern GIVER = Pattern.compile(
      "^\\s*(?:[\\p{L}\\d.,]+\\s+){0,2}?(?iu:" + WordList.load("dev/claimdiff/align/giver-words.txt")
          .stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+"
          + "(?:\\p{Ll}+\\s+){0,2}"
          + "(?<name>\\p{Lu}[\\p{L}.&'-]*(?:\\s+\\p{Lu}[\\p{L}.&'-]*){0,5})(?![\\p{L}\\d])",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** Marks that end a name's match without being part of the name ('PT X.'). */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[.'-]+$");

  /** A number right after the name: 'dari Rp 20 juta' names an earlier amount, not a giver. */
  private static final Pattern NUMBER_NEXT = Pattern.compile("^\\s*\\d");

  private Givers() {}

  /** The giver a claim's sentence names right after its figure, lowercased, or null. */
  static @Nullable String named(Claim claim) {
    String context = claim.context();
    int at = context.indexOf(claim.evidence());
    if (at < 0 || claim.evidence().isEmpty()) {
      return null;
    }
    String after = context.substring(at + claim.evidence().length());
    Matcher m = GIVER.matcher(after);
    if (!m.find() || NUMBER_NEXT.matcher(after.substring(m.end())).find()) {
      return null;
    }
    return TRAILING_MARKS.matcher(m.group("name")).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two givers may be one: the same name, or one name inside the other ('Jasa Raharja'
   * and 'PT Jasa Raharja').
   */
  static boolean same(String a, String b) {
    return a.contains(b) || b.contains(a);
  }
}
