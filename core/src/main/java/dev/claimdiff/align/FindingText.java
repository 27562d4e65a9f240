package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every finder writes the same way in a finding's English summary: an article's label, a
 * list of articles cut at {@value #MAX_NAMED_ARTICLES}, a quotation cut at
 * {@value #MAX_QUOTED_LENGTH} characters, the ids of the claims a finding rests on.
 */
public final class FindingText {
  /** At most this many articles are named in a summary; more are written as {@code …}. */
  public static final int MAX_NAMED_ARTICLES = 10;

  /** A quotation or statement in a summary is cut to this many characters (with {@code …}). */
  public static final int MAX_QUOTED_LENGTH = 80;

  private FindingText() {}

  /** The article's label for people (its outlet and title), or its id when it is not known. */
  public static String label(Map<String, ArticleDigest> articles, String article) {
    ArticleDigest d = articles.get(article);
    return d == null ? article : d.label();
  }

  /**
   * The labels of the first {@value #MAX_NAMED_ARTICLES} articles, joined by commas, with
   * {@code , …} when there are more. An outlet with several articles is named once, with their
   * number ('Associated Press (2 articles)'): a list of outlets never reads as two sources where
   * there is one.
   */
  public static String named(Map<String, ArticleDigest> articles, Collection<String> ids) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    ids.forEach(a -> counts.merge(label(articles, a), 1, Integer::sum));
    return named(counts.entrySet().stream().limit(MAX_NAMED_ARTICLES)
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue() + " articles)")
        .toList(), counts.size());
  }

  /** The first {@value #MAX_NAMED_ARTICLES} of these labels of {@code count} articles. */
  static String named(List<String> labels, int count) {
    return labels.stream().limit(MAX_NAMED_ARTICLES).collect(Collectors.joining(", "))
        + (count > MAX_NAMED_ARTICLES ? ", …" : "");
  }

  /**
   * The claims grouped by who they are credited to, in order of first appearance: one person
   * written more or less fully ('Faizal Hamdani', 'Teuku Faizal Hamdani', {@link
   * Speakers#samePerson}) or spelled two ways ('Henky Sopacua', 'Hengky Sopacua': names that
   * share a word) is one group, and the unattributed are one group.
   */
  public static List<List<Claim>> bySpeaker(List<Claim> claims) {
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim c : claims) {
      List<Claim> home = null;
      for (List<Claim> group : groups) {
        String other = group.get(0).speaker();
        if (c.speaker() == null ? other == null
            : other != null && (Speakers.samePerson(other, c.speaker())
                || shareAWord(other, c.speaker()))) {
          home = group;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(c);
    }
    return groups;
  }

  /**
   * Whether two names share a word of three or more letters, case aside: a spelling variant of
   * one name ('Henky Sopacua', 'Hengky Sopacua') shares the rest, so only names that share none
   * are told apart as different speakers.
   */
  private static boolean shareAWord(String a, String b) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String w : WordPatterns.WHITE_SPACE.split(a.toLowerCase(java.util.Locale.ROOT))) {
      if (w.length() >= 3) {
        words.add(w);
      }
    }
    for (String w : WordPatterns.WHITE_SPACE.split(b.toLowerCase(java.util.Locale.ROOT))) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who said it where, for claims credited to more than one person: 'Antony Blinken (AP,
   * Reuters); Russia (TASS)', each person's spellings joined by ' / ', {@code unattributed} for
   * claims credited to no one.
   */
  public static String speakersIn(Map<String, ArticleDigest> articles, List<List<Claim>> groups,
      String unattributed) {
    return groups.stream().map(group -> {
      String names = group.stream().map(Claim::speaker).distinct()
          .map(n -> n == null ? unattributed : n).collect(Collectors.joining(" / "));
      return names + " (" + named(articles, group.stream().map(Claim::article).distinct().toList())
          + ")";
    }).collect(Collectors.joining("; "));
  }

  /** The claims' ids, in order. */
  public static ImmutableList<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(ImmutableList.toImmutableList());
  }

  /** The text on one line, cut to {@value #MAX_QUOTED_LENGTH} characters. */
  public static String shorten(String text) {
    String flat = WordPatterns.WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return flat.length() <= MAX_QUOTED_LENGTH ? flat
        : flat.substring(0, MAX_QUOTED_LENGTH - 1).strip() + "…";
  }
}
