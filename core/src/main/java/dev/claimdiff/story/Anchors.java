package dev.claimdiff.story;

import dev.claimdiff.lang.Gazetteer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What ties a group of articles to one event rather than to a kind of event: the anchors two
 * groups must share before {@link StoryGrouper} merges them (issue 16). Common names (a ministry,
 * a rescue agency, a capital, an alert level) make two lone reports of two accidents or two rounds
 * of talks similar; an anchor is what the reports of one event write alike and those of another
 * event of the same kind do not:
 *
 * <ul>
 *   <li>a main place below a province (a city, a regency, a venue, a strait; neither a country
 *       nor a province or an island of the gazetteer, which hold many events at once);
 *   <li>a person named by a full name ({@link StoryFeatures#PERSON}), compared by its consonants
 *       ({@link #skeleton}), so that two spellings of one name meet;
 *   <li>a distinctive number: at least {@value #MIN_DIGITS} digits, neither led by nor ending in
 *       a zero (a round figure, a clock time or a code recurs across events; {@code 1,247} does
 *       not);
 *   <li>a main-event date within {@value #SAME_DAYS} days of one the other group gives (the
 *       claims' dates, never the publication date), but only together with a place: a place of
 *       one group equal to or lying in a place of the other ({@link Gazetteer#liesWithin}), or,
 *       when the gazetteer knows too little to tell, places it does not show disjoint and a main
 *       event of the same type. A date alone is no anchor: many events happen on one day, and a
 *       day's feed reports them all.
 * </ul>
 *
 * <p>Near copies need no anchor: two groups whose average similarity is at least
 * {@value #NEAR_COPY} share most of the features any two articles of the feed share, and copies
 * of a report that names no person, number or place still fall together. (The similarity counts
 * only shared features, so it overrates two lone articles of one kind: two eruptions' reports,
 * each alone in a feed, reach 0.54 on the volcanology agency's alert words.) A translation and its original share their
 * people's names, numbers and claims' dates and places, which both languages write alike (the
 * gazetteer gives a place one canonical name).
 *
 * <p>Immutable; the arrays are never modified.
 *
 * @param days the main-event dates of the group's claims, as epoch days, ascending, each once
 * @param keys the group's places below a province, people and numbers as keys, ascending, each
 *     once
 * @param places the group's main places except countries (canonical when the gazetteer knows
 *     them), ascending, each once
 * @param types the group's main-event types ({@code e:} features), ascending, each once
 */
record Anchors(long[] days, String[] keys, String[] places, String[] types) {
  /** The widest gap, in days, between two main-event dates of one event (time zones, a night). */
  static final int SAME_DAYS = 2;
  /** The fewest digits of a distinctive number. */
  static final int MIN_DIGITS = 3;
  /** The average similarity at or above which two groups are near copies and need no anchor. */
  static final double NEAR_COPY = 0.5;
  private static final String[] NONE = new String[0];

  /** An article's anchors. */
  static Anchors of(StoryFeatures article) {
    TreeSet<String> keys = new TreeSet<>();
    TreeSet<String> places = new TreeSet<>();
    TreeSet<String> types = new TreeSet<>();
    Gazetteer gazetteer = Gazetteer.standard();
    for (Map.Entry<String, String> e : article.features().entrySet()) {
      String key = e.getKey();
      if (key.startsWith(StoryFeatures.PERSON)) {
        keys.add(StoryFeatures.PERSON + skeleton(key.substring(StoryFeatures.PERSON.length())));
      } else if (key.startsWith("#") && distinctive(key.substring(1))) {
        keys.add(key);
      } else if (key.startsWith("e:")) {
        types.add(key);
      } else if (key.startsWith("p:")) {
        Optional<Gazetteer.Entity> known = gazetteer.lookup(e.getValue());
        if (known.filter(p -> p.type() == Gazetteer.EntityType.COUNTRY).isPresent()) {
          continue;
        }
        places.add(known.map(Gazetteer.Entity::canonical).orElse(e.getValue()));
        if (known.filter(Anchors::wide).isEmpty()) {
          keys.add("p:" + known.map(Gazetteer.Entity::canonical).orElse(e.getValue())
              .toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Anchors(MainDates.claimDates(article), keys.toArray(NONE),
        places.toArray(NONE), types.toArray(NONE));
  }

  /**
   * A place that holds many events at once: a region the gazetteer gives a level (it levels only
   * the wide divisions, provinces and islands, which {@link Gazetteer#disjoint} compares).
   */
  private static boolean wide(Gazetteer.Entity place) {
    return place.type() == Gazetteer.EntityType.REGION && place.level() != null
        && !place.level().isBlank();
  }

  /**
   * A person's name as its consonants: spellings of one name differ in vowels, an 'h', a 'j' for
   * a 'y' and doubled letters ('Dharmawan'/'Darmawan', 'Rusdiansyah'/'Rusdiyansyah',
   * 'Josef'/'Yosef').
   */
  static String skeleton(String name) {
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      char k = c == 'j' ? 'y' : c;
      if (Character.isWhitespace(k)) {
        if (last != ' ') {
          out.append(' ');
        }
        last = ' ';
      } else if (Character.isLetter(k) && "aeiouyh".indexOf(k) < 0 && k != last) {
        out.append(k);
        last = k;
      }
    }
    return out.toString().strip();
  }

  /** A number's digits that name one event's figure: long enough, not round, not a clock time. */
  static boolean distinctive(String digits) {
    return digits.length() >= MIN_DIGITS && digits.charAt(0) != '0'
        && digits.charAt(digits.length() - 1) != '0';
  }

  /** The anchors of two groups together. */
  Anchors with(Anchors other) {
    return new Anchors(MainDates.union(days, other.days), union(keys, other.keys),
        union(places, other.places), union(types, other.types));
  }

  private static String[] union(String[] a, String[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    TreeSet<String> all = new TreeSet<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all.toArray(NONE);
  }

  /**
   * Whether the two groups share an anchor: a place below a province, a number, a person when
   * their main places do not conflict ({@link #placesConflict}), or a date within
   * {@value #SAME_DAYS} days at places that agree.
   */
  boolean shares(Anchors other) {
    if (firstShared(keys, other.keys, false) != null) {
      return firstShared(keys, other.keys, true) != null || !placesConflict(other);
    }
    int i = 0;
    int j = 0;
    while (i < days.length && j < other.days.length) {
      if (Math.abs(days[i] - other.days[j]) <= SAME_DAYS) {
        return placesAgree(other);
      }
      if (days[i] < other.days[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /**
   * Whether a place of one group is a place of the other or lies in it, or, short of that, both
   * groups type their main event alike, no place of one is known disjoint from a place of the
   * other, and neither group names a place whose province (or island) the gazetteer knows (it
   * knows both too little to tell). One unknown village beside two known provinces is no
   * evidence that two same-day events are one.
   */
  private boolean placesAgree(Anchors other) {
    PlaceRelation relation = relate(other, false);
    if (relation == PlaceRelation.NESTED) {
      return true;
    }
    return relation == PlaceRelation.UNKNOWN && places.length > 0 && other.places.length > 0
        && !placed(places) && !placed(other.places) && intersect(types, other.types);
  }

  /** How the places of two groups stand to each other, as far as the gazetteer tells. */
  private enum PlaceRelation {
    /** A place of one is a place of the other or lies in it. */
    NESTED,
    /** None nested, and two of them are known disjoint. */
    DISJOINT,
    /** None nested, none known disjoint (or a group names no place). */
    UNKNOWN
  }

  /**
   * How the two groups' places stand; {@code withRegencies}: regencies and cities of the regency
   * list are placed in their provinces too ({@link Gazetteer#disjointPlaced}).
   */
  private PlaceRelation relate(Anchors other, boolean withRegencies) {
    Gazetteer gazetteer = Gazetteer.standard();
    boolean disjoint = false;
    for (String a : places) {
      for (String b : other.places) {
        if (a.equals(b) || gazetteer.liesWithin(a, b) || gazetteer.liesWithin(b, a)) {
          return PlaceRelation.NESTED;
        }
        disjoint |= withRegencies ? gazetteer.disjointPlaced(a, b) : gazetteer.disjoint(a, b);
      }
    }
    return disjoint ? PlaceRelation.DISJOINT : PlaceRelation.UNKNOWN;
  }

  /**
   * Whether the gazetteer knows the province or island of one of these places (up its {@code in}
   * links, else its {@code country}: West Jakarta lies in Jakarta).
   */
  private static boolean placed(String[] places) {
    Gazetteer gazetteer = Gazetteer.standard();
    for (String place : places) {
      String current = place;
      for (int level = 0; level < 4 && current != null; level++) {
        Optional<Gazetteer.Entity> entity = gazetteer.lookup(current);
        if (entity.isEmpty()) {
          break;
        }
        if (wide(entity.get())) {
          return true;
        }
        current = entity.get().within() != null ? entity.get().within() : entity.get().country();
      }
    }
    return false;
  }

  /**
   * Whether the groups' main places say they are two events: no place of one is a place of the
   * other or lies in it, and the gazetteer shows two of them disjoint (two regencies, two
   * provinces); places it does not know are no evidence (a village and its regency). A person
   * alone does not tie two such groups: an agency's head or a minister comments on every event of
   * a kind ('Kepala BMKG' on two quakes of one day in two regencies), while the reports of one
   * event name its place alike or name places that lie one in the other.
   */
  private boolean placesConflict(Anchors other) {
    return relate(other, true) == PlaceRelation.DISJOINT;
  }

  /**
   * The first key both sorted arrays hold, or null; with {@code unlessPerson}, only a key that is
   * not a person's (a place below a province or a distinctive number, which tie a group to its
   * event by themselves).
   */
  private static @Nullable String firstShared(String[] a, String[] b, boolean unlessPerson) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        if (!unlessPerson || !a[i].startsWith(StoryFeatures.PERSON)) {
          return a[i];
        }
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return null;
  }

  private static boolean intersect(String[] a, String[] b) {
    return firstShared(a, b, false) != null;
  }
}
