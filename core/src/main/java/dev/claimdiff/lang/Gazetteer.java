package dev.claimdiff.lang;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Known people, places, countries, organisations and media, each with a canonical English name and
 * the spellings that stand for it in any language ({@code Jenewa} and {@code Genewa} are
 * {@code Geneva}; {@code Sergei Lavrov} is {@code Sergey Lavrov}).
 *
 * <p>Loaded from {@code dev/claimdiff/lang/<code>/gazetteer.txt} (and the list of news outlets,
 * {@code media.txt}) of every language, merged, since
 * an Indonesian article credits Reuters and names Washington like any other. Line format:
 *
 * <pre>
 * TYPE: Canonical Name = alias, alias ; key=value ; key=value
 * </pre>
 *
 * <p>Keys: {@code country} (the country a person or city belongs to), {@code actor} (whom a
 * place stands for when it acts: {@code Washington} promising is the United States), {@code in}
 * (the larger place a region or city lies in: West Sulawesi is in Sulawesi, Ternate in North
 * Maluku), so that a place and the place around it are never read as a contradiction, and
 * {@code level} (a region's level, {@code province} or {@code island}), so that two places at
 * one level can be told apart ({@link #disjoint}).
 */
public final class Gazetteer {
  /** How many {@code in} links {@link #liesWithin} follows: island, province, district, town. */
  private static final int MAX_NESTING = 4;
  /** How many links {@link #disjoint} follows up a place's chain (district to country). */
  private static final int MAX_CHAIN = 8;
  /** The level of a country, and of a city under a region or country: their type's name. */
  private static final String COUNTRY_LEVEL = EntityType.COUNTRY.name();
  private static final String CITY_LEVEL = EntityType.CITY.name();

  /** What kind of thing an entity is; decides whether it can be a speaker, a place or a source. */
  public enum EntityType {
    PERSON,
    COUNTRY,
    CITY,
    REGION,
    ORGANIZATION,
    MEDIA
  }

  /** One known entity. */
  public record Entity(
      EntityType type,
      String canonical,
      ImmutableList<String> aliases,
      @Nullable String country,
      @Nullable String actor,
      @Nullable String within,
      @Nullable String level) {
    public Entity {
      checkArgument(!canonical.isBlank(), "an entity needs a name");
    }

    /** The name this entity has when it acts or speaks (a capital city acts for its country). */
    public String actorName() {
      return actor != null ? actor : canonical;
    }

    /** Whether it can say or promise something: people, countries, organisations, media. */
    public boolean canAct() {
      return type != EntityType.REGION && (type != EntityType.CITY || actor != null);
    }
  }

  private static volatile @Nullable Gazetteer shared;

  private final ImmutableMap<String, Entity> byAlias;
  private final ImmutableMap<String, Entity> byLowerAlias;
  /** Places nested or told apart ({@link #liesWithin}, {@link #disjointPlaced}), never looked up. */
  private final ImmutableMap<String, Entity> placesOnly;
  private final ImmutableList<String> aliasesLongestFirst;
  private final ImmutableListMultimap<String, String> aliasesByFirstWord;

  private Gazetteer(List<Entity> entities) {
    this(entities, List.of());
  }

  /**
   * @param entities the entities looked up and searched for in text
   * @param lookedUpOnly places {@link #liesWithin} and {@link #disjointPlaced} find as written or in
   *     capitals (after the others, which win a shared spelling), but which neither {@link
   *     #lookup} nor a search in text finds: many places of a complete list are also common words
   *     or people's names, and extraction reads a known name as a body or a place
   */
  private Gazetteer(List<Entity> entities, List<Entity> lookedUpOnly) {
    Map<String, Entity> exact = new LinkedHashMap<>();
    Map<String, Entity> lower = new LinkedHashMap<>();
    for (Entity entity : entities) {
      for (String alias : entity.aliases()) {
        exact.putIfAbsent(alias, entity);
        lower.putIfAbsent(alias.toLowerCase(Locale.ROOT), entity);
      }
    }
    List<String> sorted = new ArrayList<>(exact.keySet());
    Map<String, Entity> placesOnly = new LinkedHashMap<>();
    for (Entity entity : lookedUpOnly) {
      for (String alias : entity.aliases()) {
        // as written or in capitals (a dateline), never in lower case: 'batu' is a stone
        if (!exact.containsKey(alias)) {
          placesOnly.putIfAbsent(alias, entity);
          placesOnly.putIfAbsent(alias.toUpperCase(Locale.ROOT), entity);
        }
      }
    }
    this.placesOnly = ImmutableMap.copyOf(placesOnly);
    this.byAlias = ImmutableMap.copyOf(exact);
    this.byLowerAlias = ImmutableMap.copyOf(lower);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    this.aliasesLongestFirst = ImmutableList.copyOf(sorted);
    ImmutableListMultimap.Builder<String, String> byFirst = ImmutableListMultimap.builder();
    for (String alias : sorted) {
      byFirst.put(firstWord(alias), alias);
    }
    this.aliasesByFirstWord = byFirst.build();
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The gazetteer of every language claimdiff knows, loaded once. */
  public static Gazetteer standard() {
    Gazetteer result = shared;
    if (result == null) {
      synchronized (Gazetteer.class) {
        result = shared;
        if (result == null) {
          List<Entity> entities = new ArrayList<>();
          List<Entity> lookedUpOnly = new ArrayList<>();
          for (Language language : Language.values()) {
            // media.txt: the list of outlets, read after the gazetteer so its spellings add to it
            for (LanguageFile file : List.of(LanguageFile.GAZETTEER, LanguageFile.MEDIA)) {
              String resource = file.resource(language);
              if (WordList.exists(resource)) {
                entities.addAll(parse(WordList.load(resource), resource));
              }
            }
            String regencies = LanguageFile.REGENCIES.resource(language);
            if (WordList.exists(regencies)) {
              lookedUpOnly.addAll(parse(WordList.load(regencies), regencies));
            }
          }
          result = new Gazetteer(entities, lookedUpOnly);
          shared = result;
        }
      }
    }
    return result;
  }

  /** A gazetteer from lines in the file format above; for tests and custom lists. */
  public static Gazetteer of(List<String> lines) {
    return new Gazetteer(parse(lines, "<lines>"));
  }

  private static List<Entity> parse(List<String> lines, String source) {
    List<Entity> entities = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      checkArgument(colon > 0, "%s: expected 'TYPE: Name = aliases', got: %s", source, line);
      EntityType type;
      try {
        type = EntityType.valueOf(line.substring(0, colon).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": unknown entity type in: " + line, e);
      }
      String[] parts = line.substring(colon + 1).split(";");
      String[] nameAndAliases = parts[0].split("=", 2);
      String canonical = nameAndAliases[0].strip();
      ImmutableList.Builder<String> aliases = ImmutableList.builder();
      aliases.add(canonical);
      if (nameAndAliases.length > 1) {
        for (String alias : nameAndAliases[1].split(",")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
          }
        }
      }
      String country = null;
      String actor = null;
      String within = null;
      String level = null;
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        checkArgument(kv.length == 2, "%s: expected key=value in: %s", source, line);
        switch (kv[0].strip()) {
          case "country" -> country = kv[1].strip();
          case "actor" -> actor = kv[1].strip();
          case "in" -> within = kv[1].strip();
          case "level" -> level = kv[1].strip();
          default -> throw new IllegalArgumentException(source + ": unknown key in: " + line);
        }
      }
      entities.add(new Entity(type, canonical, aliases.build(), country, actor, within, level));
    }
    return entities;
  }

  /**
   * The entity this exact spelling names. Falls back to a case-insensitive match for spellings of
   * four letters or more, so {@code JENEWA} in a dateline is Geneva while {@code as} is not the
   * United States.
   */
  public Optional<Entity> lookup(String spelling) {
    String s = spelling.strip();
    Entity entity = byAlias.get(s);
    if (entity == null && s.length() >= 4) {
      entity = byLowerAlias.get(s.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(entity);
  }

  /** The entity a spelling names ({@link #lookup}), else a place of the regency list. */
  private Optional<Entity> place(String spelling) {
    Optional<Entity> known = lookup(spelling);
    return known.isPresent() ? known : Optional.ofNullable(placesOnly.get(spelling.strip()));
  }

  /**
   * Whether a spelling names a region or a city (of the gazetteer or the regency list): 'Agam',
   * 'Sumatera Barat'; not an organisation ('Bank Indonesia') or a person.
   */
  public boolean isPlace(String spelling) {
    Optional<Entity> entity = place(spelling);
    return entity.isPresent()
        && (entity.get().type() == EntityType.REGION || entity.get().type() == EntityType.CITY);
  }

  /**
   * Whether the place named {@code inner} lies in the place named {@code outer} by the {@code in}
   * keys (followed up to a few levels): West Sulawesi is in Sulawesi.
   */
  public boolean liesWithin(String inner, String outer) {
    String current = inner;
    for (int level = 0; level < MAX_NESTING && current != null; level++) {
      Optional<Entity> entity = place(current);
      if (entity.isEmpty()) {
        return false;
      }
      current = entity.get().within();
      if (outer.equals(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gazetteer shows that two places it knows share no ground: they lie in different
   * countries, or their chains of larger places ({@code in}, else {@code country}) hold different
   * places at one level (two cities, two provinces, two islands: Ternate and Ambon, North Maluku
   * and Maluku's Ambon). A place inside the other, a place the gazetteer does not know, and a
   * city whose province it does not know against a province are no evidence: not disjoint.
   */
  public boolean disjoint(String a, String b) {
    return disjoint(a, b, false);
  }

  /**
   * Whether two places are disjoint as {@link #disjoint} tells, also placing the regencies and
   * cities of the regency list in their provinces. Only for telling two events apart (a story's
   * anchors): two outlets often name one event's place by two neighbouring regencies, or by the
   * city and the regency beside it, so this is no evidence that two reports of one event
   * contradict each other.
   */
  public boolean disjointPlaced(String a, String b) {
    return disjoint(a, b, true);
  }

  private boolean disjoint(String a, String b, boolean withRegencies) {
    List<Entity> chainA = chain(a, withRegencies);
    List<Entity> chainB = chain(b, withRegencies);
    if (chainA.isEmpty() || chainB.isEmpty()) {
      return false;
    }
    String nameA = chainA.get(0).canonical();
    String nameB = chainB.get(0).canonical();
    if (chainA.stream().anyMatch(e -> e.canonical().equals(nameB))
        || chainB.stream().anyMatch(e -> e.canonical().equals(nameA))) {
      return false; // one lies inside the other
    }
    Map<String, String> levelsA = byLevel(chainA);
    Map<String, String> levelsB = byLevel(chainB);
    for (Map.Entry<String, String> level : levelsA.entrySet()) {
      String other = levelsB.get(level.getKey());
      if (other != null && !other.equals(level.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** A place and the larger places around it, nearest first: {@code in} links, else {@code country}. */
  private List<Entity> chain(String name, boolean withRegencies) {
    List<Entity> chain = new ArrayList<>();
    Optional<Entity> current = withRegencies ? place(name) : lookup(name);
    while (current.isPresent() && chain.size() < MAX_CHAIN && !chain.contains(current.get())) {
      Entity entity = current.get();
      chain.add(entity);
      String up = entity.within() != null ? entity.within() : entity.country();
      current = up == null ? Optional.empty() : withRegencies ? place(up) : lookup(up);
    }
    return chain;
  }

  /** The nearest place of each level in a chain. */
  private static Map<String, String> byLevel(List<Entity> chain) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (int i = 0; i < chain.size(); i++) {
      String level = levelOf(chain.get(i), i + 1 < chain.size() ? chain.get(i + 1) : null);
      if (level != null) {
        levels.putIfAbsent(level, chain.get(i).canonical());
      }
    }
    return levels;
  }

  /**
   * An entity's level: its {@code level} key; a country's; a city's when it lies under a region
   * or a country (a district or venue under a city has none: it may lie anywhere in it).
   */
  private static @Nullable String levelOf(Entity entity, @Nullable Entity parent) {
    if (entity.level() != null) {
      return entity.level();
    }
    if (entity.type() == EntityType.COUNTRY) {
      return COUNTRY_LEVEL;
    }
    if (entity.type() == EntityType.CITY && parent != null && parent.type() != EntityType.CITY) {
      return CITY_LEVEL;
    }
    return null;
  }

  /** The aliases whose first word is the first word of {@code text} (any case), longest first. */
  public ImmutableList<String> aliasesStartingLike(String text) {
    return aliasesByFirstWord.get(firstWord(text));
  }

  /** Every alias, longest first: the order in which to try them on a text. */
  public ImmutableList<String> aliasesLongestFirst() {
    return aliasesLongestFirst;
  }
}
