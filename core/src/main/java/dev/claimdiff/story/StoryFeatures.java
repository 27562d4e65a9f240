package dev.claimdiff.story;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.lang.Calendar;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * What tells which event an article reports, for grouping articles into stories: the names it
 * writes (capitalised words inside a sentence, and the canonical names of the people, bodies and
 * places extraction recognised, which are the same in every language), its numbers, and, when
 * its claims give them, its main event's type, date and place. Credit lines, month and weekday
 * names are left out: they recur across unrelated stories.
 *
 * <p>Features are keys with a prefix: {@code n:} a name word, {@code #} a number (digits only,
 * so {@code 1.200} and {@code 1,200} meet), {@code e:} the main event, {@code d:} its date,
 * {@code p:} its place, {@code t:} the publication date (not compared: it only tells, when the
 * claims give no date, when the article appeared; {@link MainDates}). Numbers and names are
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
  /** A number is a feature only with at least this many digits (one digit is too common). */
  static final int MIN_NUMBER_DIGITS = 2;
  /** A capitalised word is a name only with at least this many letters. */
  static final int MIN_NAME_LENGTH = 3;
  private static final ImmutableList<String> CREDITS =
      WordList.load("dev/claimdiff/story/credit-lines.txt");
  private static final Set<String> CALENDAR_WORDS = calendarWords();

  /** The features of an annotated article and what was extracted from it. */
  public static StoryFeatures of(AnnotatedArticle annotated, Extraction extraction) {
    TreeMap<String, String> features = new TreeMap<>();
    for (Sentence s : annotated.sentences()) {
      if (isCredit(annotated.text(s))) {
        continue;
      }
      for (int i = 0; i < s.tokens().size(); i++) {
        String w = s.tokens().get(i).text();
        if (isNumber(w)) {
          String digits = w.replaceAll("[^0-9]", "");
          if (digits.length() >= MIN_NUMBER_DIGITS) {
            features.putIfAbsent("#" + digits, w);
          }
        } else if (i > 0 && isName(w)) {
          features.putIfAbsent("n:" + w.toLowerCase(Locale.ROOT), w);
        }
      }
    }
    for (String entity : extraction.spellings().keySet()) {
      for (String word : entity.split("[\\s-]+")) {
        if (isName(word)) {
          features.putIfAbsent("n:" + word.toLowerCase(Locale.ROOT), word);
        }
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

  private static boolean isCredit(String sentence) {
    String s = sentence.strip().replaceFirst("^[(\\[]\\s*", "").toLowerCase(Locale.ROOT);
    for (String cue : CREDITS) {
      if (s.startsWith(cue) && (s.length() == cue.length()
          || !Character.isLetter(s.charAt(cue.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.matches("\\d[\\d.,]*");
  }

  private static boolean isName(String w) {
    return w.length() >= MIN_NAME_LENGTH && Character.isUpperCase(w.codePointAt(0))
        && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '-')
        && !CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT));
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
