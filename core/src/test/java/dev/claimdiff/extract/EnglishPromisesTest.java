package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.extract.ClaimValue.CommitmentValue;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English promises in quotations and reported speech: who promises is the quotation's speaker
 * or the reported clause's subject, only with a deadline, and never a name the sentence does not
 * tie to the promise (the corpora check the values; this checks the cases around them).
 */
class EnglishPromisesTest {
  private static final ArticleLoader LOADER =
      new ArticleLoader(Language.ENGLISH, InputStream::nullInputStream);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<CommitmentValue> promises(String text) {
    Article article = LOADER.fromText("t", text, new ArticleMetadata(Language.ENGLISH, null, null, null));
    ImmutableList<Claim> claims = EXTRACTOR.extract(SPLITTER.split(article));
    return claims.stream().filter(c -> c.type() == ClaimType.COMMITMENT)
        .map(c -> (CommitmentValue) c.value()).toList();
  }

  @Test
  void aQuotedPromiseIsItsSpeakers() {
    assertThat(promises("Defence lawyer Kenji Sato spoke after the verdict.\n\n"
        + "\"We will file an appeal within seven days,\" he said."))
        .extracting(CommitmentValue::actor, CommitmentValue::due)
        .containsExactly(tuple("Kenji Sato", "within 7 days"));
  }

  @Test
  void aQuotedPromiseOfNobodyNamedIsNone() {
    assertThat(promises("\"We will file an appeal within seven days,\" a lawyer said.")).isEmpty();
  }

  @Test
  void aFirstPersonPromiseOutsideAQuotationIsNone() {
    assertThat(promises("We will file an appeal within seven days, Kenji Sato said.")).isEmpty();
  }

  @Test
  void aReportedIntentionWithoutDeadlineIsNone() {
    assertThat(promises("Kenji Sato said he would wait for the official count.")).isEmpty();
  }

  @Test
  void aNegationInAnEarlierClauseDoesNotDenyThePromise() {
    assertThat(promises("Kenji Sato said his client had not taken any money and promised to "
        + "lodge an appeal within seven days."))
        .extracting(CommitmentValue::actor).containsExactly("Kenji Sato");
    assertThat(promises("Kenji Sato did not promise to lodge an appeal within seven days."))
        .isEmpty();
  }

  @Test
  void aNameInsideARelativeClauseDoesNotPromise() {
    assertThat(promises("Governor Jane Harris, who toured two shelters in the port town of "
        + "Kisumu on Sunday, pledged that aid would reach the villages by Wednesday."))
        .extracting(CommitmentValue::actor).containsExactly("Jane Harris");
  }

  @Test
  void twoWhoPromiseTogetherAreBoth() {
    assertThat(promises("Kenya and Japan pledged to provide humanitarian aid to Somalia next week."))
        .extracting(CommitmentValue::actor).containsExactly("Kenya and Japan");
  }

  /**
   * Found by the comparison fuzz campaign (session 8): an object opening with a comma gave a
   * promise of nothing (an empty action, which the report's schema forbids).
   */
  @Test
  void aPromiseNeverHasAnEmptyAction() {
    for (var text : List.of(
        new ArticleMetadata(Language.INDONESIAN, null, null, null),
        new ArticleMetadata(Language.ENGLISH, null, null, null))) {
      String sentence = text.language() == Language.INDONESIAN
          ? "Pemerintah akan memberikan ,santunan kepada korban pekan depan."
          : "The government will give ,compensation to the victims next week.";
      assertThat(EXTRACTOR.extract(SPLITTER.split(LOADER.fromText("t", sentence, text))))
          .filteredOn(c -> c.type() == ClaimType.COMMITMENT)
          .allSatisfy(c -> assertThat(((CommitmentValue) c.value()).action()).isNotBlank());
    }
  }
}
