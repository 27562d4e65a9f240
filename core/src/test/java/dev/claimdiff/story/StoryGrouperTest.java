package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
  private final StoryGrouper grouper = new StoryGrouper();

  private static StoryFeatures article(String id, String... features) {
    ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
    Arrays.stream(features).distinct().forEach(f -> map.put(f, f.substring(f.indexOf(':') + 1)));
    return new StoryFeatures(id, map.build());
  }

  /** What an article about an event writes: the event's names and numbers, as many as a news story has. */
  private static String[] event(String name, String... more) {
    List<String> features = new ArrayList<>(Arrays.asList(more));
    for (int i = 0; i < 20; i++) {
      features.add("n:" + name + i);
    }
    features.add("n:" + name);
    return features.toArray(String[]::new);
  }

  private static List<List<String>> articlesOf(List<StoryGroup> groups) {
    List<List<String>> out = new ArrayList<>();
    groups.forEach(g -> out.add(g.articles()));
    return out;
  }

  @Test
  void twoEventsOfOneKindMeetOnlyByAnAnchorOfOneEvent() {
    // two rounds of talks a week apart, each reported by an original and its translation: the
    // ministry, the capital and the delegation words in common, each its own names, venue,
    // negotiator and day; alike enough to merge by their names (0.39), not by an anchor
    String[] ministry = {"n:foreign", "n:ministry", "n:kemlu", "n:jakarta", "n:delegation",
        "n:spokesperson", "n:director", "n:general", "n:bilateral", "n:embassy", "e:meeting"};
    String[] roundA = concat(ministry, "n:alpha1", "n:alpha2", "n:alpha3", "n:alpha4",
        "n:alpha5", "d:2026-05-04", "p:Lakeside Villa", "a:siti rahmawati");
    String[] roundB = concat(ministry, "n:beta1", "n:beta2", "n:beta3", "n:beta4", "n:beta5",
        "d:2026-05-11", "p:Harbour Hall", "a:ada okonkwo");
    List<StoryFeatures> feed = List.of(article("a-id", roundA), article("b-id", roundB),
        article("a-en", roundA), article("b-en", roundB));
    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("a-id", "a-en"), List.of("b-id", "b-en"));
    // the same names with a negotiator in common (a full name is an anchor) and no second
    // venue: one story
    String[] roundBWithA = concat(Arrays.stream(roundB).filter(f -> !f.startsWith("p:"))
        .toArray(String[]::new), "a:siti rahmawati");
    assertThat(grouper.group(List.of(article("a-id", roundA), article("b-id", roundBWithA),
        article("a-en", roundA), article("b-en", roundBWithA)))).singleElement();
    // the negotiator in common at two venues the gazetteer knows apart, a week apart: two
    // rounds, two stories (a person is no anchor against two main places)
    String[] roundAInACity = concat(roundA, "p:Surabaya");
    String[] roundBInACity = concat(roundB, "a:siti rahmawati", "p:Makassar");
    assertThat(grouper.group(List.of(article("a-id", roundAInACity),
        article("b-id", roundBInACity), article("a-en", roundAInACity),
        article("b-en", roundBInACity)))).hasSize(2);
  }

  @Test
  void twoEventsSharingOnlyCommonNamesAreTwoStories() {
    List<StoryFeatures> feed = List.of(
        article("quake-1", event("mamasa", "n:indonesia", "n:reuters")),
        article("flood-1", event("maluku", "n:indonesia", "n:reuters")),
        article("quake-2", event("mamasa", "n:indonesia", "n:afp")),
        article("flood-2", event("maluku", "n:indonesia", "n:afp")),
        article("quake-3", event("mamasa", "n:indonesia")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("quake-1", "quake-2", "quake-3"), List.of("flood-1", "flood-2"));
  }

  @Test
  void twoEventsOfOneKindMonthsApartAreTwoStoriesThoughTheyShareMostWords() {
    // two earthquakes two years apart: the same agencies, region and figures, not the same dates
    String[] shared = event("gempa", "n:bmkg", "n:bnpb", "e:earthquake", "#10");
    List<StoryFeatures> feed = List.of(
        article("quake-2024-a", concat(shared, "d:2024-03-12", "n:mamasa")),
        article("quake-2026-a", concat(shared, "d:2026-11-19", "n:sumbawa")),
        article("quake-2024-b", concat(shared, "t:2024-03-13")), // no date in its claims
        article("quake-2026-b", concat(shared, "d:2026-11-19")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("quake-2024-a", "quake-2024-b"), List.of("quake-2026-a", "quake-2026-b"));
  }

  @Test
  void datesWeeksApartOrMissingKeepNoStoryApart() {
    String[] shared = event("banjir", "n:bpbd");
    List<StoryFeatures> feed = List.of(
        article("day-1", concat(shared, "d:2026-02-01")),
        article("week-6", concat(shared, "d:2026-03-15")),
        article("undated", shared));

    assertThat(grouper.group(feed)).singleElement();
  }

  @Test
  void twoOneDayEventsOfTheSamePartiesWeeksApartAreTwoStories() {
    // two rounds of talks of one minister, a month apart, in two cities: the same ministries,
    // capitals and names; the main event of each is a meeting on one day
    String[] shared = event("menlu", "n:washington", "n:kemlu", "e:meeting");
    List<StoryFeatures> feed = List.of(
        article("oslo-a", concat(shared, "d:2026-05-04", "p:oslo")),
        article("jenewa-a", concat(shared, "d:2026-06-12", "p:jenewa")),
        article("oslo-b", concat(shared, "d:2026-05-04", "p:oslo")),
        article("jenewa-b", concat(shared, "d:2026-06-12")),
        article("oslo-undated", event("menlu", "n:washington", "n:kemlu", "t:2026-05-05")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("oslo-a", "oslo-b", "oslo-undated"), List.of("jenewa-a", "jenewa-b"));
  }

  @Test
  void twoSuddenEventsTwoWeeksApartAreTwoStoriesThoughTheyShareTheirAgencies() {
    // a ferry sinking and a train collision 13 days apart: both typed as accidents, both reported
    // with the national safety committee, the transport minister and the rescue agency; a
    // follow-up about the search, and undated reports, among them
    String[] agencies = {"n:national", "n:transportation", "n:safety", "n:committee", "n:knkt",
        "n:minister", "n:basarnas", "n:surabaya", "n:java"};
    List<StoryFeatures> feed = List.of(
        article("train-a", concat(event("grobogan", agencies), "e:accident", "d:2026-11-20")),
        article("ferry-a", concat(event("gilimanuk", agencies), "e:accident", "d:2026-12-03")),
        article("train-b", concat(event("grobogan", agencies), "e:accident", "d:2026-11-20")),
        article("ferry-search", concat(event("gilimanuk", agencies), "e:search operation",
            "e:accident", "d:2026-12-04")),
        article("train-undated", concat(event("grobogan", agencies), "t:2026-11-20")),
        article("ferry-undated", concat(event("gilimanuk", agencies), "t:2026-12-05")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("train-a", "train-b", "train-undated"),
        List.of("ferry-a", "ferry-search", "ferry-undated"));
    // without the sudden events' dates (a flood, two weeks apart) the names alone would join
    // them, but the two events share no anchor (no date within two days, no place, person or
    // distinctive number): they stay apart
    List<StoryFeatures> floods = feed.stream().map(f -> article(f.article(), f.features()
        .keySet().stream().map(k -> k.equals("e:accident") ? "e:flood" : k)
        .toArray(String[]::new))).toList();
    assertThat(articlesOf(grouper.group(floods))).containsExactly(
        List.of("train-a", "train-b", "train-undated"),
        List.of("ferry-a", "ferry-search", "ferry-undated"));
  }

  @Test
  void aSuddenEventDatedADayApartOrFollowedUpWeeksLaterIsOneStory() {
    // a bus crash at night dated to that day and to the next; a follow-up a week later that
    // dates it; a report on the investigation three weeks later, typed as the investigation
    // and dated by its own day; an undated report that appeared a month later
    String[] crash = event("jurang", "n:basarnas");
    assertThat(grouper.group(List.of(
        article("night", concat(crash, "e:accident", "d:2026-02-12", "t:2026-02-13")),
        article("morning", concat(crash, "e:accident", "d:2026-02-13", "t:2026-02-13")),
        article("week-after", concat(crash, "e:accident", "d:2026-02-12", "t:2026-02-19")),
        article("inquiry", concat(crash, "e:investigation", "d:2026-03-05", "t:2026-03-05")),
        article("month-after", concat(crash, "t:2026-03-12"))))).singleElement()
        .satisfies(g -> assertThat(g.articles()).hasSize(5));
  }

  @Test
  void anArticleGivesASuddenDateOnlyWhenEveryMainEventItTypesIsSuddenAndItsClaimsDateIt() {
    long day = LocalDate.parse("2026-12-03").toEpochDay();
    assertThat(MainDates.suddenOf(article("sinking", "e:accident", "d:2026-12-03")))
        .containsExactly(day);
    assertThat(MainDates.suddenGapOf(article("sinking", "e:accident"))).isEqualTo(7);
    assertThat(MainDates.suddenGapOf(article("crush", "e:crowd crush"))).isEqualTo(7);
    assertThat(MainDates.suddenGapOf(article("quake", "e:earthquake"))).isEqualTo(7);
    assertThat(MainDates.suddenOf(article("and-search", "e:accident", "e:search operation",
        "d:2026-12-03"))).isEmpty();
    assertThat(MainDates.suddenOf(article("undated", "e:accident", "t:2026-12-04"))).isEmpty();
    assertThat(MainDates.suddenOf(article("untyped", "d:2026-12-03"))).isEmpty();
    // a date it recalls, months before it appeared, is not its event's
    assertThat(MainDates.suddenOf(article("recalls", "e:accident", "d:2001-05-09",
        "t:2026-12-04"))).isEmpty();
    // accidents are not one-day events: an undated follow-up joins them weeks later
    assertThat(MainDates.gapOf(article("sinking", "e:accident"))).isEqualTo(MainDates.MAX_GAP_DAYS);
  }

  @Test
  void oneDayEventsDaysApartAndEventsThatLastWeeksApartStayOneStory() {
    // a preview names the day ahead, a follow-up a week later dates a press conference by itself
    String[] talks = event("menlu", "n:kemlu", "e:meeting");
    assertThat(grouper.group(List.of(
        article("preview", concat(talks, "d:2026-05-04", "t:2026-04-27")),
        article("day", concat(talks, "d:2026-05-04")),
        article("week-after", concat(talks, "d:2026-05-13"))))).singleElement();
    // a flood with reports over weeks, one of them typed as a meeting (of the disaster agency):
    // the flood keeps the widest gap
    String[] flood = event("banjir", "n:bpbd");
    assertThat(grouper.group(List.of(
        article("day-1", concat(flood, "d:2026-02-01", "e:flood")),
        article("week-4", concat(flood, "d:2026-03-01", "e:meeting")),
        article("week-6", concat(flood, "d:2026-03-15", "e:flood"))))).singleElement();
    // no article types its main event: the widest gap
    String[] untyped = event("sidang", "n:pengadilan");
    assertThat(grouper.group(List.of(
        article("first", concat(untyped, "d:2026-02-01")),
        article("month-later", concat(untyped, "d:2026-03-03"))))).singleElement();
  }

  @Test
  void theGapOfAnArticleIsItsMainEventsDeclaredGap() {
    assertThat(MainDates.gapOf(article("talks", "e:meeting"))).isEqualTo(14);
    assertThat(MainDates.gapOf(article("match", "e:match"))).isEqualTo(14);
    assertThat(MainDates.gapOf(article("flood", "e:flood"))).isEqualTo(MainDates.MAX_GAP_DAYS);
    assertThat(MainDates.gapOf(article("both", "e:meeting", "e:flood")))
        .isEqualTo(MainDates.MAX_GAP_DAYS);
    assertThat(MainDates.gapOf(article("untyped", "d:2026-02-01"))).isEqualTo(MainDates.UNTYPED);
  }

  @Test
  void aReportThatDatesAPastEventAsItsMainStandsByWhenItAppeared() {
    // the third report recalls a crush of 2001, and its claims took that date for the main event's
    String[] shared = event("stadion", "n:bpbd", "e:crowd crush");
    List<StoryFeatures> feed = List.of(
        article("sunday", concat(shared, "d:2026-09-19", "t:2026-09-20")),
        article("monday", concat(shared, "d:2026-09-19", "t:2026-09-21")),
        article("recalls-2001", concat(shared, "d:2001-05-09", "t:2026-09-21")));

    assertThat(grouper.group(feed)).singleElement()
        .satisfies(g -> assertThat(g.articles()).hasSize(3));
  }

  @Test
  void aPastMainDateIsLeftOutOnlyWhenItIsMonthsBeforePublication() {
    assertThat(MainDates.of(article("recalls", "d:2001-05-09", "d:2026-09-19", "t:2026-09-21")))
        .containsExactly(LocalDate.of(2026, 9, 19).toEpochDay());
    assertThat(MainDates.of(article("recalls-only", "d:2001-05-09", "t:2026-09-21")))
        .containsExactly(LocalDate.of(2026, 9, 21).toEpochDay());
    assertThat(MainDates.of(article("weeks-before", "d:2026-08-01", "t:2026-09-21")))
        .containsExactly(LocalDate.of(2026, 8, 1).toEpochDay());
    // a preview names the day of an event months ahead; an undated article keeps what it gives
    assertThat(MainDates.of(article("preview", "d:2027-01-15", "t:2026-09-21")))
        .containsExactly(LocalDate.of(2027, 1, 15).toEpochDay());
    assertThat(MainDates.of(article("unpublished", "d:2001-05-09")))
        .containsExactly(LocalDate.of(2001, 5, 9).toEpochDay());
  }

  @Test
  void aReportDatingAPastEventDoesNotJoinThatEventsOwnReports() {
    // reports of a 2024 earthquake, and a 2026 report that recalls it by its date
    String[] shared = event("gempa", "n:bmkg", "e:earthquake");
    List<StoryFeatures> feed = List.of(
        article("quake-2024-a", concat(shared, "d:2024-03-12", "t:2024-03-12")),
        article("quake-2024-b", concat(shared, "d:2024-03-12", "t:2024-03-13")),
        article("quake-2026", concat(shared, "d:2024-03-12", "t:2026-11-19")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("quake-2024-a", "quake-2024-b"), List.of("quake-2026"));
  }

  private static String[] concat(String[] features, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(features));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  @Test
  void aFeedOfOneEventIsOneStoryEvenWhenEveryArticleSharesEveryName() {
    List<StoryFeatures> feed = List.of(
        article("a", "n:lavrov", "n:blinken", "n:geneva"),
        article("b", "n:lavrov", "n:blinken", "n:geneva"),
        article("c", "n:lavrov", "n:blinken", "n:geneva", "#90"));

    assertThat(grouper.group(feed)).singleElement()
        .satisfies(g -> assertThat(g.articles()).containsExactly("a", "b", "c"));
  }

  @Test
  void anArticleSharingNothingIsAStoryOfItsOwn() {
    List<StoryFeatures> feed = List.of(
        article("a", "n:lavrov", "n:blinken"),
        article("b", "n:lavrov", "n:blinken"),
        article("c", "n:oman", "n:karno"));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void oneSharedAgencyDoesNotChainTwoEvents() {
    // single link would join the events through c and d, which share an agency's names
    List<StoryFeatures> feed = List.of(
        article("a", event("mamasa")),
        article("b", event("mamasa")),
        article("c", event("mamasa", "n:kusuma", "n:dita", "n:grainger", "n:paul", "n:reuters")),
        article("d", event("buton", "n:kusuma", "n:dita", "n:grainger", "n:paul", "n:reuters")),
        article("e", event("buton")),
        article("f", event("buton")));

    assertThat(articlesOf(grouper.group(feed))).containsExactly(
        List.of("a", "b", "c"), List.of("d", "e", "f"));
  }

  @Test
  void anArticleAboutTwoEventsBelongsToBoth() {
    List<StoryFeatures> feed = List.of(
        article("quake-1", event("mamasa")),
        article("quake-2", event("mamasa")),
        article("quake-3", event("mamasa")),
        article("flood-1", event("maluku")),
        article("flood-2", event("maluku")),
        article("flood-3", event("maluku")),
        article("roundup", Stream.concat(Arrays.stream(event("mamasa")), Arrays.stream(event("maluku")))
            .toArray(String[]::new)));

    List<List<String>> stories = articlesOf(grouper.group(feed));

    assertThat(stories).hasSize(2);
    assertThat(stories).allSatisfy(s -> assertThat(s).contains("roundup"));
    assertThat(stories).anySatisfy(s -> assertThat(s).contains("quake-1", "quake-2"))
        .anySatisfy(s -> assertThat(s).contains("flood-1", "flood-2"));
  }

  @Test
  void theGroupingDoesNotDependOnAnythingButTheFeatures() {
    List<StoryFeatures> feed = List.of(
        article("a", event("mamasa")), article("b", event("maluku")),
        article("c", event("mamasa")), article("d", event("maluku")));

    assertThat(grouper.group(feed)).isEqualTo(grouper.group(feed))
        .extracting(StoryGroup::articles)
        .containsExactly(ImmutableList.of("a", "c"), ImmutableList.of("b", "d"));
  }

  @Test
  void oneStoryHoldsEveryArticleInOrder() {
    StoryGroup one = StoryGrouper.oneStory(ImmutableList.of(
        article("b", "n:oman"), article("a", "n:mamasa")));

    assertThat(one.articles()).containsExactly("b", "a");
  }
}
