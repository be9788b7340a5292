package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.planning.HairdresserCohort.DARA;
import static org.livelihoodmatch.planning.HairdresserCohort.HAIR_INTAKE;
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
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.solver.PlanExplanation.ClientLine;
import org.livelihoodmatch.planning.solver.PlanExplanation.ConstraintLine;

/** {@link PlanExplanation} of plans assigned by hand, so that each sentence is known. */
class PlanExplanationTests {

  private static final String THEARY_ID = THEARY.toString().substring(0, 8);

  /** The hairdresser cohort with the seat given to Theary, as the solver does. */
  private static CohortPlan theSeatToTheary() {
    CohortPlan plan = HairdresserCohort.plan();
    assign(plan, THEARY, hairdressingId(THEARY));
    assign(plan, SOKHA, "sokha-garment");
    assign(plan, DARA, "dara-tailor");
    return plan;
  }

  @Test
  void whyNotNamesTheFullIntakeAndWhoHoldsItsSeat() {
    PlanExplanation explanation =
        PlanExplanation.of(theSeatToTheary(), CohortSolverFactory.solutionManager());

    ClientLine sokha = explanation.client(SOKHA).orElseThrow();
    assertThat(sokha.whyNot())
        .singleElement()
        .asString()
        .startsWith("Not Hairdressing training then salon job (pathway " + hairdressingId(SOKHA))
        .contains(", the client's first choice, because")
        .contains(
            "intake "
                + HAIR_INTAKE.toString().substring(0, 8)
                + " is full: its 1 seat went to client "
                + THEARY_ID);
    assertThat(sokha.why()).contains("sokha-garment", "second choice", "US$49.00 a month");
  }

  @Test
  void theClientWithHerFirstChoiceHasNothingBetterToExplain() {
    PlanExplanation explanation =
        PlanExplanation.of(theSeatToTheary(), CohortSolverFactory.solutionManager());

    ClientLine theary = explanation.client(THEARY).orElseThrow();
    assertThat(theary.pathwayId()).isEqualTo(hairdressingId(THEARY));
    assertThat(theary.whyNot()).isEmpty();
    assertThat(theary.why()).contains("first choice", "US$100.00 a month", "10 km from home");
    assertThat(theary.justifications())
        .contains(
            "Pathway "
                + hairdressingId(THEARY)
                + " of client "
                + THEARY_ID
                + " is the client's first choice"
                + " (5 preference points).",
            "Pathway "
                + hairdressingId(THEARY)
                + " of client "
                + THEARY_ID
                + " needs 12 weeks of training costing US$200.00 (20 training points).");
  }

  @Test
  void theScoreIsBrokenDownByConstraint() {
    PlanExplanation explanation =
        PlanExplanation.of(theSeatToTheary(), CohortSolverFactory.solutionManager());

    assertThat(explanation.score()).isEqualTo("0hard/0medium/520soft");
    assertThat(explanation.feasible()).isTrue();
    // ranks 1 + 2 + 3 earn 5 + 4 + 3 points at 30 each; surplus 10 + 7 + 6 points at 10 each
    assertThat(explanation.constraint(CohortWeights.PREFERENCE_RANK).orElseThrow())
        .extracting(ConstraintLine::score, ConstraintLine::matchCount)
        .containsExactly("0hard/0medium/360soft", 3);
    assertThat(explanation.constraint(CohortWeights.SURPLUS_MARGIN).orElseThrow())
        .extracting(ConstraintLine::score, ConstraintLine::matchCount)
        .containsExactly("0hard/0medium/230soft", 3);
    assertThat(explanation.constraint(CohortWeights.DISTANCE_FROM_HOME).orElseThrow().score())
        .isEqualTo("0hard/0medium/-30soft");
    assertThat(explanation.constraint(CohortWeights.INTAKE_SEATS)).isEmpty();
  }

  @Test
  void anOverbookedIntakeShowsAsAHardLineWithItsSentence() {
    CohortPlan plan = theSeatToTheary();
    assign(plan, SOKHA, hairdressingId(SOKHA));

    PlanExplanation explanation = PlanExplanation.of(plan, CohortSolverFactory.solutionManager());

    assertThat(explanation.feasible()).isFalse();
    assertThat(explanation.constraints().get(0).name()).isEqualTo(CohortWeights.INTAKE_SEATS);
    assertThat(explanation.constraints().get(0).justifications())
        .singleElement()
        .asString()
        .startsWith(
            "Intake " + HAIR_INTAKE.toString().substring(0, 8) + " is given 2 clients for 1 seat");
  }

  @Test
  void whyNotNamesTheSpentLoanFund() {
    UUID first = id("first");
    UUID second = id("second");
    PathwayOption firstPigs = pigs("first-pigs", first, 400_00);
    PathwayOption secondPigs = pigs("second-pigs", second, 200_00);
    PathwayOption secondJob =
        PathwayOption.builder("second-job", second, PathwayKind.JOB).preferenceRank(2).build();
    ClientAssignment a = new ClientAssignment(first, null, 1, List.of(firstPigs));
    ClientAssignment b = new ClientAssignment(second, null, 1, List.of(secondPigs, secondJob));
    a.setPathway(firstPigs);
    b.setPathway(secondJob);
    CohortPlan plan =
        new CohortPlan(
            List.of(a, b), List.of(), List.of(), List.of(new LoanFund("FAM", 500_00)), List.of());

    PlanExplanation explanation = PlanExplanation.of(plan, CohortSolverFactory.solutionManager());

    assertThat(explanation.client(second).orElseThrow().whyNot())
        .containsExactly(
            "Not Pig raising (pathway second-pigs), the client's first choice, because the fund of"
                + " loan product FAM is spent: US$400.00 of its US$500.00 is lent to client "
                + first.toString().substring(0, 8)
                + ", and this loan needs US$200.00.");
  }

  @Test
  void aClientWithoutOptionsIsSaidToHaveNoFeasiblePathway() {
    UUID alone = id("alone");
    CohortPlan plan =
        new CohortPlan(
            List.of(new ClientAssignment(alone, null, 3, List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    PlanExplanation explanation = PlanExplanation.of(plan, CohortSolverFactory.solutionManager());

    assertThat(explanation.score()).isEqualTo("0hard/-3medium/0soft");
    assertThat(explanation.client(alone).orElseThrow().why())
        .isEqualTo(
            "Client " + alone.toString().substring(0, 8) + " has no feasible pathway to plan.");
  }

  private static PathwayOption pigs(String id, UUID client, long loan) {
    return PathwayOption.builder(id, client, PathwayKind.SELF_EMPLOYMENT)
        .label("Pig raising")
        .loan("FAM", loan)
        .preferenceRank(1)
        .build();
  }

  private static void assign(CohortPlan plan, UUID clientId, String pathwayId) {
    ClientAssignment client = plan.assignmentOf(clientId).orElseThrow();
    client.setPathway(
        client.getOptions().stream()
            .filter(o -> o.id().equals(pathwayId))
            .findFirst()
            .orElseThrow());
  }
}
