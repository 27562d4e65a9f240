package dev.claimdiff.extract.discourse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.Gazetteer;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a name as written into a canonical one: strips titles ({@code Menteri Luar Negeri Rusia
 * Sergei Lavrov} is {@code Sergey Lavrov}), looks spellings up in the gazetteer, and lets a city
 * that acts stand for its country ({@code Washington} promising is the United States).
 */
public final class Names {
  /**
   * A resolved name.
   *
   * @param canonical whom it names as an actor (Washington acting: the United States)
   * @param kind person or group
   * @param surface the text as written
   * @param entity the entity the spelling itself names (Washington), for spelling variants
   * @param spelling the name as written, without titles ('Sergei Lavrov')
   */
  record Resolved(String canonical, Mention.Kind kind, String surface, String entity,
      String spelling) {}

  private final Gazetteer gazetteer;
  private final ImmutableListMultimap<String, String> titlesByFirstWord;
  private final ImmutableList<String> portfolios;
  private final ImmutableSet<String> orgWords;
  /** landform-words.txt: 'Gunung', 'Mount'; a name after one is a place. */
  private final ImmutableSet<String> landforms;
  /** Each demonym, lower case, and the country it names (demonyms.txt). */
  private final ImmutableMap<String, String> demonyms;
  private final ImmutableSet<String> commonNouns;
  private final ImmutableList<String> orgPhrases;
  private final ImmutableSet<String> placePrefixes;
  private final ImmutableSet<String> placeSuffixes;
  private final ImmutableSet<String> placePrepositions;
  private final ImmutableSet<String> compassWords;
  private final ImmutableSet<String> pronouns;
  /** The fewest capitals of an acronym (BNPB, AS). */
  private static final int MIN_ACRONYM = 2;
  /** The length of the longest pronoun (a longer surface is none). */
  private final int longestPronoun;
  private final ImmutableList<String> connectives;
  private final ImmutableList<String> governmentWords;
  /** Words that qualify a title before it ('Kenyan', 'top', 'the'); empty for most languages. */
  private final ImmutableSet<String> titleModifiers;
  /** The words an age is written with before a description ('year-old'), lower case. */
  private final ImmutableSet<String> ageWords;
  /** Articles a description may start with ('the'), lower case; none in most languages. */
  private final ImmutableList<String> articles;
  /** Demonstratives after a noun that point back ('itu' of 'diplomat Vietnam itu'), lower case. */
  private final ImmutableSet<String> demonstratives;

  /**
   * The answers of {@link #resolve} so far, by surface: a pure function of the surface and the
   * language's lists, asked again for every article that names the same people (a feed's stories
   * name the same officials again and again), each map cleared when it holds
   * {@value #MEMO_LIMIT} surfaces.
   */
  private final Map<String, Optional<Resolved>> resolvedAsSpeaker = new ConcurrentHashMap<>();
  private final Map<String, Optional<Resolved>> resolvedOtherwise = new ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 50_000;

  public Names(Language language, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    List<String> titles = new ArrayList<>(Lexicon.of(language).list(LanguageFile.TITLES));
    titles.sort(Comparator.comparingInt(String::length).reversed());
    ImmutableListMultimap.Builder<String, String> byFirst = ImmutableListMultimap.builder();
    for (String title : titles) {
      byFirst.put(firstWord(title), title);
    }
    this.titlesByFirstWord = byFirst.build();
    this.pronouns = Lexicon.of(language).set(LanguageFile.PRONOUNS);
    this.longestPronoun = pronouns.stream().mapToInt(String::length).max().orElse(0);
    this.connectives = Lexicon.of(language).list(LanguageFile.NAME_CONNECTIVES);
    this.governmentWords = Lexicon.of(language).list(LanguageFile.GOVERNMENT_WORDS);
    this.titleModifiers = Lexicon.of(language).has(LanguageFile.TITLE_MODIFIERS)
        ? Lexicon.of(language).set(LanguageFile.TITLE_MODIFIERS) : ImmutableSet.of();
    this.articles = Lexicon.of(language).set(LanguageFile.DEFINITE_ARTICLES).asList();
    this.ageWords = Lexicon.of(language).has(LanguageFile.AGE_WORDS)
        ? Lexicon.of(language).set(LanguageFile.AGE_WORDS) : ImmutableSet.of();
    this.demonstratives = Lexicon.of(language).has(LanguageFile.DEMONSTRATIVES)
        ? Lexicon.of(language).set(LanguageFile.DEMONSTRATIVES) : ImmutableSet.of();
    ImmutableSet.Builder<String> nouns = ImmutableSet.builder();
    for (LanguageFile list : List.of(LanguageFile.EVENTS, LanguageFile.NAME_STOPWORDS)) {
      for (String w : Lexicon.of(language).words(list)) {
        if (!w.contains(" ")) {
          nouns.add(w.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    this.commonNouns = nouns.build();
    List<String> org = Lexicon.of(language).list(LanguageFile.ORG_WORDS);
    ImmutableSet.Builder<String> firstWords = ImmutableSet.builder();
    org.forEach(w -> firstWords.add(WordPatterns.WHITE_SPACE.split(w)[0]));
    this.orgWords = firstWords.build();
    List<String> phrases = new ArrayList<>(org);
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    this.orgPhrases = ImmutableList.copyOf(phrases);
    this.placePrefixes = ImmutableSet.copyOf(Lexicon.of(language).list(LanguageFile.PLACE_PREFIXES));
    this.landforms = ImmutableSet.copyOf(Lexicon.of(language).words(LanguageFile.LANDFORM_WORDS));
    this.placeSuffixes = Lexicon.of(language).set(LanguageFile.PLACE_SUFFIXES);
    this.placePrepositions = Lexicon.of(language).set(LanguageFile.PLACE_PREPOSITIONS);
    this.compassWords = ImmutableSet.copyOf(Lexicon.of(language).list(LanguageFile.COMPASS_WORDS));
    List<String> ofWhat = new ArrayList<>(Lexicon.of(language).list(LanguageFile.TITLE_PORTFOLIOS));
    ofWhat.sort(Comparator.comparingInt(String::length).reversed());
    this.portfolios = ImmutableList.copyOf(ofWhat);
    this.demonyms = ImmutableMap.copyOf(Lexicon.of(language).mapping(LanguageFile.DEMONYMS));
  }

  /**
   * The country a word names the people of ('Vietnamese': 'Vietnam', demonyms.txt), as the list
   * writes it; null when the word is none.
   */
  public @Nullable String demonymCountry(String word) {
    return demonyms.get(word.toLowerCase(Locale.ROOT));
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    return text.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * A name without a capitalised common noun before it, as at the start of a sentence:
   * 'Kunjungan Villanueva' is Villanueva (event words, connectives and body words are not names).
   */
  private String withoutLeadingCommonNoun(String name) {
    int space = name.indexOf(' '); // the name is trimmed and collapsed ({@link #trim})
    if (space > 0 && space + 1 < name.length() && Character.isUpperCase(name.charAt(space + 1))
        && commonNouns.contains(name.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
      return name.substring(space + 1);
    }
    return name;
  }

  /** A place name without its administrative prefix: 'Kabupaten Pati' is 'Pati' when known. */
  public String withoutPlacePrefix(String place) {
    String[] words = WordPatterns.WHITE_SPACE.split(place, 2);
    if (words.length == 2 && placePrefixes.contains(words[0])
        && gazetteer.lookup(words[1]).isPresent()) {
      return words[1];
    }
    return place;
  }

  /** The most words a place after a title may have ('Kecamatan Aralle', 'Desa Suka Maju'). */
  private static final int PLACE_AFTER_TITLE_WORDS = 3;

  /** Whether a word written before a name makes it a place ('in' of 'in Wae Ira'). */
  boolean isPlacePreposition(String word) {
    return placePrepositions.contains(word);
  }

  /** Whether a word written before a name makes it a place ('Desa', 'Gunung', 'Mount'). */
  boolean isPlacePrefix(String word) {
    return placePrefixes.contains(word) || landforms.contains(word);
  }

  /** Whether a word written after a name makes it a place ('village' of 'Lumban Tonga village'). */
  boolean isPlaceSuffix(String word) {
    return placeSuffixes.contains(word);
  }

  /** Whether a capitalised sequence names a body ('Kementerian Luar Negeri', 'Pusat Data'). */
  public boolean namesABody(String text) {
    Optional<Entity> known = gazetteer.lookup(text);
    if (known.isPresent()) {
      EntityType type = known.get().type();
      return type == EntityType.ORGANIZATION || type == EntityType.MEDIA || type == EntityType.PERSON;
    }
    String first = WordPatterns.WHITE_SPACE.split(text)[0];
    return orgWords.contains(first) && !placePrefixes.contains(first);
  }

  /** Whether a word points back to someone named before ('itu', 'tersebut'). */
  boolean isDemonstrative(String word) {
    return demonstratives.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The words after the titles a surface opens with ('Vietnam' of 'diplomat Vietnam'), when a
   * title opens it and the gazetteer knows the rest as a body or country, not a person: an
   * official named by role and whom they serve; else null.
   */
  @Nullable String servedByOfficial(String surface) {
    String s = trim(surface);
    if (!startsWithTitle(s)) {
      return null;
    }
    String rest = stripLeadingTitles(s);
    if (rest.equals(s)) {
      return null;
    }
    Optional<Entity> served = gazetteer.lookup(rest);
    return served.isPresent() && served.get().type() != EntityType.PERSON ? rest : null;
  }

  /** Whether a word opens a body's name ('Bandara', 'Dinas': org-words.txt), not a place's. */
  boolean opensBody(String word) {
    return orgWords.contains(word) && !placePrefixes.contains(word);
  }

  /** Whether a capitalised sequence names a body or a place ('Pusat Gempa Bumi', 'Laut Jawa'). */
  private boolean namesABodyOrPlace(String text) {
    for (String word : WordPatterns.WHITE_SPACE.split(text)) {
      if (orgWords.contains(word) || placePrefixes.contains(word)
          || word.length() >= MIN_ACRONYM && word.chars().allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the surface is a title and nothing else ('Presiden', 'juru bicara Polri'). */
  boolean isBareTitle(String surface) {
    String s = withoutTitleModifiers(trim(surface));
    for (String title : titlesByFirstWord.get(firstWord(s))) {
      if (startsWithWord(s, title)) {
        String rest = trim(s.substring(title.length()));
        for (String portfolio : portfolios) {
          if (startsWithWord(rest, portfolio)) {
            rest = trim(rest.substring(portfolio.length()));
            break;
          }
        }
        return rest.isEmpty() || gazetteer.lookup(rest).filter(e -> e.type() != EntityType.PERSON).isPresent();
      }
    }
    return false;
  }

  /**
   * Whether the surface names a person by role only, with words that qualify the title
   * ('the Kenyan diplomat', 'Japan's top trade negotiator'): a description, not a name.
   */
  boolean isDescription(String surface) {
    String s = trim(surface);
    return !withoutTitleModifiers(s).equals(s) && isBareTitle(s);
  }

  /**
   * A lower-case key without the article it starts with ('the kenyan diplomat' is 'kenyan
   * diplomat').
   */
  String withoutArticle(String key) {
    for (String article : articles) {
      if (key.startsWith(article) && key.startsWith(" ", article.length())) {
        return key.substring(article.length() + 1);
      }
    }
    return key;
  }

  /**
   * The role of a description that opens with an article and an age ('the 51-year-old official'
   * is 'official', 'The 61-year-old minister' is 'minister'), lower case, '' for the age alone
   * ('the 34-year-old'); null when the surface is no such description.
   */
  @Nullable String agedRole(String surface) {
    String[] words = WordPatterns.WHITE_SPACE.split(trim(surface));
    if (words.length < 2 || !articles.contains(words[0].toLowerCase(Locale.ROOT))) {
      return null; // 'the 34-year-old' alone has the role '' (see Discourse)
    }
    int hyphen = words[1].indexOf('-');
    if (hyphen < 1 || !words[1].substring(0, hyphen).chars().allMatch(Character::isDigit)
        || !ageWords.contains(words[1].substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length))
        .toLowerCase(Locale.ROOT);
  }

  /** The title of a description without what qualifies it ('diplomat'), lower case. */
  String descriptionHead(String surface) {
    return withoutTitleModifiers(trim(surface)).toLowerCase(Locale.ROOT);
  }

  /**
   * The surface without the words that qualify a title before it ('the', 'Kenyan', 'top', a
   * known body's possessive 'Japan's'), when a title follows them; else the surface itself.
   */
  private String withoutTitleModifiers(String s) {
    if (titleModifiers.isEmpty()) {
      return s;
    }
    String rest = s;
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      String first = firstWordBeforeSpaceOrComma(rest);
      String after = trim(rest.substring(first.length()));
      if (after.isEmpty()) {
        break;
      }
      String word = first;
      if (word.endsWith("'s") || word.endsWith("’s")) {
        word = word.substring(0, word.length() - 2);
        Optional<Entity> owner = gazetteer.lookup(word);
        if (owner.isEmpty() || owner.get().type() == EntityType.PERSON) {
          break;
        }
      } else if (!titleModifiers.contains(word.toLowerCase(Locale.ROOT))
          && !(Character.isUpperCase(word.charAt(0)) && !startsWithTitle(rest)
              && qualifiedTitleFollows(after))) {
        break; // not a word that qualifies a title, nor the body a qualified title serves
      }
      rest = after;
      stripped = true;
    }
    if (rest.equals(s)) {
      return s;
    }
    String title = rest;
    return titlesByFirstWord.get(firstWord(title)).stream().anyMatch(t -> startsWithWord(title, t))
        ? rest : s;
  }

  /**
   * Whether a name the article gave reads as a person's own name: none of its words is a common
   * noun, a government word, a body word or a place prefix ('Pemerintahan Biden' is not).
   */
  boolean isPlainPersonName(String name) {
    for (String word : WordPatterns.WHITE_SPACE.split(name)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (commonNouns.contains(lower) || orgWords.contains(word) || placePrefixes.contains(word)
          || governmentWords.stream().anyMatch(g -> g.equalsIgnoreCase(word))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text opens with a title of titles.txt ('Kepala', 'warga', 'juru bicara'). */
  boolean startsWithTitle(String text) {
    return titlesByFirstWord.get(firstWord(text)).stream().anyMatch(t -> startsWithWord(text, t));
  }

  /**
   * Whether a title follows, after at most one more capitalised word and any qualifying words:
   * 'Mamasa district head …', 'Indonesia coach …' (the body a title serves comes before it).
   */
  private boolean qualifiedTitleFollows(String text) {
    String rest = text;
    boolean capitalisedSkipped = false;
    while (!rest.isEmpty() && !startsWithTitle(rest)) {
      String word = firstWordBeforeSpaceOrComma(rest);
      if (word.isEmpty()) {
        return false;
      }
      if (titleModifiers.contains(word.toLowerCase(Locale.ROOT))) {
        rest = trim(rest.substring(word.length()));
      } else if (!capitalisedSkipped && Character.isUpperCase(word.charAt(0))) {
        capitalisedSkipped = true;
        rest = trim(rest.substring(word.length()));
      } else {
        return false;
      }
    }
    return !rest.isEmpty();
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  boolean isPronoun(String surface) {
    String stripped = surface.strip();
    if (stripped.length() > longestPronoun + 1) {
      return false; // most surfaces: longer than any pronoun, even with its '-'
    }
    String s = stripped.toLowerCase(Locale.ROOT);
    return pronouns.contains(s) || s.startsWith("-") && pronouns.contains(s.substring(1));
  }

  /**
   * The canonical actor a surface names, or empty when it names no actor (a place that does not
   * act, a bare title, a pronoun: pronouns are resolved by {@link Discourse}).
   *
   * @param speakerContext the surface stands where a speaker stands (before a speech verb), so one
   *     unknown capitalised word is taken as a person's name
   */
  Optional<Resolved> resolve(String surface, boolean speakerContext) {
    Map<String, Optional<Resolved>> memo = speakerContext ? resolvedAsSpeaker : resolvedOtherwise;
    Optional<Resolved> known = memo.get(surface);
    if (known == null) {
      known = resolveAnew(surface, speakerContext);
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear(); // a bound on memory over a long feed; the answers do not change
      }
      memo.put(surface, known);
    }
    return known;
  }

  /** {@link #resolve}, worked out. */
  private Optional<Resolved> resolveAnew(String surface, boolean speakerContext) {
    String s = trim(surface);
    if (s.isEmpty() || isPronoun(s)) {
      return Optional.empty();
    }
    for (String word : governmentWords) {
      // 'Pemerintah Jepang': the country acting
      if (startsWithWord(s, word) && s.startsWith(word.substring(0, 1))) {
        String country = trim(s.substring(word.length()));
        Optional<Entity> entity = gazetteer.lookup(country);
        if (entity.isPresent() && entity.get().type() == EntityType.COUNTRY) {
          Entity e = entity.get();
          return Optional.of(new Resolved(e.actorName(), Mention.Kind.GROUP, s, e.canonical(),
              country));
        }
      }
    }
    boolean titled = false;
    boolean orgOpen = false; // a body's name was opened ('PT …', 'Bank …') and may run on
    String rest = withoutTitleModifiers(s);
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (String title : titlesByFirstWord.get(firstWord(rest))) {
        if (startsWithWord(rest, title)) {
          rest = trim(rest.substring(title.length()));
          titled = true;
          stripped = true;
          break;
        }
      }
      if (titled && placePrefixes.contains(firstWordBeforeSpaceOrComma(rest))
          && portfolios.contains(firstWordBeforeSpaceOrComma(rest))
          && WordPatterns.WHITE_SPACE.split(rest).length <= PLACE_AFTER_TITLE_WORDS) {
        // 'warga Desa Kelisamba': the place a role belongs to, though 'Desa' is also a minister's
        // portfolio ('Menteri Desa'), names no one
        return Optional.empty();
      }
      if (titled) {
        for (String portfolio : portfolios) {
          if (startsWithWord(rest, portfolio)) {
            rest = trim(rest.substring(portfolio.length()));
            stripped = true;
            break;
          }
        }
      }
      // the country or body a title serves: 'Menlu Rusia Sergey Lavrov', 'juru bicara X, Y',
      // 'Kepala Pelaksana BPBD Kabupaten Pati Agus Setiawan'
      if (titled) {
        String afterBody = stripLeadingEntity(rest);
        if (afterBody != null && !afterBody.equals(rest)) {
          rest = trim(afterBody.startsWith(",") ? afterBody.substring(1) : afterBody);
          stripped = true;
          orgOpen = false; // a known name closes a body's name ('Timnas Indonesia', then the person)
        }
        String afterWord = stripBodyWord(rest);
        if (!afterWord.equals(rest)) {
          String first = firstWordBeforeSpaceOrComma(rest);
          orgOpen = orgWords.contains(first) || orgOpen;
          rest = afterWord;
          stripped = true;
        }
      }
    }
    if (titled) {
      // a body the gazetteer does not know stands between the title and the name: the name
      // follows the body's comma ('Kepala Kantor SAR Semarang, Budi') or a rank ('Kapolres
      // Cianjur AKBP Hendra')
      String named = afterBody(rest);
      while (!named.equals(rest)) {
        rest = named;
        named = afterBody(rest);
      }
    }
    if (orgOpen && !s.contains(",") && WordPatterns.WHITE_SPACE.split(rest).length >= 3
        && gazetteer.lookup(rest).isEmpty()) {
      // 'Direktur Utama PT Sinar Harapan Jaya Hendra Kusumawijaya': the body's own name runs on
      // and nothing marks where the person's begins; say so rather than guess a split
      return Optional.empty();
    }
    if (rest.isEmpty()) {
      return Optional.empty(); // only a title: 'Kapolri' names nobody we can point to
    }
    String[] restWords = WordPatterns.WHITE_SPACE.split(rest);
    if (titled && restWords.length <= PLACE_AFTER_TITLE_WORDS
        && placePrefixes.contains(restWords[0])) {
      // 'warga Kecamatan Aralle': a role and the place it belongs to, no one's name
      return Optional.empty();
    }
    Optional<Entity> entity = gazetteer.lookup(rest);
    if (titled && entity.isPresent() && entity.get().type() != EntityType.PERSON) {
      // 'Menlu Rusia': an official of a body, not the body, and unnamed: the title as written
      return Optional.of(new Resolved(s, Mention.Kind.PERSON, s, s, s));
    }
    if (entity.isPresent()) {
      Entity e = entity.get();
      if (e.type() == EntityType.PERSON) {
        return Optional.of(new Resolved(e.canonical(), Mention.Kind.PERSON, s, e.canonical(), rest));
      }
      if (!e.canAct()) {
        return Optional.empty();
      }
      return Optional.of(new Resolved(e.actorName(), Mention.Kind.GROUP, s, e.canonical(), rest));
    }
    rest = withoutLeadingCommonNoun(rest);
    if (titled || speakerContext || rest.contains(" ") && !namesABodyOrPlace(rest)) {
      return Optional.of(new Resolved(rest, Mention.Kind.PERSON, s, rest, rest));
    }
    return Optional.empty(); // one unknown capitalised word: a place or a people as often as a person
  }

  /**
   * The name after an unknown body: the text after its last comma, else after the last
   * capitalised title inside it, leading titles removed; the text itself when neither is there.
   */
  private String afterBody(String text) {
    int comma = text.lastIndexOf(',');
    if (comma >= 0 && !trim(text.substring(comma + 1)).isEmpty()) {
      return stripLeadingTitles(trim(text.substring(comma + 1)));
    }
    for (int i = text.length() - 1; i > 0; i--) {
      if (text.charAt(i - 1) != ' ' || !Character.isUpperCase(text.charAt(i))) {
        continue;
      }
      String tail = text.substring(i);
      for (String title : titlesByFirstWord.get(firstWord(tail))) {
        if (startsWithWord(tail, title) && tail.startsWith(title.substring(0, 1))
            && !trim(tail.substring(title.length())).isEmpty()) {
          return stripLeadingTitles(trim(tail));
        }
      }
    }
    return text;
  }

  private String stripLeadingTitles(String text) {
    String rest = text;
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (String title : titlesByFirstWord.get(firstWord(rest))) {
        if (startsWithWord(rest, title) && !trim(rest.substring(title.length())).isEmpty()) {
          rest = trim(rest.substring(title.length()));
          stripped = true;
          break;
        }
      }
    }
    return rest;
  }

  /**
   * The text after one leading word of a body's name ('BNPB', 'Pusat', 'Kabupaten Pati', a
   * comma, 'dan'), or the text itself when none leads or nothing would be left for a name.
   */
  private String stripBodyWord(String text) {
    String rest = text;
    if (rest.startsWith(",")) {
      return trim(rest.substring(1));
    }
    for (String connective : connectives) {
      if (startsWithWord(rest, connective)) {
        String after = trim(rest.substring(connective.length()));
        return after.isEmpty() ? text : after;
      }
    }
    String first = firstWordBeforeSpaceOrComma(rest);
    String after;
    if (first.length() >= MIN_ACRONYM && first.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && Character.isUpperCase(first.charAt(0))) {
      after = rest.substring(first.length()); // an acronym: BNPB, BPBD
    } else if (placePrefixes.contains(first)) {
      String[] words = WordPatterns.WHITE_SPACE.split(rest, 4);
      int take = words.length > 2 && compassWords.contains(words[2]) ? 3 : Math.min(2, words.length);
      after = rest.length() > String.join(" ", List.of(words).subList(0, take)).length()
          ? rest.substring(nthWordEnd(rest, take)) : "";
    } else if (orgWords.contains(first)) {
      String phrase = first;
      for (String word : orgPhrases) {
        if (word.length() > phrase.length() && startsWithWord(rest, word)) {
          phrase = word;
          break;
        }
      }
      after = rest.substring(phrase.length());
    } else {
      return text;
    }
    after = trim(after);
    String remainder = after;
    return remainder.isEmpty() || !Character.isUpperCase(remainder.charAt(0)) && !remainder.startsWith(",")
        && connectives.stream().noneMatch(c -> startsWithWord(remainder, c)) ? text : remainder;
  }

  /**
   * The text up to its first white space or comma ({@code [\\s,]+}); the text is trimmed and
   * collapsed, so a plain space is the only white space {@code \\s} can meet in it.
   */
  private static String firstWordBeforeSpaceOrComma(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ','
        && !isAsciiSpace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static int nthWordEnd(String text, int n) {
    int words = 0;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (++words == n) {
        return i;
      }
    }
    return text.length();
  }

  /** The text after a leading gazetteer entity (and a comma), or null when none leads. */
  private @Nullable String stripLeadingEntity(String text) {
    for (String alias : gazetteer.aliasesStartingLike(text)) {
      if (startsWithWord(text, alias)) {
        Entity e = gazetteer.lookup(alias).orElseThrow();
        if (e.type() == EntityType.PERSON) {
          return null;
        }
        String after = trim(text.substring(alias.length()));
        // a compass word after a place is part of a region's name: 'Bandung Barat', 'Jakarta Pusat'
        String longest = "";
        for (String compass : compassWords) {
          if (compass.length() > longest.length() && startsWithWord(after, compass)
              && after.startsWith(compass.substring(0, 1))) {
            longest = compass;
          }
        }
        after = trim(after.substring(longest.length()));
        if (after.isEmpty()) {
          return null; // the entity is the whole rest: 'Menteri Luar Negeri AS' serves nobody named
        }
        return after;
      }
    }
    return null;
  }

  private static boolean startsWithWord(String text, String word) {
    if (!text.regionMatches(true, 0, word, 0, word.length())) {
      return false;
    }
    return text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length()));
  }

  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))
        && s.charAt(end - 1) != '.') {
      end--;
    }
    // a full stop ends a name only when it closes an initial ('J.')
    if (end > start && s.charAt(end - 1) == '.' && (end - start < 2
        || Character.isLetter(s.charAt(end - 2)) && end - start > 2
            && Character.isLetter(s.charAt(end - 3)))) {
      end--;
    }
    return Texts.collapse(s.substring(start, end));
  }
}
