package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Finding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * "Only X reports it" must be true: a UNIQUE that another outlet reports under other words, or
 * in another finding, is dropped; UNIQUEs of copies of one story become one.
 */
class SoleReportsTest {
  private final List<ArticleDigest> digests = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private void article(String id) {
    digests.add(HandBuiltDigests.digest(id, Language.ENGLISH, "2026-05-15"));
  }

  private Claim claim(String article, ClaimType type, ClaimValue value, String sentence) {
    Claim c = new Claim(article + "#" + (claims.size() + 1), article, type,
        type == ClaimType.QUOTE ? "Someone" : null, sentence, value,
        TextSpan.of(0, sentence.length()), sentence, "test:rule", sentence);
    claims.add(c);
    return c;
  }

  private Claim promise(String article, String actor, String action, @Nullable String due) {
    return claim(article, ClaimType.COMMITMENT, new CommitmentValue(actor, action, null, due, null),
        actor + " will " + action + " " + claims.size());
  }

  private List<Finding> align() {
    return new ClaimAligner().align(digests, claims);
  }

  private static List<String> uniques(List<Finding> findings) {
    return findings.stream().filter(f -> f.kind() == Kind.UNIQUE).map(Finding::summary).toList();
  }

  @Test
  void aPromiseTwoOutletsReportUnderTwoSpellingsIsNoOutletsOwn() {
    article("a");
    article("b");
    promise("a", "the defence", "appeal", null);
    promise("b", "the defense", "appeal", null);
    assertThat(uniques(align())).isEmpty();
  }

  @Test
  void aPromiseBesideAnAgreementOnTheSameActionIsNotReportedAsOneOutletsOwn() {
    article("a");
    article("b");
    article("c");
    promise("a", "Rinaldi", "appeal", "within 7 days");
    promise("b", "Rinaldi", "appeal", "within 7 days");
    promise("c", "the defense", "appeal", null);
    List<Finding> findings = align();
    assertThat(findings).anyMatch(f -> f.kind() == Kind.AGREEMENT);
    assertThat(uniques(findings)).isEmpty();
  }

  @Test
  void oneActorsPromisesDueOnOneWrittenDayAreOneThing() {
    article("a");
    article("b");
    promise("a", "KAI", "pay", "by 2026-11-25 (Wednesday)");
    promise("b", "KAI", "compensation", "by 2026-11-25 (Wednesday)");
    assertThat(uniques(align())).isEmpty();
  }

  @Test
  void aPromiseOnlyOneOutletGivesStaysItsOwn() {
    article("a");
    article("b");
    promise("a", "KAI", "pay", "by 2026-11-25 (Wednesday)");
    promise("b", "KAI", "audit signals", "by 2026-11-27 (Friday)");
    assertThat(uniques(align())).containsExactlyInAnyOrder(
        "What KAI promised (pay): only A reports it (by 2026-11-25 (Wednesday))",
        "What KAI promised (audit signals): only B reports it (by 2026-11-27 (Friday))");
  }

  /** An article whose one sentence has these English words (put into neutral keys). */
  private void articleSaying(String id, String... words) {
    List<String> keys = java.util.Arrays.stream(words)
        .map(w -> BilingualLexicon.standard().neutral(Language.ENGLISH, w)).toList();
    long[] minhash = new long[ArticleDigest.HASHES];
    java.util.Arrays.fill(minhash, Long.MAX_VALUE);
    digests.add(new ArticleDigest(id, id.toUpperCase(java.util.Locale.ROOT), Language.ENGLISH,
        "2026-11-17", com.google.common.collect.ImmutableSetMultimap.of(), minhash,
        ImmutableList.of(new NeutralSentences.Keys(0, 200,
            com.google.common.collect.ImmutableSet.copyOf(keys)))));
  }

  @Test
  void aPromiseAnotherOutletStatesInOtherWordsWithItsDueIsNoOutletsOwn() {
    // "the ministry will send food aid to the shelters by Thursday" beside "aid … would reach
    // the shelters by Thursday, the ministry said" (not extracted as a promise)
    articleSaying("a", "ministry", "send", "food", "aid", "shelter", "thursday");
    articleSaying("b", "ministry", "say", "aid", "reach", "shelter", "thursday");
    claim("a", ClaimType.COMMITMENT,
        new CommitmentValue("the ministry", "food aid", null, "by Thursday", null),
        "the ministry will send food aid to the shelters by Thursday");
    assertThat(uniques(align())).isEmpty();
  }

  @Test
  void aSentenceWithTheSameWordsButAnotherDueDoesNotStateThePromise() {
    articleSaying("a", "ministry", "send", "food", "aid", "shelter", "thursday");
    articleSaying("b", "ministry", "say", "aid", "reach", "shelter", "friday");
    articleSaying("c", "ministry", "say", "shelter", "visit", "thursday");
    claim("a", ClaimType.COMMITMENT,
        new CommitmentValue("the ministry", "food aid", null, "by Thursday", null),
        "the ministry will send food aid to the shelters by Thursday");
    assertThat(uniques(align())).hasSize(1);
  }

  @Test
  void aCountInASentenceOutletsAgreeOnIsNoOutletsOwn() {
    article("a");
    article("b");
    String sentence = "\"Two ships will search,\" he said.";
    Claim said = claim("a", ClaimType.QUOTE, new ClaimValue.QuoteValue(false, null), sentence);
    Claim other = claim("b", ClaimType.QUOTE, new ClaimValue.QuoteValue(false, null), sentence);
    Claim boats = claim("a", ClaimType.QUANTITY, boats(2), sentence);
    List<Finding> findings = List.of(
        finding(Kind.AGREEMENT, "QUOTE", List.of(said, other), List.of("a", "b"), "agreed"),
        finding(Kind.UNIQUE, "QUANTITY", List.of(boats), List.of("a"),
            "How many boats: only A reports it (2 boats)"));
    assertThat(SoleReports.check(findings, claims, List.of(), new UnionFind<>(), articles()))
        .extracting(Finding::summary).containsExactly("agreed");
  }

  @Test
  void aPlaceInTheFrameOfAnAgreedStatementStaysOneOutletsOwn() {
    article("a");
    article("b");
    String words = "the defendant is guilty";
    String sentence = "The judge, at the hearing in Jakarta, said " + words + ".";
    int at = sentence.indexOf(words);
    Claim said = new Claim("a#1", "a", ClaimType.STATEMENT, "The judge", words,
        new ClaimValue.StatementValue("said"), TextSpan.of(at, at + words.length()), words,
        "test:rule", sentence);
    Claim other = claim("b", ClaimType.STATEMENT, new ClaimValue.StatementValue("said"), words);
    int place = sentence.indexOf("Jakarta");
    Claim jakarta = new Claim("a#3", "a", ClaimType.LOCATION, null, "Jakarta",
        new ClaimValue.LocationValue("hearing", true, "Jakarta", null, "Indonesia"),
        TextSpan.of(place, place + "Jakarta".length()), "Jakarta", "test:rule", sentence);
    claims.add(said);
    claims.add(jakarta);
    List<Finding> findings = List.of(
        finding(Kind.AGREEMENT, "STATEMENT", List.of(said, other), List.of("a", "b"), "agreed"),
        finding(Kind.UNIQUE, "LOCATION", List.of(jakarta), List.of("a"),
            "Where the hearing took place: only A reports it (Jakarta)"));
    assertThat(SoleReports.check(findings, claims, List.of(), new UnionFind<>(), articles()))
        .extracting(Finding::summary).containsExactly("agreed",
            "Where the hearing took place: only A reports it (Jakarta)");
  }

  @Test
  void copiesOfOneStoryGivingOneCountAreOneUnique() {
    article("a");
    article("b");
    Claim first = claim("a", ClaimType.QUANTITY, boats(2), "Two boats (launch).");
    Claim second = claim("b", ClaimType.QUANTITY, boats(2), "Two boats (search).");
    List<Finding> findings = List.of(
        finding(Kind.UNIQUE, "QUANTITY", List.of(first), List.of("a"),
            "How many boats (launch): only A reports it (2 boats)"),
        finding(Kind.UNIQUE, "QUANTITY", List.of(second), List.of("b"),
            "How many boats (search): only B reports it (2 boats)"));
    UnionFind<String> outlets = new UnionFind<>();
    outlets.union("a", "b");
    assertThat(SoleReports.check(findings, claims, List.of(), outlets, articles()))
        .extracting(Finding::summary).containsExactly(
            "How many boats (launch): 2 boats (reported only by copies of one story: A, B)");
  }

  private Map<String, ArticleDigest> articles() {
    Map<String, ArticleDigest> out = new LinkedHashMap<>();
    digests.forEach(d -> out.put(d.article(), d));
    return out;
  }

  private static QuantityValue boats(double amount) {
    return new QuantityValue(null, "boats", amount, null, false, amount, amount, "exact", false,
        null, null);
  }

  private static Finding finding(Kind kind, String type, List<Claim> claims, List<String> articles,
      String summary) {
    return new Finding("", kind, type, claims.stream().map(Claim::id)
        .collect(ImmutableList.toImmutableList()), summary, type + " / x",
        ImmutableList.copyOf(articles), ImmutableList.of());
  }
}
