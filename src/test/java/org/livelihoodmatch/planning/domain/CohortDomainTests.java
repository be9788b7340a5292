package org.livelihoodmatch.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livelihoodmatch.planning.HairdresserCohort.SOKHA;
import static org.livelihoodmatch.planning.HairdresserCohort.THEARY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.HairdresserCohort;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The rules the planning facts and entities keep by themselves, and the per-plan weights. */
class CohortDomainTests {

  @Test
  void priorityWeightCountsMinorsHeadsOfHouseholdAndMonthsOfWaiting() {
    assertThat(ClientAssignment.priorityWeight(false, false, 0)).isEqualTo(1);
    assertThat(ClientAssignment.priorityWeight(true, false, 3)).isEqualTo(3);
    assertThat(ClientAssignment.priorityWeight(false, true, 8)).isEqualTo(5);
    assertThat(ClientAssignment.priorityWeight(true, true, 100)).isEqualTo(9);
  }

  @Test
  void aClientCanOnlyBeGivenOrPinnedToHerOwnPathways() {
    PathwayOption someoneElses = PathwayOption.builder("x", THEARY, PathwayKind.JOB).build();
    ClientAssignment sokha =
        new ClientAssignment(
            SOKHA, null, 1, List.of(PathwayOption.builder("s", SOKHA, PathwayKind.JOB).build()));

    assertThatThrownBy(() -> sokha.pin(someoneElses)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sokha.setPathway(someoneElses))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientAssignment(SOKHA, null, 1, List.of(someoneElses)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathwayRefusesNegativeFiguresAndALoanWithoutProduct() {
    assertThatThrownBy(
            () -> PathwayOption.builder("p", SOKHA, PathwayKind.JOB).surplusCents(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> PathwayOption.builder("p", SOKHA, PathwayKind.JOB).loan(null, 100_00).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PathwayOption.builder("p", SOKHA, PathwayKind.JOB).preferenceRank(6).build())
        .extracting(PathwayOption::isPreferred, PathwayOption::preferenceOrder)
        .containsExactly(false, Integer.MAX_VALUE);
  }

  @Test
  void eachPlanCanWeighItsConstraintsDifferently() {
    CohortPlan plan = HairdresserCohort.plan();
    ClientAssignment theary = plan.assignmentOf(THEARY).orElseThrow();
    theary.setPathway(theary.getOptions().get(0)); // hairdressing: 5 preference points
    CohortPlan onlyPreferences =
        new CohortPlan(
            plan.getAssignments(),
            plan.getIntakeSeats(),
            plan.getVacancyPositions(),
            plan.getLoanFunds(),
            plan.getMarketRooms(),
            onlyPreferenceRankWeighing(7));

    HardMediumSoftLongScore score = CohortSolverFactory.solutionManager().update(onlyPreferences);

    // two clients left without a pathway at 1medium each; 5 preference points at 7soft
    assertThat(score).isEqualTo(HardMediumSoftLongScore.of(0, -2, 35));
  }

  @Test
  void anUnknownConstraintNameIsRefused() {
    assertThatThrownBy(() -> new CohortWeights().with("Nap time", HardMediumSoftLongScore.ONE_SOFT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CohortWeights onlyPreferenceRankWeighing(long soft) {
    CohortWeights weights = new CohortWeights();
    for (String soft0 :
        List.of(
            CohortWeights.SURPLUS_MARGIN,
            CohortWeights.DISTANCE_FROM_HOME,
            CohortWeights.TRAINING_LENGTH_AND_COST,
            CohortWeights.EMPLOYER_BALANCE,
            CohortWeights.EXPECTED_RETENTION,
            CohortWeights.BLOCKING_PAIR)) {
      weights.with(soft0, HardMediumSoftLongScore.ZERO);
    }
    return weights.with(CohortWeights.PREFERENCE_RANK, HardMediumSoftLongScore.ofSoft(soft));
  }
}
