package org.livelihoodmatch.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.livelihoodmatch.planning.solver.justification.ClientUnassigned;
import org.livelihoodmatch.planning.solver.justification.DistanceTravelled;
import org.livelihoodmatch.planning.solver.justification.EmployerConcentration;
import org.livelihoodmatch.planning.solver.justification.FamilyLoanRepeated;
import org.livelihoodmatch.planning.solver.justification.IntakeOverbooked;
import org.livelihoodmatch.planning.solver.justification.LoanFundOverspent;
import org.livelihoodmatch.planning.solver.justification.MarketOvercrowded;
import org.livelihoodmatch.planning.solver.justification.PreferenceMet;
import org.livelihoodmatch.planning.solver.justification.RetentionExpected;
import org.livelihoodmatch.planning.solver.justification.SurplusEarned;
import org.livelihoodmatch.planning.solver.justification.TrainingBurden;
import org.livelihoodmatch.planning.solver.justification.VacancyOverfilled;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a cohort plan. Only the capacities couple clients; each client's own eligibility and
 * budget were checked when her pathways were generated. Clients are grouped into sets, not lists: a
 * set forgets a client in constant time when she moves, which large cohorts do millions of times.
 * Weights come from {@link CohortWeights}, match weights from {@link MatchWeights}.
 */
public class CohortConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      intakeSeats(factory),
      vacancyPositions(factory),
      loanFund(factory),
      marketRoom(factory),
      householdFamilyLoanOnce(factory),
      unassignedClient(factory),
      preferenceRank(factory),
      surplusMargin(factory),
      distanceFromHome(factory),
      trainingLengthAndCost(factory),
      employerBalance(factory),
      expectedRetention(factory),
      StabilityConstraints.wishPassedOver(factory),
      StabilityConstraints.wishHeldByPriority(factory),
      StabilityConstraints.wishHeldBySecondPlace(factory),
      StabilityConstraints.wishHeldByBothPlaces(factory)
    };
  }

  // An intake takes at most as many clients of the plan as it has seats.
  Constraint intakeSeats(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().intakeId() != null)
        .groupBy(a -> a.getPathway().intakeId(), toSet())
        .join(IntakeSeats.class, equal((intakeId, clients) -> intakeId, IntakeSeats::intakeId))
        .filter((intakeId, clients, intake) -> clients.size() > intake.seats())
        .penalizeConfigurable((intakeId, clients, intake) -> clients.size() - intake.seats())
        .justifyWith(
            (intakeId, clients, intake, score) ->
                new IntakeOverbooked(intakeId, intake.seats(), clientIds(clients)))
        .asConstraint(CohortWeights.INTAKE_SEATS);
  }

  // A vacancy takes at most as many clients of the plan as it has positions.
  Constraint vacancyPositions(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().vacancyId() != null)
        .groupBy(a -> a.getPathway().vacancyId(), toSet())
        .join(VacancyPositions.class, equal((id, clients) -> id, VacancyPositions::vacancyId))
        .filter((id, clients, vacancy) -> clients.size() > vacancy.positions())
        .penalizeConfigurable((id, clients, vacancy) -> clients.size() - vacancy.positions())
        .justifyWith(
            (id, clients, vacancy, score) ->
                new VacancyOverfilled(id, vacancy.positions(), clientIds(clients)))
        .asConstraint(CohortWeights.VACANCY_POSITIONS);
  }

  // The loans of one microcredit product fit in its fund (penalty: dollars overspent).
  Constraint loanFund(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().loanProductCode() != null)
        .groupBy(a -> a.getPathway().loanProductCode(), toSet())
        .join(LoanFund.class, equal((code, clients) -> code, LoanFund::productCode))
        .filter((code, clients, fund) -> lentCents(clients) > fund.fundCents())
        .penalizeConfigurableLong(
            (code, clients, fund) ->
                MatchWeights.overspentDollars(lentCents(clients), fund.fundCents()))
        .justifyWith(
            (code, clients, fund, score) ->
                new LoanFundOverspent(
                    code, fund.fundCents(), lentCents(clients), clientIds(clients)))
        .asConstraint(CohortWeights.LOAN_FUND);
  }

  // A market gets no more new businesses of one occupation than it can absorb.
  Constraint marketRoom(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().marketKey() != null)
        .groupBy(a -> a.getPathway().marketKey(), toSet())
        .join(MarketRoom.class, equal((key, clients) -> key, MarketRoom::marketKey))
        .filter((key, clients, market) -> clients.size() > market.newBusinesses())
        .penalizeConfigurable((key, clients, market) -> clients.size() - market.newBusinesses())
        .justifyWith(
            (key, clients, market, score) ->
                new MarketOvercrowded(key, market.newBusinesses(), clientIds(clients)))
        .asConstraint(CohortWeights.MARKET_ROOM);
  }

  // A household draws the loan for one family livelihood once, not once per member.
  Constraint householdFamilyLoanOnce(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(CohortConstraints::drawsHouseholdFamilyLoan)
        .join(
            factory
                .forEach(ClientAssignment.class)
                .filter(CohortConstraints::drawsHouseholdFamilyLoan),
            equal(ClientAssignment::getHouseholdId),
            equal(a -> a.getPathway().familyLivelihoodCode()),
            lessThan(ClientAssignment::getClientId))
        .penalizeConfigurable()
        .justifyWith(
            (a, b, score) ->
                new FamilyLoanRepeated(
                    a.getHouseholdId(),
                    a.getPathway().familyLivelihoodCode(),
                    a.getClientId(),
                    b.getClientId()))
        .asConstraint(CohortWeights.HOUSEHOLD_FAMILY_LOAN_ONCE);
  }

  // A client left without a pathway costs her priority weight.
  Constraint unassignedClient(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(ClientAssignment.class)
        .filter(a -> a.getPathway() == null)
        .penalizeConfigurable(ClientAssignment::getPriorityWeight)
        .justifyWith(
            (a, score) ->
                new ClientUnassigned(a.getClientId(), a.getPriorityWeight(), a.getOptions().size()))
        .asConstraint(CohortWeights.UNASSIGNED_CLIENT);
  }

  // A pathway in an occupation the client asked for earns more the higher she ranked it.
  Constraint preferenceRank(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> MatchWeights.preferencePoints(a.getPathway()) > 0)
        .rewardConfigurable(a -> MatchWeights.preferencePoints(a.getPathway()))
        .justifyWith(
            (a, score) ->
                new PreferenceMet(
                    a.getClientId(),
                    a.getPathway().id(),
                    a.getPathway().preferenceRank(),
                    MatchWeights.preferencePoints(a.getPathway())))
        .asConstraint(CohortWeights.PREFERENCE_RANK);
  }

  // Surplus above living costs earns points, with diminishing returns.
  Constraint surplusMargin(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> MatchWeights.surplusPoints(a.getPathway()) > 0)
        .rewardConfigurable(a -> MatchWeights.surplusPoints(a.getPathway()))
        .justifyWith(
            (a, score) ->
                new SurplusEarned(
                    a.getClientId(),
                    a.getPathway().id(),
                    a.getPathway().surplusCents(),
                    MatchWeights.surplusPoints(a.getPathway())))
        .asConstraint(CohortWeights.SURPLUS_MARGIN);
  }

  // Each km between home and the pathway costs: relocation separates clients from family.
  Constraint distanceFromHome(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().distanceKm() > 0)
        .penalizeConfigurable(a -> a.getPathway().distanceKm())
        .justifyWith(
            (a, score) ->
                new DistanceTravelled(
                    a.getClientId(), a.getPathway().id(), a.getPathway().distanceKm()))
        .asConstraint(CohortWeights.DISTANCE_FROM_HOME);
  }

  // Long and costly training costs: weeks without earnings and money for someone else.
  Constraint trainingLengthAndCost(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> MatchWeights.trainingPoints(a.getPathway()) > 0)
        .penalizeConfigurable(a -> MatchWeights.trainingPoints(a.getPathway()))
        .justifyWith(
            (a, score) ->
                new TrainingBurden(
                    a.getClientId(),
                    a.getPathway().id(),
                    a.getPathway().trainingWeeks(),
                    a.getPathway().trainingCostCents(),
                    MatchWeights.trainingPoints(a.getPathway())))
        .asConstraint(CohortWeights.TRAINING_LENGTH_AND_COST);
  }

  // Clients are spread over employers: each pair placed with the same employer costs.
  Constraint employerBalance(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> a.getPathway().employerId() != null)
        .groupBy(a -> a.getPathway().employerId(), toSet())
        .filter((employerId, clients) -> clients.size() > 1)
        .penalizeConfigurable((employerId, clients) -> MatchWeights.pairs(clients.size()))
        .justifyWith(
            (employerId, clients, score) ->
                new EmployerConcentration(
                    employerId, clientIds(clients), MatchWeights.pairs(clients.size())))
        .asConstraint(CohortWeights.EMPLOYER_BALANCE);
  }

  // A pathway like those that held six months earns more than one like those that ended early:
  // recorded outcomes of its employer, provider or market (one point per 5% of expected retention).
  Constraint expectedRetention(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .filter(a -> MatchWeights.retentionPoints(a.getPathway()) > 0)
        .rewardConfigurable(a -> MatchWeights.retentionPoints(a.getPathway()))
        .justifyWith(
            (a, score) ->
                new RetentionExpected(
                    a.getClientId(),
                    a.getPathway().id(),
                    a.getPathway().retentionPercent(),
                    MatchWeights.retentionPoints(a.getPathway())))
        .asConstraint(CohortWeights.EXPECTED_RETENTION);
  }

  private static boolean drawsHouseholdFamilyLoan(ClientAssignment a) {
    return a.getHouseholdId() != null && a.getPathway().drawsFamilyLivelihoodLoan();
  }

  private static long lentCents(Set<ClientAssignment> clients) {
    return clients.stream().mapToLong(a -> a.getPathway().loanAmountCents()).sum();
  }

  private static List<UUID> clientIds(Set<ClientAssignment> clients) {
    return clients.stream().map(ClientAssignment::getClientId).sorted().toList();
  }
}
