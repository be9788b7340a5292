package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.planning.HairdresserCohort.DARA;
import static org.livelihoodmatch.planning.HairdresserCohort.SOKHA;
import static org.livelihoodmatch.planning.HairdresserCohort.THEARY;
import static org.livelihoodmatch.planning.HairdresserCohort.hairdressingId;
import static org.livelihoodmatch.planning.HairdresserCohort.id;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.HairdresserCohort;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;

/** {@link GreedyBaseline}: first come, first served, most wanted pathway that still fits. */
class GreedyBaselineTests {

  @Test
  void theFirstRegisteredClientTakesTheScarceSeatAndTheOthersTheirNextWish() {
    CohortPlan baseline = GreedyBaseline.plan(HairdresserCohort.plan());

    assertThat(pathwayOf(baseline, SOKHA)).isEqualTo(hairdressingId(SOKHA));
    assertThat(pathwayOf(baseline, THEARY)).isEqualTo("theary-vegetables");
    assertThat(pathwayOf(baseline, DARA)).isEqualTo("dara-tailor");
  }

  @Test
  void theRegistrationOrderDecides() {
    CohortPlan problem = HairdresserCohort.plan();
    List<ClientAssignment> daraFirst =
        List.of(
            problem.assignmentOf(DARA).orElseThrow(),
            problem.assignmentOf(SOKHA).orElseThrow(),
            problem.assignmentOf(THEARY).orElseThrow());

    CohortPlan baseline = GreedyBaseline.plan(problem.withAssignments(daraFirst));

    assertThat(pathwayOf(baseline, DARA)).isEqualTo(hairdressingId(DARA));
    assertThat(pathwayOf(baseline, SOKHA)).isEqualTo("sokha-garment");
  }

  @Test
  void aPinnedClientKeepsHerPathwayAndItsSeatEvenWhenRegisteredLast() {
    CohortPlan problem = HairdresserCohort.plan();
    ClientAssignment dara = problem.assignmentOf(DARA).orElseThrow();
    dara.pin(dara.getOptions().get(0));

    CohortPlan baseline = GreedyBaseline.plan(problem);

    assertThat(pathwayOf(baseline, DARA)).isEqualTo(hairdressingId(DARA));
    assertThat(pathwayOf(baseline, SOKHA)).isEqualTo("sokha-garment");
    assertThat(baseline.assignmentOf(DARA).orElseThrow().isPinned()).isTrue();
  }

  @Test
  void theGivenPlanIsNotChanged() {
    CohortPlan problem = HairdresserCohort.plan();

    CohortPlan baseline = GreedyBaseline.plan(problem);

    assertThat(baseline).isNotSameAs(problem);
    assertThat(problem.getAssignments()).allSatisfy(a -> assertThat(a.getPathway()).isNull());
  }

  @Test
  void equalRanksGoByHigherSurplusAndAFullMarketIsSkipped() {
    UUID first = id("first");
    UUID second = id("second");
    PathwayOption firstStall = stall("first-stall", first, 60_00, 400_00);
    PathwayOption firstTailor = stall("first-tailor", first, 90_00, 0);
    PathwayOption secondStall = stall("second-stall", second, 90_00, 200_00);
    PathwayOption secondJob =
        PathwayOption.builder("second-job", second, PathwayKind.JOB)
            .preferenceRank(2)
            .surplusCents(30_00)
            .build();
    CohortPlan problem =
        new CohortPlan(
            List.of(
                new ClientAssignment(first, null, 1, List.of(firstStall, firstTailor)),
                new ClientAssignment(second, null, 1, List.of(secondStall, secondJob))),
            List.of(),
            List.of(),
            List.of(new LoanFund("FAM", 500_00)),
            List.of(new MarketRoom("20/tailor", 1)));

    CohortPlan baseline = GreedyBaseline.plan(problem);

    // first: both rank 1, the larger surplus wins; second: the market is then full.
    assertThat(pathwayOf(baseline, first)).isEqualTo("first-tailor");
    assertThat(pathwayOf(baseline, second)).isEqualTo("second-job");
  }

  @Test
  void aLoanThatNoLongerFitsTheFundIsSkipped() {
    UUID first = id("first");
    UUID second = id("second");
    CohortPlan problem =
        new CohortPlan(
            List.of(
                new ClientAssignment(
                    first, null, 1, List.of(loanOnly("first-pigs", first, 400_00))),
                new ClientAssignment(
                    second, null, 1, List.of(loanOnly("second-pigs", second, 200_00)))),
            List.of(),
            List.of(),
            List.of(new LoanFund("FAM", 500_00)),
            List.of());

    CohortPlan baseline = GreedyBaseline.plan(problem);

    assertThat(pathwayOf(baseline, first)).isEqualTo("first-pigs");
    assertThat(pathwayOf(baseline, second)).isNull();
  }

  private static PathwayOption stall(String id, UUID client, long surplus, long loan) {
    PathwayOption.Builder builder =
        PathwayOption.builder(id, client, PathwayKind.SELF_EMPLOYMENT)
            .market("20/tailor")
            .preferenceRank(1)
            .surplusCents(surplus);
    return (loan > 0 ? builder.loan("FAM", loan) : builder).build();
  }

  private static PathwayOption loanOnly(String id, UUID client, long loan) {
    return PathwayOption.builder(id, client, PathwayKind.SELF_EMPLOYMENT)
        .loan("FAM", loan)
        .preferenceRank(1)
        .build();
  }

  private static String pathwayOf(CohortPlan plan, UUID clientId) {
    PathwayOption pathway = plan.assignmentOf(clientId).orElseThrow().getPathway();
    return pathway == null ? null : pathway.id();
  }
}
