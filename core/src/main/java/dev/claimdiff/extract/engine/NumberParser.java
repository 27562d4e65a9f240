package dev.claimdiff.extract.engine;

import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers as news writes them: digits with the language's separators
 * ({@code lang/<lang>/extract/number-format.txt}: {@code 1.250.000} and {@code 5,6} in Indonesian)
 * and number words ({@code satu setengah}, {@code dua puluh lima}, {@code puluhan ribu}). The
 * words come from {@code lang/<lang>/extract/number-words.txt}, whose keys say how a word
 * combines: {@code 7} a value, {@code x100} multiplies, {@code +10} adds ({@code belas}),
 * {@code ~2000-10000} a vague amount, the interval its word asserts ({@code ribuan}: some
 * thousands), {@code *2-9} a vague multiplier that needs a scale after it ({@code beberapa ratus}:
 * several hundred); a {@code link} of {@code number-format.txt} may join two number words
 * ({@code tens of thousands}). A vague word before a scale multiplies its interval
 * ({@code puluhan ribu}: 20 000 to 100 000; {@code tens of thousands} the same), so a vague
 * number is never one amount.
 */
public final class NumberParser {
  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s-]+");

  /**
   * A parsed number.
   *
   * @param value the number; for a vague one ({@code puluhan}) the least value its words allow
   * @param approximate whether its words are vague
   * @param low for a vague number, the least value its words allow, else null
   * @param high for a vague number, the greatest value its words allow, else null
   */
  public record Parsed(double value, boolean approximate, @Nullable Double low,
      @Nullable Double high) {
    /** A number with no interval of its own. */
    public Parsed(double value, boolean approximate) {
      this(value, approximate, null, null);
    }

    /** Whether its words name an interval rather than an amount ({@code dozens}). */
    public boolean vague() {
      return low != null && high != null;
    }
  }

  private final Map<String, String> words;
  /** Words that only join a vague number to its scale ('of' in 'tens of thousands'). */
  private final java.util.Set<String> links = new java.util.HashSet<>();
  private final char decimal;
  private final char thousands;
  /** Digits grouped in thousands, with an optional decimal part: '1.234.567,5'. */
  private final java.util.regex.Pattern thousandsGroups;

  NumberParser(Language language) {
    this.words = new LinkedHashMap<>(Lexicon.of(language).mapping(LanguageFile.NUMBER_WORDS));
    char dec = '.';
    char thou = ',';
    for (dev.claimdiff.lang.KeyedList.Line line : Lexicon.of(language).keyed(LanguageFile.NUMBER_FORMAT)) {
      if (line.key().equals("decimal")) {
        dec = line.value().charAt(0);
      } else if (line.key().equals("thousands")) {
        thou = line.value().charAt(0);
      } else if (line.key().equals("link")) {
        line.words().forEach(w -> links.add(w.toLowerCase(Locale.ROOT)));
      }
    }
    this.decimal = dec;
    this.thousands = thou;
    this.thousandsGroups = java.util.regex.Pattern.compile("\\d{1,3}(\\" + thou + "\\d{3})+(\\"
        + dec + "\\d+)?");
  }

  /** The number a phrase names, or null when it is not one. */
  public @Nullable Parsed parse(String phrase) {
    String s = phrase.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    if (Character.isDigit(s.charAt(0))) {
      String[] parts = WordPatterns.WHITE_SPACE.split(s, 2);
      Double digits = digits(parts[0]);
      if (digits == null) {
        return null;
      }
      if (parts.length == 1) {
        return new Parsed(digits, false);
      }
      Parsed rest = parseWords(parts[1], digits);
      return rest;
    }
    return parseWords(s, null);
  }

  private @Nullable Double digits(String s) {
    String normalized;
    // '2.5' in a language whose decimal is ',' is a decimal still when it cannot be thousands
    boolean grouped = thousandsGroups.matcher(s).matches();
    if (grouped || s.indexOf(thousands) < 0) {
      normalized = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
    } else {
      normalized = s.replace(String.valueOf(decimal), "").replace(thousands, '.');
    }
    try {
      return Double.parseDouble(normalized);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private @Nullable Parsed parseWords(String phrase, @Nullable Double start) {
    double total = 0;
    double current = start == null ? 0 : start;
    boolean seen = start != null;
    boolean approximate = false;
    // the interval of a vague number: the part before the current group, the current group
    double lowTotal = 0;
    double highTotal = 0;
    double lowCurrent = current;
    double highCurrent = current;
    boolean vague = false;
    boolean needsScale = false;
    boolean linked = false;
    for (String word : WORD_SPLIT.split(phrase)) {
      if (links.contains(word)) { // 'of' in 'tens of thousands': only between two number words
        if (!seen || linked) {
          return null;
        }
        linked = true;
        continue;
      }
      String key = words.get(word);
      if (key == null) {
        return null;
      }
      char kind = key.charAt(0);
      linked = false;
      seen = true;
      if (kind == '~' || kind == '*') {
        approximate = true;
        String[] ends = key.substring(1).split("-");
        double low = Double.parseDouble(ends[0]);
        double high = Double.parseDouble(ends[ends.length - 1]);
        boolean multiplies = vague || current != 0;
        if (multiplies && low >= 100) { // 'tens of thousands', 'puluhan ribu': a scale
          double unit = low / 2;
          current = (current == 0 ? 1 : current) * unit;
          lowCurrent = (lowCurrent == 0 ? 1 : lowCurrent) * unit;
          highCurrent = (highCurrent == 0 ? 1 : highCurrent) * unit;
          total += current;
          lowTotal += lowCurrent;
          highTotal += highCurrent;
          current = 0;
          lowCurrent = 0;
          highCurrent = 0;
        } else {
          current += low;
          lowCurrent += low;
          highCurrent += high;
        }
        vague = true;
        needsScale = kind == '*';
        continue;
      }
      double amount = Double.parseDouble(Character.isDigit(kind) ? key : key.substring(1));
      switch (kind) {
        case 'x' -> {
          current = (current == 0 ? 1 : current) * amount;
          lowCurrent = (lowCurrent == 0 ? 1 : lowCurrent) * amount;
          highCurrent = (highCurrent == 0 ? 1 : highCurrent) * amount;
          if (amount >= 1000) {
            total += current;
            lowTotal += lowCurrent;
            highTotal += highCurrent;
            current = 0;
            lowCurrent = 0;
            highCurrent = 0;
          }
          needsScale = false;
        }
        default -> {
          if (needsScale) {
            return null; // 'several' needs a scale word after it ('several hundred')
          }
          current += amount;
          lowCurrent += amount;
          highCurrent += amount;
        }
      }
    }
    if (!seen || linked || needsScale) {
      return null;
    }
    if (!vague) {
      return new Parsed(total + current, false);
    }
    double low = lowTotal + lowCurrent;
    return new Parsed(low, approximate, low, Math.max(low, highTotal + highCurrent));
  }
}
