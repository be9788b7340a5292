package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.Validation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A plan's weight overrides are whole numbers on each constraint's own score level. */
class PlanWeightsTests {

  @Test
  void overridesKeepTheLevelOfTheirConstraintAndTheRestKeepTheirDefaults() {
    CohortWeights weights =
        PlanWeights.of(Map.of("distanceFromHome", 3L, "Unassigned client", 5L, "marketRoom", 2L));

    assertThat(weights.getDistanceFromHome()).isEqualTo(HardMediumSoftLongScore.ofSoft(3));
    assertThat(weights.getUnassignedClient()).isEqualTo(HardMediumSoftLongScore.ofMedium(5));
    assertThat(weights.getMarketRoom()).isEqualTo(HardMediumSoftLongScore.ofHard(2));
    assertThat(weights.getPreferenceRank()).isEqualTo(new CohortWeights().getPreferenceRank());
    assertThat(PlanWeights.defaults())
        .containsEntry("preferenceRank", "0hard/0medium/30soft")
        .containsEntry("intakeSeats", "1hard/0medium/0soft")
        .containsEntry("expectedRetention", "0hard/0medium/5soft")
        .containsEntry("blockingPair", "0hard/0medium/300soft")
        .hasSize(13);
  }

  @Test
  void largeCohortsWeighStabilityOnlyWhenAsked() {
    assertThat(PlanWeights.of(Map.of(), 1_000).getBlockingPair())
        .isEqualTo(HardMediumSoftLongScore.ofSoft(300));
    assertThat(PlanWeights.of(Map.of(), 1_001).getBlockingPair())
        .isEqualTo(HardMediumSoftLongScore.ZERO);
    assertThat(PlanWeights.of(Map.of("blockingPair", 50L), 5_000).getWishHeldBySecondPlace())
        .isEqualTo(HardMediumSoftLongScore.ofSoft(50));
  }

  @Test
  void unknownNamesAndWeightsOutOfRangeAreProblems() {
    Validation.Problems problems = new Validation.Problems();
    PlanWeights.check(
        Map.of("luck", 1L, "surplusMargin", -1L, "vacancyPositions", 0L, "employerBalance", 0L),
        problems);

    assertThat(problems.list())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "weights.luck", "weights.surplusMargin", "weights.vacancyPositions");
  }
}
