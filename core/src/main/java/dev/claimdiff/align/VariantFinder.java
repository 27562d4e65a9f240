package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds one entity spelled two close ways across articles (Sergey/Sergei Lavrov, Moskow/Moskwa):
 * a VARIANT, never a discrepancy. Spellings are grouped by the gazetteer's entity; names the
 * gazetteer does not know are grouped by their own spelling first, then merged when they are
 * variants of each other.
 */
final class VariantFinder {
  /** A name needs at least this many letters to have a spelling variant ('Putin' and 'Puan' not). */
  static final int MIN_VARIANT_LETTERS = 4;
  /** Beyond two edits, a name may differ by one more edit per this many letters. */
  static final int LETTERS_PER_EDIT = 6;
  /** Unknown names are compared only when their last words start with this many equal letters. */
  private static final int BLOCK_PREFIX = 2;
  /** {@code align/transliterations.txt} as (group, key) pairs, longer groups first. */
  private static final List<String[]> TRANSLITERATIONS = loadTransliterations();

  private VariantFinder() {}

  /** Adds a VARIANT to {@code out} for each pair of spellings of one entity. */
  static void find(List<ArticleDigest> digests, List<Finding> out) {
    Map<String, Map<String, Set<String>>> byEntity = new TreeMap<>();
    for (ArticleDigest d : digests) {
      d.spellings().forEach((entity, spelling) -> byEntity
          .computeIfAbsent(entity, k -> new TreeMap<>())
          .computeIfAbsent(spelling, k -> new LinkedHashSet<>())
          .add(d.article()));
    }
    mergeUnknownNames(byEntity);
    for (Map.Entry<String, Map<String, Set<String>>> e : byEntity.entrySet()) {
      List<String> spellings = new ArrayList<>(e.getValue().keySet());
      Set<String> reported = new LinkedHashSet<>();
      List<String[]> pairs = new ArrayList<>();
      for (int i = 0; i < spellings.size(); i++) {
        for (int j = i + 1; j < spellings.size(); j++) {
          String a = spellings.get(i);
          String b = spellings.get(j);
          if (isVariant(a, b) && reported.add(a + "|" + b)) {
            pairs.add(new String[] {a, b});
          }
        }
      }
      // 'Ardhi'/'Ardi' is the difference 'Ardhi Nugroho'/'Ardi Nugroho' already shows: one
      // finding, crediting the articles of both pairs
      Map<String, Set<String>> sides = new TreeMap<>();
      e.getValue().forEach((spelling, arts) -> sides.put(spelling, new LinkedHashSet<>(arts)));
      List<String[]> shown = new ArrayList<>();
      for (String[] pair : pairs) {
        String[] wider = pairs.stream().filter(p -> p != pair && covers(p, pair) >= 0)
            .findFirst().orElse(null);
        if (wider == null) {
          shown.add(pair);
        } else {
          int flip = covers(wider, pair);
          sides.get(wider[0]).addAll(e.getValue().get(pair[flip]));
          sides.get(wider[1]).addAll(e.getValue().get(pair[1 - flip]));
        }
      }
      for (String[] pair : shown) {
        String a = pair[0];
        String b = pair[1];
        Set<String> involved = new LinkedHashSet<>(sides.get(a));
        involved.addAll(sides.get(b));
        out.add(new Finding("", Kind.VARIANT, "ENTITY", ImmutableList.of(),
            e.getKey() + " is spelled \"" + a + "\" (" + String.join(", ", sides.get(a))
                + ") and \"" + b + "\" (" + String.join(", ", sides.get(b))
                + "): one name, not a discrepancy",
            "ENTITY / " + e.getKey(), ImmutableList.copyOf(involved), ImmutableList.of(a, b)));
      }
    }
  }

  /**
   * Names the gazetteer does not know are keyed by their own spelling, so 'Suharyanto' and
   * 'Suharianto' start apart: two such names that are variants of each other are merged under
   * the first. Only names whose last words start alike are compared, so this stays cheap.
   */
  private static void mergeUnknownNames(Map<String, Map<String, Set<String>>> byEntity) {
    Gazetteer gazetteer = Gazetteer.standard();
    Map<String, List<String>> blocks = new TreeMap<>();
    for (String entity : byEntity.keySet()) {
      if (gazetteer.lookup(entity).isEmpty()) {
        String[] words = WordPatterns.WHITE_SPACE.split(fold(entity).strip());
        String last = words[words.length - 1];
        blocks.computeIfAbsent(
            words.length + ":" + last.substring(0, Math.min(BLOCK_PREFIX, last.length())),
            k -> new ArrayList<>()).add(entity);
      }
    }
    for (List<String> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        Map<String, Set<String>> first = byEntity.get(block.get(i));
        if (first == null) {
          continue;
        }
        for (int j = i + 1; j < block.size(); j++) {
          if (byEntity.containsKey(block.get(j)) && isVariant(block.get(i), block.get(j))) {
            byEntity.remove(block.get(j)).forEach((spelling, arts) ->
                first.computeIfAbsent(spelling, k -> new LinkedHashSet<>()).addAll(arts));
          }
        }
      }
    }
  }

  /**
   * Whether the pair {@code wide} of longer names shows the difference of the pair {@code part}:
   * each long name holds its short one as whole words, and putting the other short name in its
   * place gives the other long name ('Ardhi Nugroho'/'Ardi Nugroho' covers 'Ardhi'/'Ardi'): 0
   * when the short names stand in the same order as the long ones, 1 when reversed, -1 when not.
   */
  private static int covers(String[] wide, String[] part) {
    for (int flip = 0; flip < 2; flip++) {
      String a = part[flip];
      String b = part[1 - flip];
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
          "(?<![\\p{L}])" + java.util.regex.Pattern.quote(a) + "(?![\\p{L}])").matcher(wide[0]);
      if (wide[0].length() > a.length() && m.find()
          && (wide[0].substring(0, m.start()) + b + wide[0].substring(m.end())).equals(wide[1])) {
        return flip;
      }
    }
    return -1;
  }

  /** Two spellings of one name: as many words, and a few letters apart. */
  static boolean isVariant(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    String x = fold(a);
    String y = fold(b);
    if (x.equals(y)) {
      // 'Sørensen' and 'Sorensen': the same letters but for accents (case alone is no variant)
      return x.length() >= MIN_VARIANT_LETTERS && !a.equalsIgnoreCase(b);
    }
    if (nameWords(x) != nameWords(y)) {
      return false; // 'Lavrov' and 'Sergey Lavrov' are a short and a full form, not variants
    }
    int distance = editDistance(x, y);
    int shorter = Math.min(x.length(), y.length());
    if (distance <= 1) {
      return shorter >= MIN_VARIANT_LETTERS;
    }
    // two edits: only as substitutions in names of equal length (Moskow/Moskwa, Kyiv/Kiev),
    // or a few more in long names
    return distance <= Math.max(2, shorter / LETTERS_PER_EDIT) && shorter >= MIN_VARIANT_LETTERS
        && (x.length() == y.length() || distance <= shorter / LETTERS_PER_EDIT);
  }

  /**
   * The words of a name, a hyphen parting them as a space does: 'Mohammad-Reza Ghaffari' and
   * 'Mohammad Reza Qaffari' are one full name of three words, spelled two ways.
   */
  private static int nameWords(String name) {
    return name.strip().split("[\\s\\-]+").length;
  }

  /**
   * Lower case without accents ('Sørensen' is 'sorensen'), a hyphen between two parts of a name
   * read as a space ('Mohammad-Reza', 'Mohammad Reza'), and each letter group of
   * {@code align/transliterations.txt} read as its key ('Ghaffari' and 'Qaffari' are 'qaffari').
   */
  static String fold(String s) {
    String decomposed = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String folded = decomposed.replace('ø', 'o').replace('æ', 'a').replace('ß', 's')
        .replace('ł', 'l').replace('đ', 'd').replace('ı', 'i')
        .replaceAll("(?<=\\p{L})-(?=\\p{L})", " ");
    for (String[] group : TRANSLITERATIONS) {
      folded = folded.replace(group[0], group[1]);
    }
    return folded;
  }

  private static List<String[]> loadTransliterations() {
    List<String[]> pairs = new ArrayList<>();
    for (dev.claimdiff.lang.KeyedList.Line line
        : dev.claimdiff.lang.KeyedList.load("dev/claimdiff/align/transliterations.txt")) {
      for (String group : line.words()) {
        pairs.add(new String[] {group.toLowerCase(Locale.ROOT), line.key().toLowerCase(Locale.ROOT)});
      }
    }
    pairs.sort(java.util.Comparator.comparingInt((String[] p) -> -p[0].length())
        .thenComparing(p -> p[0]));
    return List.copyOf(pairs);
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
