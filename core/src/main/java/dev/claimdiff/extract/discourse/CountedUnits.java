package dev.claimdiff.extract.discourse;

import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.extract.engine.Texts;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A count of time units in English ('3 years', '1 day'), the language-neutral form of phrases
 * such as 'tiga tahun lalu' (3 years ago) and 'dalam 48 jam' (within 48 hours). Units are read
 * from a language's {@code duration-units.txt}, which gives each unit's length in minutes.
 */
public final class CountedUnits {
  private CountedUnits() {}

  /** The calendar unit a unit of {@code minutesPerUnit} minutes is. */
  public static ChronoUnit unit(double minutesPerUnit) {
    return minutesPerUnit >= 525600 ? ChronoUnit.YEARS : minutesPerUnit >= 43200 ? ChronoUnit.MONTHS
        : minutesPerUnit >= 10080 ? ChronoUnit.WEEKS : minutesPerUnit >= 1440 ? ChronoUnit.DAYS
        : minutesPerUnit >= 60 ? ChronoUnit.HOURS : minutesPerUnit >= 1 ? ChronoUnit.MINUTES
        : ChronoUnit.SECONDS;
  }

  /** The English phrase for {@code count} units of {@code minutesPerUnit} minutes. */
  public static String phrase(long count, double minutesPerUnit) {
    String plural = unit(minutesPerUnit).toString().toLowerCase(Locale.ROOT); // 'Years'
    return count + " " + (count == 1 ? plural.substring(0, plural.length() - 1) : plural);
  }

  /**
   * The minutes per unit of a unit word ('jam' → 60), or null when the language's
   * duration-units.txt does not list it.
   */
  public static @Nullable Double minutesPerUnit(LanguageRules rules, String unitWord) {
    Map<String, String> units = rules.lexicon().mapping("duration-units");
    String minutes = units.get(Texts.key(unitWord));
    return minutes == null ? null : Double.parseDouble(minutes);
  }
}
