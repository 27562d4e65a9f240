package dev.claimdiff.lang;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every file of a language folder ({@code dev/claimdiff/lang/<code>/}) that generic code reads,
 * named once: code asks for a word list by its constant here, never by a string literal, and
 * {@link LanguageManifest} checks each language's {@code manifest.txt} against this catalogue.
 *
 * <p>{@link Need#REQUIRED}: every language with extraction rules has the file, because code
 * reads it unconditionally once the language is extracted. {@link Need#OPTIONAL}: code reads the
 * file when the language has it (a language without calendar words has no dates in words; a
 * language without rules for a claim type yields no claims of it). Word lists that only rule
 * files name ({@code {venue-words}}) are not here: the rule files name them, and the manifest
 * check follows those names.
 */
public enum LanguageFile {
  // the language folder itself
  GAZETTEER("gazetteer.txt", Need.OPTIONAL),
  MEDIA("media.txt", Need.OPTIONAL),
  /**
   * A country's administrative divisions, read only to place places (liesWithin; disjointPlaced
   * for stories only).
   */
  REGENCIES("regencies.txt", Need.OPTIONAL),
  MONTHS("months.txt", Need.OPTIONAL),
  WEEKDAYS("weekdays.txt", Need.OPTIONAL),
  // ingest and nlp
  BOILERPLATE("ingest/boilerplate.txt", Need.OPTIONAL),
  FUNCTION_WORDS("ingest/function-words.txt", Need.OPTIONAL),
  ABBREVIATIONS("nlp/abbreviations.txt", Need.OPTIONAL),
  // extract: the switch, the warm-up text and the rule files
  MACROS("extract/macros.rules", Need.OPTIONAL),
  WARM_UP("extract/warm-up.txt", Need.OPTIONAL),
  MENTION_RULES("extract/rules/mention.rules", Need.OPTIONAL),
  QUOTE_RULES("extract/rules/quote.rules", Need.OPTIONAL),
  STATEMENT_RULES("extract/rules/statement.rules", Need.OPTIONAL),
  DURATION_RULES("extract/rules/duration.rules", Need.OPTIONAL),
  EVENT_DATE_RULES("extract/rules/event-date.rules", Need.OPTIONAL),
  LOCATION_RULES("extract/rules/location.rules", Need.OPTIONAL),
  COMMITMENT_RULES("extract/rules/commitment.rules", Need.OPTIONAL),
  SOURCE_CITATION_RULES("extract/rules/source-citation.rules", Need.OPTIONAL),
  QUANTITY_RULES("extract/rules/quantity.rules", Need.OPTIONAL),
  // extract: the word lists the Java code reads
  ADDRESSEE_MARKERS("extract/addressee-markers.txt", Need.REQUIRED),
  ADMIN_PREFIXES("extract/admin-prefixes.txt", Need.REQUIRED),
  AFTERMATH_VERBS("extract/aftermath-verbs.txt", Need.REQUIRED),
  AMOUNT_SCALES("extract/amount-scales.txt", Need.REQUIRED),
  ASOF_CLOCK_WORDS("extract/asof-clock-words.txt", Need.REQUIRED),
  ASOF_DAY_WORDS("extract/asof-day-words.txt", Need.REQUIRED),
  ASOF_MARKERS("extract/asof-markers.txt", Need.REQUIRED),
  ASOF_NOW("extract/asof-now.txt", Need.REQUIRED),
  UPDATE_HEADINGS("extract/update-headings.txt", Need.REQUIRED),
  BACKGROUND_MARKERS("extract/background-markers.txt", Need.REQUIRED),
  ORDER_MARKERS("extract/order-markers.txt", Need.OPTIONAL),
  BOUNDS("extract/bounds.txt", Need.REQUIRED),
  CITATION_CUES("extract/citation-cues.txt", Need.REQUIRED),
  CLAUSE_BREAKERS("extract/clause-breakers.txt", Need.REQUIRED),
  CLOCK_FORMS("extract/clock-forms.txt", Need.REQUIRED),
  CLOCK_WORDS("extract/clock-words.txt", Need.REQUIRED),
  COMMITMENT_OBJECTS("extract/commitment-objects.txt", Need.REQUIRED),
  COMPASS_NAMES("extract/compass-names.txt", Need.REQUIRED),
  COMPASS_WORDS("extract/compass-words.txt", Need.REQUIRED),
  COMPLEMENTIZERS("extract/complementizers.txt", Need.REQUIRED),
  COUNT_QUALIFIERS("extract/count-qualifiers.txt", Need.REQUIRED),
  COUNTED_NOUNS("extract/counted-nouns.txt", Need.REQUIRED),
  DATE_PREPOSITIONS("extract/date-prepositions.txt", Need.REQUIRED),
  DATE_RANGE_MARKERS("extract/date-range-markers.txt", Need.REQUIRED),
  DEADLINE_MARKERS("extract/deadline-markers.txt", Need.REQUIRED),
  DEADLINE_DUTIES("extract/deadline-duties.txt", Need.REQUIRED),
  DEADLINE_CUED_MARKERS("extract/deadline-cued-markers.txt", Need.REQUIRED),
  ADMIN_UNIT_WORDS("extract/admin-unit-words.txt", Need.REQUIRED),
  FUTURE_CUES("extract/future-cues.txt", Need.REQUIRED),
  FUTURE_AUXILIARIES("extract/future-auxiliaries.txt", Need.REQUIRED),
  DEICTIC_DATES("extract/deictic-dates.txt", Need.REQUIRED),
  DENIAL_VERBS("extract/denial-verbs.txt", Need.REQUIRED),
  DESIRE_WORDS("extract/desire-words.txt", Need.REQUIRED),
  DESTINATION_MARKERS("extract/destination-markers.txt", Need.REQUIRED),
  DUE_DATE_MARKERS("extract/due-date-markers.txt", Need.REQUIRED),
  DUE_EXPRESSIONS("extract/due-expressions.txt", Need.REQUIRED),
  DUE_WINDOW_MARKERS("extract/due-window-markers.txt", Need.REQUIRED),
  DUE_MONTH_ENDS("extract/due-month-ends.txt", Need.OPTIONAL),
  DURATION_BLOCKERS("extract/duration-blockers.txt", Need.REQUIRED),
  DURATION_EVENTS("extract/duration-events.txt", Need.REQUIRED),
  DURATION_END_VERBS("extract/duration-end-verbs.txt", Need.REQUIRED),
  ONGOING_MARKERS("extract/ongoing-markers.txt", Need.REQUIRED),
  DURATION_PARTS("extract/duration-parts.txt", Need.REQUIRED),
  DURATION_INCLUSIONS("extract/duration-inclusions.txt", Need.REQUIRED),
  PART_BREAKERS("extract/part-breakers.txt", Need.OPTIONAL),
  DURATION_UNITS("extract/duration-units.txt", Need.REQUIRED),
  EVENT_CLAUSE_BREAKERS("extract/event-clause-breakers.txt", Need.REQUIRED),
  EVENT_COMPOUND_HEADS("extract/event-compound-heads.txt", Need.REQUIRED),
  EVENT_PARTS("extract/event-parts.txt", Need.REQUIRED),
  EVENTS("extract/events.txt", Need.REQUIRED),
  ROUNDUP_OPENERS("extract/roundup-openers.txt", Need.OPTIONAL),
  RANGE_RECALL_WORDS("extract/range-recall-words.txt", Need.OPTIONAL),
  EXPECTED_MARKERS("extract/expected-markers.txt", Need.REQUIRED),
  LIST_CONJUNCTIONS("extract/list-conjunctions.txt", Need.REQUIRED),
  FIGURE_TIME_MARKERS("extract/figure-time-markers.txt", Need.REQUIRED),
  FUSED_DURATIONS("extract/fused-durations.txt", Need.REQUIRED),
  GOVERNMENT_WORDS("extract/government-words.txt", Need.REQUIRED),
  INCREMENT_WORDS("extract/increment-words.txt", Need.REQUIRED),
  PART_WORDS("extract/part-words.txt", Need.REQUIRED),
  SUPERSEDED_MARKERS("extract/superseded-markers.txt", Need.REQUIRED),
  PAST_ANAPHORS("extract/past-anaphors.txt", Need.REQUIRED),
  YEAR_ANAPHORS("extract/year-anaphors.txt", Need.OPTIONAL),
  NOUN_COMPOUNDS("extract/noun-compounds.txt", Need.REQUIRED),
  CASUALTY_STATES("extract/casualty-states.txt", Need.REQUIRED),
  CASUALTY_VERBS("extract/casualty-verbs.txt", Need.REQUIRED),
  DENIAL_PARTICLES("extract/denial-particles.txt", Need.REQUIRED),
  LASTING_CUES("extract/lasting-cues.txt", Need.REQUIRED),
  MONEY_NOUNS("extract/money-nouns.txt", Need.REQUIRED),
  NAME_CONNECTIVES("extract/name-connectives.txt", Need.REQUIRED),
  NAME_STOPWORDS("extract/name-stopwords.txt", Need.REQUIRED),
  NEGATIONS("extract/negations.txt", Need.REQUIRED),
  NUMBER_FORMAT("extract/number-format.txt", Need.REQUIRED),
  OCCURRENCE_VERBS("extract/occurrence-verbs.txt", Need.REQUIRED),
  PASSIVE_IMPACTS("extract/passive-impacts.txt", Need.OPTIONAL),
  NUMBER_WORDS("extract/number-words.txt", Need.REQUIRED),
  OBJECT_DETERMINERS("extract/object-determiners.txt", Need.REQUIRED),
  OBJECT_ENDS("extract/object-ends.txt", Need.REQUIRED),
  /** Words that join a further promised act to the first ('and to'); none: no follow-on acts. */
  SECOND_ACT_MARKERS("extract/second-act-markers.txt", Need.OPTIONAL),
  /** Words after a second-act marker that open no act ('to which', 'to be'); none: none. */
  SECOND_ACT_BLOCKERS("extract/second-act-blockers.txt", Need.OPTIONAL),
  /**
   * Words inside a thing-first promised thing that make it another giver's ('bantuan dari pusat');
   * none: no such check.
   */
  THING_SOURCE_MARKERS("extract/thing-source-markers.txt", Need.OPTIONAL),
  /** Words of hope, wish or hearsay that make a quoted promise none; none: no such check. */
  QUOTATION_HEDGES("extract/quotation-hedges.txt", Need.OPTIONAL),
  ORG_WORDS("extract/org-words.txt", Need.REQUIRED),
  PLACE_BLOCKERS("extract/place-blockers.txt", Need.REQUIRED),
  PLACE_MODIFIED_NOUNS("extract/place-modified-nouns.txt", Need.REQUIRED),
  CARE_PLACES("extract/care-places.txt", Need.REQUIRED),
  LANDFORM_WORDS("extract/landform-words.txt", Need.REQUIRED),
  WATER_NAMES("extract/water-names.txt", Need.OPTIONAL),
  CAPITALS("extract/capitals.txt", Need.OPTIONAL),
  PLACE_PREFIXES("extract/place-prefixes.txt", Need.REQUIRED),
  PLACE_PREPOSITIONS("extract/place-prepositions.txt", Need.REQUIRED),
  PLACE_SUFFIXES("extract/place-suffixes.txt", Need.REQUIRED),
  PRONOUNS("extract/pronouns.txt", Need.REQUIRED),
  QUANTITY_UNITS("extract/quantity-units.txt", Need.REQUIRED),
  RECIPIENT_MARKERS("extract/recipient-markers.txt", Need.REQUIRED),
  RELATIVE_DATES("extract/relative-dates.txt", Need.REQUIRED),
  RELATIVE_MARKERS("extract/relative-markers.txt", Need.REQUIRED),
  REPORTING_VERBS("extract/reporting-verbs.txt", Need.REQUIRED),
  REVISION_MARKERS("extract/revision-markers.txt", Need.REQUIRED),
  SPEECH_ADVERBIALS("extract/speech-adverbials.txt", Need.REQUIRED),
  SPEAKER_BODIES("extract/speaker-bodies.txt", Need.OPTIONAL),
  SIDE_PRONOUNS("extract/side-pronouns.txt", Need.OPTIONAL),
  SPEECH_VERBS("extract/speech-verbs.txt", Need.REQUIRED),
  STANCE_VERBS("extract/stance-verbs.txt", Need.REQUIRED),
  TERM_NOUNS("extract/term-nouns.txt", Need.REQUIRED),
  TERM_QUALIFIERS("extract/term-qualifiers.txt", Need.REQUIRED),
  TERM_UNITS("extract/term-units.txt", Need.REQUIRED),
  TIMES_OF_DAY("extract/times-of-day.txt", Need.REQUIRED),
  TITLE_PORTFOLIOS("extract/title-portfolios.txt", Need.REQUIRED),
  TITLES("extract/titles.txt", Need.REQUIRED),
  TOLD_MARKERS("extract/told-markers.txt", Need.REQUIRED),
  ZONE_BYLINE("extract/zone-byline.txt", Need.REQUIRED),
  ZONE_CAPTION("extract/zone-caption.txt", Need.REQUIRED),
  ZONE_CREDIT("extract/zone-credit.txt", Need.REQUIRED),
  ZONE_RELATED("extract/zone-related.txt", Need.REQUIRED),
  APPOSITIVE_CONNECTIVES("extract/appositive-connectives.txt", Need.REQUIRED),
  ASOF_TIMED_MARKERS("extract/asof-timed-markers.txt", Need.REQUIRED),
  BODY_CONNECTIVES("extract/body-connectives.txt", Need.REQUIRED),
  DEFINITE_ARTICLES("extract/definite-articles.txt", Need.REQUIRED),
  NAME_PARTICLES("extract/name-particles.txt", Need.REQUIRED),
  NAME_PREFIXES("extract/name-prefixes.txt", Need.REQUIRED),
  TITLE_MODIFIERS("extract/title-modifiers.txt", Need.OPTIONAL),
  AGE_WORDS("extract/age-words.txt", Need.OPTIONAL),
  DEMONSTRATIVES("extract/demonstratives.txt", Need.OPTIONAL),
  DEMONYMS("extract/demonyms.txt", Need.OPTIONAL),
  // align
  ALIGN_CLAUSE_WORDS("align/clause-words.txt", Need.OPTIONAL),
  ALIGN_EARLIER_WORDS("align/earlier-words.txt", Need.OPTIONAL),
  ALIGN_FIGURE_TIME_WORDS("align/figure-time-words.txt", Need.OPTIONAL),
  ALIGN_NEGATIONS("align/negations.txt", Need.OPTIONAL),
  ALIGN_OPPOSITES("align/opposites.txt", Need.OPTIONAL),
  ALIGN_OTHER_OCCASION_WORDS("align/other-occasion-words.txt", Need.OPTIONAL),
  ALIGN_STOPWORDS("align/stopwords.txt", Need.OPTIONAL),
  ALIGN_SUBORDINATORS("align/subordinators.txt", Need.OPTIONAL),
  ALIGN_SYNONYMS("align/synonyms.txt", Need.OPTIONAL),
  ALIGN_UNASSERTED_WORDS("align/unasserted-words.txt", Need.OPTIONAL),
  // eval (scoring only)
  EVAL_COUNTED_WORDS("eval/counted-words.txt", Need.OPTIONAL),
  EVAL_DUE_WORDS("eval/due-words.txt", Need.OPTIONAL);

  /** Whether a language with extraction rules must have a file. */
  public enum Need {
    REQUIRED,
    OPTIONAL
  }

  private static final String WORD_LIST_FOLDER = "extract/";
  private static final String WORD_LIST_SUFFIX = ".txt";
  private static final ImmutableMap<String, LanguageFile> BY_PATH = Arrays.stream(values())
      .collect(ImmutableMap.toImmutableMap(LanguageFile::path, Function.identity()));

  private final String path;
  private final Need need;

  LanguageFile(String path, Need need) {
    this.path = path;
    this.need = need;
  }

  /** The path inside the language folder, as the manifest writes it. */
  public String path() {
    return path;
  }

  /** Whether every language with rules must have it. */
  public Need need() {
    return need;
  }

  /** The classpath resource of this file for a language. */
  public String resource(Language language) {
    return LanguageManifest.folder(language) + path;
  }

  /**
   * The name of an extraction word list ({@code counted-nouns} for
   * {@code extract/counted-nouns.txt}), as rule files write it in braces; fails for other files.
   */
  public String listName() {
    return listName(path).orElseThrow(() -> new IllegalStateException(
        this + " (" + path + ") is not an extraction word list"));
  }

  /** The list name of a path {@code extract/<name>.txt}, or empty for any other path. */
  static Optional<String> listName(String path) {
    if (path.startsWith(WORD_LIST_FOLDER) && path.endsWith(WORD_LIST_SUFFIX)
        && path.indexOf('/', WORD_LIST_FOLDER.length()) < 0) {
      return Optional.of(path.substring(WORD_LIST_FOLDER.length(),
          path.length() - WORD_LIST_SUFFIX.length()));
    }
    return Optional.empty();
  }

  /** The path of the extraction word list a rule file names {@code {name}}. */
  public static String listPath(String name) {
    return WORD_LIST_FOLDER + name + WORD_LIST_SUFFIX;
  }

  /** The file with this path inside the language folder, if code reads it. */
  public static Optional<LanguageFile> ofPath(String path) {
    return Optional.ofNullable(BY_PATH.get(path));
  }
}
