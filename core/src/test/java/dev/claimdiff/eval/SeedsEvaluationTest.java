package dev.claimdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own evaluation on the seeds (the copy in {@code seeds/}): the floors of the
 * extraction issue (core recall and precision at least 0.9) and the comparison issue (every gold
 * finding, no false alarm).
 */
class SeedsEvaluationTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static EvalResult result;

  @BeforeAll
  static void evaluate() {
    Report report = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of(SEEDS.toString()));
    result = Evaluator.forGold(SEEDS.resolve("gold.json")).score(report);
    System.out.print(result.render());
  }

  @Test
  void coreClaimRecallAndPrecisionMeetTheFloors() {
    assertThat(result.recall()).as(result.render()).isGreaterThanOrEqualTo(0.90);
    assertThat(result.precision()).as(result.render()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void everyGoldFindingIsReproducedWithoutFalseAlarms() {
    assertThat(result.findings()).as(result.render()).allMatch(EvalResult.FindingScore::reproduced);
    assertThat(result.unexplained()).as(result.render()).isEmpty();
  }

  @Test
  void everyClaimTypeIsFound() {
    assertThat(result.types()).as(result.render()).allSatisfy(t ->
        assertThat(t.found()).as(t.type()).isGreaterThanOrEqualTo((int) Math.ceil(0.8 * t.core())));
  }
}
