package dev.claimdiff.ingest;

import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds what an article says about itself: the outlet (from a dateline such as {@code JENEWA,
 * KOMPAS.com –} or {@code Jakarta (ANTARA) -}, a header {@code Kompas.com - 22/01/2022}, a byline
 * {@code Arif Syaefudin - detikJateng}, or a closing credit {@code (rmol)}), the
 * place of the dateline, and the publication date (a leading {@code date 2022-01} line, or a date
 * with a clock time such as {@code 22/01/2022, 09:31 WIB}).
 *
 * <p>Only the head of the article is searched for datelines and dates, and only its tail for a
 * credit line, so a date or outlet named in the story itself is not taken for the article's own.
 */
public final class MetadataDetector {
  private static final int HEAD = 1_500;
  // "PART, PART –" at the start of a line: up to three comma-separated parts of up to five words,
  // then up to two bracketed parts ('(ANTARA)', '(Indonesia) (AFP)')
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[ \\t]*((?:[\\p{L}\\d][\\p{L}\\d.+&']*(?:[ \\t]+[\\p{L}\\d][\\p{L}\\d.+&']*){0,4})"
              + "(?:,[ \\t]*[\\p{L}\\d][\\p{L}\\d.+&']*(?:[ \\t]+[\\p{L}\\d][\\p{L}\\d.+&']*){0,4}){0,2})"
              + "(?:[ \\t]*\\(([\\p{L}\\d.][\\p{L}\\d. ]{1,29})\\))?(?:[ \\t]*\\(([\\p{L}\\d.]{2,30})\\))?"
              + "[ \\t]*(?:--|[-–—]|:(?=[ \\t]+\\p{Lu}))[ \\t]*(?=\\p{Lu}|\\d|$)");
  private static final Pattern BYLINE =
      Pattern.compile("(?m)^[^\\n]{1,80}?\\s[-–—|]\\s*([\\p{L}\\d.]{2,30})[ \\t]*$");
  /** A breadcrumb line of a site's menu: 'detikJabar > Berita > Bandung Raya'. */
  private static final Pattern BREADCRUMB =
      Pattern.compile("(?m)^[ \\t]*([\\p{L}\\d.]{2,30})[ \\t]*[>›»][ \\t]*\\S");
  private static final Pattern CREDIT_LINE =
      Pattern.compile("\\(([\\p{L}][\\p{L}.]{1,20})\\)[ \\t]*(?:\\n[^\\n]{0,80}){0,6}\\s*\\z");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[\\p{L}\\d-]+\\.(?:com|co\\.id|id|net|org|co|news|tv)\\+?");
  private static final Pattern DATE_LINE =
      Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\b");
  /** The ISO offset of each time zone abbreviation ({@code WIB} is {@code +07:00}). */
  private static final Map<String, String> ZONES = zones();
  /** A clock time, with the time zone when one follows: groups hour, minute, zone. */
  private static final String CLOCK =
      "(\\d{1,2})[:.](\\d{2})\\b(?:\\s*(" + String.join("|", ZONES.keySet()) + ")\\b)?";
  private static final Pattern NUMERIC_WITH_TIME =
      Pattern.compile(
          "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?"
              + CLOCK);
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
          + "(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DECLARED_NUMERIC =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})\\D{1,4}" + CLOCK);
  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private final Gazetteer gazetteer;
  private final Map<Language, Pattern> wordDateWithTime = new EnumMap<>(Language.class);

  /** A detector over the standard gazetteer and every language's month names. */
  public MetadataDetector() {
    this.gazetteer = Gazetteer.standard();
    for (Language language : Language.values()) {
      Calendar calendar = Calendar.of(language);
      wordDateWithTime.put(
          language,
          Pattern.compile(
              "(?<!\\d)(\\d{1,2})\\s+(" + calendar.monthPattern() + ")\\s+(\\d{4})"
                  + "(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?" + CLOCK));
    }
  }

  /** The metadata visible in a cleaned article text. */
  public ArticleMetadata detect(String cleanText, @Nullable Language language) {
    String head = cleanText.substring(0, Math.min(HEAD, cleanText.length()));
    String outlet = null;
    String dateline = null;
    Matcher m = DATELINE.matcher(head);
    while (m.find() && (outlet == null || dateline == null)) {
      List<String> parts = new ArrayList<>(List.of(m.group(1).split(",")));
      if (m.group(2) != null) {
        parts.add(m.group(2)); // 'Jakarta (ANTARA) -'
      }
      if (m.group(3) != null) {
        parts.add(m.group(3)); // 'Mamasa (Indonesia) (AFP) -'
      }
      for (String part : parts) {
        String name = part.strip();
        Optional<Entity> entity = gazetteer.lookup(name);
        if (entity.isPresent() && entity.get().type() == EntityType.MEDIA) {
          outlet = outlet == null ? entity.get().canonical() : outlet;
        } else if (entity.isPresent()
            && (entity.get().type() == EntityType.CITY || entity.get().type() == EntityType.COUNTRY)) {
          dateline = dateline == null ? entity.get().canonical() : dateline;
        } else if (DOMAIN.matcher(name).matches() && outlet == null) {
          outlet = name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
        }
      }
    }
    if (outlet == null) {
      // a byline 'Arif Syaefudin - detikJateng' or a title line ending '| Kompas.com'
      outlet = knownMedia(BYLINE.matcher(head));
    }
    if (outlet == null) {
      outlet = knownMedia(BREADCRUMB.matcher(head));
    }
    if (outlet == null) {
      outlet = knownMedia(CREDIT_LINE.matcher(cleanText));
    }
    String[] published = published(head, language);
    return new ArticleMetadata(language, outlet, published[0], dateline, published[1]);
  }

  /** The canonical name of the known media that group 1 of a match names (the first), or null. */
  private @Nullable String knownMedia(Matcher matcher) {
    while (matcher.find()) {
      Optional<Entity> media = gazetteer.lookup(matcher.group(1))
          .filter(e -> e.type() == EntityType.MEDIA);
      if (media.isPresent()) {
        return media.get().canonical();
      }
    }
    return null;
  }

  /** The publication date and, when a clock time goes with it, the date-time; or nulls. */
  private @Nullable String[] published(String head, @Nullable Language language) {
    Matcher line = DATE_LINE.matcher(head);
    if (line.find()) {
      return new String[] {line.group(1), null};
    }
    Matcher numeric = NUMERIC_WITH_TIME.matcher(head);
    if (numeric.find()) {
      String date = isoDate(numeric.group(3), numeric.group(2), numeric.group(1));
      if (date != null) {
        return new String[] {date, dateTime(date, numeric.group(4), numeric.group(5), numeric.group(6))};
      }
    }
    for (Language candidate : Language.values()) {
      if (language != null && candidate != language) {
        continue;
      }
      Matcher words = wordDateWithTime.get(candidate).matcher(head);
      if (words.find()) {
        Calendar calendar = Calendar.of(candidate);
        int month = calendar.month(words.group(2)).orElseThrow().getValue();
        String date = isoDate(words.group(3), String.valueOf(month), words.group(1));
        if (date != null) {
          return new String[] {date, dateTime(date, words.group(4), words.group(5), words.group(6))};
        }
      }
    }
    return new String[] {null, null};
  }

  /** {@code 2022-01-22T09:31+07:00}, without the offset when no zone is named; null if invalid. */
  private static @Nullable String dateTime(String date, String hour, String minute,
      @Nullable String zone) {
    int h = Integer.parseInt(hour);
    int m = Integer.parseInt(minute);
    if (h > 23 || m > 59) {
      return null;
    }
    return String.format(Locale.ROOT, "%sT%02d:%02d%s", date, h, m,
        zone == null ? "" : ZONES.get(zone.toUpperCase(Locale.ROOT)));
  }

  /**
   * The publication date-time given by the container ({@code 2022-01-22T09:31:00+07:00}) as
   * {@code 2022-01-22T09:31+07:00}, or null when it gives no clock time.
   */
  public static @Nullable String normalizeDeclaredDateTime(@Nullable String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Matcher iso = ISO_DATE_TIME.matcher(declared);
    if (iso.find()) {
      String date = isoDate(iso.group(1), iso.group(2), iso.group(3));
      if (date == null) {
        return null;
      }
      String offset = iso.group(6);
      if (offset != null) {
        offset = offset.equals("Z") ? "+00:00"
            : offset.contains(":") ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
      }
      String time = dateTime(date, iso.group(4), iso.group(5), null);
      return time == null ? null : time + (offset == null ? "" : offset);
    }
    Matcher numeric = DECLARED_NUMERIC.matcher(declared);
    if (numeric.find()) {
      String date = isoDate(numeric.group(3), numeric.group(2), numeric.group(1));
      return date == null ? null : dateTime(date, numeric.group(4), numeric.group(5), numeric.group(6));
    }
    return null;
  }

  private static Map<String, String> zones() {
    Map<String, String> zones = new LinkedHashMap<>();
    for (KeyedList.Line line : KeyedList.load("dev/claimdiff/ingest/time-zones.txt")) {
      zones.put(line.key().toUpperCase(Locale.ROOT), line.value());
    }
    return zones;
  }

  /** A published date given by the container ({@code 2022-01-22T09:31:00+07:00}) as ISO. */
  public static @Nullable String normalizeDeclaredDate(@Nullable String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Matcher iso = ISO_DATE.matcher(declared);
    if (iso.find()) {
      return isoDate(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher numeric = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(declared);
    if (numeric.find()) {
      return isoDate(numeric.group(3), numeric.group(2), numeric.group(1));
    }
    return declared.strip().toLowerCase(Locale.ROOT).matches("\\d{4}-\\d{2}") ? declared.strip() : null;
  }

  private static @Nullable String isoDate(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
