package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.LocationValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Hedges;
import dev.claimdiff.extract.discourse.Names;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * LOCATION claims from {@code lang/<lang>/extract/rules/location.rules}: a place that the
 * gazetteer knows as a city, region or country (or an unknown capitalised name after 'di'), in a
 * sentence that names an event. Known people, organisations and media are not places.
 */
public final class LocationExtractor extends RuleExtractor {
  public LocationExtractor() {
    super("location");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    boolean noEvent = !events.namesEvent(sentence);
    if (noEvent && !adminUnitWritten(ctx, m) && !waterWritten(ctx, m)
        && !(WATER_RULES.contains(rule.name())
            && ctx.zones.at(m.start()) == dev.claimdiff.extract.Zone.BODY)) {
      return null;
    }
    if (noEvent) {
      // 'Warga mengungsi dari sejumlah desa di Kabupaten Lumajang', 'rescuers recovered two bodies
      // from a hamlet in Central Maluku regency': a regency, city or province written with its
      // administrative word, in a sentence that names no event, is kept as a place of no event
      Draft draft = read(ctx, events, sentence, rule, m);
      return draft == null || !(draft.value() instanceof LocationValue v) ? null
          : draft.withValue(new LocationValue(null, false, v.place(), v.venue(), v.country()));
    }
    return read(ctx, events, sentence, rule, m);
  }

  /**
   * Whether the place of a match is written with a word of {@code admin-unit-words.txt} right
   * before it ('Kabupaten Lumajang', 'Kota Ambon') or right after it ('Central Maluku regency'),
   * in the body of the article, by a rule that is no toll road's or capital's.
   */
  private static boolean adminUnitWritten(ArticleContext ctx, Matcher m) {
    if (group(m, "place") == null || group(m, "toll") != null || group(m, "capital") != null
        || ctx.zones.at(m.start("place")) != dev.claimdiff.extract.Zone.BODY) {
      return false;
    }
    java.util.Set<String> words = ctx.rules.lexicon().set(LanguageFile.ADMIN_UNIT_WORDS);
    String written = Texts.collapse(m.group("place"));
    String first = written.split(" ", 2)[0];
    if (words.contains(Texts.key(first)) && written.length() > first.length()
        && Character.isUpperCase(first.charAt(0))) {
      return true; // 'Kabupaten Lumajang': the word opens the place as written
    }
    String before = ctx.text.substring(Math.max(0, m.start("place") - 20), m.start("place"));
    java.util.regex.Matcher last = LAST_WORD.matcher(before);
    if (last.find() && Character.isUpperCase(last.group(1).charAt(0))
        && words.contains(Texts.key(last.group(1)))) {
      return true;
    }
    java.util.regex.Matcher next = NEXT_WORD.matcher(ctx.text).region(m.end("place"),
        Math.min(ctx.text.length(), m.end("place") + 20));
    return next.lookingAt() && Character.isLowerCase(next.group(1).charAt(0))
        && words.contains(Texts.key(next.group(1)));
  }

  /**
   * Whether the place of a match is a water named with a word of {@code water-names.txt} ('near
   * Second Thomas Shoal', 'southeast of the Paracel Islands', 'di dekat Blok Ambalat'), in the body
   * of the article: like an administrative unit, a name no one mistakes for a person's home.
   */
  private static boolean waterWritten(ArticleContext ctx, Matcher m) {
    if (group(m, "place") == null || group(m, "toll") != null || group(m, "capital") != null
        || ctx.zones.at(m.start("place")) != dev.claimdiff.extract.Zone.BODY) {
      return false;
    }
    return waterName(ctx, ctx.rules.names().withoutPlacePrefix(Names.trim(m.group("place"))))
        != null;
  }

  /**
   * The rules whose place is a water by its form ('near Second Thomas Shoal', 'southeast of the
   * Paracel Islands', 'in the Lombok Strait'): kept, of no event, in a sentence that names none.
   */
  private static final java.util.Set<String> WATER_RULES =
      java.util.Set.of("location-near-water", "location-in-water");

  private static final java.util.regex.Pattern LAST_WORD =
      java.util.regex.Pattern.compile("(\\p{L}+)\\s+\\z", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
  private static final java.util.regex.Pattern NEXT_WORD =
      java.util.regex.Pattern.compile("\\s+(\\p{L}+)(?![\\p{L}'’])", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /** The claim of a match, its sentence's event aside. */
  private static @Nullable Draft read(ArticleContext ctx, Events events, Sentence sentence,
      Rule rule, Matcher m) {
    if (group(m, "toll") != null) {
      return onRoad(ctx, events, sentence, rule, m);
    }
    if (group(m, "capital") != null) {
      return inCapital(ctx, events, sentence, rule, m);
    }
    String surface = ctx.rules.names().withoutPlacePrefix(Names.trim(m.group("place")));
    if (startsWithListWord(ctx, surface, LanguageFile.PLACE_BLOCKERS)
        || group(m, "struck") == null && describesNounBefore(ctx, sentence, m.start())) {
      return null; // 'di Tengah Krisis Energi'; 'membahas situasi di Suriah'
    }
    if (unlistedWater(ctx, surface)) {
      return null; // 'di Blok M', 'di Karang Taruna': a word that opens a water only for listed names
    }
    String water = waterName(ctx, surface); // 'Selat Bali': 'Bali Strait'
    if (water == null && ctx.rules.names().namesABody(surface)) {
      return null; // 'di Kementerian Luar Negeri': a body, not a place
    }
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(surface);
    String place;
    String country = null;
    String part = null;
    if (entity.isEmpty() && water != null) {
      place = water;
    } else if (entity.isPresent()) {
      EntityType type = entity.get().type();
      if (type != EntityType.CITY && type != EntityType.REGION && type != EntityType.COUNTRY) {
        return null;
      }
      place = entity.get().canonical();
      country = type == EntityType.COUNTRY ? null : entity.get().country();
      Optional<Entity> city = type != EntityType.CITY || country == null ? Optional.empty()
          : ctx.rules.names().gazetteer().lookup(country);
      if (city.isPresent() && city.get().type() == EntityType.CITY) {
        // a part of a city the gazetteer knows, a district or a venue ('di Jakarta Pusat', 'di
        // GBK'): the city is the place, the one every outlet names, and the part is the venue
        part = Texts.collapse(surface);
        place = city.get().canonical();
        country = city.get().country();
      }
    } else {
      if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
        return null;
      }
      if (ctx.zones.at(m.start("place")) == dev.claimdiff.extract.Zone.HEADLINE) {
        // a title-case headline capitalises every word: an unknown name keeps only the words the
        // article also writes capitalised elsewhere ('di Gubug Jadi 9 Orang': 'Jadi' is a verb)
        surface = namedElsewhere(ctx, surface);
        if (surface.isEmpty()) {
          return null;
        }
      }
      place = canonicalUnknown(ctx, surface);
      Optional<Entity> known = ctx.rules.names().gazetteer().lookup(place);
      if (known.isPresent() && known.get().type() != EntityType.PERSON
          && known.get().type() != EntityType.ORGANIZATION
          && known.get().type() != EntityType.MEDIA) {
        place = known.get().canonical();
        country = known.get().type() == EntityType.COUNTRY ? null : known.get().country();
      }
    }
    String town = group(m, "town");
    if (town != null && entity.isPresent() && entity.get().type() == EntityType.REGION
        && !ctx.rules.names().namesABody(Names.trim(town))) {
      // 'di Hotel Segara Agung, Nusa Dua, Bali': the town between the venue and its province or
      // island is the smaller place, and lies within the larger one
      place = canonicalUnknown(ctx, Names.trim(town));
    }
    String venueWords = group(m, "venue");
    if (venueWords != null && entity.isPresent() && entity.get().type() == EntityType.COUNTRY
        && m.end("venue") < m.start("place")) {
      // 'di Istana Hofburg, Wina, Austria': a known city between the venue and its country is
      // the place, and the country is the city's
      String between = Names.trim(ctx.text.substring(m.end("venue"), m.start("place"))
          .replaceAll("^[\\s,]+|[\\s,]+$", ""));
      Optional<Entity> city = between.isEmpty() ? Optional.empty()
          : ctx.rules.names().gazetteer().lookup(between);
      if (city.isPresent() && city.get().type() == EntityType.CITY) {
        place = city.get().canonical();
        country = entity.get().canonical();
      }
    }
    String countryWord = group(m, "country");
    if (countryWord != null) {
      Optional<Entity> c = ctx.rules.names().gazetteer().lookup(countryWord);
      if (c.isPresent() && c.get().type() == EntityType.COUNTRY) {
        country = c.get().canonical();
      }
    }
    String venue = group(m, "venue");
    if (venue != null && entity.isPresent() && m.start("place") >= m.start("venue")
        && m.end("place") <= m.end("venue")) {
      // a known venue ('Stadion Utama Gelora Bung Karno'): the gazetteer's country= names the
      // city it stands in, which is the place; the venue is kept as written
      Optional<Entity> city = entity.get().country() == null ? Optional.empty()
          : ctx.rules.names().gazetteer().lookup(entity.get().country());
      if (city.isPresent() && city.get().type() == EntityType.CITY) {
        place = city.get().canonical();
        country = city.get().country();
      }
    } else if (venue != null) {
      // 'di Istana Kepresidenan Bogor, Jawa Barat': the city named in the venue is the place
      String[] words = Texts.collapse(venue).split(" ");
      for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
        String tail = String.join(" ", java.util.Arrays.asList(words).subList(words.length - n, words.length));
        Optional<Entity> city = ctx.rules.names().gazetteer().lookup(tail);
        if (city.isPresent() && city.get().type() == EntityType.CITY) {
          place = city.get().canonical();
          country = city.get().country();
          break;
        }
      }
    }
    String within = group(m, "within"); // 'Desa X, Kecamatan Y' before 'Kabupaten Z'
    if (within != null && bareTown(ctx, within)) {
      // 'di Nusa Dua, Kabupaten Badung': a bare name, with no administrative, island or landform
      // word, is a town the writer expects the reader to know, the smaller place named
      place = canonicalUnknown(ctx, Names.trim(within));
      Optional<Entity> known = ctx.rules.names().gazetteer().lookup(place);
      country = known.isPresent() && known.get().type() == EntityType.CITY
          ? known.get().country() : null;
      if (known.isPresent() && known.get().type() == EntityType.CITY) {
        place = known.get().canonical();
      }
      within = null;
    }
    String shownVenue = venue != null ? venue : within != null ? within : part;
    return tied(ctx, events, sentence, rule, m, place,
        shownVenue == null ? null : Texts.collapse(shownVenue), country);
  }


  /**
   * The claim of a place once its value is read: the event the sentence ties it to, and whether
   * that is the article's main event here (not a plan, not where someone spoke, not a hospital's
   * or an earlier year's or a denied report's place).
   */
  private static Draft tied(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m, String place, @Nullable String venue, @Nullable String country) {
    String event = events.eventOfDayOrPlace(sentence, m.start(), m.end());
    // a place planned or promised in an article that is no preview ('akan berkunjung ke Hanoi
    // bulan depan', 'will travel to Hanoi next month') is not where the main event took place
    boolean planned = !events.preview() && Hedges.expected(ctx, sentence, m.start());
    // where something was said ('kata Kepala Basarnas di Batauga, Sabtu', 'X di Batauga, Sabtu,
    // mengatakan', 'told reporters in Palu'): the speaker's place, not the event's. Only a verb
    // of reporting-verbs.txt after the place makes it the speaker's ('X di Batauga mengatakan'):
    // a verb of speech-verbs.txt there closes the sentence as its attribution ('… menabrak
    // kereta barang di Kabupaten Grobogan, katanya.'), and the place is the reported clause's
    boolean saying = DateExtractor.isSayingDate(ctx, events, sentence, m.start())
        && DateExtractor.closeAttribution(ctx, sentence, m.start())
        || reportingVerbAfter(ctx, m.end()) || speechVerbAfterDay(ctx, m.end());
    // a place of a hospital or shelter ('died in a hospital in Semarang'), of an earlier year's
    // event ('sejak gempa di Mamuju pada Januari 2021') or of a denied report ('membantah kabar
    // … tertimbun di Desa Watukeli') is kept, but of no event: it neither states nor backs
    // where the event took place; nor does the place where someone spoke
    boolean elsewhere = followsListPhrase(ctx, sentence, m.start(), LanguageFile.CARE_PLACES)
            && events.isMainPlace(event, sentence) // a visit to a shelter took place there
        || QuantityExtractor.earlierYear(ctx, events, sentence, sentence.end()) != null
        || denied(ctx, sentence, m.start());
    return Draft.of(ClaimType.LOCATION,
        new LocationValue(elsewhere || saying ? null : event,
            !elsewhere && events.isMainPlace(event, sentence) && !planned && !saying, place,
            venue, country),
        m.start(), m.end(), ruleName("location", rule));
  }

  /**
   * A place written as the capital of a country or province (rules with a 'capital' group: 'in the
   * Omani capital', 'in Norway's capital'): the country named by its people (demonyms.txt) or by
   * its name, or the province, and its capital from {@code capitals.txt}; no claim when the list
   * knows no capital of it.
   */
  private static @Nullable Draft inCapital(ArticleContext ctx, Events events, Sentence sentence,
      Rule rule, Matcher m) {
    if (!ctx.rules.lexicon().has(LanguageFile.CAPITALS)) {
      return null;
    }
    String written = Texts.collapse(m.group("capital"));
    String of = ctx.rules.names().demonymCountry(written);
    if (of == null) {
      Optional<Entity> known = ctx.rules.names().gazetteer().lookup(written);
      if (known.isEmpty() || known.get().type() != EntityType.COUNTRY
          && known.get().type() != EntityType.REGION) {
        return null;
      }
      of = known.get().canonical();
    }
    Optional<Entity> whole = ctx.rules.names().gazetteer().lookup(of);
    String canonicalOf = whole.isPresent() ? whole.get().canonical() : of;
    String capital = ctx.rules.lexicon().mapping(LanguageFile.CAPITALS)
        .get(canonicalOf.toLowerCase(java.util.Locale.ROOT));
    if (capital == null) {
      return null;
    }
    Optional<Entity> city = ctx.rules.names().gazetteer().lookup(capital);
    String country = city.isPresent() ? city.get().country()
        : whole.isPresent() && whole.get().type() == EntityType.COUNTRY ? canonicalOf : null;
    return tied(ctx, events, sentence, rule, m, city.isPresent() ? city.get().canonical() : capital,
        null, country);
  }

  /** The end of every toll road's place: 'Cipularang toll road', 'toll road' when not named. */
  static final String TOLL_ROAD = "toll road";

  /**
   * A place on a toll road (rules with a 'toll' group): the road as named in English ('Tol
   * Cipularang' is 'Cipularang toll road'; 'toll road' when the match names none) and, after a
   * comma, the city or regency the writer names for the spot ('Cipularang toll road,
   * Purwakarta'); a province or country names no spot and is left out. The kilometre post and
   * carriageway are the venue. {@link #settleRoads} completes the road and regency from the rest
   * of the article.
   */
  private static Draft onRoad(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    String name = group(m, "road");
    String road = name == null ? TOLL_ROAD : Texts.collapse(name) + " " + TOLL_ROAD;
    String regency = null;
    String country = null;
    String written = group(m, "place");
    if (written != null) {
      String surface = ctx.rules.names().withoutPlacePrefix(Names.trim(written));
      Optional<Entity> known = ctx.rules.names().gazetteer().lookup(surface);
      if (known.isEmpty()) {
        regency = canonicalUnknown(ctx, surface);
      } else if (known.get().type() == EntityType.CITY) {
        regency = known.get().canonical();
        country = known.get().country();
      }
    }
    StringBuilder spot = new StringBuilder();
    for (String part : new String[] {group(m, "spot"), group(m, "within")}) {
      if (part != null && !part.isBlank()) {
        spot.append(spot.length() == 0 ? "" : " ").append(Texts.collapse(part.strip()));
      }
    }
    return tied(ctx, events, sentence, rule, m, regency == null ? road : road + ", " + regency,
        spot.length() == 0 ? null : spot.toString(), country);
  }

  /**
   * Completes the places on toll roads from the rest of the article ({@link #onRoad}): a spot on
   * a road it does not name ('di KM 92+400 jalur B', 'at kilometer 92 of the toll road') is on
   * the one road the article names, and is dropped when it names none or several (with its
   * regency, it is placed in that regency); a road named without its regency is in the one
   * regency the article names for it ('Tol Cipularang' in a headline, 'Tol Cipularang KM 92,
   * Kabupaten Purwakarta' in the lead). The writer names the road and its regency once and
   * refers back to them; two regencies named for one road leave it as it is.
   */
  public static List<Draft> settleRoads(List<Draft> drafts) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    for (Draft d : drafts) {
      String road = roadOf(d);
      if (road != null && !road.equals(TOLL_ROAD)) {
        named.add(road);
      }
    }
    List<Draft> resolved = new java.util.ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String road = roadOf(d);
      if (road == null || !road.equals(TOLL_ROAD)) {
        resolved.add(d);
        continue;
      }
      LocationValue v = (LocationValue) d.value();
      String regency = regencyOf(v.place());
      if (named.size() == 1) {
        String only = named.iterator().next();
        resolved.add(d.withValue(withPlace(v, regency == null ? only : only + ", " + regency)));
      } else if (regency != null) {
        resolved.add(d.withValue(withPlace(v, regency)));
      }
    }
    java.util.Map<String, java.util.Set<String>> regencies = new java.util.HashMap<>();
    for (Draft d : resolved) {
      String road = roadOf(d);
      String regency = road == null ? null : regencyOf(((LocationValue) d.value()).place());
      if (regency != null) {
        regencies.computeIfAbsent(road, k -> new java.util.TreeSet<>()).add(regency);
      }
    }
    List<Draft> settled = new java.util.ArrayList<>(resolved.size());
    for (Draft d : resolved) {
      String road = roadOf(d);
      java.util.Set<String> in = road == null ? null : regencies.get(road);
      LocationValue v = d.value() instanceof LocationValue l ? l : null;
      if (v != null && in != null && in.size() == 1 && v.place().equals(road)) {
        settled.add(d.withValue(withPlace(v, road + ", " + in.iterator().next())));
      } else {
        settled.add(d);
      }
    }
    return settled;
  }

  /** The toll road a place claim is on ('Cipularang toll road'), or null. */
  private static @Nullable String roadOf(Draft d) {
    if (d.type() != ClaimType.LOCATION || !(d.value() instanceof LocationValue v)) {
      return null;
    }
    String place = v.place();
    int comma = place.indexOf(", ");
    String road = comma < 0 ? place : place.substring(0, comma);
    return road.equals(TOLL_ROAD) || road.endsWith(" " + TOLL_ROAD) ? road : null;
  }

  /** The regency after a toll road's name ('Purwakarta' of 'Cipularang toll road, Purwakarta'). */
  private static @Nullable String regencyOf(String place) {
    int comma = place.indexOf(", ");
    return comma < 0 ? null : place.substring(comma + 2);
  }

  private static LocationValue withPlace(LocationValue v, String place) {
    return new LocationValue(v.event(), v.main(), place, v.venue(), v.country());
  }


  /** A short stretch between commas after a place ('di Batauga, Sabtu, mengatakan'): its day. */
  private static final java.util.regex.Pattern DAY_BETWEEN_COMMAS =
      java.util.regex.Pattern.compile("\\s*,\\s*[^,.;\"\u201c\u201d]{1,24}(?=,)");

  /** Whether a speech verb follows the place after one short stretch between commas (its day). */
  private static boolean speechVerbAfterDay(ArticleContext ctx, int end) {
    Matcher d = DAY_BETWEEN_COMMAS.matcher(ctx.text).region(end, ctx.text.length());
    return d.lookingAt() && reportingVerbAfter(ctx, d.end());
  }

  /** Whether a comma and a verb of reporting-verbs.txt follow {@code end} ('…, mengatakan'). */
  private static boolean reportingVerbAfter(ArticleContext ctx, int end) {
    java.util.regex.Pattern verbs = ctx.rules.pattern("location-reporting-verb-after",
        lexicon -> java.util.regex.Pattern.compile("\\s*,\\s{0,3}(?iu:"
            + dev.claimdiff.lang.WordPatterns.alternation(
                lexicon.list(LanguageFile.REPORTING_VERBS))
            + ")(?![\\p{L}])"));
    return verbs.matcher(ctx.text).region(end, ctx.text.length()).lookingAt();
  }

  /**
   * The leading words of an unknown name that the article also writes capitalised outside its
   * headline, or the empty string when the first is not.
   */
  private static String namedElsewhere(ArticleContext ctx, String surface) {
    String[] words = Texts.collapse(surface).split(" ");
    int from = words.length > 1 && ctx.rules.lexicon().set(LanguageFile.ADMIN_PREFIXES)
        .contains(words[0].toLowerCase(java.util.Locale.ROOT)) ? 1 : 0; // 'Desa', 'Kabupaten'
    int kept = from;
    for (String word : java.util.Arrays.asList(words).subList(from, words.length)) {
      java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?<![\\p{L}])"
          + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])").matcher(ctx.text);
      boolean found = false;
      while (w.find()) {
        dev.claimdiff.extract.Zone zone = ctx.zones.at(w.start());
        if (zone != dev.claimdiff.extract.Zone.HEADLINE // 'Baca juga' titles are title-case too
            && zone != dev.claimdiff.extract.Zone.RELATED && insideSentence(ctx.text, w.start())) {
          found = true;
          break;
        }
      }
      if (!found) {
        break;
      }
      kept++;
    }
    return kept == from ? "" : String.join(" ", java.util.Arrays.asList(words).subList(0, kept));
  }

  /**
   * Whether a stretch is one bare name: capitalised words only, no comma, and a first word that
   * is no administrative, island or landform word (a venue's word is read by the venue rules,
   * which come first) ('Nusa Dua', not 'Desa Kuwaron' or 'Gunung
   * Lalaba').
   */
  private static boolean bareTown(ArticleContext ctx, String within) {
    String text = Texts.collapse(within);
    if (text.contains(",") || text.isEmpty()) {
      return false;
    }
    String[] words = text.split(" ");
    for (String word : words) {
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    String first = words[0].toLowerCase(java.util.Locale.ROOT);
    return !ctx.rules.lexicon().set(LanguageFile.ADMIN_PREFIXES).contains(first)
        && !ctx.rules.lexicon().set(LanguageFile.PLACE_PREFIXES).contains(first)
        && !ctx.rules.lexicon().set(LanguageFile.LANDFORM_WORDS).contains(first);
  }

  /**
   * Whether a word at {@code at} stands inside its sentence, after a word or a comma: a word that
   * opens a sentence or follows a dateline's dash ('KOMPAS.com - Longsor menimbun …') is
   * capitalised for its place, not because it is a name.
   */
  private static boolean insideSentence(String text, int at) {
    int i = at;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    if (i == 0) {
      return false;
    }
    char before = text.charAt(i - 1);
    return Character.isLetterOrDigit(before) || before == ',';
  }

  /**
   * Whether a phrase of the list ends right before {@code at} in its sentence, or one word
   * before it ('in a hospital in', 'di rumah sakit umum di').
   */
  private static boolean followsListPhrase(ArticleContext ctx, Sentence sentence, int at,
      LanguageFile list) {
    java.util.regex.Pattern ending = ctx.rules.pattern("location-ends-with-" + list.name(),
        lexicon -> java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(list))
            + ")\\s+(?:\\p{L}+\\s+)?$"));
    int from = Math.max(sentence.start(), at - 60);
    return ending.matcher(ctx.text.substring(from, at)).find();
  }

  /**
   * Whether a verb of denial-verbs.txt stands before {@code at} in its sentence: the place is in
   * what was denied ('membantah kabar … tertimbun di Desa Watukeli'), not in what happened.
   */
  private static boolean denied(ArticleContext ctx, Sentence sentence, int at) {
    java.util.regex.Pattern verbs = ctx.rules.pattern("location-denial-verbs",
        lexicon -> java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + dev.claimdiff.lang.WordPatterns.alternation(lexicon.words(LanguageFile.DENIAL_VERBS))
            + ")(?![\\p{L}])"));
    return verbs.matcher(ctx.text).region(sentence.start(), Math.max(sentence.start(), at)).find();
  }

  /** How many words before 'di' a noun of place-modified-nouns.txt may stand. */
  private static final int NOUN_REACH_WORDS = 2;

  /** Whether a phrase's first word is in a list (lower-cased). */
  private static boolean startsWithListWord(ArticleContext ctx, String phrase, LanguageFile list) {
    String first = Texts.key(phrase).split(" ")[0];
    return ctx.rules.lexicon().set(list).contains(first);
  }

  /**
   * Whether a noun of {@code place-modified-nouns.txt} stands among the last words before
   * {@code at} in the sentence: the place describes that noun ('situasi di Suriah').
   */
  private static boolean describesNounBefore(ArticleContext ctx, Sentence sentence, int at) {
    java.util.Set<String> nouns = ctx.rules.lexicon().set(LanguageFile.PLACE_MODIFIED_NOUNS);
    int end = at;
    for (int n = 0; n < NOUN_REACH_WORDS; n++) {
      while (end > sentence.start() && Character.isWhitespace(ctx.text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > sentence.start() && (Character.isLetter(ctx.text.charAt(start - 1))
          || ctx.text.charAt(start - 1) == '-')) {
        start--;
      }
      if (start == end) {
        return false; // punctuation: the clause begins here
      }
      if (nouns.contains(Texts.key(ctx.text.substring(start, end)))) {
        return true;
      }
      end = start;
    }
    return false;
  }

  /**
   * The English canonical name of a water, an island group, a shoal or a block named with the word
   * before it ({@code water-names.txt}: 'Selat Bali' is 'Bali Strait', 'Laut China Selatan' 'South
   * China Sea', 'Kepulauan Paracel' 'Paracel Islands', 'Blok Ambalat' 'Ambalat'), the name itself
   * canonicalised as a place is; null when the surface opens with no such word.
   */
  static @Nullable String waterName(ArticleContext ctx, String surface) {
    if (!ctx.rules.lexicon().has(LanguageFile.WATER_NAMES)) {
      return null;
    }
    java.util.Map<String, String> forms = ctx.rules.lexicon().mapping(LanguageFile.WATER_NAMES);
    String collapsed = Texts.collapse(surface);
    String whole = forms.get(collapsed.toLowerCase(java.util.Locale.ROOT));
    if (whole != null && collapsed.indexOf(' ') > 0 && !whole.contains("*")) {
      return whole; // a name listed whole: 'Blok Ambalat' is 'Ambalat', 'Teluk Jakarta' 'Jakarta Bay'
    }
    String[] words = collapsed.split(" ", 2);
    if (words.length < 2 || !Character.isUpperCase(words[1].charAt(0))) {
      return null;
    }
    String form = forms.get(words[0].toLowerCase(java.util.Locale.ROOT));
    if (form == null || form.startsWith(LISTED)) {
      return null;
    }
    String name = canonicalUnknown(ctx, words[1]);
    Optional<Entity> known = ctx.rules.names().gazetteer().lookup(name);
    if (known.isPresent() && (known.get().type() == EntityType.CITY
        || known.get().type() == EntityType.REGION || known.get().type() == EntityType.COUNTRY)) {
      name = known.get().canonical(); // 'Laut Jawa': 'Java Sea'
    }
    return form.replace("*", name).strip();
  }

  /** The mark of a water-names.txt word that opens a water only for the names listed whole. */
  private static final String LISTED = "(listed)";

  /**
   * Whether the surface opens with a water-names.txt word marked '(listed)' ('Blok', 'Karang',
   * 'Teluk', which also open ordinary names: 'Blok M', 'Karang Taruna') and is not a name the list
   * gives whole ('Blok Ambalat'): no place is read from it, neither as a water nor as a town.
   */
  static boolean unlistedWater(ArticleContext ctx, String surface) {
    if (!ctx.rules.lexicon().has(LanguageFile.WATER_NAMES)) {
      return false;
    }
    java.util.Map<String, String> forms = ctx.rules.lexicon().mapping(LanguageFile.WATER_NAMES);
    String collapsed = Texts.collapse(surface);
    String[] words = collapsed.split(" ", 2);
    if (words.length < 2) {
      return false;
    }
    String form = forms.get(words[0].toLowerCase(java.util.Locale.ROOT));
    if (form == null || !form.startsWith(LISTED)) {
      return false;
    }
    String whole = forms.get(collapsed.toLowerCase(java.util.Locale.ROOT));
    return whole == null || whole.contains("*");
  }

  /**
   * The canonical name of a place the gazetteer does not know: without an administrative word
   * before it ({@code admin-prefixes.txt}: 'Kabupaten Mamasa' is 'Mamasa') and with a compass
   * word after it put in English before it ({@code compass-names.txt}: 'Maluku Tengah' is
   * 'Central Maluku'), so that every outlet's spelling, and an English report's, name one place.
   */
  static String canonicalUnknown(ArticleContext ctx, String surface) {
    String[] words = Texts.collapse(surface).split(" ");
    int from = 0;
    java.util.Set<String> prefixes = ctx.rules.lexicon().set(LanguageFile.ADMIN_PREFIXES);
    if (words.length > 1 && prefixes.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      from = 1;
    }
    java.util.Map<String, String> compass = ctx.rules.lexicon().mapping(LanguageFile.COMPASS_NAMES);
    for (int n = 2; n >= 1; n--) {
      if (words.length - from > n) {
        String tail = String.join(" ",
            java.util.Arrays.asList(words).subList(words.length - n, words.length));
        String english = compass.get(tail.toLowerCase(java.util.Locale.ROOT));
        if (english != null) {
          return english + " " + String.join(" ",
              java.util.Arrays.asList(words).subList(from, words.length - n));
        }
      }
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
  }
}
