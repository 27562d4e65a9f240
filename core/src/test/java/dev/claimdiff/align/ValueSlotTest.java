package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.ClaimValue.DurationValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.Zone;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The aligner on value claims built by hand, one mechanism each: values as intervals, expected
 * values, figures that change over time, headline against body. Extraction is not involved, so
 * each test says exactly which values meet.
 */
class ValueSlotTest {
  private final ClaimAligner aligner = new ClaimAligner();
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id, @Nullable String published) {
    digests.add(HandBuiltDigests.digest(id, Language.INDONESIAN, published));
  }

  private void claim(String article, ClaimValue value, Zone zone) {
    String text = "evidence " + claims.size();
    claims.add(new Claim(article + "#" + (claims.size() + 1), article,
        value instanceof DurationValue ? ClaimType.DURATION : ClaimType.QUANTITY, null, text, value,
        TextSpan.of(0, text.length()), text, "test:rule", zone, text));
  }

  private static DurationValue minutes(double minutes, String bound, @Nullable Double low,
      @Nullable Double high, boolean expected) {
    return new DurationValue("meeting", true, minutes, !bound.equals("exact"), null, low, high,
        bound, expected);
  }

  private static QuantityValue deaths(double amount, @Nullable String asOf, @Nullable String revision) {
    return new QuantityValue("earthquake", "deaths", amount, null, false, amount, amount, "exact",
        false, asOf, revision);
  }

  private static QuantityValue passengers(double amount, @Nullable String asOf,
      @Nullable String revision) {
    return new QuantityValue("sinking", "passengers", amount, null, false, amount, amount, "exact",
        false, asOf, revision);
  }

  private static QuantityValue protesters(double amount, @Nullable String asOf,
      @Nullable String revision) {
    return new QuantityValue("protest", "protesters", amount, null, false, amount, amount, "exact",
        false, asOf, revision);
  }

  private static QuantityValue houses(double amount, String bound) {
    Double low = bound.equals("at-least") || bound.equals("exact") ? amount : null;
    Double high = bound.equals("exact") ? amount : null;
    return new QuantityValue("earthquake", "houses damaged", amount, null, !bound.equals("exact"),
        low, high, bound, false, null, null);
  }

  private static dev.claimdiff.align.slots.SlotValue valueOf(double amount, String bound) {
    String text = "x";
    return dev.claimdiff.align.slots.SlotValue.of(new Claim("a#1", "a", ClaimType.QUANTITY, null,
        text, houses(amount, bound), TextSpan.of(0, 1), text, "test:rule", Zone.BODY, text));
  }

  private ClaimAligner.Alignment align() {
    return aligner.alignWithNotes(digests, claims);
  }

  private List<Finding> findings(Kind kind) {
    return align().findings().stream().filter(f -> f.kind() == kind).toList();
  }

  private static QuantityValue counted(String event, String what, double amount) {
    return new QuantityValue(event, what, amount, null, false, amount, amount, "exact", false,
        null, null);
  }

  @Test
  void oneFigureFiledUnderTwoEventsOfTheStoryIsOneAgreement() {
    // four boats seized: two outlets name the seizure beside them, two the talks about it
    for (String id : List.of("a", "b", "c", "d")) {
      article(id, null);
    }
    claim("a", counted("arrest", "boats", 4), Zone.BODY);
    claim("b", counted("arrest", "boats", 4), Zone.BODY);
    claim("c", counted("meeting", "boats", 4), Zone.BODY);
    claim("d", counted("meeting", "boats", 4), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b", "c", "d");
      assertThat(f.claims()).hasSize(4);
      assertThat(f.summary()).contains("4 boats").contains("4 independent outlets");
    });
    assertThat(findings(Kind.UNIQUE)).isEmpty();
  }

  @Test
  void aFigureOnlyOneOutletFilesUnderAnotherEventJoinsTheAgreement() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", counted("arrest", "fishermen", 23), Zone.BODY);
    claim("b", counted("arrest", "fishermen", 23), Zone.BODY);
    claim("c", counted("meeting", "fishermen", 23), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f ->
        assertThat(f.articles()).containsExactlyInAnyOrder("a", "b", "c"));
  }

  @Test
  void theSameFigureOfTwoEventsOfOneKindIsNeverJoined() {
    // this year's slide and one five years before, each with its own toll of six
    for (String id : List.of("a", "b", "c", "d")) {
      article(id, null);
    }
    claim("a", counted("landslide", "injured", 6), Zone.BODY);
    claim("b", counted("landslide", "injured", 6), Zone.BODY);
    claim("c", counted("landslide 2019", "injured", 6), Zone.BODY);
    claim("d", counted("landslide 2019", "injured", 6), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).extracting(f -> List.copyOf(f.articles()))
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void differentFiguresUnderTwoEventsAreNeitherJoinedNorOpposed() {
    for (String id : List.of("a", "b", "c", "d")) {
      article(id, null);
    }
    claim("a", counted("arrest", "boats", 4), Zone.BODY);
    claim("b", counted("arrest", "boats", 4), Zone.BODY);
    claim("c", counted("meeting", "boats", 5), Zone.BODY);
    claim("d", counted("meeting", "boats", 5), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).hasSize(2);
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void lessThanTwoHoursContradictsMoreThanTwoHours() {
    article("a", null);
    article("b", null);
    claim("a", minutes(120, "less-than", 0.0, 120.0, false), Zone.BODY);
    claim("b", minutes(120, "more-than", 120.0, null, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactlyInAnyOrder("less than 2 h", "more than 2 h"));
  }

  @Test
  void lessThanTwoHoursAgreesWithNearlyTwoHours() {
    article("a", null);
    article("b", null);
    claim("a", minutes(120, "less-than", 0.0, 120.0, false), Zone.BODY);
    claim("b", minutes(120, "nearly", 108.0, 120.0, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).hasSize(1);
  }

  @Test
  void aboutTwelveHoursAndNearlyThirteenAreNeitherOneValueNorAContradiction() {
    article("a", null);
    article("b", null);
    claim("a", minutes(720, "about", 648.0, 792.0, false), Zone.BODY); // 'sekitar 12 jam'
    claim("b", minutes(780, "nearly", 702.0, 780.0, false), Zone.BODY); // 'hampir 13 jam'

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void anAgreementOnValuesWrittenDifferentlyListsEachAndHoldsOnlyValuesThatMeet() {
    article("a", null);
    article("b", null);
    article("c", null);
    article("d", null);
    claim("a", minutes(100, "about", 90.0, 110.0, false), Zone.BODY); // 'about 100 minutes'
    claim("b", minutes(120, "nearly", 108.0, 120.0, false), Zone.BODY); // 'nearly two hours'
    claim("c", minutes(120, "less-than", 0.0, 120.0, false), Zone.BODY);
    claim("d", minutes(100, "about", 90.0, 110.0, false), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactly("a", "b", "c", "d");
      assertThat(f.values())
          .containsExactly("about 100 min", "nearly 2 h", "less than 2 h");
      assertThat(f.summary()).contains("about 100 min, nearly 2 h, less than 2 h");
    });
  }

  @Test
  void aSideOfADiscrepancyThatAlsoAgreesSaysSo() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", minutes(120, "less-than", 0.0, 120.0, false), Zone.BODY);
    claim("b", minutes(120, "nearly", 108.0, 120.0, false), Zone.BODY);
    claim("c", minutes(120, "more-than", 120.0, null, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> assertThat(f.summary())
        .endsWith("one side of a discrepancy: other outlets say more than 2 h)"));
  }

  @Test
  void aboutFortyMinutesAgreesWithFortyFiveWithinTheTolerance() {
    article("a", null);
    article("b", null);
    claim("a", minutes(40, "about", 36.0, 44.0, false), Zone.BODY);
    claim("b", minutes(45, "exact", 45.0, 45.0, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    // both values are listed: 'about 40' does not say 45
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("45 min", "about 40 min"));
  }

  @Test
  void aboutACountGivenToTheTenReachesATenthNotAFifth() {
    assertThat(valueOf(1590, "about").compatible(valueOf(1356, "exact"))).isFalse();
    assertThat(valueOf(1590, "about").compatible(valueOf(1500, "exact"))).isTrue();
    // a round figure keeps the whole tolerance: 'about 40' reaches 35 to 45 at least
    assertThat(valueOf(40, "about").compatible(valueOf(45, "exact"))).isTrue();
    assertThat(valueOf(100, "about").compatible(valueOf(118, "exact"))).isTrue();
  }

  @Test
  void aCountRisingOnOneDayWhoseStampsCannotBeOrderedAcrossZonesIsAnUpdate() {
    article("r", "2024-03-12T13:55+00:00");
    article("f", "2024-03-13T10:32"); // a stamp with no zone
    article("p", "2024-03-13T09:18+00:00");
    claim("r", houses(800, "at-least"), Zone.BODY);
    claim("f", houses(1356, "exact"), Zone.BODY);
    claim("p", houses(1590, "about"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.timeline())
        .extracting(Finding.TimelineEntry::article).containsExactly("r", "f", "p"));
  }

  @Test
  void aFixedFigureWhoseTimesDoNotOrderItStaysADiscrepancy() {
    article("a", "2026-05-15T09:00+08:00");
    article("b", null);
    claim("a", passengers(87, null, null), Zone.BODY);
    claim("b", passengers(104, "2026-05-15", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactlyInAnyOrder("87 passengers", "104 passengers"));
  }

  @Test
  void aFixedFigureGivenAsARevisionIsNoDiscrepancyWhenItsTimesDoNotOrderIt() {
    article("a", "2026-05-15T09:00+08:00");
    article("b", null);
    claim("a", passengers(87, null, null), Zone.BODY);
    claim("b", passengers(104, "2026-05-15", "revised to"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void zoneLessFigureTimesAreSortedInTheStoryZoneAgainstLocalStamps() {
    article("d", "2024-03-06T11:40+07:00");
    article("c", "2024-03-06T14:00+07:00");
    article("t", "2024-03-06T20:10+07:00");
    claim("d", protesters(500, "2024-03-06T11:00", null), Zone.BODY);
    claim("c", protesters(2000, "2024-03-06T13:30", "bertambah menjadi"), Zone.BODY);
    claim("t", protesters(5000, null, null), Zone.BODY); // the stamp's 20:10 WIB is 13:10 UTC

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.timeline())
        .extracting(Finding.TimelineEntry::article).containsExactly("d", "c", "t"));
  }

  @Test
  void aFixedFigureNamedByAnotherEventOfTheDisasterStillContradicts() {
    article("a", null);
    article("b", null);
    article("c", null);
    QuantityValue searchDeaths = new QuantityValue("search operation", "deaths", 3, null, false,
        3.0, 3.0, "exact", false, null, null);
    claim("a", searchDeaths, Zone.BODY); // the story's event is the search operation
    claim("c", searchDeaths, Zone.BODY);
    claim("a", new QuantityValue("search operation", "passengers", 87, null, false, 87.0, 87.0,
        "exact", false, null, null), Zone.BODY);
    claim("b", new QuantityValue("accident", "passengers", 104, null, false, 104.0, 104.0,
        "exact", false, null, null), Zone.BODY);

    // not a part counted apart (a landslide's toll inside the flood's): a manifest is not summed
    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactlyInAnyOrder("87 passengers", "104 passengers"));
  }

  @Test
  void aRoundFigureFitsABoundThatStopsAtIt() {
    article("a", null);
    article("b", null);
    claim("a", minutes(120, "exact", 120.0, 120.0, false), Zone.BODY);
    claim("b", minutes(120, "more-than", 120.0, null, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anExpectedLengthIsNeverComparedWithTheLengthThatHappened() {
    article("a", null);
    article("b", null);
    claim("a", minutes(210, "range", 180.0, 240.0, true), Zone.BODY);
    claim("b", minutes(90, "exact", 90.0, 90.0, false), Zone.BODY);

    assertThat(align().findings()).noneMatch(f -> f.kind() == Kind.DISCREPANCY
        || f.kind() == Kind.AGREEMENT);
  }

  @Test
  void aLengthInDaysIsNeverComparedWithALengthInHours() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", minutes(2880, "exact", 2880.0, 2880.0, false), Zone.BODY); // two days of talks
    claim("b", minutes(180, "exact", 180.0, 180.0, false), Zone.BODY); // a three-hour sitting
    claim("c", minutes(2880, "exact", 2880.0, 2880.0, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("DURATION / meeting (days)");
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "c");
    });
  }

  @Test
  void aValueOnlyAHeadlineStatesIsNoSideOfADiscrepancy() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", minutes(120, "exact", 120.0, 120.0, false), Zone.HEADLINE);
    claim("b", minutes(180, "exact", 180.0, 180.0, false), Zone.BODY);
    claim("c", minutes(180, "exact", 180.0, 180.0, false), Zone.BODY);

    ClaimAligner.Alignment alignment = align();
    assertThat(alignment.findings()).noneMatch(f -> f.kind() == Kind.DISCREPANCY);
    assertThat(alignment.findings()).filteredOn(f -> f.kind() == Kind.AGREEMENT).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("b", "c"));
    assertThat(alignment.notes()).anyMatch(n -> n.contains("only in a headline"));
  }

  @Test
  void twoBodiesThatDisagreeStillDisagreeBesideAHeadlineOnlyValue() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", minutes(120, "exact", 120.0, 120.0, false), Zone.HEADLINE);
    claim("b", minutes(180, "exact", 180.0, 180.0, false), Zone.BODY);
    claim("c", minutes(300, "exact", 300.0, 300.0, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
  }

  @Test
  void lengthsInDaysStillDisagreeWithEachOther() {
    article("a", null);
    article("b", null);
    claim("a", minutes(2880, "exact", 2880.0, 2880.0, false), Zone.BODY);
    claim("b", minutes(4320, "exact", 4320.0, 4320.0, false), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.slot()).isEqualTo("DURATION / meeting (days)"));
  }

  @Test
  void expectedLengthsMayAgreeWithEachOther() {
    article("a", null);
    article("b", null);
    claim("a", minutes(210, "range", 180.0, 240.0, true), Zone.BODY);
    claim("b", minutes(180, "exact", 180.0, 180.0, true), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.slot()).isEqualTo("DURATION / meeting (expected)"));
  }

  @Test
  void aRisingTollIsAnUpdateOrderedByPublicationTime() {
    article("c", "2023-04-11T07:00+07:00");
    article("a", "2023-04-10T11:00+07:00");
    article("b", "2023-04-10T19:30+07:00");
    claim("c", deaths(90, null, null), Zone.BODY);
    claim("a", deaths(4, null, null), Zone.BODY);
    claim("b", deaths(37, null, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> {
      assertThat(f.values()).containsExactly("4 deaths", "37 deaths", "90 deaths");
      assertThat(f.timeline()).extracting(Finding.TimelineEntry::article)
          .containsExactly("a", "b", "c");
      assertThat(f.summary()).endsWith("4 deaths (2023-04-10 11:00 UTC+7, A) → 37 deaths (19:30, B) → "
          + "90 deaths (next day 07:00, C)");
    });
  }

  @Test
  void aRevisionSinceOvertakenIsBothARevisionAndAnEarlierFigure() {
    // 'sempat direvisi turun menjadi enam orang pada Sabtu pagi', then 'kini 8 orang' at 17.00:
    // the fall from another outlet's seven to six is the revision, the six comes before the eight
    article("a", "2024-05-03T20:00+07:00");
    article("b", "2024-05-04T19:00+07:00");
    claim("a", deaths(7, "2024-05-03T18:00", null), Zone.BODY);
    claim("b", deaths(6, "2024-05-04", "sempat direvisi"), Zone.BODY);
    claim("b", deaths(8, "2024-05-04T17:00", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("7 deaths", "6 deaths", "8 deaths"));
  }

  @Test
  void aftershocksRecordedSoFarRiseWithEachReport() {
    // 'BMKG mencatat 27 gempa susulan hingga pukul 09.00'; by evening 61; 'some 90 aftershocks
    // have followed' the next day: a running count that grows, never a clash
    article("a", "2024-05-02T09:30+07:00");
    article("b", "2024-05-02T20:10+07:00");
    article("c", "2024-05-03T11:00+07:00");
    claim("a", aftershocks(27), Zone.BODY);
    claim("b", aftershocks(61), Zone.BODY);
    claim("c", aftershocks(90), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.values())
        .containsExactly("27 aftershocks", "61 aftershocks", "90 aftershocks"));
  }

  private static QuantityValue aftershocks(double amount) {
    return new QuantityValue("earthquake", "aftershocks", amount, null, false, amount, amount,
        "exact", false, null, null);
  }

  @Test
  void theUpdateTitleCreditsEachOutletWithItsOwnFigure() {
    // 'at least 6' fits 12, but the outlets that said 12 are not credited with 6 (red team B3)
    article("a", "2026-03-08T07:52+00:00");
    article("b", "2026-03-08T23:20+00:00");
    article("c", "2026-03-09T20:30+09:00");
    claim("a", new QuantityValue("earthquake", "deaths", 6, null, true, 6.0, null, "at-least", false,
        null, null), Zone.BODY);
    claim("b", deaths(12, null, null), Zone.BODY);
    claim("c", deaths(15, null, null), Zone.BODY);

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.summary())
        .endsWith("at least 6 deaths (2026-03-08 16:52 UTC+9, A) → 12 deaths (next day 08:20, B) → "
            + "15 deaths (20:30, C)"));
  }

  @Test
  void aTollRevisedDownTheSameDayKeepsTheOrderOfItsTimes() {
    // a cumulative count is sorted by amount within a day only where the times do not tell
    article("afp", "2026-11-17T00:40+00:00");
    article("reuters", "2026-11-17T09:05+00:00");
    article("post", "2026-11-18T14:00+07:00");
    claim("afp", deaths(2, null, null), Zone.BODY);
    claim("reuters", deaths(1, null, "revised the death toll down to"), Zone.BODY);
    claim("post", deaths(1, null, null), Zone.BODY);

    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> assertThat(f.timeline())
        .extracting(Finding.TimelineEntry::article).containsExactly("afp", "reuters", "post"));
  }

  @Test
  void theTimeAFigureIsStatedForOrdersItBeforeThePublicationTime() {
    article("a", "2023-04-11T09:00+07:00");
    article("b", "2023-04-11T08:00+07:00");
    claim("a", deaths(37, "2023-04-10T19:30", null), Zone.BODY); // published later, older figure
    claim("b", deaths(90, null, null), Zone.BODY);

    assertThat(findings(Kind.UPDATE)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("37 deaths", "90 deaths"));
  }

  @Test
  void twoFiguresForTheSameMomentAreADiscrepancy() {
    article("a", "2023-04-10T20:00+07:00");
    article("b", "2023-04-10T21:00+07:00");
    claim("a", deaths(37, "2023-04-10T19:30", null), Zone.BODY);
    claim("b", deaths(42, "2023-04-10T19:30", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("for the same moment"));
    assertThat(findings(Kind.UPDATE)).isEmpty();
  }

  @Test
  void aFigureRevisedWithinOneArticleIsAnUpdateNotAnInconsistency() {
    article("a", "2023-04-10T19:30+07:00");
    claim("a", deaths(37, null, "bertambah menjadi"), Zone.BODY);
    claim("a", deaths(4, null, "sebelumnya"), Zone.BODY);
    article("b", "2023-04-10T20:00+07:00");
    claim("b", deaths(37, null, null), Zone.BODY);

    assertThat(findings(Kind.INCONSISTENCY)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f -> {
      assertThat(f.values()).startsWith("4 deaths", "37 deaths");
      assertThat(f.timeline().get(0).asOf()).isNull();
    });
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly("37 deaths"));
  }

  @Test
  void aCountThatDoesNotChangeOverTimeStaysADiscrepancyWhateverTheDates() {
    article("a", "2023-04-10");
    article("b", "2023-04-12");
    claims.add(new Claim("a#1", "a", ClaimType.QUANTITY, null, "x", new QuantityValue(
        "military exercise", "troops", 3000, null, false), TextSpan.of(0, 1), "x", "test:rule",
        Zone.BODY, "x"));
    claims.add(new Claim("b#1", "b", ClaimType.QUANTITY, null, "y", new QuantityValue(
        "military exercise", "troops", 5000, null, false), TextSpan.of(0, 1), "y", "test:rule",
        Zone.BODY, "y"));

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
    assertThat(findings(Kind.UPDATE)).isEmpty();
  }

  @Test
  void aHeadlineThatContradictsItsBodyIsAnInconsistencyOfTheArticle() {
    article("a", null);
    article("b", null);
    claim("a", minutes(60, "exact", 60.0, 60.0, false), Zone.HEADLINE);
    claim("a", minutes(90, "exact", 90.0, 90.0, false), Zone.BODY);
    claim("b", minutes(90, "exact", 90.0, 90.0, false), Zone.BODY);

    assertThat(findings(Kind.INCONSISTENCY)).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactly("a");
      assertThat(f.values()).containsExactly("1 h", "90 min");
    });
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).hasSize(1);
  }

  @Test
  void twoBodiesMeasuringOneThingAreNoDiscrepancyBetweenOutlets() {
    article("a", null);
    article("b", null);
    magnitude("a", 6.0, "BMKG mencatat gempa itu bermagnitudo 6,0.");
    magnitude("b", 5.9, "Badan Survei Geologi Amerika Serikat (USGS) mencatat magnitudo 5,9.");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    // each body's figure is compared apart: no revision, no discrepancy
    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("another body's measurement", "compared apart"));
  }

  /** A payment whose evidence is {@code evidence}, in the sentence {@code sentence}. */
  private void payment(String article, double amount, String evidence, String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUANTITY, null,
        evidence, new QuantityValue("flood", "aid", amount, "IDR", false, amount, amount, "exact",
            true, null, null), TextSpan.of(0, evidence.length()), evidence, "test:rule",
        Zone.BODY, sentence));
  }

  @Test
  void amountsEachCreditedToTheirOwnGiverAreTwoPaymentsNotADiscrepancy() {
    article("a", null);
    article("b", null);
    article("c", null);
    payment("a", 10_000_000, "bantuan Rp 10 juta", "Setiap keluarga akan menerima bantuan Rp 10 "
        + "juta dari Pemerintah Provinsi Sulawesi Barat.");
    payment("b", 4_000_000, "bantuan tunai Rp 4 juta", "Warga yang rumahnya rusak berat juga "
        + "akan mendapat bantuan tunai Rp 4 juta dari Kementerian Sosial.");
    payment("c", 4_000_000, "Rp 4 juta", "Menurut dinas sosial, setiap keluarga mendapat Rp 4 "
        + "juta per bulan dari Kementerian Sosial.");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n).contains("different giver"));
  }

  @Test
  void oneGiverOrAnUnnamedOneLeavesTheDiscrepancy() {
    // the same giver, written with and without its legal form: one payment, two amounts
    article("a", null);
    article("b", null);
    article("c", null);
    payment("a", 10_000_000, "santunan Rp 10 juta", "Ahli waris menerima santunan Rp 10 juta dari "
        + "PT Angkasa Sejahtera.");
    payment("b", 15_000_000, "santunan Rp 15 juta", "Ahli waris menerima santunan Rp 15 juta dari "
        + "Angkasa Sejahtera.");
    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);

    // no giver named on one side ('dari Rp 8 juta' is the earlier amount, not a giver)
    claims.clear();
    payment("a", 10_000_000, "santunan Rp 10 juta", "Ahli waris menerima santunan Rp 10 juta dari "
        + "PT Angkasa Sejahtera.");
    payment("c", 12_000_000, "santunan Rp 12 juta", "Santunan naik menjadi santunan Rp 12 juta dari "
        + "Rp 8 juta tahun lalu.");
    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
  }

  @Test
  void twoFiguresOneArticleGivesSideBySideAreNoChangeOverTime() {
    article("a", "2024-03-12T02:41+00:00");
    article("b", "2024-03-13T10:32");
    article("c", "2024-03-13T09:18+00:00");
    magnitude("a", 5.9, "The quake had a magnitude of 5.9, the Geological Survey said.");
    magnitude("b", 6.0, "The magnitude 6.0 quake struck before dawn.");
    String stated = "By Wednesday the magnitude 6.0 quake had been followed by aftershocks.";
    claims.add(new Claim("c#8", "c", ClaimType.QUANTITY, null, stated, new QuantityValue(
        "earthquake", "magnitude", 6.0, null, false, 6.0, 6.0, "exact", false, "2024-03-13", null),
        TextSpan.of(0, stated.length()), stated, "test:rule", Zone.BODY, stated));
    magnitude("c", 5.9, "The Geological Survey measured it at 5.9.");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n).contains("side by side"));
  }

  @Test
  void oneBodyGivingTwoFiguresIsStillADiscrepancy() {
    article("a", null);
    article("b", null);
    magnitude("a", 6.0, "BMKG mencatat gempa itu bermagnitudo 6,0.");
    magnitude("b", 5.4, "Menurut BMKG, gempa itu bermagnitudo 5,4.");

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
  }

  private static QuantityValue count(String event, String what, double amount,
      @Nullable String asOf) {
    return new QuantityValue(event, what, amount, null, false, amount, amount, "exact", false,
        asOf, null);
  }

  @Test
  void twoTollsOfOneDayWithoutClockTimesRiseInTheirOrder() {
    article("a", "2026-03-08");
    article("b", "2026-03-08");
    article("c", "2026-03-09");
    claim("b", deaths(12, "2026-03-08", null), Zone.BODY);
    claim("a", deaths(6, "2026-03-08T12:00", null), Zone.BODY);
    claim("c", deaths(15, "2026-03-09", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f ->
        assertThat(f.values()).containsExactly("6 deaths", "12 deaths", "15 deaths"));
  }

  @Test
  void figuresTheTimesOrderStillMakeAnUpdateWhenAnotherIsUnordered() {
    // 5 (a day, no clock) and 11 (noon of that day) are not ordered by time; 2 on the next
    // evening is after both: the update is 11 then 2, and 5 is compared with neither
    article("a", "2026-03-08");
    article("b", "2026-03-08");
    article("c", "2026-03-09");
    claim("a", count("earthquake", "missing", 11, "2026-03-08T12:00"), Zone.BODY);
    claim("b", count("earthquake", "missing", 5, "2026-03-08"), Zone.BODY);
    claim("c", count("earthquake", "missing", 2, "2026-03-09T18:00"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).singleElement().satisfies(f ->
        assertThat(f.values()).containsExactly("11 missing", "2 missing"));
  }

  @Test
  void anOrderedPartOfOneArticleIsNoUpdate() {
    // set aside one of two articles' figures, one article is left: nothing to update
    article("a", "2026-03-08");
    article("b", "2026-03-08");
    article("c", "2026-03-08");
    claim("a", count("earthquake", "missing", 11, "2026-03-08T12:00"), Zone.BODY);
    claim("b", count("earthquake", "missing", 5, "2026-03-08"), Zone.BODY);
    claim("c", count("earthquake", "missing", 7, "2026-03-08"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).isEmpty();
  }

  @Test
  void aFixedFigureNoTimeOrdersMakesNoUpdateOfItsOrderedPart() {
    // passengers on a manifest do not change with time: no update of any part of them
    article("a", "2026-03-08");
    article("b", "2026-03-08");
    article("c", "2026-03-09");
    claim("a", passengers(40, "2026-03-08T12:00", null), Zone.BODY);
    claim("b", passengers(45, "2026-03-08", null), Zone.BODY);
    claim("c", passengers(48, "2026-03-09T18:00", null), Zone.BODY);

    assertThat(findings(Kind.UPDATE)).isEmpty();
  }

  @Test
  void countsOfOneDayThatGoBothWaysStayUnordered() {
    article("a", "2026-03-08");
    article("b", "2026-03-08");
    claim("a", count("earthquake", "missing", 11, "2026-03-08T12:00"), Zone.BODY);
    claim("b", count("earthquake", "missing", 5, "2026-03-08"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UPDATE)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("a count that changes as the story unfolds")
        .contains("no time orders 11 missing (A) and 5 missing (B)"));
  }

  @Test
  void aSameMomentClashOpposesOnlyItsOwnFiguresNotThoseOfOtherMoments() {
    article("a", "2026-03-08T13:00+09:00");
    article("b", "2026-03-08T13:30+09:00");
    article("c", "2026-03-08T22:00+09:00");
    claim("a", deaths(11, "2026-03-08T12:00+09:00", null), Zone.BODY);
    claim("b", deaths(16, "2026-03-08T12:00+09:00", null), Zone.BODY);
    claim("c", deaths(20, "2026-03-08T21:00+09:00", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> {
      assertThat(f.summary()).contains("for the same moment");
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b");
      assertThat(f.values()).containsExactlyInAnyOrder("11 deaths", "16 deaths");
    });
  }

  @Test
  void aTollThatFallsBetweenTwoOutletsIsNoLaterFigureOfOneSource() {
    article("a", "2026-03-08T12:00+07:00");
    article("b", "2026-03-08T21:00+07:00");
    claim("a", deaths(140, null, null), Zone.BODY);
    claim("b", deaths(127, null, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> assertThat(f.summary())
        .doesNotContain("a later figure is lower")
        .contains("another outlet states a lower figure later, none given as a revision: "
            + "140 deaths (A, 2026-03-08T12:00+07:00) then 127 deaths (B, "));
  }

  @Test
  void aFixedFigureOfTwoOutletsIsNoFigureThatChanged() {
    article("a", "2026-03-08T12:00+07:00");
    article("b", "2026-03-08T15:00+07:00");
    claim("a", passengers(412, "2026-03-08T11:00+07:00", null), Zone.BODY);
    claim("b", passengers(384, "2026-03-08T14:00+07:00", null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement().satisfies(f -> assertThat(f.summary())
        .doesNotContain("later").doesNotContain("changed")
        .contains("a figure that does not change with time, none given as a revision"));
  }

  @Test
  void theVehiclesAFerryCarriedAreFixedThoughVehiclesDeployedComeAndGo() {
    // running-counts.txt: 'vehicles' goes either way, 'vehicles on board' is a manifest's figure
    article("a", "2026-03-08T12:00+07:00");
    article("b", "2026-03-08T15:00+07:00");
    claim("a", counted("sinking", "vehicles on board", 21), Zone.BODY);
    claim("b", counted("sinking", "vehicles on board", 19), Zone.BODY);
    claim("a", counted("sinking", "vehicles", 40), Zone.BODY);
    claim("b", counted("sinking", "vehicles", 35), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.slot()).contains("vehicles on board"));
    assertThat(findings(Kind.UPDATE)).singleElement()
        .satisfies(f -> assertThat(f.slot()).doesNotContain("on board"));
  }

  @Test
  void outletsThatAgreeOnAFigureStillAgreeWhenTheSlotCannotBeOrdered() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", deaths(6, null, null), Zone.BODY);
    claim("b", deaths(6, null, null), Zone.BODY);
    claim("c", deaths(12, null, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactly("a", "b"));
  }

  @Test
  void aCountThatDoesNotSayWhatIsSaidOfItJoinsTheOneSlotItFits() {
    article("a", null);
    article("b", null);
    claim("a", count("flood", "villages", 24, null), Zone.BODY);
    claim("b", count("flood", "villages affected", 24, null), Zone.BODY);
    claim("b", count("flood", "villages isolated", 3, null), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("QUANTITY / villages affected (flood)");
      assertThat(f.articles()).containsExactly("b", "a");
    });
  }

  @Test
  void aBareCountThatFitsNoQualifiedSlotStaysApart() {
    article("a", null);
    article("b", null);
    claim("a", count("flood", "villages", 30, null), Zone.BODY);
    claim("b", count("flood", "villages affected", 24, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UNIQUE)).hasSize(2);
  }

  @Test
  void anIncrementIsNeverComparedWithTheToll() {
    article("a", null);
    article("b", null);
    claim("a", deaths(12, null, null), Zone.HEADLINE);
    claim("a", count("earthquake", "deaths added", 6, null), Zone.BODY);
    claim("b", count("earthquake", "deaths added", 3, null), Zone.BODY);

    assertThat(findings(Kind.INCONSISTENCY)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void anArticleLeadingWithThePartOfOneDisasterCountsWithTheOthers() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", count("landslide", "villages affected", 24, null), Zone.BODY);
    claim("b", count("flood", "villages affected", 24, null), Zone.BODY);
    claim("c", count("flood", "villages affected", 24, null), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("a", "b", "c"));
  }

  @Test
  void aPartsTollLowerThanTheWholesIsNoDiscrepancy() {
    article("a", "2026-03-08T20:00+09:00");
    article("b", "2026-03-08T12:00+09:00");
    article("c", "2026-03-08T13:00+09:00");
    claim("a", count("landslide", "deaths", 4, "2026-03-08T19:00"), Zone.BODY);
    claim("b", count("flood", "deaths", 10, "2026-03-08T12:00"), Zone.BODY);
    claim("c", count("flood", "deaths", 10, "2026-03-08T12:00"), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactlyInAnyOrder("b", "c"));
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("only counts the text gives for another event of the same disaster give "
            + "4 deaths"));
  }

  @Test
  void aCountsEventIsInItsTitleOnlyWhereItTellsTwoSlotsApart() {
    article("a", null);
    article("b", null);
    for (String a : List.of("a", "b")) {
      claim(a, count("earthquake", "injured", 70, null), Zone.BODY);
      claim(a, count("earthquake", "deaths", 30, null), Zone.BODY);
      claim(a, count("earthquake 2021", "deaths", 105, null), Zone.BODY);
      claim(a, count("eruption 2019", "evacuees", 1600, null), Zone.BODY);
    }

    assertThat(findings(Kind.AGREEMENT)).extracting(Finding::summary)
        .anySatisfy(t -> assertThat(t).startsWith("How many injured: 70 injured"))
        .anySatisfy(t -> assertThat(t).startsWith("How many deaths (earthquake): 30 deaths"))
        .anySatisfy(t -> assertThat(t).startsWith("How many deaths (earthquake 2021): 105"))
        .anySatisfy(t -> assertThat(t).startsWith("How many evacuees (eruption 2019): 1600"));
    // the slot keeps its event in its name
    assertThat(findings(Kind.AGREEMENT)).extracting(Finding::slot)
        .contains("QUANTITY / injured (earthquake)");
  }

  @Test
  void aFigureTheStorysOwnEventAlsoGivesIsNoPartCountedApart() {
    article("a", "2026-03-08T13:00+09:00");
    article("b", "2026-03-08T13:30+09:00");
    article("c", "2026-03-08T14:00+09:00");
    claim("a", count("landslide", "deaths", 11, "2026-03-08T12:00+09:00"), Zone.BODY);
    claim("b", count("flood", "deaths", 11, "2026-03-08T12:00+09:00"), Zone.BODY);
    claim("c", count("flood", "deaths", 16, "2026-03-08T12:00+09:00"), Zone.BODY);

    // 11 is the flood's figure too: the landslide's naming explains nothing
    assertThat(align().notes()).noneSatisfy(n -> assertThat(n).contains("same disaster"));
    assertThat(findings(Kind.DISCREPANCY)).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("for the same moment"));
  }

  @Test
  void anotherDisastersCountsKeepTheirOwnSlot() {
    article("a", null);
    article("b", null);
    claim("a", count("fire", "houses damaged", 40, null), Zone.BODY);
    claim("b", count("flood", "houses damaged", 410, null), Zone.BODY);
    claim("b", count("flood", "villages affected", 24, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void aLowerBoundAgreesWithItsOwnNumberNotWithAHigherFigureItFits() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", new QuantityValue("earthquake", "deaths", 6, null, true, 6.0, null, "at-least",
        false, null, null), Zone.BODY);
    claim("b", deaths(6, null, null), Zone.BODY);
    claim("c", deaths(12, null, null), Zone.BODY);

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b");
      assertThat(f.values()).containsExactly("6 deaths", "at least 6 deaths");
    });
  }

  @Test
  void aLowerBoundDoesNotAgreeWithAHigherTollItOnlyFits() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", deaths(15, null, null), Zone.BODY);
    claim("b", new QuantityValue("earthquake", "deaths", 10, null, true, 10.0, null, "at-least",
        false, null, null), Zone.BODY);
    claim("c", deaths(3, null, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).isEmpty();
  }

  private static DurationValue passing(String event, double minutes, String bound,
      @Nullable Double low, @Nullable Double high) {
    return new DurationValue(event, false, minutes, !bound.equals("exact"), null, low, high,
        bound, false);
  }

  @Test
  void aLengthSaidInPassingCorroboratesTheMainOneButNeverContradictsIt() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", minutes(120, "exact", 120.0, 120.0, false), Zone.BODY);
    claim("b", passing("meeting", 120, "nearly", 96.0, 120.0), Zone.BODY);
    claim("c", passing("meeting", 30, "exact", 30.0, 30.0), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.UNIQUE)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.articles()).containsExactly("a", "b");
      assertThat(f.claims()).containsExactly("a#1", "b#2");
    });
  }

  @Test
  void lengthsOnlySaidInPassingMayAgreeButNeverDisagree() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", passing("rain", 720, "more-than", 720.0, null), Zone.BODY);
    claim("b", passing("rain", 840, "about", 672.0, 1008.0), Zone.BODY);
    claim("c", passing("rain", 60, "exact", 60.0, 60.0), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("DURATION / rain");
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b");
    });
  }

  @Test
  void aLengthOnlyOneOutletGivesInPassingIsNoFinding() {
    article("a", null);
    claim("a", passing("rain", 720, "more-than", 720.0, null), Zone.BODY);

    assertThat(align().findings()).isEmpty();
  }

  @Test
  void theOutletsOfEachMeasuringBodyAgreeOnItsFigure() {
    article("a", null);
    article("b", null);
    article("c", null);
    magnitude("a", 6.0, "BMKG mencatat gempa itu bermagnitudo 6,0.");
    magnitude("b", 6.0, "Menurut BMKG, gempa itu bermagnitudo 6,0.");
    magnitude("b", 5.9, "USGS mencatat magnitudo 5,9.");
    magnitude("c", 5.9, "Badan Survei Geologi Amerika Serikat (USGS) mencatat magnitudo 5,9.");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).extracting(f -> (List<String>) f.values())
        .containsExactlyInAnyOrder(List.of("6 magnitude"), List.of("5.9 magnitude"));
  }

  private void figure(String article, String what, double amount, @Nullable String unit) {
    claim(article, new QuantityValue("trial", what, amount, unit, false), Zone.BODY);
  }

  @Test
  void aBareAmountAgreesWithTheSameAmountThatSaysWhatItIs() {
    article("a", null);
    article("b", null);
    article("c", null);
    figure("a", "IDR", 118_600_000_000.0, "IDR");
    figure("b", "state loss", 118_600_000_000.0, "IDR");
    figure("c", "IDR", 42_300_000_000.0, "IDR");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("QUANTITY / figure in IDR");
      assertThat(f.articles()).containsExactly("a", "b");
    });
  }

  @Test
  void aBareCountOfPeopleAgreesWithTheSameFigureOfPeopleThatSaysWhoTheyAre() {
    article("a", null);
    article("b", null);
    article("c", null);
    String sentence = "61 orang luka-luka";   // a casualty state in the bare count's sentence
    claims.add(new Claim("a#" + (claims.size() + 1), "a", ClaimType.QUANTITY, null, sentence,
        new QuantityValue("trial", "people", 61, null, false), TextSpan.of(0, sentence.length()),
        sentence, "test:rule", Zone.BODY, sentence));
    figure("b", "injured", 61, null);     // '61 people were injured'
    figure("c", "houses damaged", 61, null); // not people: never joins

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("QUANTITY / figure in people");
      assertThat(f.articles()).containsExactly("a", "b");
    });
  }

  @Test
  void aBareCountOfPeopleOutsideACasualtySentenceJoinsNoCasualtyCount() {
    article("a", null);
    article("b", null);
    figure("a", "people", 40, null);      // '40 orang diperiksa polisi': any verb's object
    figure("b", "injured", 40, null);     // '40 korban luka dirawat'

    assertThat(findings(Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void aBareCountOfPeopleJoinsNoFigureThatTwoKindsOfPeopleGive() {
    article("a", null);
    article("b", null);
    article("c", null);
    figure("a", "people", 12, null);
    figure("b", "deaths", 12, null);
    figure("c", "injured", 12, null);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).isEmpty();
  }

  @Test
  void aBareCountOfOneRoleIsJoinedOnlyByThatRoleWithAQualifier() {
    article("a", null);
    article("b", null);
    article("c", null);
    figure("a", "students", 41, null);          // '41 siswa'
    figure("b", "passengers", 41, null);        // another kind of people: not students
    figure("c", "students", 7, null);           // '7 siswa'
    figure("b", "students on board", 7, null);  // '7 students on board'

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.slot()).isEqualTo("QUANTITY / figure in students");
      assertThat(f.values()).containsExactly("7 students");
      assertThat(f.articles()).containsExactlyInAnyOrder("b", "c");
    });
  }

  @Test
  void figuresThatMayBeOfSeveralThingsAgreeOneByOne() {
    article("a", null);
    article("b", null);
    article("c", null);
    figure("a", "goal minute", 23, null);
    figure("a", "goal minute", 51, null);
    figure("b", "goal minute", 51, null);
    figure("c", "goal minute", 23, null);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).extracting(f -> (List<String>) f.articles())
        .containsExactlyInAnyOrder(List.of("a", "c"), List.of("a", "b"));
  }

  private void promise(String article, String actor, String action, String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.COMMITMENT,
        null, sentence, new ClaimValue.CommitmentValue(actor, action, null, "next week", null),
        TextSpan.of(0, sentence.length()), sentence, "test:rule", Zone.BODY, sentence));
  }

  private void promise(String article, String actor, String action, String due, String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.COMMITMENT,
        null, sentence, new ClaimValue.CommitmentValue(actor, action, null, due, null),
        TextSpan.of(0, sentence.length()), sentence, "test:rule", Zone.BODY, sentence));
  }

  @Test
  void theYearOfADueOneOutletWritesAndAnotherLeavesOutIsNoOtherNumber() {
    article("a", "2026-05-04");
    article("b", "2026-05-05");
    promise("a", "Kenya and Uganda", "bertemu", "by 2027-02-28 (Sunday)",
        "Menteri perdagangan kedua negara dijadwalkan bertemu lagi paling lambat akhir Februari 2027.");
    promise("b", "Kenya and Uganda", "menggelar pertemuan", "by 2027-02-28 (Sunday)",
        "Menurut kesepakatan lima butir itu, menteri perdagangan kedua negara akan bertemu sebelum "
            + "akhir Februari.");

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo("COMMITMENT");
      assertThat(f.articles()).containsExactly("a", "b");
    });
  }

  @Test
  void aPromiseOfTheSlotOfOneThatAgreesJoinsTheAgreementInOtherWords() {
    article("a", null);
    article("b", null);
    article("c", null);
    promise("a", "Chile", "written response", "next week",
        "Chile will send its written response to the court's questions next week, the envoy said.");
    promise("b", "Chile", "proposal", "next week",
        "Santiago is to hand over a proposal answering the court's questions next week.");
    promise("c", "Chile", "written response", "next week",
        "A written reply is expected from Chile next week.");

    assertThat(findings(Kind.AGREEMENT)).anySatisfy(f -> {
      assertThat(f.slot()).isEqualTo("COMMITMENT / Chile / due next week");
      assertThat(f.articles()).containsExactlyInAnyOrder("a", "b", "c");
    });
  }

  @Test
  void onePromiseInTheOutletsOwnWordsIsAnAgreement() {
    article("a", null);
    article("b", null);
    promise("a", "pemerintah", "menyalurkan bantuan langsung",
        "Pemerintah berjanji menyalurkan bantuan langsung tunai kepada 20 juta keluarga pekan depan.");
    promise("b", "Pemerintah", "aid",
        "Pemerintah akan memberikan bantuan tunai kepada 20 juta keluarga miskin mulai pekan depan.");

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo("COMMITMENT");
      assertThat(f.articles()).containsExactly("a", "b");
    });
  }

  private void promiseDue(String article, String action, String due, String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.COMMITMENT,
        null, sentence, new ClaimValue.CommitmentValue("Sinta Marlina", action, null, due, null),
        TextSpan.of(0, sentence.length()), sentence, "test:rule", Zone.BODY, sentence));
  }

  @Test
  void aWeekdayAloneIsTheDatedDueOfTheSameWeekdayInTheWeekAfterPublication() {
    article("a", "2025-03-04");
    article("b", "2025-03-04");
    promiseDue("a", "memperbaiki jembatan", "by 2025-03-10 (Monday)",
        "Bupati Sinta Marlina berjanji memperbaiki jembatan gantung Desa Lembah paling lambat"
            + " Senin (10/3/2025).");
    promiseDue("b", "jembatan", "by Monday",
        "Bupati Sinta Marlina mengatakan jembatan gantung Desa Lembah akan diperbaiki paling"
            + " lambat Senin.");

    assertThat(findings(Kind.AGREEMENT)).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo("COMMITMENT");
      assertThat(f.articles()).containsExactly("a", "b");
    });
  }

  @Test
  void aWeekdayAloneIsNotADatedDueOfAnotherWeek() {
    article("a", "2025-03-04");
    article("b", "2025-02-20"); // its Monday is 24 February, not 10 March
    promiseDue("a", "memperbaiki jembatan", "by 2025-03-10 (Monday)",
        "Bupati Sinta Marlina berjanji memperbaiki jembatan gantung Desa Lembah paling lambat"
            + " Senin (10/3/2025).");
    promiseDue("b", "jembatan", "by Monday",
        "Bupati Sinta Marlina mengatakan jembatan gantung Desa Lembah akan diperbaiki paling"
            + " lambat Senin.");

    assertThat(findings(Kind.AGREEMENT)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  @Test
  void twoPromisesOfOneActorForOneDayAreNotOne() {
    article("a", null);
    article("b", null);
    promise("a", "pemerintah", "menyalurkan bantuan langsung",
        "Pemerintah berjanji menyalurkan bantuan langsung tunai kepada keluarga miskin pekan depan.");
    promise("b", "pemerintah", "meninjau",
        "Pemerintah akan meninjau harga Pertamax pekan depan.");

    assertThat(findings(Kind.AGREEMENT)).isEmpty();
    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  private static QuantityValue boats(double amount, String bound, @Nullable Double low,
      @Nullable Double high) {
    return new QuantityValue("meeting", "boats", amount, null, !bound.equals("exact"), low, high,
        bound, false, null, null);
  }

  @Test
  void aVagueNumberNeverAgreesWithNorContradictsAFigure() {
    article("a", null);
    article("b", null);
    article("c", null);
    claim("a", boats(20, "vague", 20.0, 100.0), Zone.BODY); // 'puluhan kapal'
    claim("b", boats(40, "more-than", 40.0, null), Zone.BODY); // 'more than 40 boats'
    claim("c", boats(12, "exact", 12.0, 12.0), Zone.BODY); // below 'puluhan'

    assertThat(findings(Kind.AGREEMENT)).isEmpty();
    assertThat(align().findings()).allSatisfy(f -> assertThat(f.values())
        .noneMatch(v -> v.contains("vague")));
  }

  @Test
  void twoVagueNumbersWhoseIntervalsMeetAgreeAndOthersDoNot() {
    article("a", null);
    article("b", null);
    claim("a", boats(20, "vague", 20.0, 100.0), Zone.BODY); // 'puluhan'
    claim("b", boats(24, "vague", 24.0, 120.0), Zone.BODY); // 'dozens'

    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.values())
            .containsExactly("20–100 boats (vague)", "24–120 boats (vague)"));
    assertThat(valueOf(1000, "exact").compatible(vague(2000, 10000))).isFalse();
    assertThat(vague(2000, 10000).corroborates(vague(20000, 100000))).isFalse();
    assertThat(vague(20, 100).corroborates(valueOf(40, "exact"))).isFalse();
  }

  private static dev.claimdiff.align.slots.SlotValue vague(double low, double high) {
    String text = "x";
    return dev.claimdiff.align.slots.SlotValue.of(new Claim("a#1", "a", ClaimType.QUANTITY, null,
        text, boats(low, "vague", low, high), TextSpan.of(0, 1), text, "test:rule", Zone.BODY,
        text));
  }

  @Test
  void anotherOutletsLowerFigureAfterAnArticleThatGivesTheSameRevisionIsNoFall() {
    // Reuters: 'killing seven …, revising down an earlier death toll of eight'; AP later: seven;
    // the fall from Reuters' earlier eight to AP's seven is the revision Reuters itself reports
    article("r", "2026-11-20T12:25+00:00");
    article("p", "2026-11-20T14:40+00:00");
    claim("r", deaths(7, null, null), Zone.BODY);
    claim("r", deaths(8, null, "sebelumnya"), Zone.BODY);
    claim("p", deaths(7, null, null), Zone.BODY);

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
  }

  private void magnitude(String article, double amount, String sentence) {
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.QUANTITY, null,
        sentence, new QuantityValue("earthquake", "magnitude", amount, null, false),
        TextSpan.of(0, sentence.length()), sentence, "test:rule", Zone.BODY, sentence));
  }
  private void eventDate(String article, String date, String weekday) {
    String text = "on " + weekday;
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.EVENT_DATE, null,
        text, new ClaimValue.EventDateValue("crowd crush", true, date, weekday, null, null, null,
            null), TextSpan.of(0, text.length()), text, "test:rule", Zone.BODY, text));
  }

  private void convertedDate(String article, String date, String weekday, String otherZoneDate) {
    String text = "at 12:25 a.m. " + weekday + " local time (1625 GMT)";
    claims.add(new Claim(article + "#" + (claims.size() + 1), article, ClaimType.EVENT_DATE, null,
        text, new ClaimValue.EventDateValue("crowd crush", true, date, weekday, null, null, null,
            null, otherZoneDate), TextSpan.of(0, text.length()), text, "test:rule", Zone.BODY,
        text));
  }

  @Test
  void aDayConvertedToTheOtherSidesDayInAnotherZoneIsOneMomentNotADiscrepancy() {
    // one outlet dates the crush by the western clock (Sunday, late at night), another by the
    // eastern one (Monday, just after midnight) and converts it to Sunday in GMT: one moment
    article("a", "2026-03-09T09:00+00:00");
    article("b", "2026-03-09T10:00+00:00");
    article("c", "2026-03-09T11:00+00:00");
    eventDate("a", "2026-03-08", "SUNDAY");
    eventDate("b", "2026-03-08", "SUNDAY");
    convertedDate("c", "2026-03-09", "MONDAY", "2026-03-08");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(findings(Kind.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.articles()).containsExactly("a", "b"));
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("one moment near midnight in two time zones"));
  }

  @Test
  void aConversionToAnotherDayThanTheOtherSidesStillDiffers() {
    // the conversion names Tuesday, the other outlets Saturday: two accounts of the day
    article("a", "2026-03-09T09:00+00:00");
    article("b", "2026-03-09T10:00+00:00");
    eventDate("a", "2026-03-07", "SATURDAY");
    convertedDate("b", "2026-03-09", "MONDAY", "2026-03-10");

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
  }

  @Test
  void mainDaysThatAreEachTheirOwnPublicationDayAreANoteNotADiscrepancy() {
    // three stories of one crush, published on three days, each dating it on its own day: the
    // days of later developments (a toll that rose, police who spoke), not three days of one crush
    article("a", "2026-03-07T20:00+00:00");
    article("b", "2026-03-08T09:00+00:00");
    article("c", "2026-03-09T09:00+00:00");
    eventDate("a", "2026-03-07", "SATURDAY");
    eventDate("b", "2026-03-08", "SUNDAY");
    eventDate("c", "2026-03-09", "MONDAY");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("own article's publication day", "not reported as a discrepancy"));
  }

  @Test
  void mainDaysThatAreNotTheirPublicationDaysStillDiffer() {
    // published on two days, but one article dates the event before its own publication day
    article("a", "2026-03-08T09:00+00:00");
    article("b", "2026-03-09T09:00+00:00");
    eventDate("a", "2026-03-07", "SATURDAY");
    eventDate("b", "2026-03-09", "MONDAY");

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
    assertThat(align().notes()).noneSatisfy(n -> assertThat(n)
        .contains("own article's publication day"));
  }

  @Test
  void aMainDayMonthsBeforeItsArticlesAppearedIsARecalledEventNotADiscrepancy() {
    // two reports of this week's crush, and one that recalls a crush of 2001 whose day its
    // claims took for the main event's: no second account of this crush's day
    article("a", "2026-09-20T09:00+00:00");
    article("b", "2026-09-21T09:00+00:00");
    article("c", "2026-09-21T11:00+00:00");
    eventDate("a", "2026-09-19", "SATURDAY");
    eventDate("b", "2026-09-19", "SATURDAY");
    eventDate("c", "2001-05-09", "WEDNESDAY");

    assertThat(findings(Kind.DISCREPANCY)).isEmpty();
    assertThat(align().notes()).anySatisfy(n -> assertThat(n)
        .contains("2001", "past event they recall", "not reported as a discrepancy"));
  }

  @Test
  void twoDaysOfThisWeekStillDifferBesideARecalledOne() {
    // a recalled day of 2001 does not hide two accounts of this week's day that disagree
    article("a", "2026-09-20T09:00+00:00");
    article("b", "2026-09-21T09:00+00:00");
    article("c", "2026-09-21T11:00+00:00");
    eventDate("a", "2026-09-19", "SATURDAY");
    eventDate("b", "2026-09-18", "FRIDAY");
    eventDate("c", "2001-05-09", "WEDNESDAY");

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
  }

  @Test
  void aDayWeeksBeforePublicationIsNoRecalledEvent() {
    // a report published five weeks after the event it dates: still an account of that day
    article("a", "2026-09-20T09:00+00:00");
    article("b", "2026-10-25T09:00+00:00");
    eventDate("a", "2026-09-19", "SATURDAY");
    eventDate("b", "2026-09-18", "FRIDAY");

    assertThat(findings(Kind.DISCREPANCY)).hasSize(1);
    assertThat(align().notes()).noneSatisfy(n -> assertThat(n).contains("past event they recall"));
  }
}
