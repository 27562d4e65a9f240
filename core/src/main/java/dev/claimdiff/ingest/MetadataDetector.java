package dev.claimdiff.ingest;

import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
              + "(?:[ \\t]*\\(([\\p{L}\\d.]{2,30})\\))?(?:[ \\t]*\\(([\\p{L}\\d.]{2,30})\\))?"
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
  private static final Pattern NUMERIC_WITH_TIME =
      Pattern.compile(
          "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?\\d{1,2}[:.]\\d{2}\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

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
                  + "(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?\\d{1,2}[:.]\\d{2}\\b"));
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
    return new ArticleMetadata(language, outlet, publishedDate(head, language), dateline);
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

  private @Nullable String publishedDate(String head, @Nullable Language language) {
    Matcher line = DATE_LINE.matcher(head);
    if (line.find()) {
      return line.group(1);
    }
    Matcher numeric = NUMERIC_WITH_TIME.matcher(head);
    if (numeric.find()) {
      String date = isoDate(numeric.group(3), numeric.group(2), numeric.group(1));
      if (date != null) {
        return date;
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
          return date;
        }
      }
    }
    return null;
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
