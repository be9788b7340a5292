package org.livelihoodmatch.planning.solver;

import static org.livelihoodmatch.planning.HairdresserCohort.id;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test class for {@link CohortConstraints}: each constraint, violated and satisfied. */
class CohortConstraintsTests {

  private static final UUID INTAKE = id("intake");
  private static final UUID VACANCY = id("vacancy");
  private static final UUID EMPLOYER = id("employer");
  private static final UUID HOUSEHOLD = id("household");

  private final ConstraintVerifier<CohortConstraints, CohortPlan> verifier =
      ConstraintVerifier.build(new CohortConstraints(), CohortPlan.class, ClientAssignment.class);

  private int clients;

  /** A client of the given household with one pathway shaped by {@code shape}, assigned to it. */
  private ClientAssignment assigned(UUID householdId, UnaryOperator<PathwayOption.Builder> shape) {
    UUID clientId = id("client " + clients++);
    PathwayOption option =
        shape.apply(PathwayOption.builder("p" + clients, clientId, PathwayKind.JOB)).build();
    ClientAssignment client = new ClientAssignment(clientId, householdId, 1, List.of(option));
    client.setPathway(option);
    return client;
  }

  private ClientAssignment assigned(UnaryOperator<PathwayOption.Builder> shape) {
    return assigned(null, shape);
  }

  private ClientAssignment inIntake() {
    return assigned(b -> b.training(INTAKE, 8, 0));
  }

  // hard constraints

  @Test
  void intakeSeatsPenalisesEachClientBeyondTheSeats() {
    verifier
        .verifyThat(CohortConstraints::intakeSeats)
        .given(new IntakeSeats(INTAKE, 1), inIntake(), inIntake(), inIntake())
        .penalizesBy(2);
  }

  @Test
  void intakeSeatsAcceptsAFullIntakeAndAnIntakeWithoutFact() {
    verifier
        .verifyThat(CohortConstraints::intakeSeats)
        .given(new IntakeSeats(INTAKE, 2), inIntake(), inIntake())
        .penalizesBy(0);
    verifier
        .verifyThat(CohortConstraints::intakeSeats)
        .given(inIntake(), inIntake())
        .penalizesBy(0);
  }

  @Test
  void vacancyPositionsPenalisesEachClientBeyondThePositions() {
    ClientAssignment a = assigned(b -> b.vacancy(VACANCY, EMPLOYER));
    ClientAssignment b = assigned(o -> o.vacancy(VACANCY, EMPLOYER));
    verifier
        .verifyThat(CohortConstraints::vacancyPositions)
        .given(new VacancyPositions(VACANCY, EMPLOYER, 1), a, b)
        .penalizesBy(1);
    verifier
        .verifyThat(CohortConstraints::vacancyPositions)
        .given(new VacancyPositions(VACANCY, EMPLOYER, 2), a, b)
        .penalizesBy(0);
  }

  @Test
  void loanFundPenalisesTheDollarsOverspentRoundedUp() {
    ClientAssignment a = assigned(b -> b.loan("FAM", 300_00));
    ClientAssignment b = assigned(o -> o.loan("FAM", 250_50));
    ClientAssignment other = assigned(o -> o.loan("SME", 900_00));
    verifier
        .verifyThat(CohortConstraints::loanFund)
        .given(new LoanFund("FAM", 500_00), new LoanFund("SME", 900_00), a, b, other)
        .penalizesBy(51);
    verifier
        .verifyThat(CohortConstraints::loanFund)
        .given(new LoanFund("FAM", 550_50), a, b)
        .penalizesBy(0);
  }

  @Test
  void marketRoomPenalisesEachBusinessBeyondTheRoom() {
    ClientAssignment a = assigned(b -> b.market("20/tailor"));
    ClientAssignment b = assigned(o -> o.market("20/tailor"));
    ClientAssignment c = assigned(o -> o.market("20/tailor"));
    ClientAssignment elsewhere = assigned(o -> o.market("12/tailor"));
    verifier
        .verifyThat(CohortConstraints::marketRoom)
        .given(new MarketRoom("20/tailor", 1), new MarketRoom("12/tailor", 1), a, b, c, elsewhere)
        .penalizesBy(2);
    verifier
        .verifyThat(CohortConstraints::marketRoom)
        .given(new MarketRoom("20/tailor", 3), a, b, c)
        .penalizesBy(0);
  }

  @Test
  void householdFamilyLoanOncePenalisesEachPairOfTheHouseholdDrawingTheSameLoan() {
    UnaryOperator<PathwayOption.Builder> pigLoan =
        b -> b.familyLivelihood("PIGS").loan("FAM", 100_00);
    verifier
        .verifyThat(CohortConstraints::householdFamilyLoanOnce)
        .given(
            assigned(HOUSEHOLD, pigLoan),
            assigned(HOUSEHOLD, pigLoan),
            assigned(HOUSEHOLD, pigLoan))
        .penalizesBy(3);
  }

  @Test
  void householdFamilyLoanOnceAcceptsOtherHouseholdsLivelihoodsAndNoLoan() {
    verifier
        .verifyThat(CohortConstraints::householdFamilyLoanOnce)
        .given(
            assigned(HOUSEHOLD, b -> b.familyLivelihood("PIGS").loan("FAM", 100_00)),
            assigned(id("other household"), b -> b.familyLivelihood("PIGS").loan("FAM", 100_00)),
            assigned(HOUSEHOLD, b -> b.familyLivelihood("CHICKENS").loan("FAM", 100_00)),
            assigned(HOUSEHOLD, b -> b.familyLivelihood("PIGS")),
            assigned(b -> b.familyLivelihood("PIGS").loan("FAM", 100_00)),
            assigned(b -> b.familyLivelihood("PIGS").loan("FAM", 100_00)))
        .penalizesBy(0);
  }

  // medium constraints

  @Test
  void unassignedClientPenalisesByPriorityWeight() {
    UUID minorId = id("minor");
    PathwayOption option = PathwayOption.builder("m1", minorId, PathwayKind.JOB).build();
    ClientAssignment minor =
        new ClientAssignment(
            minorId, null, ClientAssignment.priorityWeight(true, false, 9), List.of(option));
    ClientAssignment withoutOptions = new ClientAssignment(id("adult"), null, 1, List.of());
    verifier
        .verifyThat(CohortConstraints::unassignedClient)
        .given(minor, withoutOptions, inIntake())
        .penalizesBy(5 + 1);
    minor.setPathway(option);
    verifier
        .verifyThat(CohortConstraints::unassignedClient)
        .given(minor, inIntake())
        .penalizesBy(0);
  }

  // soft constraints

  @Test
  void preferenceRankRewardsHigherRanksMoreAndIgnoresUnwantedOccupations() {
    verifier
        .verifyThat(CohortConstraints::preferenceRank)
        .given(
            assigned(b -> b.preferenceRank(1)),
            assigned(b -> b.preferenceRank(2)),
            assigned(b -> b.preferenceRank(5)))
        .rewardsWith(5 + 4 + 1);
    verifier
        .verifyThat(CohortConstraints::preferenceRank)
        .given(assigned(b -> b.preferenceRank(0)), assigned(b -> b.preferenceRank(6)))
        .rewardsWith(0);
  }

  @Test
  void surplusMarginRewardsTheSquareRootOfWholeDollars() {
    verifier
        .verifyThat(CohortConstraints::surplusMargin)
        .given(
            assigned(b -> b.surplusCents(400_00)),
            assigned(b -> b.surplusCents(99_99)),
            assigned(b -> b.surplusCents(25_00)))
        .rewardsWith(20 + 9 + 5);
    verifier
        .verifyThat(CohortConstraints::surplusMargin)
        .given(assigned(b -> b.surplusCents(99)))
        .rewardsWith(0);
  }

  @Test
  void distanceFromHomePenalisesEachKm() {
    verifier
        .verifyThat(CohortConstraints::distanceFromHome)
        .given(assigned(b -> b.distanceKm(120)), assigned(b -> b.distanceKm(5)))
        .penalizesBy(125);
    verifier
        .verifyThat(CohortConstraints::distanceFromHome)
        .given(assigned(b -> b.distanceKm(0)))
        .penalizesBy(0);
  }

  @Test
  void trainingLengthAndCostPenalisesWeeksAndEachTwentyFiveDollars() {
    verifier
        .verifyThat(CohortConstraints::trainingLengthAndCost)
        .given(
            assigned(b -> b.training(INTAKE, 12, 300_00)),
            assigned(b -> b.training(INTAKE, 2, 24_99)))
        .penalizesBy(12 + 12 + 2);
    verifier
        .verifyThat(CohortConstraints::trainingLengthAndCost)
        .given(assigned(b -> b.vacancy(VACANCY, EMPLOYER)))
        .penalizesBy(0);
  }

  @Test
  void employerBalancePenalisesPairsPlacedWithOneEmployer() {
    verifier
        .verifyThat(CohortConstraints::employerBalance)
        .given(
            assigned(b -> b.vacancy(VACANCY, EMPLOYER)),
            assigned(b -> b.vacancy(VACANCY, EMPLOYER)),
            assigned(b -> b.vacancy(id("other vacancy"), EMPLOYER)),
            assigned(b -> b.vacancy(id("third vacancy"), id("other employer"))))
        .penalizesBy(3);
    verifier
        .verifyThat(CohortConstraints::employerBalance)
        .given(
            assigned(b -> b.vacancy(VACANCY, EMPLOYER)),
            assigned(b -> b.vacancy(id("third vacancy"), id("other employer"))))
        .penalizesBy(0);
  }

  @Test
  void expectedRetentionRewardsPathwaysLikeThoseThatHeld() {
    // 90% gives 18 points, 25% gives 5, an unestimated pathway nothing
    verifier
        .verifyThat(CohortConstraints::expectedRetention)
        .given(
            assigned(b -> b.vacancy(VACANCY, EMPLOYER).retentionPercent(90)),
            assigned(
                b -> b.vacancy(id("other vacancy"), id("other employer")).retentionPercent(25)),
            assigned(b -> b.vacancy(id("third vacancy"), EMPLOYER)))
        .rewardsWith(18 + 5);
  }
}
