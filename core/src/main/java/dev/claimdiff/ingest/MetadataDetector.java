package dev.claimdiff.ingest;

import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
  /** The first cell of a masthead line ('detikSumut | Selasa, …'), or a line that is one name. */
  private static final Pattern MASTHEAD =
      Pattern.compile("(?m)^[ \\t]*([\\p{L}\\d.][\\p{L}\\d. ]{1,29}?)[ \\t]*(?:\\||$)");
  /** A line of the story's text: long enough not to be a headline, a masthead or a byline. */
  private static final Pattern PARAGRAPH = Pattern.compile("(?m)^[^\\n]{150,}");
  /**
   * A place named in a dateline, one to three words each capitalised ('HUMBANG HASUNDUTAN',
   * 'Humbang Hasundutan'), that the gazetteer does not know.
   */
  private static final Pattern PLACE_IN_CAPITALS =
      Pattern.compile("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}");
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
      "(\\d{1,2})[:.](\\d{2})\\b(?:\\s*" + zonePattern() + ")?";
  private static final Pattern NUMERIC_WITH_TIME =
      Pattern.compile(
          "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?"
              + CLOCK);
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
          + "(Z|[+-]\\d{2}:?\\d{2})?");
  /** A 12-hour clock: hour, minute, the a.m./p.m. mark, and the zone when one follows. */
  private static final String CLOCK_12 =
      "(\\d{1,2})[:.](\\d{2})\\s*([AaPp])\\.?[Mm]\\.?(?![\\p{L}])(?:\\s*"
          + zonePattern() + ")?";
  /** A zone abbreviation right after a clock time: capitals standing alone ('EDT', 'CET'). */
  private static final Pattern UNKNOWN_ZONE = Pattern.compile("[ \\t]*\\p{Lu}{2,5}(?![\\p{L}])");
  /** A month word and a day, the whole of one part of a dateline: 'March 8', 'Sept. 8'. */
  private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}{3,10})\\.?\\s+(\\d{1,2})");
  private static final Pattern DECLARED_NUMERIC =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})\\D{1,4}" + CLOCK);
  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private final Gazetteer gazetteer;
  private final Map<Language, Pattern> wordDateWithTime = new EnumMap<>(Language.class);
  /** 'May 15, 2026 2:05 AM UTC': month, day, year, then hour, minute, a.m./p.m., zone. */
  private final Map<Language, Pattern> monthFirstWithClock = new EnumMap<>(Language.class);
  /** 'Updated 12:40 PM UTC, May 15, 2026': hour, minute, a.m./p.m., zone, then month, day, year. */
  private final Map<Language, Pattern> clockThenMonthFirst = new EnumMap<>(Language.class);

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
      String monthDayYear = "(" + calendar.monthPattern() + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})";
      monthFirstWithClock.put(language, Pattern.compile("(?i)(?<![\\p{L}])" + monthDayYear
          + "(?:,|\\s*[|–-])?\\s+(?:\\p{L}{2,8}\\s+)?" + CLOCK_12));
      clockThenMonthFirst.put(language, Pattern.compile("(?i)(?<![\\d.:])" + CLOCK_12
          + "\\s*,?\\s+" + monthDayYear + "(?!\\d)"));
    }
  }

  /** The metadata visible in a cleaned article text. */
  public ArticleMetadata detect(String cleanText, @Nullable Language language) {
    String head = cleanText.substring(0, Math.min(HEAD, cleanText.length()));
    String outlet = null;
    String dateline = null;
    java.time.MonthDay datelineDay = null;
    Matcher m = DATELINE.matcher(head);
    while (m.find() && (outlet == null || dateline == null)) {
      List<String> parts = new ArrayList<>(List.of(m.group(1).split(",")));
      if (m.group(2) != null) {
        parts.add(m.group(2)); // 'Jakarta (ANTARA) -'
      }
      if (m.group(3) != null) {
        parts.add(m.group(3)); // 'Mamasa (Indonesia) (AFP) -'
      }
      boolean outletHere = false;
      String unknownPlace = null;
      for (String part : parts) {
        String name = part.strip();
        if (datelineDay == null) {
          datelineDay = monthDay(name, language);
        }
        Optional<Entity> entity = gazetteer.lookup(name);
        if (entity.isPresent() && entity.get().type() == EntityType.MEDIA) {
          outlet = outlet == null ? entity.get().canonical() : outlet;
          outletHere = true;
        } else if (entity.isPresent()
            && (entity.get().type() == EntityType.CITY || entity.get().type() == EntityType.COUNTRY)) {
          dateline = dateline == null ? entity.get().canonical() : dateline;
        } else if (DOMAIN.matcher(name).matches()) {
          outlet = outlet != null ? outlet
              : name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
          outletHere = true;
        } else if (entity.isEmpty() && unknownPlace == null && PLACE_IN_CAPITALS.matcher(name).matches()) {
          unknownPlace = name;
        }
      }
      if (dateline == null && unknownPlace != null
          && (outletHere || parts.size() == 1 && paragraphStart(head, m.start(1)))) {
        // 'HUMBANG HASUNDUTAN, KOMPAS.com -', or a regional newsroom's 'Humbang Hasundutan -'
        // opening the first paragraph: a place the gazetteer does not know, named as written
        dateline = titleCase(unknownPlace);
      }
    }
    if (outlet == null) {
      // a byline 'Arif Syaefudin - detikJateng' or a title line ending '| Kompas.com'
      outlet = knownMedia(BYLINE.matcher(head));
    }
    if (outlet == null) {
      // a masthead 'detikSumut | Selasa, 03 Nov 2026 13:05 WIB', or a line naming the outlet alone
      outlet = knownMedia(MASTHEAD.matcher(header(head)));
    }
    if (outlet == null) {
      outlet = knownMedia(BREADCRUMB.matcher(head));
    }
    if (outlet == null) {
      outlet = knownMedia(CREDIT_LINE.matcher(cleanText));
    }
    String[] published = published(head, language);
    if (published[0] != null && published[0].length() == 10 && datelineDay != null) {
      published[0] = localDay(LocalDate.parse(published[0]), datelineDay);
    }
    return new ArticleMetadata(language, outlet, published[0], dateline, published[1],
        datelineDay);
  }

  /** The header lines above the first paragraph of the story (or the whole head without one). */
  private static String header(String head) {
    Matcher paragraph = PARAGRAPH.matcher(head);
    return paragraph.find() ? head.substring(0, paragraph.start()) : head;
  }

  /**
   * Whether a dateline at {@code start} opens the story's first paragraph: a long line with no
   * longer one before it (a headline or a masthead is short).
   */
  private static boolean paragraphStart(String head, int start) {
    Matcher paragraph = PARAGRAPH.matcher(head);
    return paragraph.find() && paragraph.start() == head.lastIndexOf('\n', start) + 1
        && head.substring(paragraph.start(), start).isBlank();
  }

  /** 'HUMBANG HASUNDUTAN' as 'Humbang Hasundutan'; a name already in mixed case as it is. */
  private static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder();
    for (String word : place.toLowerCase(Locale.ROOT).split(" ")) {
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append(word.substring(Character.charCount(word.codePointAt(0))));
      }
    }
    return out.toString();
  }

  /** A dateline's day ('March 8', 'Sept. 8'), or null. */
  private static java.time.@Nullable MonthDay monthDay(String part, @Nullable Language language) {
    Matcher md = MONTH_DAY.matcher(part);
    if (!md.matches()) {
      return null;
    }
    for (Language candidate : Language.values()) {
      if (language != null && candidate != language) {
        continue;
      }
      Optional<java.time.Month> month = Calendar.of(candidate).month(md.group(1));
      if (month.isPresent()) {
        try {
          return java.time.MonthDay.of(month.get(), Integer.parseInt(md.group(2)));
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The publication day where the story was filed: a wire's dateline ('AMBON, Indonesia, March 8
   * (Reuters) -') gives the local day, its stamp line ('March 7, 2026 11:52 PM UTC') the instant
   * in another zone; the dateline's day is taken when it lies within a day of the stamp's.
   */
  private static String localDay(LocalDate stamp, java.time.MonthDay dateline) {
    for (int year = stamp.getYear() - 1; year <= stamp.getYear() + 1; year++) {
      if (!dateline.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = dateline.atYear(year);
      if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(stamp, candidate)) <= 1) {
        return candidate.toString();
      }
    }
    return stamp.toString();
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
        return stamp(date, numeric.group(4), numeric.group(5), numeric.group(6));
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
          return stamp(date, words.group(4), words.group(5), words.group(6));
        }
      }
    }
    for (Language candidate : Language.values()) {
      if (language != null && candidate != language) {
        continue;
      }
      String[] stamp = twelveHourStamp(head, candidate);
      if (stamp != null) {
        return stamp;
      }
    }
    return new String[] {null, null};
  }

  /**
   * A wire service's stamp line with a 12-hour clock, month first ({@code May 15, 2026 2:05 AM
   * UTC} or {@code Updated 12:40 PM UTC, May 15, 2026}): the date and the date-time, or null.
   */
  private @Nullable String[] twelveHourStamp(String head, Language language) {
    Calendar calendar = Calendar.of(language);
    Matcher first = monthFirstWithClock.get(language).matcher(head);
    Matcher last = clockThenMonthFirst.get(language).matcher(head);
    boolean dateFirst = findOnShortLine(first, head);
    boolean clockFirst = findOnShortLine(last, head);
    if (!dateFirst && !clockFirst) {
      return null;
    }
    boolean useFirst = dateFirst && (!clockFirst || first.start() <= last.start());
    Matcher m = useFirst ? first : last;
    int d = useFirst ? 1 : 5; // where the month, day and year groups start
    int c = useFirst ? 4 : 1; // where the hour, minute, a.m./p.m. and zone groups start
    int month = calendar.month(m.group(d)).orElseThrow().getValue();
    String date = isoDate(m.group(d + 2), String.valueOf(month), m.group(d + 1));
    int hour = Integer.parseInt(m.group(c));
    if (date == null || hour < 1 || hour > 12 || m.group(c + 3) == null
        && UNKNOWN_ZONE.matcher(head).region(m.end(), head.length()).lookingAt()) {
      // in a zone not in time-zones.txt ('10:41 PM EDT') the day may be the one before the
      // story's; a stamp with no zone at all is the outlet's local time
      return null;
    }
    boolean pm = Character.toLowerCase(m.group(c + 2).charAt(0)) == 'p';
    int hour24 = hour % 12 + (pm ? 12 : 0);
    return stamp(date, String.valueOf(hour24), m.group(c + 1), m.group(c + 3));
  }

  /** The longest line a stamp may stand on: a story's sentence with a date and a time is longer. */
  private static final int STAMP_LINE = 80;

  /** Finds the next match that stands on a line of at most {@link #STAMP_LINE} characters. */
  private static boolean findOnShortLine(Matcher m, String text) {
    while (m.find()) {
      int start = text.lastIndexOf('\n', m.start()) + 1;
      int end = text.indexOf('\n', m.end());
      if ((end < 0 ? text.length() : end) - start <= STAMP_LINE) {
        return true;
      }
    }
    return false;
  }

  /** {@code 2022-01-22T09:31+07:00}, without the offset when no zone is named; null if invalid. */
  private static @Nullable String dateTime(String date, String hour, String minute,
      @Nullable String zone) {
    int h = Integer.parseInt(hour);
    int m = Integer.parseInt(minute);
    if (h > 23 || m > 59) {
      return null;
    }
    if (zone == null) {
      return String.format(Locale.ROOT, "%sT%02d:%02d", date, h, m);
    }
    LocalDateTime local = LocalDate.parse(date).atTime(h, m);
    ZoneOffset offset = offset(zone, local);
    if (offset.getTotalSeconds() < 0) {
      // a desk west of Greenwich ('5:18 AM EDT') dates a story filed east of it a day early in
      // its evening: the instant is given in UTC, as the wires' own stamps are
      local = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      offset = ZoneOffset.UTC;
    }
    return String.format(Locale.ROOT, "%sT%02d:%02d%s", local.toLocalDate(), local.getHour(),
        local.getMinute(), offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
  }

  /** The publication day and date-time of a stamp: the day the date-time falls on when known. */
  private static String[] stamp(String date, String hour, String minute, @Nullable String zone) {
    String at = dateTime(date, hour, minute, zone);
    return new String[] {at == null ? date : at.substring(0, 10), at};
  }

  /**
   * The offset of a zone written after a clock time at that local time: {@code GMT+7}, or an
   * abbreviation of {@code time-zones.txt} with its offset or its region ({@code ET}, whose
   * offset follows daylight saving time).
   */
  private static ZoneOffset offset(String zone, LocalDateTime local) {
    Matcher numeric = NUMERIC_ZONE.matcher(zone);
    if (numeric.matches()) {
      int hours = Integer.parseInt(numeric.group(2));
      int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
      int sign = numeric.group(1).equals("+") ? 1 : -1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    String value = ZONES.get(zone.toUpperCase(Locale.ROOT));
    return value.startsWith("+") || value.startsWith("-") ? ZoneOffset.of(value)
        : ZoneId.of(value).getRules().getOffset(local);
  }

  /** White space, then a zone as {@link #zonePattern} reads one ('14.00 WIB', '0930 GMT'). */
  private static final Pattern ZONE_AFTER_CLOCK = Pattern.compile("[ \t\u00a0]*" + zonePattern());

  /**
   * The offset of the time zone written right after a clock time that ends at {@code at}
   * ('pukul 14.00 WIB': +07:00), read for that local date-time; null when no zone of
   * {@code time-zones.txt} or offset from GMT or UTC stands there.
   */
  public static @Nullable ZoneOffset zoneAfterClock(CharSequence text, int at, LocalDateTime local) {
    Matcher m = ZONE_AFTER_CLOCK.matcher(text).region(at, Math.min(text.length(), at + ZONE_REACH));
    m.useTransparentBounds(true);
    return m.lookingAt() ? offset(m.group(1), local) : null;
  }

  /** How far after a clock time its zone may end, in characters ('  UTC+05:30'). */
  private static final int ZONE_REACH = 16;

  /** A zone written as an offset from GMT or UTC: 'GMT+7', 'UTC+05:30'; sign, hours, minutes. */
  private static final Pattern NUMERIC_ZONE =
      Pattern.compile("(?:GMT|UTC)[ ]?([+\u2212-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

  /** The zone after a clock time as a group: an offset from GMT or UTC, or a known abbreviation. */
  private static String zonePattern() {
    return "((?:GMT|UTC)[ ]?[+\u2212-]\\d{1,2}(?::?\\d{2})?(?!\\d)|"
        + String.join("|", ZONES.keySet()) + ")(?![\\p{L}\\d])";
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
