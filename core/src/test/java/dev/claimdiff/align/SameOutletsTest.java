package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.lang.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One outlet's articles, and an article relaying an outlet it credits, are one outlet. */
class SameOutletsTest {
  private static ArticleDigest digest(String id, String outlet) {
    return new ArticleDigest(id, outlet, Language.ENGLISH, null, ImmutableSetMultimap.of(),
        new long[ArticleDigest.HASHES]);
  }

  private static final Map<String, ArticleDigest> ARTICLES = Map.of(
      "ap1", digest("ap1", "Associated Press"), "ap2", digest("ap2", "Associated Press"),
      "afp", digest("afp", "AFP"), "lintas", digest("lintas", "Lintasberita.id"),
      "reuters", digest("reuters", "Reuters"));

  @Test
  void twoStoriesOfOneAgencyAreOneOutlet() {
    UnionFind<String> outlets = new UnionFind<>();
    SameOutlets.join(List.copyOf(new java.util.TreeMap<>(ARTICLES).values()), outlets);
    assertThat(SameOutlets.independent(List.of("ap1", "ap2", "reuters"), outlets, Map.of(),
        ARTICLES)).isEqualTo(2);
    assertThat(FindingText.named(ARTICLES, List.of("ap1", "ap2", "reuters")))
        .isEqualTo("Associated Press (2 articles), Reuters");
  }

  @Test
  void anArticleCreditingAnotherOfTheGroupAddsNoOutlet() {
    UnionFind<String> outlets = new UnionFind<>();
    Claim credit = new Claim("lintas#1", "lintas", ClaimType.SOURCE_CITATION, null, "AFP",
        new SourceValue("AFP"), new TextSpan(0, 3), "AFP", "citation", "seperti dikutip dari AFP");
    Map<String, Set<String>> credits = SameOutlets.credits(List.of(credit));
    assertThat(SameOutlets.independent(List.of("afp", "lintas"), outlets, credits, ARTICLES))
        .isEqualTo(1);
    // crediting AFP says nothing of what it shares with Reuters
    assertThat(SameOutlets.independent(List.of("reuters", "lintas"), outlets, credits, ARTICLES))
        .isEqualTo(2);
  }

  @Test
  void creditingOnesOwnOutletRelaysNoOneElse() {
    UnionFind<String> outlets = new UnionFind<>();
    SameOutlets.join(List.copyOf(new java.util.TreeMap<>(ARTICLES).values()), outlets);
    Claim credit = new Claim("ap1#1", "ap1", ClaimType.SOURCE_CITATION, null, "AP",
        new SourceValue("Associated Press"), new TextSpan(0, 16), "Associated Press", "citation",
        "kata Associated Press");
    Map<String, Set<String>> credits = SameOutlets.credits(List.of(credit));
    // ap1 credits its own outlet, whose other story ap2 is no one else's: AP and Reuters
    assertThat(SameOutlets.independent(List.of("ap1", "ap2", "reuters"), outlets, credits,
        ARTICLES)).isEqualTo(2);
    // the credited outlet absent from the group: ap1 relays no one there
    assertThat(SameOutlets.independent(List.of("ap1", "reuters", "afp"), outlets,
        SameOutlets.credits(List.of(new Claim("ap1#2", "ap1", ClaimType.SOURCE_CITATION, null,
            "BBC", new SourceValue("BBC"), new TextSpan(0, 3), "BBC", "citation", "kata BBC"))),
        ARTICLES)).isEqualTo(3);
  }
}
