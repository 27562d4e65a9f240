package dev.claimdiff.extract.discourse;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Deadline;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.discourse.QuoteFinder.Quotation;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.SentenceWords;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.extract.engine.matchers.CharClasses;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is mentioned where in an article, so that pronouns ({@code dia}, {@code ia}, the {@code -nya}
 * of {@code ujarnya}) resolve to the most recent person mentioned before them outside quotations
 * (a person, never a country), and a surname alone ({@code Zakharova}) links to the full name the
 * article gave earlier.
 */
public final class Discourse {
  private static final int SENTENCES_BACK = 5;

  private final ImmutableList<Mention> mentions;
  /** Where mentions followed by a possessive 's start ('Hendarto's lawyer'). */
  private final java.util.Set<Integer> possessives;
  /**
   * Where mentions that stand as the speaker of a speech verb start ('Faizal told reporters',
   * 'said Henky Sopacua'): a pronoun in a later sentence refers to that sentence's speaker first.
   */
  private final java.util.Set<Integer> speakers = new java.util.HashSet<>();
  /** Where names the article writes as places start ('in Wae Ira'): they never speak. */
  private final java.util.Set<Integer> places = new java.util.HashSet<>();
  /**
   * Whether an offset is in the headline: a headline capitalises every word ('Van Duijn Puas,
   * PSSI Janjikan Bonus'), so its names are no full names a shorter one links to.
   */
  private final java.util.function.IntPredicate headline;
  private final ImmutableList<TextSpan> spans;
  private final Names names;
  /** The article's cleaned text. */
  private final String text;
  private final int[] sentenceStarts;
  // an article names the same people again and again: each spelling is resolved once
  private final java.util.Map<String, Optional<Names.Resolved>> resolvedAsSpeaker =
      new java.util.HashMap<>();
  private final java.util.Map<String, Optional<Names.Resolved>> resolvedOtherwise =
      new java.util.HashMap<>();
  private final java.util.Map<String, String> linkedSpeakers = new java.util.HashMap<>();
  private @Nullable List<String> allPersons;
  /** A titled name as read and the person's own name within it ({@link #regionSplits}). */
  private final java.util.Map<String, String> shortened;

  /**
   * Every stretch the mention rules match in an article, in text order: the first rule to claim
   * a stretch wins it.
   */
  static List<TextSpan> mentionSpans(String text, List<Sentence> sentences, SentenceWords[] words,
      RuleSet mentionRules, Deadline deadline) {
    List<TextSpan> spans = new ArrayList<>();
    java.util.BitSet claimed = new java.util.BitSet(text.length());
    for (Sentence sentence : sentences) {
      deadline.check();
      mentionRules.forEachMatch(text, sentence, words[sentence.index()], claimed, (rule, m) -> {
        if (Texts.anySet(claimed, m.start(), m.end())) {
          return; // an earlier rule claimed part of this stretch
        }
        claimed.set(m.start(), m.end());
        spans.add(TextSpan.of(m.start(), m.end()));
      });
    }
    spans.sort(java.util.Comparator.comparingInt(TextSpan::start));
    return spans;
  }

  /** The mentions of an article, from the stretches {@link #mentionSpans} found. */
  Discourse(String text, List<Sentence> sentences, List<TextSpan> spans,
      List<Quotation> quotations, Names names, CharTrie speechVerbs,
      java.util.function.IntPredicate headline) {
    this.names = names;
    this.text = text;
    this.headline = headline;
    this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
    List<Mention> found = new ArrayList<>();
    this.possessives = new java.util.HashSet<>();
    for (TextSpan s : spans) {
      if (s.end() + 1 < text.length() && (text.charAt(s.end()) == '\'' || text.charAt(s.end()) == '’')
          && text.charAt(s.end() + 1) == 's' && (s.end() + 2 == text.length()
              || !Character.isLetter(text.charAt(s.end() + 2)))) {
        possessives.add(s.start()); // 'Hendarto's lawyer': the possessor is not the subject
      }
    }
    // the canonical names of the persons found so far, each once, the most recent last
    List<String> persons = new ArrayList<>();
    java.util.Set<String> placeNames = placeNames(text, spans, names);
    for (TextSpan s : spans) {
      String surface = text.substring(s.start(), s.end());
      boolean inQuote = false;
      for (Quotation q : quotations) {
        inQuote |= q.parent() == null && q.contains(s.start());
      }
      boolean speaks = speechVerbFollows(text, s.end(), speechVerbs);
      if (speaks || speechVerbBefore(text, s.start(), speechVerbs)) {
        speakers.add(s.start());
      }
      if (names.isPronoun(surface)) {
        String antecedent = antecedent(found, s.start());
        found.add(new Mention(s.start(), s.end(), surface, antecedent, Mention.Kind.PRONOUN, inQuote,
            null, null));
        continue;
      }
      if (surface.indexOf(' ') < 0 && afterClockTime(text, s.start())) {
        speakers.remove(s.start());
        places.add(s.start());
        continue; // '13.00 WITA': the zone of a clock time, nobody who speaks
      }
      String aged = withAge(surface);
      Optional<Names.Resolved> resolved = aged != null
          ? resolvedAsSpeaker.computeIfAbsent(aged, n -> names.resolve(n, true)) // 'Sumarni (52)': a person
          : (speaks ? resolvedAsSpeaker : resolvedOtherwise) // 'Shoukry menambahkan': a speaker
              .computeIfAbsent(surface, n -> names.resolve(n, speaks));
      if (resolved.isEmpty() && aged == null) {
        String split = bodySplit(text, s, Texts.collapse(surface), names);
        if (split != null) {
          // 'Kepala Bandara H. Hasan Aroeboesman Agustinus Lado' where the article also writes
          // 'Bandara H. Hasan Aroeboesman Ende': the body's name ends where the article ends it
          resolved = names.resolve(split, speaks);
          resolvedAsSpeaker.put(surface, names.resolve(split, true));
          resolvedOtherwise.put(surface, names.resolve(split, false));
        }
      }
      if (resolved.isPresent() && !speaks && aged == null
          && resolved.get().kind() == Mention.Kind.PERSON
          && resolved.get().spelling().equals(Names.trim(surface))
          && names.isPlaceSuffix(nextWord(text, s.end()))) {
        continue; // 'Lumban Tonga village': a place the gazetteer does not know, not a person
      }
      if (resolved.isPresent() && aged == null && resolved.get().kind() == Mention.Kind.PERSON
          && resolved.get().spelling().equals(Names.trim(surface))
          && (names.isPlacePreposition(previousWord(text, s.start()))
              || placeNames.contains(Names.trim(surface)))) {
        speakers.remove(s.start());
        places.add(s.start());
        continue; // 'in Wae Ira', 'di Mamasa': a place the gazetteer does not know, not a person
      }
      String agedRole = names.agedRole(surface);
      if (agedRole != null) {
        // 'the 51-year-old official said': the person last named with that role, else, where
        // the description speaks (before or after its verb), whom a pronoun there would name
        // ('…, said Fahrul Sangaji. ¶ "…," the 51-year-old official said')
        // ('"…," said the 34-year-old': the age alone names no role, only whom a pronoun would)
        String holder = agedRole.isEmpty() ? null : describedPerson(found, text, agedRole, names);
        if (holder == null && (speaks || speechVerbBefore(text, s.start(), speechVerbs))) {
          holder = antecedent(found, s.start());
        }
        found.add(new Mention(s.start(), s.end(), surface, holder, Mention.Kind.PERSON, inQuote, null, null));
        notePerson(persons, found.get(found.size() - 1), headline);
        continue;
      }
      if (resolved.isEmpty() && names.isBareTitle(surface)) {
        // 'kata Presiden': the person last named with this title, or nobody
        String holder = titleHolder(found, surface, headline);
        if (holder == null && names.isDescription(surface)) {
          // 'the Kenyan diplomat': the person the article named with that role, or nobody
          String head = names.descriptionHead(surface);
          String whole = names.withoutArticle(Texts.key(surface));
          holder = describedPerson(found, text, whole, names);
          holder = holder != null || whole.equals(head) ? holder : describedPerson(found, text, head, names);
          if (holder == null && !whole.equals(head)) {
            // 'the Vietnamese diplomat' after 'Vietnamese Foreign Minister Tran Quoc Vinh'
            holder = qualifiedPerson(found, text, surface, whole, head, names, headline);
          }
        }
        found.add(new Mention(s.start(), s.end(), surface, holder, Mention.Kind.PERSON, inQuote, null, null));
        notePerson(persons, found.get(found.size() - 1), headline);
        continue;
      }
      if (resolved.isEmpty() && surface.indexOf(' ') < 0) {
        // 'Vinh called the talks …': one unknown word is a person when it is the surname or
        // first name of someone the article named in full before
        String full = linkSurname(persons, Names.trim(surface));
        if (!full.equals(Names.trim(surface)) && names.isPlainPersonName(full)) {
          found.add(new Mention(s.start(), s.end(), surface, full, Mention.Kind.PERSON, inQuote, full,
              Names.trim(surface)));
          notePerson(persons, found.get(found.size() - 1), headline);
          continue;
        }
      }
      String served = resolved.isPresent() && names.isDemonstrative(nextWord(text, s.end()))
          ? names.servedByOfficial(surface) : null;
      if (served != null) {
        // 'kata diplomat Vietnam itu': the one person named before with 'Vietnam' in their roles
        // ('Menlu Vietnam Tran Quoc Vinh'); with none or several, the official as written
        String holder = personQualifiedBy(found, text, surface, Texts.key(served), names, headline);
        if (holder != null) {
          found.add(new Mention(s.start(), s.end(), surface, holder, Mention.Kind.PERSON, inQuote,
              null, null));
          notePerson(persons, found.get(found.size() - 1), headline);
          continue;
        }
      }
      if (resolved.isPresent()) {
        String canonical = linkKnown(persons, resolved.get());
        found.add(new Mention(s.start(), s.end(), surface, canonical, resolved.get().kind(), inQuote,
            resolved.get().entity(), resolved.get().spelling()));
        notePerson(persons, found.get(found.size() - 1), headline);
      }
    }
    laterHolders(found, headline);
    this.shortened = regionSplits(found);
    List<Mention> renamed = new ArrayList<>(found.size());
    for (Mention m : found) {
      renamed.add(shortened.containsKey(m.canonical()) ? new Mention(m.start(), m.end(), m.surface(),
          shortened.get(m.canonical()), m.kind(), m.inQuote(),
          shortened.getOrDefault(m.entity(), m.entity()),
          shortened.getOrDefault(m.spelling(), m.spelling())) : m);
    }
    this.mentions = ImmutableList.copyOf(renamed);
    this.spans = ImmutableList.copyOf(spans);
  }

  /** A clock time right before white space at the end of a region ('pukul 13.00 '). */
  private static final java.util.regex.Pattern CLOCK_BEFORE =
      java.util.regex.Pattern.compile("(?<![\\d.:])\\d{1,2}[.:]\\d{2}\\s+\\z");

  /** How far back a clock time before a mention is looked for ('13.00 '). */
  private static final int CLOCK_REACH = 8;

  /** Whether a clock time stands right before {@code at} ('13.00 WITA', '08:15 WIB'). */
  private static boolean afterClockTime(String text, int at) {
    // the pattern ends with a digit and white space: most mentions follow none, and need no search
    int before = at;
    while (before > 0 && isPatternSpace(text.charAt(before - 1))) {
      before--;
    }
    if (before == at || before == 0 || text.charAt(before - 1) < '0'
        || text.charAt(before - 1) > '9') {
      return false;
    }
    return CLOCK_BEFORE.matcher(text).region(Math.max(0, at - CLOCK_REACH), at).find();
  }

  /** The white space of {@code \s} in a pattern without Unicode classes. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * A titled name whose body's name runs on into the person's, split where the article itself
   * ends the body's name elsewhere: 'Kepala Bandara H. Hasan Aroeboesman Agustinus Lado' after
   * 'Bandara H. Hasan Aroeboesman Ende ditutup' is 'Kepala Bandara H. Hasan Aroeboesman,
   * Agustinus Lado' (the comma marks where the name begins). The body's name starts at its first
   * body word (org-words.txt) after the title and is the longest run of two or more words the
   * article writes, outside this mention, followed by something else than the next word here;
   * null when the mention opens with no title or no such run is written.
   */
  private static @Nullable String bodySplit(String text, TextSpan span, String surface,
      Names names) {
    if (!names.startsWithTitle(Names.trim(surface))) {
      return null;
    }
    String[] words = surface.split(" ");
    int body = 1;
    while (body < words.length && !names.opensBody(words[body])) {
      body++;
    }
    for (int end = words.length - 1; end >= body + 2; end--) {
      String run = String.join(" ", java.util.Arrays.asList(words).subList(body, end));
      if (writtenElsewhere(text, span, run, words[end])) {
        return String.join(" ", java.util.Arrays.asList(words).subList(0, end)) + ", "
            + String.join(" ", java.util.Arrays.asList(words).subList(end, words.length));
      }
    }
    return null;
  }

  /**
   * Whether {@code run} stands in the text as whole words outside {@code span}, followed by
   * something else than {@code next}.
   */
  private static boolean writtenElsewhere(String text, TextSpan span, String run, String next) {
    for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
      int end = at + run.length();
      if (at >= span.start() && at < span.end()
          || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      int after = end;
      while (after < text.length() && CharClasses.isWhiteSpace(text.charAt(after))) {
        after++;
      }
      if (!text.startsWith(next, after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a bare title that named nobody before ('Hakim menyatakan …' in a lead) the one person
   * the article names with that title later ('… kata ketua majelis hakim Ariyanto Sitompul'): a
   * lead often withholds the name it gives further down. The title must stand among the later
   * mention's titles, before the name; with no such person, or two different ones, the title
   * stays nobody. A headline's title is left alone.
   */
  private static void laterHolders(List<Mention> found, java.util.function.IntPredicate headline) {
    for (int i = 0; i < found.size(); i++) {
      Mention title = found.get(i);
      if (title.kind() != Mention.Kind.PERSON || title.spelling() != null
          || title.canonical() != null || headline.test(title.start())) {
        continue;
      }
      String wanted = " " + Texts.key(title.surface()) + " ";
      String holder = null;
      boolean several = false;
      for (int j = i + 1; j < found.size(); j++) {
        Mention later = found.get(j);
        if (later.kind() != Mention.Kind.PERSON || later.spelling() == null
            || later.canonical() == null || later.inQuote()) {
          continue;
        }
        String key = " " + Texts.key(later.surface()) + " ";
        String name = " " + Texts.key(later.spelling()) + " ";
        int at = key.indexOf(wanted);
        if (at >= 0 && key.endsWith(name) && at + wanted.length() <= key.length() - name.length() + 1) {
          several |= holder != null && !holder.equals(later.canonical());
          holder = later.canonical();
        }
      }
      if (holder != null && !several) {
        found.set(i, new Mention(title.start(), title.end(), title.surface(), holder,
            Mention.Kind.PERSON, title.inQuote(), null, null));
      }
    }
  }

  /** The most letters of a marker that opens a name ('La', 'Wa', 'I', 'Ni'), never a region. */
  private static final int MARKER_LETTERS = 2;

  /**
   * The person's own name for each titled name that ran on from the region the title serves
   * ('Kepala Pelaksana BPBD Humbang Hasundutan Ronald Sihombing', 'Bupati Humbang Hasundutan
   * Marlon Situmorang'): papers write title, body, region, name with nothing between, and a
   * region the gazetteer does not know reads as the first words of the name. The article's own
   * shorter naming decides the split: a later one-word mention that is a middle word of the
   * name ('kata Ronald') is where the name begins; without one, a name of four or more words
   * after a title keeps its last two (a region of two words before a two-word name is the common
   * shape; a person's name of four words after a title is rare). Names the gazetteer knows and
   * names written without a title are left alone.
   */
  private static java.util.Map<String, String> regionSplits(List<Mention> found) {
    java.util.Map<String, String> splits = new java.util.HashMap<>();
    for (Mention m : found) {
      String name = m.canonical();
      if (m.kind() != Mention.Kind.PERSON || name == null || splits.containsKey(name)
          || !name.equals(m.spelling()) || !name.equals(m.entity())) {
        continue; // a gazetteer person (entity differs) or a link: not a name as written
      }
      String surface = Names.trim(m.surface());
      if (surface.length() <= name.length() || !surface.endsWith(" " + name)) {
        continue; // no title before the name
      }
      String[] words = name.split(" ");
      if (words.length < 3) {
        continue;
      }
      int begin = -1;
      for (Mention later : found) {
        String shortName = later.spelling();
        if (later.start() > m.start() && name.equals(later.canonical()) && shortName != null
            && shortName.indexOf(' ') < 0) {
          for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals(shortName) && (begin < 0 || i < begin)) {
              begin = i;
            }
          }
        }
      }
      if (begin < 0 && words.length >= 4) {
        begin = words.length - 2;
        while (begin > 1 && words[begin - 1].length() <= MARKER_LETTERS) {
          begin--; // 'Baubau La Ode Syamsul': a name's one- or two-letter marker opens it
        }
      }
      if (begin > 0) {
        splits.put(name, String.join(" ", java.util.Arrays.asList(words).subList(begin, words.length)));
      }
    }
    return splits;
  }

  /**
   * Whether a speech verb follows {@code at} after white space ({@code \\s+} and a whole word
   * of the speech, reporting and stance verbs, as a rule's {@code {list}} reads it): the mention
   * before it stands where a speaker stands.
   */
  private static boolean speechVerbFollows(String text, int at, CharTrie verbs) {
    int word = at;
    while (word < text.length() && CharClasses.isWhiteSpace(text.charAt(word))) {
      word++;
    }
    if (word > at && CharClasses.isWholeWord(verbs, text, word, text.length())) {
      return true;
    }
    int close = appositionEnd(text, at);
    if (close < 0) {
      return false;
    }
    word = close;
    while (word < text.length() && CharClasses.isWhiteSpace(text.charAt(word))) {
      word++;
    }
    return word > close && CharClasses.isWholeWord(verbs, text, word, text.length());
  }

  /**
   * Whether a speech verb stands right before {@code at}, after white space ('said Henky
   * Sopacua'): the mention there names the speaker.
   */
  private static boolean speechVerbBefore(String text, int at, CharTrie verbs) {
    int end = at;
    while (end > 0 && CharClasses.isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end == at) {
      return false;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end && CharClasses.isWholeWord(verbs, text, start, end);
  }

  /** The longest apposition read between a name and its speech verb ({@link #appositionEnd}). */
  private static final int APPOSITION_MAX = 45;

  /**
   * Where an apposition between commas that describes the person before it ends ('Marthen, warga
   * Kecamatan Aralle, mengatakan', 'Ana Lopez, a resident of the village, said'): right after its
   * closing comma, or -1. It opens with a lower-case word (a description, not a weekday or a
   * place: 'di Masohi, Senin, mengatakan' names no speaker) and holds no sentence or quotation
   * mark.
   */
  private static int appositionEnd(String text, int at) {
    if (at >= text.length() || text.charAt(at) != ',') {
      return -1;
    }
    int i = at + 1;
    while (i < text.length() && CharClasses.isWhiteSpace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || !Character.isLowerCase(text.charAt(i))) {
      return -1;
    }
    for (int end = Math.min(text.length(), i + APPOSITION_MAX); i < end; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        return i + 1;
      }
      if (c == '.' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”' || c == '\n'
          || c == '(' || c == ')') {
        return -1;
      }
    }
    return -1;
  }

  /** The word before white space at {@code at} (letters only), or "" when none precedes. */
  private static String previousWord(String text, int at) {
    int end = at;
    while (end > 0 && CharClasses.isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return end == at ? "" : text.substring(start, end);
  }

  /**
   * The names the article writes after or before a place word somewhere ('Gunung Wolo Bara',
   * 'Desa Tanalewu', 'Wae Ira village'): such a name is a place wherever it stands, never a
   * person ('Pos Pengamatan Gunung Api (PGA) Wolo Bara di Desa Tanalewu, Fransiskus Rato,
   * mengatakan …').
   */
  private static java.util.Set<String> placeNames(String text, List<TextSpan> spans, Names names) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (TextSpan s : spans) {
      String surface = Names.trim(text.substring(s.start(), s.end()));
      String previous = previousWord(text, s.start());
      // a preposition is no evidence here ('at Blinken's request'): a place word is
      if (names.isPlacePrefix(previous) || names.isPlaceSuffix(nextWord(text, s.end()))) {
        found.add(surface);
      }
      String[] words = dev.claimdiff.lang.WordPatterns.WHITE_SPACE.split(surface, 2);
      if (words.length == 2 && names.isPlacePrefix(words[0])) {
        found.add(words[1]); // 'Gunung Wolo Bara' read as one name
      }
    }
    return found;
  }

  /** The word after white space at {@code at} (letters only), or "" when none follows. */
  private static String nextWord(String text, int at) {
    int start = at;
    while (start < text.length() && CharClasses.isWhiteSpace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return start == at ? "" : text.substring(start, end);
  }

  /** Every stretch the mention rules matched, resolved or not, in text order. */
  ImmutableList<TextSpan> spans() {
    return spans;
  }

  public ImmutableList<Mention> mentions() {
    return mentions;
  }

  /** The person a pronoun at {@code offset} refers to, or null when no person came before. */
  public @Nullable String personBefore(int offset) {
    return antecedent(mentions, offset);
  }

  /** Whether a surface is a pronoun of the language ('he', 'dia'). */
  public boolean isPronoun(String surface) {
    return names.isPronoun(surface.strip());
  }

  /**
   * The canonical speaker for a surface standing before a speech verb at {@code offset}: a
   * pronoun is resolved, a name canonicalised; null when it cannot be resolved.
   */
  public @Nullable String speaker(String surface, int offset) {
    Mention known = mentionAt(offset);
    if (known != null && known.end() - known.start() == surface.length()
        && (known.kind() == Mention.Kind.PRONOUN || known.spelling() == null)) {
      return known.canonical(); // a pronoun or a bare title, resolved in context
    }
    String s = surface.strip();
    if (names.isPronoun(s)) {
      return personBefore(offset);
    }
    String aged = withAge(s);
    if (aged != null) {
      s = aged; // 'Wa Ode Sitti (52)': the name without the age
    }
    if (places.contains(offset)) {
      return null; // 'di Mamasa berjanji': the place where, not who
    }
    return resolvedAsSpeaker.computeIfAbsent(s, n -> names.resolve(n, true))
        .map(r -> linkedSpeakers.computeIfAbsent(r.canonical() + "\u0000" + r.spelling(),
            c -> linkKnown(persons(), r)))
        .map(n -> shortened.getOrDefault(n, n))
        .orElse(null);
  }

  /**
   * The person named between commas right before a speech verb at {@code verbStart}, after the
   * subject a rule read ('Petugas Pos Pengamatan Gunung Api (PGA) Wolo Bara di Desa Tanalewu,
   * Fransiskus Rato, mengatakan'): the name in apposition is who speaks, not the office, mountain
   * or place before it; null when no named person stands there.
   */
  public @Nullable String enclosedSpeaker(int from, int verbStart) {
    List<Mention> between = mentionsIn(from, verbStart);
    if (between.isEmpty()) {
      return null;
    }
    Mention last = between.get(between.size() - 1);
    int before = Texts.stripEnd(text, 0, last.start());
    if (!COMMA_ONLY.matcher(text).region(last.end(), verbStart).matches() || before <= from
        || text.charAt(before - 1) != ',') {
      return null;
    }
    return namedPerson(last);
  }

  /** A comma and white space only: what stands between a name in apposition and its verb. */
  private static final java.util.regex.Pattern COMMA_ONLY =
      java.util.regex.Pattern.compile("\\s*,\\s*");

  /**
   * The person a description in apposition describes, when a rule read the description as the
   * speaker ('Maria Goreti Nona (38), warga Desa Kelisamba, mengatakan'; 'Budi Santoso, Kepala
   * BPBD Ende, mengatakan'): a name written without a title right before the description's comma
   * speaks, never the title and the place or body it holds; null when the mention at {@code at}
   * opens with no title or no such name stands before it.
   */
  public @Nullable String appositionHolder(int at) {
    Mention description = mentionAt(at);
    if (description == null || !names.startsWithTitle(Names.trim(description.surface()))) {
      return null;
    }
    int comma = Texts.stripEnd(text, 0, at);
    if (comma == 0 || text.charAt(comma - 1) != ',') {
      return null;
    }
    int nameEnd = Texts.stripEnd(text, 0, comma - 1);
    for (Mention m : mentionsIn(Math.max(0, nameEnd - APPOSITION_MAX * 4), nameEnd)) {
      if (m.end() == nameEnd && !names.startsWithTitle(Names.trim(m.surface()))) {
        return namedPerson(m);
      }
    }
    return null;
  }

  /**
   * The person named right after a title that names no one by itself, with the body in lower case
   * between them ('kata pejabat komisi pemilihan Maria Lolo kepada AFP'): the title and its
   * description are one role, the name is who holds it; null when the mention at {@code at} is no
   * bare title or no named person follows within three lower-case words.
   */
  public @Nullable String namedAfterTitle(int at) {
    Mention title = mentionAt(at);
    if (title == null || title.kind() != Mention.Kind.PERSON || title.spelling() != null) {
      return null;
    }
    java.util.regex.Matcher words = LOWER_CASE_WORDS.matcher(text).region(title.end(), text.length());
    if (!words.lookingAt()) {
      return null;
    }
    Mention named = mentionAt(words.end());
    return named == null ? null : namedPerson(named);
  }

  /** One to three lower-case words after white space: the body a title serves, in lower case. */
  private static final java.util.regex.Pattern LOWER_CASE_WORDS =
      java.util.regex.Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}\\s+");

  /**
   * The canonical name of a mention of a person named outside quotations (not a pronoun, not a
   * bare title), read where a speaker stands; else null.
   */
  private @Nullable String namedPerson(Mention m) {
    if (m.inQuote() || m.kind() != Mention.Kind.PERSON || m.spelling() == null
        || m.canonical() == null) {
      return null;
    }
    return speaker(m.surface(), m.start());
  }

  /** The name before an age in brackets ('Sumarni (52)' is 'Sumarni'), or null. */
  private static @Nullable String withAge(String surface) {
    int open = surface.lastIndexOf('(');
    if (open > 0 && surface.endsWith(")")
        && surface.substring(open + 1, surface.length() - 1).chars().allMatch(Character::isDigit)) {
      return surface.substring(0, open).strip();
    }
    return null;
  }

  /**
   * The person last mentioned with this title before ('Presiden Joko Widodo'), or null; a
   * headline's title-case words ('Hakim Vonis Eks Dirut PT PSN') name no holder.
   */
  private static @Nullable String titleHolder(List<Mention> earlier, String title,
      java.util.function.IntPredicate headline) {
    String wanted = Texts.key(title);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Mention m = earlier.get(i);
      if (m.kind() == Mention.Kind.PERSON && m.canonical() != null && m.spelling() != null
          && !headline.test(m.start())
          && Texts.key(m.surface()).startsWith(wanted + " ")) {
        return m.canonical();
      }
    }
    return null;
  }

  /** How far before a name a possessor of it may start ('Vietnam's Tran Quoc Vinh'). */
  private static final int POSSESSOR_REACH = 40;

  /** A capitalised possessor right before a name: 'Vietnam's ' (the region ends at the name). */
  private static final java.util.regex.Pattern POSSESSOR =
      java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)['’]s\\s+$");

  /** An apposition right after a name: ', the trade minister,' or ', Kenya's envoy.' */
  private static final java.util.regex.Pattern APPOSITION =
      java.util.regex.Pattern.compile("\\s*,\\s*([^,.;:\"“”()\\n]{1,60})(?=[,.;])");

  /**
   * The person most recently named before with the role a description gives ({@code head}, such
   * as 'diplomat' or 'trade minister'), in the titles of the mention or in an apposition right
   * after it ('Jane Harris, Kenya's trade minister,'); null when none was.
   */
  private static @Nullable String describedPerson(List<Mention> earlier, String text, String head,
      Names names) {
    java.util.regex.Pattern role = java.util.regex.Pattern.compile(
        "(?<![\\p{L}])" + java.util.regex.Pattern.quote(head) + "(?![\\p{L}])",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Mention m = earlier.get(i);
      if (m.kind() != Mention.Kind.PERSON || m.canonical() == null || m.spelling() == null
          || m.inQuote()) {
        continue;
      }
      java.util.regex.Matcher apposition = APPOSITION.matcher(text).region(m.end(), text.length());
      String roles = m.surface() + (apposition.lookingAt() ? " " + apposition.group(1) : "")
          + " " + describedBefore(m, text, names);
      if (role.matcher(roles).find()) {
        return m.canonical();
      }
    }
    return null;
  }

  /** How far before a name a description in apposition may start. */
  private static final int DESCRIBED_REACH = 60;

  /** The words closed by a comma right before a name: 'met Kenya's top envoy, '. */
  private static final java.util.regex.Pattern WORDS_BEFORE_COMMA = java.util.regex.Pattern.compile(
      "((?:[\\p{L}'’.-]+\\s+)*[\\p{L}'’.-]+)\\s*,\\s*$");

  /** The most words a description in apposition before a name may hold. */
  private static final int DESCRIBED_WORDS = 5;

  /** A comma or a full stop right after a name: the end of an apposition around it. */
  private static final java.util.regex.Pattern APPOSITION_CLOSED =
      java.util.regex.Pattern.compile("\\s*[,.;]");

  /**
   * The description written in apposition right before a name, closed by commas around the name
   * ('met Kenya's top envoy, Mary Wanjiru, in Nairobi'): a role that names no one by itself;
   * else the empty string. A description before a name that a verb follows ('After meeting the
   * top envoy, Harris said') is the object of another clause, none of the name's roles.
   */
  private static String describedBefore(Mention named, String text, Names names) {
    java.util.regex.Matcher before = WORDS_BEFORE_COMMA.matcher(text)
        .region(Math.max(0, named.start() - DESCRIBED_REACH), named.start());
    if (!before.find() || !APPOSITION_CLOSED.matcher(text).region(named.end(), text.length())
        .lookingAt()) {
      return "";
    }
    String[] words = WordPatterns.WHITE_SPACE.split(before.group(1).strip());
    for (int k = 2; k <= Math.min(DESCRIBED_WORDS, words.length); k++) {
      // the shortest run of the last words that reads as a description ('the top envoy',
      // 'Japan's top envoy'), so that the verb before it is never part of it
      String description = String.join(" ",
          java.util.Arrays.copyOfRange(words, words.length - k, words.length));
      if (names.isDescription(description)) {
        return description;
      }
    }
    return "";
  }

  /**
   * The one person named before whose roles hold every capitalised qualifier of a description
   * whose title names no one ('the Vietnamese diplomat': the only person named with
   * 'Vietnamese' in his titles, 'Vietnamese Foreign Minister Tran Quoc Vinh'); null when the
   * description has no capitalised qualifier (a nationality or a body) or when no one, or more
   * than one person, was so named.
   */
  private static @Nullable String qualifiedPerson(List<Mention> earlier, String text,
      String surface, String whole, String head, Names names,
      java.util.function.IntPredicate headline) {
    if (!whole.endsWith(head)) {
      return null;
    }
    String qualifiers = whole.substring(0, whole.length() - head.length()).strip();
    return personQualifiedBy(earlier, text, surface, qualifiers, names, headline);
  }

  /**
   * The one person named before, outside the headline, whose roles (titles, apposition,
   * possessor) hold every word of
   * {@code qualifiers} (lower case, as {@code surface} writes them capitalised); null when a
   * qualifier is not capitalised in the surface (a rank), or when no one, or more than one
   * person, fits.
   */
  private static @Nullable String personQualifiedBy(List<Mention> earlier, String text,
      String surface, String qualifiers, Names names, java.util.function.IntPredicate headline) {
    if (qualifiers.isEmpty()) {
      return null;
    }
    List<java.util.regex.Pattern> words = new ArrayList<>();
    for (String word : qualifiers.split(" ")) {
      java.util.regex.Matcher written = java.util.regex.Pattern.compile(
          "(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
          .matcher(surface);
      if (!written.find() || !Character.isUpperCase(surface.charAt(written.start()))) {
        return null; // 'the senior diplomat': a rank, which names no one
      }
      String asWritten = surface.substring(written.start(), written.end());
      String country = names.demonymCountry(asWritten); // 'Vietnamese': also 'Vietnam's'
      words.add(java.util.regex.Pattern.compile("(?<![\\p{L}])(?:"
          + java.util.regex.Pattern.quote(asWritten)
          + (country == null ? "" : "|" + java.util.regex.Pattern.quote(country))
          + ")(?![\\p{L}])"));
    }
    String found = null;
    for (Mention m : earlier) {
      if (m.kind() != Mention.Kind.PERSON || m.canonical() == null || m.spelling() == null
          || m.inQuote() || headline.test(m.start())) {
        continue; // a headline's title-case words are no one's roles
      }
      java.util.regex.Matcher apposition = APPOSITION.matcher(text).region(m.end(), text.length());
      String roles = m.surface() + (apposition.lookingAt() ? " " + apposition.group(1) : "");
      java.util.regex.Matcher owner = POSSESSOR.matcher(text)
          .region(Math.max(0, m.start() - POSSESSOR_REACH), m.start());
      String owned = owner.find() ? owner.group(1) + " " + roles : roles; // 'Vietnam's Tran Quoc Vinh'
      if (words.stream().allMatch(w -> w.matcher(owned).find())) {
        if (found != null && !found.equals(m.canonical())) {
          return null; // two people fit: say nothing rather than guess
        }
        found = m.canonical();
      }
    }
    return found;
  }

  /** The mention that starts at {@code offset}, or null. */
  public @Nullable Mention mentionAt(int offset) {
    int low = 0;
    int high = mentions.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = mentions.get(mid).start();
      if (start == offset) {
        return mentions.get(mid);
      }
      if (start < offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return null;
  }

  /** Where the mention (of anyone, resolved) that starts at {@code offset} ends, or -1. */
  public int mentionEndAt(int offset) {
    Mention m = mentionAt(offset);
    return m == null ? -1 : m.end();
  }

  /** Where the mention of a person that starts at {@code offset} ends, or -1. */
  public int personEndAt(int offset) {
    Mention m = mentionAt(offset);
    return m != null && m.kind() == Mention.Kind.PERSON && m.canonical() != null ? m.end() : -1;
  }

  /** The person whose mention ends exactly at {@code end}, outside quotations, or null. */
  public @Nullable String personEndingAt(int end) {
    for (Mention m : mentions) {
      if (m.start() >= end) {
        break;
      }
      if (m.end() == end && !m.inQuote() && m.canonical() != null
          && m.kind() == Mention.Kind.PERSON) {
        return m.canonical();
      }
    }
    return null;
  }

  /** The actor whose mention ends exactly at {@code end}, outside quotations, or null. */
  public @Nullable String actorEndingAt(int end) {
    for (Mention m : mentions) {
      if (m.end() == end && !m.inQuote() && m.canonical() != null) {
        return m.canonical();
      }
    }
    return null;
  }

  /** The mentions that start in [from, to), in order (found by binary search, not a scan). */
  public List<Mention> mentionsIn(int from, int to) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < from) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < mentions.size() && mentions.get(end).start() < to) {
      end++;
    }
    return mentions.subList(low, end);
  }

  /**
   * Whether a stretch the mention rules matched starts in [from, to) but names no one the
   * article knows ('Pengunjuk rasa membakar ban': a subject of its own that is no person named).
   */
  public boolean unresolvedMentionIn(int from, int to) {
    int next = 0;
    for (TextSpan span : spans) {
      if (span.start() >= to) {
        break;
      }
      if (span.start() < from) {
        continue;
      }
      while (next < mentions.size() && mentions.get(next).start() < span.start()) {
        next++;
      }
      if (next >= mentions.size() || mentions.get(next).start() != span.start()
          || mentions.get(next).canonical() == null) {
        return true;
      }
    }
    return false;
  }

  /** The first actor mentioned in [from, to) outside quotations, pronouns resolved. */
  public @Nullable String firstActor(int from, int to) {
    // mentions are in order of start: the first at or after 'from' by binary search
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < from) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < mentions.size() && mentions.get(i).start() < to; i++) {
      Mention m = mentions.get(i);
      if (!m.inQuote() && m.canonical() != null) {
        return m.canonical();
      }
    }
    return null;
  }

  /**
   * The person a pronoun at {@code offset} refers to: the first person (the subject, in a
   * subject-first language) named earlier in its own sentence, else in the nearest of the
   * {@value #SENTENCES_BACK} sentences before it that names one. Quotations do not count.
   */
  private @Nullable String antecedent(List<Mention> candidates, int offset) {
    int sentence = sentenceIndex(offset);
    for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
      int from = sentenceStarts[s];
      int to = s == sentence ? offset : sentenceStarts[s + 1];
      String possessor = null; // a possessor is the antecedent only when no one else is
      if (s < sentence) {
        // an earlier sentence's own speaker ('…, spokesman Faizal told reporters. …, he said')
        // before the first person it names, who may be only what was said about
        for (Mention m : candidates) {
          if (m.start() >= from && m.start() < to && !m.inQuote() && m.canonical() != null
              && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN)
              && speakers.contains(m.start()) && !possessives.contains(m.start())) {
            return m.canonical();
          }
        }
      }
      for (Mention m : candidates) {
        if (m.start() >= from && m.start() < to && !m.inQuote() && m.canonical() != null
            && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN)) {
          if (!possessives.contains(m.start())) {
            return m.canonical();
          }
          possessor = possessor == null ? m.canonical() : possessor;
        }
      }
      if (possessor != null) {
        return possessor;
      }
    }
    return null;
  }

  private int sentenceIndex(int offset) {
    int index = 0;
    for (int i = 0; i < sentenceStarts.length; i++) {
      if (sentenceStarts[i] <= offset) {
        index = i;
      }
    }
    return index;
  }

  /**
   * A one-word name linked to the full name the article gave before: Indonesian papers shorten
   * to the first name ('Dedi' for Dedi Kurniawan), international ones to the surname ('Lavrov').
   * The full name is the most recent of {@code persons} (canonical names, each once, the most
   * recently mentioned last) that holds the short name's words in order and has more of them;
   * else {@code canonical} itself.
   */
  private static String linkSurname(List<String> persons, String canonical) {
    int words = wordCount(canonical);
    if (words > 2) {
      return canonical;
    }
    // one or two words of a full name given before, in order: 'Lavrov', 'Dedi' (Dedi
    // Kurniawan), 'Amran' (Andi Amran Sulaiman), 'Sheikh Mohammed' (Sheikh Mohammed bin …)
    for (int i = persons.size() - 1; i >= 0; i--) {
      String full = persons.get(i);
      if (full.length() > canonical.length() && containsWords(full, canonical)
          && wordCount(full) > words) {
        return pairMember(full, canonical);
      }
    }
    return canonical;
  }

  /**
   * The one of a running-mate pair written with a hyphen ('Andi Rahmat Mappaturung-Yosef
   * Lumintang') whose name holds {@code part}: 'kata Andi' is the candidate, not the ticket. A
   * hyphen inside one name ('Shin Tae-yong', 'Soekarno-Hatta') has no space on both sides of it
   * and is left alone.
   */
  private static String pairMember(String full, String part) {
    int hyphen = full.indexOf('-');
    if (hyphen <= 0 || full.indexOf('-', hyphen + 1) >= 0 || hyphen + 1 >= full.length()
        || !Character.isUpperCase(full.charAt(hyphen + 1))) {
      return full;
    }
    String first = full.substring(0, hyphen).strip();
    String second = full.substring(hyphen + 1).strip();
    if (first.indexOf(' ') < 0 || second.indexOf(' ') < 0) {
      return full;
    }
    if (containsWords(first, part)) {
      return first;
    }
    return containsWords(second, part) ? second : full;
  }

  /**
   * The full name a resolved name links to ({@link #linkSurname}); a one-word spelling that the
   * gazetteer gives to someone else ('Harris') first links to a full name the article gave
   * ('Jane Harris'), since the article's own naming wins over a famous bearer of the surname.
   */
  private String linkKnown(List<String> persons, Names.Resolved resolved) {
    String spelling = resolved.spelling();
    if (resolved.kind() == Mention.Kind.PERSON && spelling != null && spelling.indexOf(' ') < 0
        && !spelling.equals(resolved.canonical())) {
      String full = linkSurname(persons, spelling);
      if (!full.equals(spelling) && names.isPlainPersonName(full)) {
        return full;
      }
    }
    return linkSurname(persons, resolved.canonical());
  }

  /**
   * Moves a person's canonical name to the end of {@code persons} (most recent last); a name in
   * the headline is not noted.
   */
  private static void notePerson(List<String> persons, Mention m,
      java.util.function.IntPredicate headline) {
    if (m.kind() == Mention.Kind.PERSON && m.canonical() != null && !headline.test(m.start())) {
      persons.remove(m.canonical());
      persons.add(m.canonical());
    }
  }

  /** The canonical names of every person mentioned in the article, each once, the last last. */
  private List<String> persons() {
    if (allPersons == null) {
      List<String> persons = new ArrayList<>();
      for (Mention m : mentions) {
        notePerson(persons, m, headline);
      }
      allPersons = persons;
    }
    return allPersons;
  }

  /** The number of words of a name whose words are separated by single spaces. */
  private static int wordCount(String name) {
    int n = 1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code part} stands in {@code full} as whole words (space-separated), case aside: a
   * name's particle is capitalised at the start of a sentence ('Van Duijn' of 'Marco van Duijn').
   */
  private static boolean containsWords(String fullName, String partName) {
    // compared in place, letter case aside (asked for every mention against every person named
    // before it, so no lower-cased copies)
    int length = partName.length();
    for (int at = 0; at + length <= fullName.length(); at++) {
      int end = at + length;
      if ((at == 0 || fullName.charAt(at - 1) == ' ')
          && (end == fullName.length() || fullName.charAt(end) == ' ')
          && fullName.regionMatches(true, at, partName, 0, length)) {
        return true;
      }
    }
    return false;
  }


}
