package dev.claimdiff.extract;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A count of time units in English ('3 years', '1 day'), the language-neutral form of phrases
 * such as 'tiga tahun lalu' (3 years ago) and 'dalam 48 jam' (within 48 hours). Units are read
 * from a language's {@code duration-units.txt}, which gives each unit's length in minutes.
 */
final class CountedUnits {
  private CountedUnits() {}

  /** The English phrase for {@code count} units of {@code minutesPerUnit} minutes. */
  static String phrase(long count, double minutesPerUnit) {
    String unit = minutesPerUnit >= 525600 ? "year" : minutesPerUnit >= 43200 ? "month"
        : minutesPerUnit >= 10080 ? "week" : minutesPerUnit >= 1440 ? "day"
        : minutesPerUnit >= 60 ? "hour" : minutesPerUnit >= 1 ? "minute" : "second";
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /**
   * The minutes per unit of a unit word ('jam' → 60), or null when the language's
   * duration-units.txt does not list it.
   */
  static @Nullable Double minutesPerUnit(LanguageRules rules, String unitWord) {
    Map<String, String> units = rules.lexicon().mapping("duration-units");
    String minutes = units.get(Texts.key(unitWord));
    return minutes == null ? null : Double.parseDouble(minutes);
  }
}
