package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Mention;
import dev.claimdiff.extract.engine.Lexicon;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * COMMITMENT claims from {@code lang/<lang>/extract/rules/commitment.rules}. In the text after the
 * verb the code finds what is promised (normalised by {@code commitment-objects.txt}), to whom
 * ({@code kepada X}, or the party whose demands it answers) and by when
 * ({@code due-expressions.txt}).
 */
public final class CommitmentExtractor extends RuleExtractor {

  public CommitmentExtractor() {
    super("commitment");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    return produce(ctx, events, sentence, rule, m, List.of());
  }

  /**
   * A rule with a group {@code self} ('we', 'kami') finds a promise in the first person: it counts
   * only inside a quotation, and the one who promises is that quotation's speaker (none when the
   * quotation has none). Any other rule's group {@code actor} names the one who promises, with
   * group {@code coactor} the second of two who promise together.
   */
  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m, List<Draft> earlier) {
    String actor;
    if (group(m, "ours") != null) {
      // '"Kami akan memeriksa …," kata Kapolda …' with no time: only the body the speaker's title
      // names promises; a person's own 'kami' with no time (a candidate's) is as often a wish
      String speaker = quoteSpeaker(ctx, m.start("ours"), earlier);
      actor = speaker == null ? null : bodySpokenFor(ctx, speaker);
    } else if (group(m, "self") != null) {
      if (hopedInQuotation(ctx, sentence, m.start("self")) || thingFromAnother(ctx, m)) {
        return null; // '"Kami berharap bantuan dari pusat akan sampai …"': a hope, another's gift
      }
      actor = quoteSpeaker(ctx, m.start("self"), earlier);
      String body = actor == null ? null : bodySpokenFor(ctx, actor);
      if (body != null) {
        actor = body; // '"Kami akan …," kata Kapolres Sleman …': the police of Sleman promise
      }
    } else if (group(m, "reporter") != null) {
      // 'X menegaskan santunan akan diserahkan …': X's side promises what X reports in the passive
      String written = ctx.group(m, "reporter");
      actor = ctx.discourse.speaker(written, m.start("reporter"));
      String body = actor == null ? null : bodySpokenFor(ctx, actor);
      if (body != null) {
        actor = body;
      }
    } else if (group(m, "collective") != null) {
      // a group named by a common noun ('pemerintah kabupaten', 'the search team'): no name to
      // resolve, so the actor is the noun as written
      actor = Texts.collapse(ctx.group(m, "collective"));
      String body = bodyDescribed(ctx, sentence, m.start("collective"), actor);
      if (body == null) {
        body = bodyNamedBefore(ctx, sentence, m.start("collective"), actor);
      }
      if (body == null) {
        body = countryGoverning(ctx, actor);
      }
      if (body != null) {
        actor = body;
      }
      String both = group(m, "people") != null ? bothSides(ctx, true)
          : group(m, "parties") != null || group(m, "sides") != null ? bothSides(ctx, false) : null;
      if (both == null && group(m, "sides") != null) {
        return null; // 'the next round will be held …': only the two sides can undertake it
      }
      if (both != null) {
        actor = both; // 'the two ministers', 'kedua negara': the two the article is about
      }
    } else if (group(m, "giver") != null) {
      // 'Bantuan dari BNPB akan disalurkan …': a body or a country gives, never a person: one after
      // 'dari' is as often where the thing comes from as who gives it. A capitalised name the
      // mention rules did not take ('dari Pemerintah Provinsi Jawa Barat') stands as written.
      String written = ctx.group(m, "giver");
      Mention giver = ctx.discourse.mentionAt(m.start("giver"));
      if (giver != null && giver.isPerson()) {
        return null;
      }
      if (placeGiver(ctx, written, giver)) {
        return null; // 'sayuran dari Kabupaten Magelang akan dikirim …': where it comes from
      }
      actor = giver != null && giver.canonical() != null ? giver.canonical()
          : Texts.collapse(written).strip();
    } else if (group(m, "side") != null) {
      // 'X mengatakan pihaknya akan memeriksa …': only a pronoun of side-pronouns.txt
      String written = ctx.group(m, "side");
      if (!isSidePronoun(ctx, written)) {
        return null;
      }
      actor = sideOf(ctx, ctx.discourse.speaker(written, m.start("side")));
    } else {
      String written = ctx.group(m, "actor");
      if (inPlacePhrase(ctx, sentence, m.start("actor"), written)) {
        return null; // 'di jantung industri nikel Indonesia, Sulawesi Tengah, berjanji': where, not who
      }
      actor = asWritten(ctx, written, ctx.discourse.speaker(written, m.start("actor")));
      if (isSidePronoun(ctx, written)) {
        actor = sideOf(ctx, actor); // 'pihaknya akan …': the side the one it refers to speaks for
      }
    }
    if (actor != null && group(m, "coactor") != null) {
      actor = pair(ctx, m, actor);
    }
    if (actor == null) {
      return null;
    }
    int verbStart = group(m, "verb") != null ? m.start("verb") : m.start();
    if (negation(ctx).matcher(lastWords(ctx.text.substring(m.start(), verbStart))).find()) {
      return null;
    }
    if (isDemand(ctx, sentence, m.start()) || isDenied(ctx, sentence, m.start())) {
      return null;
    }
    Lexicon lexicon = ctx.rules.lexicon();
    String rest = group(m, "rest") == null ? "" : ctx.group(m, "rest");
    int restStart = group(m, "rest") == null ? m.end() : m.start("rest");
    // 'Australia will give Indonesia six boats and the two neighbours will begin patrols by
    // March': what comes after another subject's 'will' is that subject's, its due too. Only
    // after the promise's own 'will': in 'pledged that rice and medicine would reach …' the
    // promised clause's subject comes first
    Matcher other = otherSubjectWill(ctx).matcher(ctx.text);
    other.region(restStart, restStart + rest.length());
    if (futureCue(ctx).matcher(ctx.text.substring(m.start(), restStart)).find() && other.find()) {
      rest = ctx.text.substring(restStart, other.start());
    }
    // 'agreed to answer the offer within 30 days and to restart the licences within 14 days': the
    // first act's words end where the second's begin (followOn reads the second)
    int second = secondActStart(ctx, m, restStart, restStart + rest.length());
    if (second >= 0) {
      rest = ctx.text.substring(restStart, second);
    }
    boolean expected = group(m, "object") != null;
    // 'give Russia a written response': the one given to, named before the thing given
    Mention firstGiven = expected ? null : indirectObject(ctx, restStart, restStart + rest.length());
    String given = firstGiven == null ? rest : ctx.text.substring(firstGiven.end(), restStart + rest.length());
    // the act as written: a name inside it ('"Bantuan Kemensos akan sampai …"') is no mask
    String objectText = expected ? ctx.group(m, "object")
        : group(m, "act") != null ? ctx.group(m, "act") + " " + given : given;
    int objectStart = expected ? m.start("object") : restStart;

    String dueValue = null;
    int end = m.end();
    PromiseDues.Found found = PromiseDues.find(ctx, restStart, restStart + rest.length());
    if (found == null && group(m, "self") != null && group(m, "act") != null) {
      // 'Dalam sepekan kami umumkan …': a first-person promise whose time opens it
      PromiseDues.Found first = PromiseDues.find(ctx, m.start(), m.start("self"));
      dueValue = first == null ? null : first.value();
    }
    if (found != null) {
      dueValue = found.value();
      end = found.end();
    } else if (!expected) {
      Matcher objectEnd = objectEnd(ctx).matcher(rest);
      end = restStart + (objectEnd.find() ? objectEnd.start() : rest.length());
    }
    Matcher deadline = deadlines(ctx).matcher(ctx.text);
    deadline.region(restStart, restStart + rest.length());
    if (deadline.find()) {
      end = Math.max(end, deadline.end()); // the evidence holds the deadline as written
    }
    String action = action(lexicon, objectEnd(ctx),
        withoutDeterminers(lexicon.set(LanguageFile.OBJECT_DETERMINERS), objectText));
    if (action == null) {
      return null;
    }
    String recipient;
    if (expected) {
      recipient = countryOf(ctx, ctx.discourse.speaker(ctx.group(m, "recipient"), m.start("recipient")));
    } else if (firstGiven != null) {
      recipient = firstGiven.canonical();
    } else {
      recipient = recipient(ctx, restStart, restStart + rest.length(), actor);
    }
    return Draft.of(ClaimType.COMMITMENT,
        new CommitmentValue(actor, action, recipient, dueValue, null),
        m.start(), Math.max(end, objectStart), ruleName("commitment", rule));
  }

  /**
   * The further acts one promise joins to its first with a word of second-act-markers.txt
   * ('agreed to reopen the embassies within a month and to begin talks on fishing rights':
   * {@code and to}), each its own promise of the same actor, with its own action, recipient and
   * due read from its own words up to the next such marker (or where the first promise's text
   * ends). Only when the promise's verb ends in the marker's last word ('agreed to', 'pledged
   * to'), so the acts are parallel infinitives; the word after the marker must be a lower-case
   * word that is no determiner of object-determiners.txt ('to the families', 'to Uganda' name
   * a recipient, not an act). A language without the list has no follow-on promises.
   */
  @Override
  List<Draft> followOn(ArticleContext ctx, Sentence sentence, Matcher m, Draft draft) {
    Lexicon lexicon = ctx.rules.lexicon();
    if (!parallelActs(ctx, m) || !(draft.value() instanceof CommitmentValue first)) {
      return List.of();
    }
    int restStart = m.start("rest");
    int restEnd = m.end("rest");
    Matcher other = otherSubjectWill(ctx).matcher(ctx.text);
    other.region(restStart, restEnd);
    if (other.find()) {
      restEnd = other.start(); // 'and the two neighbours will …' is another subject's
    }
    Pattern marker = secondActMarker(ctx);
    java.util.Set<String> determiners = lexicon.set(LanguageFile.OBJECT_DETERMINERS);
    List<Draft> out = new java.util.ArrayList<>();
    Matcher at = marker.matcher(ctx.text);
    at.region(restStart, restEnd);
    java.util.List<Integer> starts = new java.util.ArrayList<>();
    java.util.Set<Integer> recipients = new java.util.HashSet<>();
    int since = restStart;
    while (at.find()) {
      if (repeatsARecipient(ctx, since, at)) {
        recipients.add(at.end()); // 'to Kenya and to neighbouring Uganda': a recipient repeated
      }
      starts.add(at.end());
      since = at.end();
    }
    for (int i = 0; i < starts.size(); i++) {
      int actStart = starts.get(i);
      int actEnd = i + 1 < starts.size() ? starts.get(i + 1) : restEnd;
      if (i + 1 < starts.size()) {
        Matcher back = marker.matcher(ctx.text);
        back.region(actStart, actEnd);
        if (back.find()) {
          actEnd = back.start();
        }
      }
      String segment = ctx.text.substring(actStart, actEnd);
      int space = segment.indexOf(' ');
      if (space < 0 || !isAct(ctx, actStart) || recipients.contains(actStart)) {
        continue;
      }
      // the evidence is the act's own words, up to the next act or the promise's end
      int end = actEnd;
      while (end > actStart && ",; ".indexOf(ctx.text.charAt(end - 1)) >= 0) {
        end--;
      }
      String dueValue = null;
      PromiseDues.Found found = PromiseDues.find(ctx, actStart, actEnd);
      if (found != null) {
        dueValue = found.value();
        end = Math.max(end, found.end());
      }
      String action = action(lexicon, objectEnd(ctx), withoutDeterminers(determiners, segment));
      if (action == null) {
        continue;
      }
      String recipient = recipient(ctx, actStart + space, actEnd, first.actor());
      out.add(Draft.of(ClaimType.COMMITMENT,
          new CommitmentValue(first.actor(), action, recipient, dueValue, null),
          actStart, Math.max(end, actStart + space), draft.rule()));
    }
    return out;
  }

  /**
   * Whether a match's promise may join further acts with second-act-markers.txt: the language has
   * the list, the match has a verb and a rest, and the verb holds the markers' last word ('agreed
   * to': parallel infinitives).
   */
  private static boolean parallelActs(ArticleContext ctx, Matcher m) {
    Lexicon lexicon = ctx.rules.lexicon();
    if (!lexicon.has(LanguageFile.SECOND_ACT_MARKERS) || group(m, "verb") == null
        || group(m, "rest") == null) {
      return false;
    }
    List<String> verbWords = java.util.Arrays.asList(
        m.group("verb").toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
    for (String marker : lexicon.list(LanguageFile.SECOND_ACT_MARKERS)) {
      String[] words = marker.replace(",", " ").strip().split("\\s+");
      if (verbWords.contains(words[words.length - 1])) {
        return true;
      }
    }
    return false;
  }

  /** Where the first further act of a match's promise begins in [from, to), or -1 (followOn). */
  private static int secondActStart(ArticleContext ctx, Matcher m, int from, int to) {
    if (!parallelActs(ctx, m)) {
      return -1;
    }
    Matcher at = secondActMarker(ctx).matcher(ctx.text);
    at.region(from, to);
    while (at.find()) {
      if (isAct(ctx, at.end()) && !repeatsARecipient(ctx, from, at)) {
        return at.start();
      }
    }
    return -1;
  }

  /**
   * Whether the marker's last word ('to' of 'and to') already stands between the first act and
   * the marker: the marker then repeats that word's phrase, a recipient ('send aid to Kenya and to
   * neighbouring Uganda', 'deliver tents to displaced families and to survivors in camps'), not
   * the infinitive of a further act.
   */
  private static boolean repeatsARecipient(ArticleContext ctx, int from, Matcher marker) {
    String[] words = WordPatterns.WHITE_SPACE.split(marker.group().strip());
    String last = words[words.length - 1];
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(last) + "(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE).matcher(ctx.text.substring(from, marker.start())).find();
  }

  /**
   * A word of second-act-markers.txt after a space, or one written with a comma first (', to':
   * a list of acts) after that comma, then the act's lower-case first word.
   */
  private static Pattern secondActMarker(ArticleContext ctx) {
    return ctx.rules.pattern("second-act-markers", lex -> {
      List<String> words = new java.util.ArrayList<>();
      List<String> listed = new java.util.ArrayList<>();
      for (String marker : lex.list(LanguageFile.SECOND_ACT_MARKERS)) {
        if (marker.startsWith(",")) {
          listed.add(marker.substring(1).strip());
        } else {
          words.add(marker);
        }
      }
      String spaced = words.isEmpty() ? "(?!)" : "\\s+" + WordPatterns.alternation(words);
      String comma = listed.isEmpty() ? "(?!)" : ",\\s*" + WordPatterns.alternation(listed);
      return Pattern.compile("(?:" + spaced + "|" + comma + ")\\s+(?=\\p{Ll})");
    });
  }

  /** Whether a further act's first word stands at {@code at}: no determiner and no name. */
  private static boolean isAct(ArticleContext ctx, int at) {
    int space = ctx.text.indexOf(' ', at);
    if (space < 0) {
      return false;
    }
    String word = ctx.text.substring(at, space).toLowerCase(java.util.Locale.ROOT);
    Lexicon lexicon = ctx.rules.lexicon();
    if (lexicon.has(LanguageFile.SECOND_ACT_BLOCKERS)
        && lexicon.set(LanguageFile.SECOND_ACT_BLOCKERS).contains(word)) {
      return false; // 'to which it sent boats', 'to be financed by …': no act of the promiser
    }
    return !lexicon.set(LanguageFile.OBJECT_DETERMINERS).contains(word)
        && !mentionStartsAt(ctx, at);
  }

  @Override
  boolean followOnWithinMatch() {
    return true;
  }

  private static boolean mentionStartsAt(ArticleContext ctx, int at) {
    Mention mention = ctx.discourse.mentionAt(at);
    return mention != null;
  }

  /**
   * Two who promise together ('Indonesia and Vietnam pledged …', group {@code coactor}): both
   * canonical names joined by the connective, English {@code and} for a word of
   * name-connectives.txt ('dan'), else as written; null when the second cannot be resolved or is
   * the first.
   */
  private static @Nullable String pair(ArticleContext ctx, Matcher m, String actor) {
    String coactor = ctx.discourse.speaker(ctx.group(m, "coactor"), m.start("coactor"));
    if (coactor == null || coactor.equals(actor)) {
      return null;
    }
    String connective = Texts.collapse(ctx.text.substring(m.end("actor"), m.start("coactor"))).strip();
    if (ctx.rules.lexicon().set(LanguageFile.NAME_CONNECTIVES)
        .contains(connective.toLowerCase(java.util.Locale.ROOT))) {
      // canonical values are English ('Harris dan Mwita' is 'Harris and Mwita'), as in bothSides
      connective = Lexicon.of(dev.claimdiff.lang.Language.ENGLISH)
          .list(LanguageFile.NAME_CONNECTIVES).get(0);
    }
    return actor + " " + connective + " " + coactor;
  }

  /**
   * The two sides of a meeting that a plural names by their kind ('the two ministers', group
   * {@code people}; 'kedua negara', group {@code parties}): the two persons, or the two countries,
   * the article names most often (outside quotations; a tie goes to the one named first), joined
   * by English {@code and} in the order the article first names them, as {@link #pair} joins two named
   * together; null when the article names fewer than two.
   */
  private static @Nullable String bothSides(ArticleContext ctx, boolean people) {
    if (!people) {
      String countries = countriesOfBothPeople(ctx);
      if (countries != null) {
        return countries;
      }
    }
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    for (Mention mention : ctx.discourse.mentions()) {
      String name = mention.canonical();
      if (name == null || mention.inQuote()) {
        continue;
      }
      boolean kind = people ? mention.isPerson()
          : mention.isGroup() && gazetteer.lookup(name)
              .filter(e -> e.type() == dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY)
              .isPresent();
      if (kind) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    if (counts.size() < 2) {
      return null;
    }
    List<String> order = List.copyOf(counts.keySet());
    List<String> top = order.stream()
        .sorted(java.util.Comparator.comparing((String n) -> -counts.get(n))
            .thenComparing(order::indexOf))
        .limit(2).sorted(java.util.Comparator.comparing(order::indexOf)).toList();
    // canonical values are English: the joining word of English name-connectives.txt ('and')
    String and = Lexicon.of(dev.claimdiff.lang.Language.ENGLISH)
        .list(LanguageFile.NAME_CONNECTIVES).get(0);
    return top.get(0) + " " + and + " " + top.get(1);
  }

  /** How many of the persons an article names most often may be a side of its meeting. */
  private static final int SIDE_CANDIDATES = 4;

  /**
   * The two countries a meeting's sides speak for: among the persons the article names most often
   * (outside quotations; a tie goes to the one named first; the first {@value #SIDE_CANDIDATES}),
   * the first two whose titles give two different countries ('Presiden Pakistan Shahid Mahmood
   * Rana', 'Indian Prime Minister Vikram Anand Sethi': a country of the gazetteer or a word of
   * demonyms.txt before the name), joined by English {@code and} in the order the article first
   * names those persons; with only one such person, that country and the country the article
   * names most often besides it; null when there is none. A country named in a title is masked
   * inside the person's mention, so counting countries alone would miss it and take a host or a
   * place for a side; a person without a country in a title (a spokesman, or a place the mention
   * rules took for a name) is passed over.
   */
  private static @Nullable String countriesOfBothPeople(ArticleContext ctx) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Mention mention : ctx.discourse.mentions()) {
      if (mention.canonical() != null && !mention.inQuote() && mention.isPerson()) {
        counts.merge(mention.canonical(), 1, Integer::sum);
      }
    }
    List<String> order = List.copyOf(counts.keySet());
    List<String> ranked = order.stream()
        .sorted(java.util.Comparator.comparing((String n) -> -counts.get(n))
            .thenComparing(order::indexOf))
        .limit(SIDE_CANDIDATES).toList();
    Map<String, String> sides = new java.util.LinkedHashMap<>(); // person -> country
    for (String person : ranked) {
      String country = titleCountry(ctx, person);
      if (country != null && !sides.containsValue(country)) {
        sides.put(person, country);
        if (sides.size() == 2) {
          break;
        }
      }
    }
    String and = " " + Lexicon.of(dev.claimdiff.lang.Language.ENGLISH)
        .list(LanguageFile.NAME_CONNECTIVES).get(0) + " ";
    List<String> countries = new java.util.ArrayList<>(sides.keySet().stream()
        .sorted(java.util.Comparator.comparing(order::indexOf)).map(sides::get).toList());
    if (countries.size() == 1) {
      // one side known from a title: the other is the country the article names most often
      String other = mostNamedCountry(ctx, countries.get(0));
      if (other != null) {
        countries.add(other);
      }
    }
    return countries.size() < 2 ? null : String.join(and, countries);
  }

  /**
   * The country the article names most often outside quotations (a tie goes to the one named
   * first), other than {@code besides}; null when it names none.
   */
  private static @Nullable String mostNamedCountry(ArticleContext ctx, String besides) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    for (Mention mention : ctx.discourse.mentions()) {
      String name = mention.canonical();
      if (name != null && !mention.inQuote() && mention.isGroup() && !name.equals(besides)
          && gazetteer.lookup(name).filter(e -> e.type() == dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY)
              .isPresent()) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
            .thenComparing(e -> -List.copyOf(counts.keySet()).indexOf(e.getKey())))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** How far before a titled mention a word that qualifies its title is looked for. */
  private static final int TITLE_QUALIFIER_CHARS = 30;

  /** How many words a country's name in a title may have ('Korea Selatan', 'United States'). */
  private static final int COUNTRY_WORDS = 3;

  /**
   * Whether a giver after 'dari' is a place the gazetteer knows (a city or a region, with or
   * without a word of admin-prefixes.txt: 'Kabupaten Magelang') rather than a body: goods 'from'
   * a place are where they come from. A giver opened by a word of government-words.txt or
   * org-words.txt ('Pemerintah Provinsi Jawa Tengah', 'Pemkab Magelang') is a body.
   */
  private static boolean placeGiver(ArticleContext ctx, String written, @Nullable Mention giver) {
    String[] words = WordPatterns.WHITE_SPACE.split(Texts.collapse(written).strip());
    String first = words[0].toLowerCase(java.util.Locale.ROOT);
    if (ctx.rules.lexicon().set(LanguageFile.GOVERNMENT_WORDS).contains(first)
        || ctx.rules.lexicon().set(LanguageFile.ORG_WORDS).contains(first)) {
      return false;
    }
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add(String.join(" ", words));
    if (words.length > 1 && ctx.rules.lexicon().list(LanguageFile.ADMIN_PREFIXES).stream()
        .anyMatch(p -> p.split("\\|")[0].strip().equalsIgnoreCase(words[0]))) {
      names.add(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
    }
    if (giver != null && giver.canonical() != null) {
      names.add(giver.canonical());
    }
    for (String name : names) {
      if (gazetteer.lookup(name).filter(e -> e.type() == dev.claimdiff.lang.Gazetteer.EntityType.CITY
          || e.type() == dev.claimdiff.lang.Gazetteer.EntityType.REGION).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country the first title given to a person names (a country of the gazetteer, or a word
   * of demonyms.txt, in the words of a mention before the person's name), or null.
   */
  private static @Nullable String titleCountry(ArticleContext ctx, String person) {
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    for (Mention mention : ctx.discourse.mentions()) {
      if (!mention.isPerson() || !person.equals(mention.canonical()) || mention.spelling() == null) {
        continue;
      }
      int at = mention.surface().lastIndexOf(mention.spelling());
      if (at <= 0) {
        continue;
      }
      // the title, with the words right before the mention when they qualify it ('Indian' of
      // 'Indian Prime Minister …' may be a mention of its own)
      String before = ctx.text.substring(Math.max(0, mention.start() - TITLE_QUALIFIER_CHARS),
          mention.start());
      before = before.substring(Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(','),
          before.lastIndexOf('"'))) + 1);
      String[] qualifiers = WordPatterns.WHITE_SPACE.split(before.strip());
      String qualifier = qualifiers.length == 0 ? "" : qualifiers[qualifiers.length - 1];
      String[] words = WordPatterns.WHITE_SPACE.split((qualifier + " "
          + mention.surface().substring(0, at)).replaceAll("['’]s\\b|[,()]", " ").strip());
      for (int i = 0; i < words.length; i++) {
        for (int n = Math.min(COUNTRY_WORDS, words.length - i); n >= 1; n--) {
          String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
          Optional<Entity> entity = gazetteer.lookup(phrase);
          if (entity.isPresent() && entity.get().type() == dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY) {
            return entity.get().canonical();
          }
        }
        String demonym = ctx.rules.names().demonymCountry(words[i]);
        Optional<Entity> country = demonym == null ? Optional.empty() : gazetteer.lookup(demonym);
        if (country.isPresent() && country.get().type() == dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY) {
          return country.get().canonical();
        }
      }
    }
    return null;
  }

  /**
   * The body a collective describes by its kind ('the federation' after 'Football Association of
   * Indonesia (PSSI) secretary-general Yudha Prasetya said'): when the collective's last word is
   * a word of org-words.txt, it has at most two words (more describe a body of their own: 'the
   * public works ministry') and the sentence names exactly one body before it, that body's
   * canonical name; else null (the collective stays as written).
   */
  private static @Nullable String bodyDescribed(ArticleContext ctx, Sentence sentence, int start,
      String collective) {
    String[] words = WordPatterns.WHITE_SPACE.split(collective);
    String last = words[words.length - 1];
    if (words.length > 2) {
      return null; // a body described by more words names itself ('the public works ministry')
    }
    if (ctx.rules.lexicon().words(LanguageFile.ORG_WORDS).stream()
        .noneMatch(w -> w.equalsIgnoreCase(last))) {
      return null;
    }
    java.util.Set<String> bodies = new java.util.LinkedHashSet<>();
    for (Mention mention : ctx.discourse.mentionsIn(sentence.start(), start)) {
      if (mention.end() <= start && mention.isGroup() && mention.canonical() != null) {
        bodies.add(mention.canonical());
      }
    }
    return bodies.size() == 1 ? bodies.iterator().next() : null;
  }

  /**
   * The body a determiner and a kind name again ('the agency', 'his ministry': two words, the
   * first a definite article or lower-case, the last of org-words.txt): the body the person
   * who reports it in its sentence speaks for, by their title ('BNPB chief Arief Wicaksono said
   * the agency would …': BNPB, speaker-bodies.txt); else the body the article named last before
   * it whose words hold that kind ('the national disaster mitigation agency (BNPB)' → 'BNPB');
   * else null (the words as written).
   */
  private static @Nullable String bodyNamedBefore(ArticleContext ctx, Sentence sentence, int start,
      String collective) {
    String[] words = WordPatterns.WHITE_SPACE.split(collective);
    // a definite article ('The agency') or another lower-case determiner ('his ministry')
    if (words.length != 2 || !ctx.rules.lexicon().set(LanguageFile.DEFINITE_ARTICLES)
        .contains(words[0].toLowerCase(java.util.Locale.ROOT)) && !Character.isLowerCase(words[0].charAt(0))) {
      return null;
    }
    String kind = words[1].toLowerCase(java.util.Locale.ROOT);
    if (ctx.rules.lexicon().words(LanguageFile.ORG_WORDS).stream().noneMatch(kind::equalsIgnoreCase)) {
      return null;
    }
    List<Mention> before = ctx.discourse.mentionsIn(0, start);
    for (int i = before.size() - 1; i >= 0 && before.get(i).start() >= sentence.start(); i--) {
      Mention reporter = before.get(i);
      if (reporter.isPerson() && reporter.canonical() != null && reporter.end() <= start) {
        String body = bodySpokenFor(ctx, reporter.canonical());
        if (body != null) {
          return body;
        }
        break; // the last person before it reports it
      }
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Mention mention = before.get(i);
      if (mention.end() <= start && mention.isGroup() && mention.canonical() != null
          && (WordPatterns.WHITE_SPACE.splitAsStream(mention.surface().toLowerCase(java.util.Locale.ROOT))
              .anyMatch(kind::equals) || acronymOf(ctx, mention, kind))) {
        return mention.canonical();
      }
    }
    return null;
  }

  /** How far before an acronym in brackets the name it abbreviates is looked at. */
  private static final int ACRONYM_NAME_CHARS = 40;

  /**
   * Whether a body's mention is the acronym in brackets after its name written out, whose last
   * word is {@code kind} ('the national disaster mitigation agency (BNPB)').
   */
  private static boolean acronymOf(ArticleContext ctx, Mention mention, String kind) {
    String before = ctx.text.substring(Math.max(0, mention.start() - ACRONYM_NAME_CHARS),
        mention.start()).toLowerCase(java.util.Locale.ROOT).stripTrailing();
    if (!before.endsWith("(")) {
      return false;
    }
    String name = before.substring(0, before.length() - 1).stripTrailing();
    return name.endsWith(kind) && (name.length() == kind.length()
        || !Character.isLetter(name.charAt(name.length() - kind.length() - 1)));
  }

  /**
   * The country a collective names as its government ('the Greek government', 'the Malaysian
   * government': a word of demonyms.txt or a country of the gazetteer before a word of
   * government-words.txt, after a definite article), as a government word before a country's
   * name is the country acting; else null.
   */
  private static @Nullable String countryGoverning(ArticleContext ctx, String collective) {
    String[] words = WordPatterns.WHITE_SPACE.split(collective.strip());
    if (words.length < 2 || !ctx.rules.lexicon().set(LanguageFile.GOVERNMENT_WORDS)
        .contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int from = ctx.rules.lexicon().set(LanguageFile.DEFINITE_ARTICLES)
        .contains(words[0].toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
    String between = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length - 1));
    if (between.isEmpty()) {
      return null;
    }
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    String demonym = ctx.rules.names().demonymCountry(between);
    Optional<Entity> country = gazetteer.lookup(demonym != null ? demonym : between);
    return country.isPresent() && country.get().type() == dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY
        ? country.get().canonical() : null;
  }

  /** The kinds of names that can close a phrase of place. */
  private static final java.util.Set<dev.claimdiff.lang.Gazetteer.EntityType> PLACES = java.util.EnumSet.of(
      dev.claimdiff.lang.Gazetteer.EntityType.COUNTRY, dev.claimdiff.lang.Gazetteer.EntityType.CITY,
      dev.claimdiff.lang.Gazetteer.EntityType.REGION);

  /** How many lower-case words a place phrase may hold before the place's name. */
  private static final int PLACE_PHRASE_WORDS = 3;

  /**
   * Whether a country or place named as the actor closes a phrase of place: a word of
   * place-prepositions.txt and at most a few lower-case words before it, with no comma ('di
   * jantung industri nikel Indonesia'); the name says where, and the one who promises is the
   * sentence's subject before it. So does a place in apposition to such a place.
   */
  private static boolean inPlacePhrase(ArticleContext ctx, Sentence sentence, int start,
      String written) {
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(written);
    if (entity.isEmpty() || !PLACES.contains(entity.get().type())) {
      return false;
    }
    String text = ctx.text.substring(sentence.start(), start).strip();
    if (text.endsWith(",")) {
      // a place in apposition to the one before it ('… kopi Kenya, Nairobi, berjanji'): that one
      List<Mention> earlier = ctx.discourse.mentionsIn(sentence.start(), start);
      if (earlier.isEmpty()) {
        return false;
      }
      Mention last = earlier.get(earlier.size() - 1);
      return last.end() == sentence.start() + text.length() - 1
          && inPlacePhrase(ctx, sentence, last.start(), last.surface());
    }
    String[] before = WordPatterns.WHITE_SPACE.split(text);
    java.util.Set<String> prepositions = ctx.rules.lexicon().set(LanguageFile.PLACE_PREPOSITIONS);
    for (int i = before.length - 1, words = 0; i >= 0 && words <= PLACE_PHRASE_WORDS; i--, words++) {
      String word = before[i];
      if (prepositions.contains(word)) {
        return true;
      }
      if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)
          || !Character.isLowerCase(word.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The actor as written when the gazetteer knows it and it was resolved to a longer name the
   * gazetteer does not know that contains it ('Indonesia akan mengirim tim teknis' is Indonesia's
   * promise, not that of 'Patroli Indonesia' named elsewhere in the article); else the resolved
   * name.
   */
  private static @Nullable String asWritten(ArticleContext ctx, String written,
      @Nullable String resolved) {
    if (resolved == null || resolved.equals(written.strip())
        || !resolved.contains(written.strip())) {
      return resolved;
    }
    dev.claimdiff.lang.Gazetteer gazetteer = ctx.rules.names().gazetteer();
    Optional<Entity> own = gazetteer.lookup(written);
    if (own.isEmpty() || gazetteer.lookup(resolved).isPresent()) {
      return resolved;
    }
    return own.get().canonical();
  }

  /**
   * Whether the written actor is a pronoun of side-pronouns.txt ('pihaknya', 'his side'): it names
   * the side of the person it refers to, not that person.
   */
  private static boolean isSidePronoun(ArticleContext ctx, String written) {
    Lexicon lexicon = ctx.rules.lexicon();
    return lexicon.has(LanguageFile.SIDE_PRONOUNS)
        && lexicon.set(LanguageFile.SIDE_PRONOUNS).contains(
            Texts.collapse(written).strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** The body a person speaks for ({@link #bodySpokenFor}), else the person; null stays null. */
  private static @Nullable String sideOf(ArticleContext ctx, @Nullable String person) {
    String body = person == null ? null : bodySpokenFor(ctx, person);
    return body != null ? body : person;
  }

  /** The speaker of the quotation standing at {@code offset}, or null (none, or not in one). */
  private static @Nullable String quoteSpeaker(ArticleContext ctx, int offset, List<Draft> earlier) {
    if (ctx.quotationAt(offset) == null) {
      return null;
    }
    for (Draft draft : earlier) {
      if (draft.type() == ClaimType.QUOTE && draft.cleanStart() <= offset
          && offset < draft.cleanEnd()) {
        return draft.speaker();
      }
    }
    return null;
  }

  /** The key of speaker-bodies.txt for titles whose body is named with them, not held by them. */
  private static final String NAMED_AFTER = "*";

  /**
   * The mark closing a key of speaker-bodies.txt whose body is the government of the region named
   * after the title: the words there must name a place the gazetteer or the regency list knows.
   */
  private static final String OF_PLACE = "[place]";

  /**
   * The body a speaker speaks for, read from the title the article first gives them
   * (speaker-bodies.txt): the longest title of titles.txt that opens a titled mention of the
   * speaker, when speaker-bodies.txt lists it, with the words between it and the name (ranks of
   * titles.txt left out at their end): after a title of key 'named' those words are the body
   * ('Kepala Pelaksana BPBD Garut' → 'BPBD Garut'; a country the gazetteer knows is its canonical
   * name), after any other the key and those words ('Kapolres Sleman' → 'Polres Sleman'). Null
   * when no mention of the speaker carries such a title, or the body would be no words.
   */
  private static @Nullable String bodySpokenFor(ArticleContext ctx, String speaker) {
    Lexicon lexicon = ctx.rules.lexicon();
    if (!lexicon.has(LanguageFile.SPEAKER_BODIES)) {
      return null;
    }
    for (Mention mention : ctx.discourse.mentions()) {
      if (!mention.isPerson() || !speaker.equals(mention.canonical()) || mention.spelling() == null) {
        continue;
      }
      int at = mention.surface().lastIndexOf(mention.spelling());
      String firstOfName = WordPatterns.WHITE_SPACE.split(mention.spelling().strip())[0];
      String body = at <= 0 ? null
          : bodyOfTitled(ctx, mention.surface().substring(0, at), firstOfName);
      if (body != null) {
        return body;
      }
    }
    // a speaker whose name kept its title ('police chief Yuli Santoso'): the text up to its last title
    List<String> titles = lexicon.words(LanguageFile.TITLES);
    String[] words = WordPatterns.WHITE_SPACE.split(speaker.strip());
    for (int end = words.length - 1; end > 0; end--) {
      String before = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
      if (lastTitle(titles, before) != null) {
        return bodyOfTitled(ctx, before, null);
      }
    }
    return null;
  }

  /**
   * The body a titled text before a person's name speaks for ({@link #bodySpokenFor}), or null;
   * {@code firstOfName}, the first word of the name after it when known, tells a region cut short
   * ('Padang' of 'Padang Pariaman') from a whole one.
   */
  private static @Nullable String bodyOfTitled(ArticleContext ctx, String text,
      @Nullable String firstOfName) {
    Lexicon lexicon = ctx.rules.lexicon();
    Map<String, String> kinds = lexicon.mapping(LanguageFile.SPEAKER_BODIES);
    List<String> titles = lexicon.words(LanguageFile.TITLES);
    String titled = Texts.collapse(text).strip();
    String title = longestTitle(titles, titled);
    String words;
    if (title != null) {
      // the title first, the body after it ('Kepala Pelaksana BPBD Garut', 'Kapolres Sleman AKBP')
      words = titled.substring(title.length()).strip();
      for (String rank = lastTitle(titles, words); rank != null; rank = lastTitle(titles, words)) {
        words = words.substring(0, words.length() - rank.length()).strip();
      }
    } else {
      // the body first, the title last ('Garut disaster agency spokesperson', 'Sleman police chief')
      title = lastTitle(titles, titled);
      if (title == null) {
        return null;
      }
      words = titled.substring(0, titled.length() - title.length()).strip();
    }
    String kind = kinds.get(title.toLowerCase(java.util.Locale.ROOT));
    if (words.endsWith(",")) {
      words = words.substring(0, words.length() - 1).strip();
    }
    if (kind == null || words.isEmpty()) {
      return null; // a title that speaks for no body, or 'Kapolres' alone: no one police force
    }
    if (kind.endsWith(OF_PLACE)) {
      // a head of a region's government: the words must name the region ('Gubernur Sumatera
      // Barat', never 'Gubernur Bank Indonesia')
      if (!ctx.rules.names().gazetteer().isPlace(words) || firstOfName != null
          && ctx.rules.names().gazetteer().isPlace(words + " " + firstOfName)) {
        return null; // 'Bupati Padang Pariaman …' read as 'Padang' and a name 'Pariaman …'
      }
      kind = kind.substring(0, kind.length() - OF_PLACE.length()).strip();
    }
    String body = kind.equals(NAMED_AFTER) ? words : kind + " " + words;
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(body);
    return entity.isPresent() ? entity.get().canonical() : body;
  }

  /** The longest title that opens the text, whole words, ignoring case; null when none does. */
  private static @Nullable String longestTitle(List<String> titles, String text) {
    String best = null;
    for (String title : titles) {
      if (text.regionMatches(true, 0, title, 0, title.length())
          && (text.length() == title.length() || !Character.isLetter(text.charAt(title.length())))
          && (best == null || title.length() > best.length())) {
        best = text.substring(0, title.length());
      }
    }
    return best;
  }

  /** The longest title that closes the text, whole words, ignoring case; null when none does. */
  private static @Nullable String lastTitle(List<String> titles, String text) {
    String best = null;
    for (String title : titles) {
      int from = text.length() - title.length();
      if (from >= 0 && text.regionMatches(true, from, title, 0, title.length())
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))
          && (best == null || title.length() > best.length())) {
        best = text.substring(from);
      }
    }
    return best;
  }

  /** How many words before the verb a negation denies it ('will not send', 'tidak akan memberi'). */
  private static final int NEGATION_REACH_WORDS = 3;

  /**
   * The last words of the text before a promise's verb: a negation further back belongs to
   * another clause ('said his client had not received … and promised to appeal').
   */
  private static String lastWords(String beforeVerb) {
    String[] words = WordPatterns.WHITE_SPACE.split(beforeVerb.strip());
    return String.join(" ", List.of(words).subList(
        Math.max(0, words.length - NEGATION_REACH_WORDS), words.length));
  }

  /** When a promise is due: the phrases of due-expressions.txt. */
  private static Pattern dues(ArticleContext ctx) {
    return ctx.rules.pattern("due-expressions",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.words(LanguageFile.DUE_EXPRESSIONS))));
  }

  /**
   * A deadline a promise names: a word of deadline-markers.txt and the day or date after it
   * ('paling lambat Rabu (11/3)'). It only widens the claim's span: a weekday is no due value
   * that another article's date could be compared with.
   */
  private static Pattern deadlines(ArticleContext ctx) {
    return ctx.rules.pattern("promise-deadlines", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DEADLINE_MARKERS))
            + "\\s+[\\p{Lu}\\d][\\p{L}\\d]*(?:\\s+(?:\\p{Lu}\\p{L}*|\\d{4}))?(?:\\s*\\([\\d/]+\\))?"));
  }

  private static Pattern negation(ArticleContext ctx) {
    return ctx.rules.pattern("negations",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.list(LanguageFile.NEGATIONS))));
  }

  /**
   * Where a promised object ends: a word of object-ends.txt, or a comma that is no decimal comma
   * ('20,6 juta keluarga' runs on).
   */
  /**
   * A joining word of list-conjunctions.txt, one to five words (another subject) and a word of
   * future-auxiliaries.txt: {@code and the two neighbours will}, {@code dan kedua negara itu akan}.
   * Where it starts, the promise's own text ends. A 'will' right after the joining word ('dan
   * akan') is the same subject's second act and ends nothing.
   */
  private static Pattern otherSubjectWill(ArticleContext ctx) {
    return ctx.rules.pattern("promise-other-subject-will", lexicon -> Pattern.compile(
        "\\s+" + WordPatterns.alternation(lexicon.list(LanguageFile.LIST_CONJUNCTIONS))
            + "\\s+(?!" + WordPatterns.alternation(lexicon.list(LanguageFile.FUTURE_AUXILIARIES))
            + "(?![\\p{L}]))(?:[^\\s,.;:!?\"“-”]+\\s+){1,5}?"
            + WordPatterns.alternation(lexicon.list(LanguageFile.FUTURE_AUXILIARIES)) + "(?![\\p{L}])"));
  }

  /** A word of future-auxiliaries.txt ('will', 'akan'). */
  private static Pattern futureCue(ArticleContext ctx) {
    return ctx.rules.pattern("promise-future-cue", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.FUTURE_AUXILIARIES)) + "(?![\\p{L}])"));
  }

  private static Pattern objectEnd(ArticleContext ctx) {
    return ctx.rules.pattern("object-ends", lexicon -> Pattern.compile(
        "\\s+" + WordPatterns.alternation(lexicon.list(LanguageFile.OBJECT_ENDS)) + "|,(?!\\d)"));
  }

  /**
   * Whether a word of quotation-hedges.txt (a hope, a wish, hearsay: 'berharap',
   * 'mudah-mudahan', 'katanya'; not a condition, as 'jika …, kami akan …' still promises) stands
   * in the quotation's clause (from its last comma) before a first-person
   * or thing-first promise (up to its group {@code self}, the thing included), within its
   * sentence: the speaker hopes or supposes, and promises
   * nothing.
   */
  private static boolean hopedInQuotation(ArticleContext ctx, Sentence sentence, int matchStart) {
    dev.claimdiff.extract.discourse.QuoteFinder.Quotation quotation = ctx.quotationAt(matchStart);
    if (quotation == null) {
      return false;
    }
    int from = Math.max(sentence.start(), quotation.contentStart());
    // only the promise's own clause: in '"Kami harap warga bersabar, bantuan akan tiba …"' the
    // hope is the residents' patience, and the aid is still promised
    int clause = Math.max(ctx.text.lastIndexOf(',', matchStart - 1),
        ctx.text.lastIndexOf(';', matchStart - 1));
    from = Math.max(from, clause + 1);
    if (from >= matchStart) {
      return false;
    }
    if (!ctx.rules.lexicon().has(LanguageFile.QUOTATION_HEDGES)) {
      return false;
    }
    Pattern desire = ctx.rules.pattern("quotation-hedges", lexicon -> Pattern.compile(
        "(?<![\\p{L}])" + WordPatterns.alternation(lexicon.list(LanguageFile.QUOTATION_HEDGES))
            + "(?![\\p{L}])"));
    return desire.matcher(ctx.text.substring(from, matchStart)).find();
  }

  /**
   * Whether the thing a thing-first quotation promises comes from another giver ('bantuan dari
   * pusat akan sampai …'): a phrase of thing-source-markers.txt inside group {@code act} when
   * it stands before the group {@code self}; the speaker does not promise another's gift.
   */
  private static boolean thingFromAnother(ArticleContext ctx, Matcher m) {
    String act = group(m, "act");
    if (act == null || m.start("act") > m.start("self")) {
      return false;
    }
    if (!ctx.rules.lexicon().has(LanguageFile.THING_SOURCE_MARKERS)) {
      return false;
    }
    Pattern source = ctx.rules.pattern("thing-source-markers", lexicon -> Pattern.compile(
        "(?<![\\p{L}])" + WordPatterns.alternation(lexicon.list(LanguageFile.THING_SOURCE_MARKERS))
            + "(?![\\p{L}])"));
    return source.matcher(act).find();
  }

  private static boolean isDemand(ArticleContext ctx, Sentence sentence, int actorStart) {
    int from = Math.max(sentence.start(), actorStart - 20);
    Pattern desire = ctx.rules.pattern("desire-words", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DESIRE_WORDS)) + "\\s*$"));
    return desire.matcher(ctx.text.substring(from, actorStart)).find();
  }

  /**
   * Whether what a match promises is denied: a verb of denial-verbs.txt and a word of
   * complementizers.txt stand before it in the sentence, with at most 60 characters between them
   * and nothing but spaces after the complementizer ('Lima denied on Monday that Quito had agreed
   * to lift the tariffs', 'membantah bahwa Jepang telah setuju …'): the denier says it was never
   * promised.
   */
  private static boolean isDenied(ArticleContext ctx, Sentence sentence, int actorStart) {
    int from = Math.max(sentence.start(), actorStart - 120);
    Pattern denial = ctx.rules.pattern("denied-promise", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DENIAL_VERBS))
            + "(?:\\s+[^.;!?\"“-”]{1,60}?)?\\s+"
            + WordPatterns.alternation(lexicon.list(LanguageFile.COMPLEMENTIZERS)) + "\\s*$"));
    return denial.matcher(ctx.text.substring(from, actorStart)).find();
  }

  /** The object without the articles before it ('a written reply' is 'written reply'). */
  private static String withoutDeterminers(java.util.Set<String> determiners, String object) {
    String rest = object.strip();
    for (int space = rest.indexOf(' '); space > 0
        && determiners.contains(rest.substring(0, space).toLowerCase(java.util.Locale.ROOT));
        space = rest.indexOf(' ')) {
      rest = rest.substring(space + 1).strip();
    }
    return rest;
  }

  /**
   * The one given to when a promise names it before the thing given, with no word between ('give
   * Russia a written response', 'pay the squad a bonus' has no name): a mention at the start of
   * the object with an article after it. Null otherwise.
   */
  private static @Nullable Mention indirectObject(ArticleContext ctx, int from, int to) {
    Mention first = ctx.discourse.mentionAt(from);
    if (first == null || first.start() != from || first.canonical() == null || first.end() >= to) {
      return null;
    }
    String after = ctx.text.substring(first.end(), to).strip();
    int space = after.indexOf(' ');
    return space > 0 && ctx.rules.lexicon().set(LanguageFile.OBJECT_DETERMINERS)
        .contains(after.substring(0, space).toLowerCase(java.util.Locale.ROOT)) ? first : null;
  }

  /** How many words of what is promised name it when no word of the lexicon does. */
  private static final int ACTION_WORDS = 3;

  /**
   * The canonical action of a promised object: the entry of commitment-objects.txt it starts
   * with as whole words ('rice, clean water and medicine' starts with 'rice'), else the first
   * entry inside its head, the words before the object ends ('send 1.5 billion rupiah worth of
   * food' is food aid), else its first words that say what it is (articles, numbers, scale and
   * unit words left out: 'issue a joint statement' is 'issue joint statement', not 'issue a
   * joint'); null when the object ends before its first word.
   */
  private static @Nullable String action(Lexicon lexicon, Pattern objectEnd, String objectText) {
    Map<String, String> objects = lexicon.mapping(LanguageFile.COMMITMENT_OBJECTS);
    String object = Texts.key(objectText);
    if (object.isEmpty()) {
      return null;
    }
    String best = entryAt(objects, object, 0);
    if (best != null) {
      return best;
    }
    Matcher end = objectEnd.matcher(object);
    String head = (end.find() ? object.substring(0, end.start()) : object).strip();
    if (head.isEmpty()) {
      return null; // the object ends before any word ('memberikan ,jawaban'): nothing promised
    }
    for (int i = head.indexOf(' '); i > 0; i = head.indexOf(' ', i + 1)) {
      String inside = entryAt(objects, head, i + 1);
      if (inside != null) {
        return inside;
      }
    }
    java.util.Set<String> skipped = new java.util.HashSet<>(lexicon.set(LanguageFile.OBJECT_DETERMINERS));
    skipped.addAll(lexicon.words(LanguageFile.AMOUNT_SCALES).stream().map(Texts::key).toList());
    skipped.addAll(lexicon.words(LanguageFile.QUANTITY_UNITS).stream().map(Texts::key).toList());
    String[] words = WordPatterns.WHITE_SPACE.split(head);
    List<String> kept = new java.util.ArrayList<>();
    for (String word : words) {
      if (kept.size() < ACTION_WORDS && !skipped.contains(word)
          && word.chars().noneMatch(Character::isDigit)) {
        kept.add(word);
      }
    }
    if (kept.isEmpty()) {
      kept = List.of(words).subList(0, Math.min(ACTION_WORDS, words.length));
    }
    // words cut off after a joining word ('review the price of …') end at the word before it
    java.util.Set<String> joining = lexicon.words(LanguageFile.NAME_CONNECTIVES).stream()
        .map(Texts::key).collect(java.util.stream.Collectors.toSet());
    while (kept.size() > 1 && joining.contains(kept.get(kept.size() - 1))) {
      kept = kept.subList(0, kept.size() - 1);
    }
    return String.join(" ", kept);
  }

  /** The canonical action of the longest entry that stands at {@code at} as whole words, or null. */
  private static @Nullable String entryAt(Map<String, String> objects, String text, int at) {
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> e : objects.entrySet()) {
      String words = e.getKey();
      if (text.startsWith(words, at) && words.length() > bestLength
          && (text.length() == at + words.length()
              || !Character.isLetterOrDigit(text.charAt(at + words.length())))) {
        best = e.getValue();
        bestLength = words.length();
      }
    }
    return best;
  }

  /**
   * To whom a promise is made: after a word of recipient-markers.txt ('kepada korban banjir'),
   * the mention standing there or the words as written; else the actor named right after a word
   * of addressee-markers.txt ('atas tuntutan keamanan Rusia'); else nobody.
   */
  private static @Nullable String recipient(ArticleContext ctx, int from, int to, String actor) {
    String span = ctx.text.substring(from, Math.max(from, to));
    // whom a promise is made to is named in its own clause: after a comma ('… from Tuesday, as
    // the government tries to rein in …', '… on Saturday, widening the area to 10 miles') a
    // 'to' or 'kepada' belongs to another clause
    Matcher clause = CLAUSE_COMMA.matcher(span);
    if (clause.find()) {
      span = span.substring(0, clause.start());
    }
    Matcher marker = ctx.rules.pattern("recipient-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.RECIPIENT_MARKERS)) + "\\s+")).matcher(span);
    if (marker.find()) {
      Mention named = ctx.discourse.mentionAt(from + marker.end());
      if (named != null && named.canonical() != null) {
        return named.canonical();
      }
      Matcher end = objectEnd(ctx).matcher(span);
      int stop = end.find(marker.end()) ? end.start() : span.length();
      Matcher due = dues(ctx).matcher(span);
      if (due.find(marker.end()) && due.start() < stop) {
        stop = due.start();
      }
      Matcher dueMarker = PromiseDues.markers(ctx).matcher(span); // 'kepada para pemain paling lambat Jumat'
      if (dueMarker.find(marker.end()) && dueMarker.start() < stop) {
        stop = dueMarker.start();
      }
      String words = Texts.collapse(span.substring(marker.end(), stop));
      String[] parts = words.split(" ");
      return words.isEmpty() ? null
          : String.join(" ", java.util.Arrays.asList(parts).subList(0, Math.min(4, parts.length)));
    }
    Matcher destination = ctx.rules.pattern("destination-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.DESTINATION_MARKERS)) + "\\s+")).matcher(span);
    while (destination.find()) {
      Mention named = ctx.discourse.mentionAt(from + destination.end());
      if (named != null && named.canonical() != null && !named.canonical().equals(actor)) {
        return named.canonical();
      }
    }
    Matcher addressee = ctx.rules.pattern("addressee-markers", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.ADDRESSEE_MARKERS)))).matcher(span);
    if (addressee.find()) {
      int windowEnd = from + Math.min(span.length(), addressee.end() + 40);
      for (Mention mention : ctx.discourse.mentions()) {
        if (mention.start() >= from + addressee.end() && mention.start() < windowEnd
            && mention.canonical() != null && !mention.canonical().equals(actor)) {
          return mention.canonical();
        }
      }
    }
    return null;
  }

  /** A comma that ends a clause: no decimal or thousands comma ('20,6 juta', '600,000'). */
  private static final Pattern CLAUSE_COMMA = Pattern.compile(",(?!\\d)");

  /** A person's country when the gazetteer knows it (the receiving side of a promise). */
  private static @Nullable String countryOf(ArticleContext ctx, @Nullable String name) {
    if (name == null) {
      return null;
    }
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(name);
    return entity.map(e -> e.country() != null && e.type() == dev.claimdiff.lang.Gazetteer.EntityType.PERSON
        ? e.country() : name).orElse(name);
  }
}
