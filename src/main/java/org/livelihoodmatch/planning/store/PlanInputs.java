package org.livelihoodmatch.planning.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.PlanWeights;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.VacancyPositions;

/**
 * What a plan was asked for and the capacities it was planned against, stored with the plan (as
 * JSONB) so that re-solving, resuming and explaining it use the same facts as the first solve.
 *
 * @param clientIds the clients asked for, or null when the plan was made from a filter
 * @param filter the filter asked for, or null
 * @param weights the weight overrides asked for (see {@link PlanWeights}), empty for the defaults
 * @param plannedOn the day the pathways were generated (eligibility and dates are as of that day)
 * @param horizonMonths the months of expected arrivals the plan looks ahead to (0: none)
 * @param expectedArrivals the arrivals drawn for them, which hold places but are never placed
 */
public record PlanInputs(
    List<UUID> clientIds,
    Filter filter,
    Map<String, Long> weights,
    LocalDate plannedOn,
    List<IntakeSeats> intakeSeats,
    List<VacancyPositions> vacancyPositions,
    List<LoanFund> loanFunds,
    List<MarketRoom> marketRooms,
    Integer horizonMonths,
    List<ExpectedArrival> expectedArrivals) {

  public PlanInputs {
    horizonMonths = horizonMonths == null ? 0 : horizonMonths;
    expectedArrivals = expectedArrivals == null ? List.of() : List.copyOf(expectedArrivals);
  }

  /** Inputs of a plan that looks at the clients present only. */
  public PlanInputs(
      List<UUID> clientIds,
      Filter filter,
      Map<String, Long> weights,
      LocalDate plannedOn,
      List<IntakeSeats> intakeSeats,
      List<VacancyPositions> vacancyPositions,
      List<LoanFund> loanFunds,
      List<MarketRoom> marketRooms) {
    this(
        clientIds,
        filter,
        weights,
        plannedOn,
        intakeSeats,
        vacancyPositions,
        loanFunds,
        marketRooms,
        0,
        List.of());
  }

  /** The active clients of a home province (null: any) available before a date (null: any). */
  public record Filter(String province, LocalDate availableBefore) {}
}
