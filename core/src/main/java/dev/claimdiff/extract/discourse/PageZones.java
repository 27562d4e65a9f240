package dev.claimdiff.extract.discourse;

import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.extract.engine.LanguageRules;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where each stretch of an article's text sits in its page ({@link Zone}), read line by line.
 * Before the body: title lines are the HEADLINE, a line with a date and a clock time is the
 * MASTHEAD ({@code Kompas.com - 22/01/2022, 09:31 WIB}), a short line of capitalised words after
 * the headline is the writer's BYLINE. The first paragraph may open with a DATELINE
 * ({@code JENEWA, KOMPAS.com –}, {@code BERLIN -}, {@code Jakarta (ANTARA) -}); only the dateline
 * itself is in that zone, the rest of its line is body. Anywhere: a line opened by a word of
 * {@code zone-related.txt} is RELATED (so is a credit line opened by a word of
 * {@code zone-credit.txt}, 'Artikel ini telah tayang di …'), one opened or credited by a word of
 * {@code zone-caption.txt} is a CAPTION (so is a sentence closed by a credit of capitals and a
 * slash, '(OUTLET.COM/PHOTOGRAPHER)'), one opened by a word of {@code zone-byline.txt} is a
 * BYLINE. Everything else is BODY.
 */
public final class PageZones {
  /** How far into the text a dateline may stand. */
  private static final int HEAD = 1_500;
  /** A title has at most this many words. */
  private static final int TITLE_WORDS = 30;
  /** A masthead or byline line has at most this many characters. */
  private static final int SHORT_LINE = 120;
  /** A name line after a headline has at most this many words. */
  private static final int NAME_WORDS = 6;
  /** A photo credit stands within this many characters of its line's end. */
  private static final int CREDIT_REACH = 120;
  /** The fewest characters of an all-capitals outlet name ('ANTARA'): shorter is a code. */
  private static final int MIN_CAPITALS_NAME = 3;
  // 'PART, PART (AGENCY) –' at the start of a line, then a capital, a digit, a quote or the end
  private static final Pattern DATELINE = Pattern.compile(
      "\\A[ \\t]*((?:[\\p{L}\\d][\\p{L}\\d.+&'-]*(?:[ \\t]+[\\p{L}\\d][\\p{L}\\d.+&'-]*){0,4})"
          + "(?:,[ \\t]*[\\p{L}\\d][\\p{L}\\d.+&'-]*(?:[ \\t]+[\\p{L}\\d][\\p{L}\\d.+&'-]*){0,4}){0,2})"
          + "(?:[ \\t]*\\(([\\p{L}\\d. ]{2,30})\\))?"
          // a hyphen glued between two words is a compound ('TRIBUN-SULBAR.COM'), not a dateline's
          + "[ \\t]*(?:--|[–—]|(?<=[ \\t)])-|-(?=[ \\t])|:(?=[ \\t]+\\p{Lu}))[ \\t]*(?=[\\p{Lu}\\d\"“]|\\z)");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[\\p{L}\\d-]+\\.(?:com|co\\.id|id|net|org|co|news|tv)\\+?");
  private static final Pattern ALL_CAPS = Pattern.compile("[\\p{Lu}][\\p{Lu}.'\\- ]*");
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:])\\d{1,2}[:.]\\d{2}(?![\\d.:])");
  private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{2,4}");
  /**
   * A sentence closed by a credit of capitals and a slash, the photo agency or outlet and the
   * photographer: '… di Desa X, Rabu (13/3/2024). (TRIBUN-SULBAR.COM/NAMA FOTOGRAFER)'. A closing
   * news credit is written in lower case ('(lw/Reuters)', '(ant)') and is not one.
   */
  private static final Pattern CAPITALS_CREDIT = Pattern.compile(
      "[.!?]\\s*\\(\\s*[\\p{Lu}\\d][\\p{Lu}\\d.\\-]*(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d.\\-]*){0,3}"
          + "\\s*/\\s*\\p{Lu}[\\p{Lu}'.\\- ]{2,40}\\)\\s*\\z");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.'-]*");

  private final int[] starts;
  private final Zone[] zones;
  private final int datelineStart;
  private final int datelineEnd;

  private PageZones(List<int[]> segments, List<Zone> zoneList, int datelineStart,
      int datelineEnd) {
    this.starts = segments.stream().mapToInt(s -> s[0]).toArray();
    this.zones = zoneList.toArray(Zone[]::new);
    this.datelineStart = datelineStart;
    this.datelineEnd = datelineEnd;
  }

  /** The zones of a text, read with a language's word lists. */
  static PageZones of(String text, LanguageRules rules) {
    Pattern related = rules.pattern("zone-related", lexicon -> Pattern.compile(
        "\\A[ \\t]*(?i:" + WordPatterns.alternation(lexicon.list(LanguageFile.ZONE_RELATED))
            + ")[ \\t]*(?::|…|\\.\\.\\.|\\z)"));
    Pattern credit = rules.pattern("zone-credit", lexicon -> Pattern.compile(
        "\\A[ \\t]*(?i:" + WordPatterns.alternation(lexicon.list(LanguageFile.ZONE_CREDIT))
            + ")(?![\\p{L}\\d])"));
    Pattern captionStart = rules.pattern("zone-caption-start", lexicon -> Pattern.compile(
        "\\A[ \\t]*(?i:" + WordPatterns.alternation(lexicon.list(LanguageFile.ZONE_CAPTION))
            + ")[ \\t]*:"));
    Pattern captionCredit = rules.pattern("zone-caption-credit", lexicon -> Pattern.compile(
        "[(/][ \\t]*(?i:" + WordPatterns.alternation(lexicon.list(LanguageFile.ZONE_CAPTION))
            + ")[ \\t]*[:/.)]"));
    Pattern byline = rules.pattern("zone-byline", lexicon -> Pattern.compile(
        "\\A[ \\t]*(?i:" + WordPatterns.alternation(lexicon.list(LanguageFile.ZONE_BYLINE))
            + ")(?![\\p{L}\\d])[ \\t]*(?::|\\z|[ \\t]+[\\p{Lu}])"));
    Pattern monthDate = rules.pattern("zone-month-date", lexicon -> Pattern.compile(
        "(?<![\\p{L}\\d])\\d{1,2}\\s+(?i:" + rules.calendar().monthPattern() + ")\\s+\\d{4}"));
    List<int[]> segments = new ArrayList<>();
    List<Zone> zoneList = new ArrayList<>();
    boolean inBody = false;
    boolean headline = false;
    int datelineStart = -1;
    int datelineEnd = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        Zone zone;
        Matcher dateline;
        if (related.matcher(line).lookingAt() || credit.matcher(line).lookingAt()) {
          zone = Zone.RELATED;
        } else if (captionStart.matcher(line).lookingAt() || creditedPhoto(line, captionCredit)
            || endsWithBracket(line) && CAPITALS_CREDIT.matcher(line).find()) {
          zone = Zone.CAPTION;
        } else if (byline.matcher(line).lookingAt() && line.length() <= SHORT_LINE * 2) {
          zone = Zone.BYLINE;
        } else if (line.length() <= SHORT_LINE && !line.strip().endsWith(".")
            && CLOCK.matcher(line).find()
            && (NUMERIC_DATE.matcher(line).find() || monthDate.matcher(line).find())) {
          zone = Zone.MASTHEAD;
        } else if (datelineStart < 0 && lineStart < HEAD && hasDatelineMark(line)
            && (dateline = DATELINE.matcher(line)).lookingAt() && isDateline(dateline)) {
          datelineStart = lineStart;
          datelineEnd = lineStart + dateline.end();
          segments.add(new int[] {lineStart});
          zoneList.add(Zone.DATELINE);
          lineStart += dateline.end();
          zone = Zone.BODY;
          inBody = true;
        } else if (!inBody && isTitle(line)) {
          zone = headline && isName(line) ? Zone.BYLINE : Zone.HEADLINE;
          headline = true;
        } else {
          zone = Zone.BODY;
          inBody = true;
        }
        segments.add(new int[] {lineStart});
        zoneList.add(zone);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return new PageZones(segments, zoneList, datelineStart, datelineEnd);
  }

  /** Whether a line ends with a bracketed or slashed photo credit. */
  private static boolean creditedPhoto(String line, Pattern credit) {
    int from = Math.max(0, line.length() - CREDIT_REACH);
    if (line.indexOf('(', from) < 0 && line.indexOf('/', from) < 0) {
      return false; // the credit opens with one of them: most lines need no search
    }
    Matcher m = credit.matcher(line);
    m.region(from, line.length());
    return m.find();
  }

  /**
   * Whether a line ends with a closing bracket before trailing white space, as a credit of
   * {@link #CAPITALS_CREDIT} does: most lines do not, and need no search.
   */
  private static boolean endsWithBracket(String line) {
    int end = line.length();
    while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && line.charAt(end - 1) == ')';
  }

  /** The white space of {@code \s} in a pattern without Unicode classes. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Whether a line has a character that ends a dateline ({@link #DATELINE}: a hyphen, an en or em
   * dash, a colon): most lines have none, and need not be read word by word.
   */
  private static boolean hasDatelineMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether every part of a dateline candidate is a known place or medium, a domain or capitals. */
  private static boolean isDateline(Matcher m) {
    Gazetteer gazetteer = Gazetteer.standard();
    List<String> parts = new ArrayList<>(List.of(m.group(1).split(",")));
    if (m.group(2) != null) {
      Optional<Gazetteer.Entity> agency = gazetteer.lookup(m.group(2).strip());
      if (agency.isEmpty() || agency.get().type() != EntityType.MEDIA) {
        return false; // 'Presiden (RI) -' is no dateline; '(ANTARA)' is
      }
    }
    for (String part : parts) {
      String name = part.strip();
      Optional<Gazetteer.Entity> entity = gazetteer.lookup(name);
      boolean known = entity.isPresent() && switch (entity.get().type()) {
        case CITY, COUNTRY, REGION, MEDIA -> true;
        default -> false;
      };
      if (!known && !DOMAIN.matcher(name).matches()
          && !(ALL_CAPS.matcher(name).matches() && name.length() >= MIN_CAPITALS_NAME)) {
        return false;
      }
    }
    return true;
  }

  /** A title line: at most {@link #TITLE_WORDS} words and no full stop at its end. */
  private static boolean isTitle(String line) {
    String s = line.strip();
    if (s.endsWith(".") && !s.endsWith("...")) {
      return false;
    }
    return words(s) <= TITLE_WORDS;
  }

  /** A writer's name: a few words, each capitalised. */
  private static boolean isName(String line) {
    Matcher m = WORD.matcher(line);
    int n = 0;
    while (m.find()) {
      if (!Character.isUpperCase(m.group().charAt(0))) {
        return false;
      }
      n++;
    }
    return n > 0 && n <= NAME_WORDS;
  }

  private static int words(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The zone of the text at an offset. */
  public Zone at(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? Zone.BODY : zones[found];
  }

  /** Whether an offset lies in the article's dateline. */
  public boolean inDateline(int offset) {
    return offset >= datelineStart && offset < datelineEnd;
  }

  /** The dateline's [start, end), or null when the article has none. */
  @Nullable TextSpan dateline() {
    return datelineStart < 0 ? null : TextSpan.of(datelineStart, datelineEnd);
  }
}
