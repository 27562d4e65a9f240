package dev.claimdiff.extract.engine;

import dev.claimdiff.lang.Language;
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
 * {@code ~1000} an approximate amount ({@code ribuan}).
 */
public final class NumberParser {
  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s-]+");

  /** A parsed number. */
  public record Parsed(double value, boolean approximate) {}

  private final Map<String, String> words;
  private final char decimal;
  private final char thousands;
  /** Digits grouped in thousands, with an optional decimal part: '1.234.567,5'. */
  private final java.util.regex.Pattern thousandsGroups;

  NumberParser(Language language) {
    this.words = new LinkedHashMap<>(Lexicon.of(language).mapping("number-words"));
    char dec = '.';
    char thou = ',';
    for (String line : Lexicon.of(language).list("number-format")) {
      String[] kv = line.split(":", 2);
      if (kv.length == 2 && kv[0].strip().equals("decimal")) {
        dec = kv[1].strip().charAt(0);
      } else if (kv.length == 2 && kv[0].strip().equals("thousands")) {
        thou = kv[1].strip().charAt(0);
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
    for (String word : WORD_SPLIT.split(phrase)) {
      String key = words.get(word);
      if (key == null) {
        return null;
      }
      seen = true;
      char kind = key.charAt(0);
      double amount = Double.parseDouble(Character.isDigit(kind) ? key : key.substring(1));
      switch (kind) {
        case 'x' -> {
          current = (current == 0 ? 1 : current) * amount;
          if (amount >= 1000) {
            total += current;
            current = 0;
          }
        }
        case '+' -> current += amount;
        case '~' -> {
          approximate = true;
          current += amount;
        }
        default -> current += amount;
      }
    }
    return seen ? new Parsed(total + current, approximate) : null;
  }
}
