package dev.claimdiff.story;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.KeyedList;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What tells which event an article reports, for grouping articles into stories: the names it
 * writes (capitalised words inside a sentence, and the canonical names of the people, bodies and
 * places extraction recognised, which are the same in every language), its numbers, and, when
 * its claims give them, its main event's type, date and place. Credit lines (also a credit on a
 * line of its own inside a page header, and bylines), the names extraction found only in them,
 * month and weekday names, years, clock times and time zones are left out: they recur across
 * unrelated stories. A capitalised word that opens a line (a headline, a dateline) is no name.
 *
 * <p>Features are keys with a prefix: {@code n:} a name word, {@code #} a number (digits only,
 * so {@code 1.200} and {@code 1,200} meet), {@code e:} the main event, {@code d:} its date,
 * {@code p:} its place, {@code t:} the publication date (not compared: it only tells, when the
 * claims give no date, when the article appeared; {@link MainDates}), {@code a:} a person it
 * names by a full name (not compared: an anchor, {@link Anchors}). Numbers and names are
 * written the same way in Indonesian and English,
 * which lets a translation and its original meet.
 *
 * @param article the article id
 * @param features feature key → how the article first wrote it (for the story label)
 */
public record StoryFeatures(String article, ImmutableSortedMap<String, String> features)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  /** The prefix of the publication date, which is kept out of the similarity. */
  static final String PUBLISHED = "t:";
  /**
   * The prefix of a person the article names by a full name (two words or more), kept out of the
   * similarity (the name's words are already {@code n:} features): an event-specific anchor
   * ({@link Anchors}).
   */
  static final String PERSON = "a:";
  /** The most words a person's full name has (more is a headline's phrase). */
  static final int MAX_PERSON_WORDS = 4;
  /** A number is a feature only with at least this many digits (one digit is too common). */
  static final int MIN_NUMBER_DIGITS = 2;
  /** A capitalised word is a name only with at least this many letters. */
  static final int MIN_NAME_LENGTH = 3;
  private static final ImmutableList<String> CREDITS =
      WordList.load("dev/claimdiff/story/credit-lines.txt");
  private static final Pattern OPENING_BRACKET = Pattern.compile("^[(\\[]\\s*");
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");
  private static final Set<String> CALENDAR_WORDS = calendarWords();
  private static final Set<String> CLOCK_WORDS = clockWords();
  private static final Set<String> BYLINE_CUES =
      Set.copyOf(WordList.load("dev/claimdiff/story/byline-words.txt"));
  private static final Set<String> BYLINE_JOINERS =
      Set.copyOf(WordList.load("dev/claimdiff/story/byline-joiners.txt"));

  /** The features of an annotated article and what was extracted from it. */
  public static StoryFeatures of(AnnotatedArticle annotated, Extraction extraction) {
    TreeMap<String, String> features = new TreeMap<>();
    String text = annotated.text();
    StringBuilder uncredited = new StringBuilder(text);
    for (Sentence s : annotated.sentences()) {
      List<Token> tokens = s.tokens();
      int[] credits = creditSpans(text, s);
      for (int k = 0; k + 1 < credits.length; k += 2) {
        for (int c = credits[k]; c < credits[k + 1]; c++) {
          uncredited.setCharAt(c, ' ');
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (within(credits, t.start())) {
          continue;
        }
        String w = t.text();
        if (isNumber(w)) {
          String digits = w.replaceAll("[^0-9]", "");
          if (digits.length() >= MIN_NUMBER_DIGITS && !isYear(w)
              && !(i + 1 < tokens.size() && isClockWord(tokens.get(i + 1).text()))) {
            features.putIfAbsent("#" + digits, w);
          }
        } else if (i > 0 && !startsLine(text, s, t) && isName(w) && !isClockWord(w)) {
          features.putIfAbsent("n:" + w.toLowerCase(Locale.ROOT), w);
        }
      }
    }
    for (String entity : extraction.spellings().keySet()) {
      if (extraction.spellings().get(entity).stream().noneMatch(s -> uncredited.indexOf(s) >= 0)) {
        continue; // a name only a credit line writes: a reporter's or an editor's
      }
      for (String word : entity.split("[\\s-]+")) {
        if (isName(word)) {
          features.putIfAbsent("n:" + word.toLowerCase(Locale.ROOT), word);
        }
      }
    }
    Set<String> lowerCase = null;
    for (String person : extraction.people()) {
      String[] words = WORD_BREAKS.split(person.strip());
      if (words.length < 2 || words.length > MAX_PERSON_WORDS || extraction.spellings().get(person)
          .stream().noneMatch(s -> uncredited.indexOf(s) >= 0)) {
        continue;
      }
      if (lowerCase == null) {
        lowerCase = lowerCaseWords(annotated);
      }
      if (isFullName(words, lowerCase)) {
        features.putIfAbsent(PERSON + person.toLowerCase(Locale.ROOT), person);
      }
    }
    for (Claim c : extraction.claims()) {
      if (c.value() instanceof ClaimValue.EventDateValue d && d.main() && d.date() != null) {
        features.putIfAbsent("d:" + d.date(), d.date());
        if (d.event() != null) {
          features.putIfAbsent("e:" + d.event(), d.event());
        }
      } else if (c.value() instanceof ClaimValue.LocationValue l && l.main()) {
        features.putIfAbsent("p:" + l.place().toLowerCase(Locale.ROOT), l.place());
      }
    }
    String published = annotated.article().metadata().published();
    if (published != null && published.length() >= 10) {
      features.put(PUBLISHED + published.substring(0, 10), published);
    }
    return new StoryFeatures(annotated.article().id(), ImmutableSortedMap.copyOf(features));
  }

  /** A copy under another id (the report renames a file given twice). */
  public StoryFeatures withArticle(String id) {
    return new StoryFeatures(id, features);
  }

  /**
   * The spans of a sentence that are credit lines, as {@code [start, end)} pairs in the text: a
   * line of the sentence, or a part of a line between {@code |} marks, that opens with a word of
   * {@code credit-lines.txt}. A page header the splitter kept as one sentence ('Minggu, 29 November
   * 2026 | 08:10 WIB', a newline, 'Penulis: …', a newline, 'Editor: …') holds its credits on
   * lines of their own.
   */
  private static int[] creditSpans(String text, Sentence s) {
    IntList spans = new IntList(2);
    int partStart = s.start();
    for (int k = s.start(); k <= s.end(); k++) {
      if (k == s.end() || text.charAt(k) == '\n' || text.charAt(k) == '|') {
        if (isCredit(text.substring(partStart, k))) {
          spans.add(partStart);
          spans.add(k);
        }
        partStart = k + 1;
      }
    }
    return spans.sorted();
  }

  private static boolean within(int[] spans, int offset) {
    for (int k = 0; k + 1 < spans.length; k += 2) {
      if (spans[k] <= offset && offset < spans[k + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token opens a line: a capital there, as at a sentence's start, is no name's. */
  private static boolean startsLine(String text, Sentence s, Token t) {
    for (int k = t.start() - 1; k >= s.start(); k--) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCredit(String sentence) {
    String line = sentence.strip();
    if (isByline(line)) {
      return true;
    }
    String s = OPENING_BRACKET.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
    for (String cue : CREDITS) {
      if (s.startsWith(cue) && (s.length() == cue.length()
          || !Character.isLetter(s.charAt(cue.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A byline: a line that opens with a word of {@code byline-words.txt} ('By', 'Oleh') followed
   * only by capitalised words, commas and the joiners of {@code byline-joiners.txt}, as in 'By
   * Jane Roe and John Doe' or 'By Reuters Staff'. 'By Tuesday evening, rescuers had …' is a
   * sentence, not a byline.
   */
  private static boolean isByline(String line) {
    int firstEnd = 0;
    while (firstEnd < line.length() && Character.isLetter(line.charAt(firstEnd))) {
      firstEnd++;
    }
    if (!BYLINE_CUES.contains(line.substring(0, firstEnd).toLowerCase(Locale.ROOT))) {
      return false; // most lines: no byline word first, nothing to split
    }
    String[] words = WORD_BREAKS.split(line);
    if (words.length < 2 || !BYLINE_CUES.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && !BYLINE_JOINERS.contains(w.toLowerCase(Locale.ROOT))
          && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person's name, as extraction resolved it, is a full name: every word a name (a
   * capital, letters only), none a word the article also writes in lower case (a title-case
   * headline's 'Status Naik', 'Orang Meninggal' is no one's name) and none a place, country or
   * body the gazetteer knows ('Dr Haryoto Lumajang' is a hospital).
   */
  private static boolean isFullName(String[] words, Set<String> lowerCase) {
    Gazetteer gazetteer = Gazetteer.standard();
    for (String w : words) {
      if (!isName(w) || lowerCase.contains(w.toLowerCase(Locale.ROOT))
          || gazetteer.lookup(w).filter(e -> e.type() != Gazetteer.EntityType.PERSON).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** The words the article writes starting with a lower-case letter, as written. */
  private static Set<String> lowerCaseWords(AnnotatedArticle annotated) {
    Set<String> words = new HashSet<>();
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.text();
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** A year: four digits from 1900 to 2099 written without a separator. */
  private static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.matches("\\d{4}");
  }

  /** A time zone (time-zones.txt) or a mark of clock-marks.txt: a number before it is a time. */
  private static boolean isClockWord(String w) {
    return CLOCK_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.matches("\\d[\\d.,]*");
  }

  private static boolean isName(String w) {
    return w.length() >= MIN_NAME_LENGTH && Character.isUpperCase(w.codePointAt(0))
        && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '-')
        && !CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static Set<String> clockWords() {
    Set<String> words = new HashSet<>(WordList.load("dev/claimdiff/story/clock-marks.txt"));
    for (KeyedList.Line line : KeyedList.load("dev/claimdiff/ingest/time-zones.txt")) {
      words.add(line.key().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (Language language : Language.values()) {
      Calendar calendar = Calendar.of(language);
      words.addAll(calendar.monthWords());
      words.addAll(calendar.weekdayWords());
    }
    return words;
  }
}
