package org.livelihoodmatch.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueCapacities;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.outcome.OutcomeKnowledge;
import org.livelihoodmatch.planning.store.ExpectedArrival;
import org.livelihoodmatch.planning.store.PlanInputs;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.system.Validation;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a new plan's clients and inputs from the database: the caller's clients (named, or found
 * by a filter), every OPEN vacancy and every intake starting after today, the catalogue's markets
 * and loan funds, through {@link CohortAssembly} and so the same generator as the matches.
 */
@Component
class CohortProblems {

  private final ClientDirectory clients;
  private final OpenVacancies vacancies;
  private final TrainingService trainings;
  private final Catalogue catalogue;
  private final int optionsPerClient;
  private final OutcomeKnowledge outcomes;
  private final CatalogueCapacities capacities;
  private final Clock clock;

  CohortProblems(
      ClientDirectory clients,
      OpenVacancies vacancies,
      TrainingService trainings,
      Catalogue catalogue,
      CatalogueCapacities capacities,
      OutcomeKnowledge outcomes,
      Clock clock,
      @Value(
              "${livelihood.planning.options-per-client:"
                  + CohortAssembly.DEFAULT_OPTIONS_PER_CLIENT
                  + "}")
          int optionsPerClient) {
    this.clients = clients;
    this.vacancies = vacancies;
    this.trainings = trainings;
    this.catalogue = catalogue;
    this.optionsPerClient = Math.max(1, optionsPerClient);
    this.outcomes = outcomes;
    this.capacities = capacities;
    this.clock = clock;
  }

  /** A new plan's clients, in order of registration, and its inputs. */
  record NewCohort(List<PlannedClient> clients, PlanInputs inputs) {}

  /** The cohort of a checked request; unknown clients and empty filters are refused. */
  NewCohort cohort(PlanRequest request) {
    List<UUID> ids =
        request.clientIds() != null
            ? request.clientIds()
            : clients.activeClients(
                request.filter().province(), request.filter().availableBefore());
    Validation.Problems problems = new Validation.Problems();
    if (ids.isEmpty()) {
      problems.add("filter", "no active client of your organisation matches it");
    } else if (ids.size() > PlanRequest.MAX_CLIENTS) {
      problems.add(
          request.clientIds() != null ? "clientIds" : "filter",
          "names " + ids.size() + " clients; a plan holds at most " + PlanRequest.MAX_CLIENTS);
    }
    problems.throwIfAny();
    List<CohortMember> members = clients.members(ids);
    if (request.clientIds() != null) {
      Set<UUID> found = new HashSet<>();
      members.forEach(m -> found.add(m.profile().id()));
      Set<UUID> notActive = clients.notActive(ids);
      for (int i = 0; i < ids.size(); i++) {
        if (notActive.contains(ids.get(i))) {
          problems.add(
              "clientIds[" + i + "]",
              "is placed or her case is closed: only active clients are planned");
        } else if (!found.contains(ids.get(i))) {
          problems.add("clientIds[" + i + "]", "is not a client of your organisation");
        }
      }
      problems.throwIfAny();
    }
    LocalDate today = LocalDate.now(clock);
    CohortAssembly assembly = new CohortAssembly(catalogue, optionsPerClient, outcomes.evidence());
    List<org.livelihoodmatch.livelihood.JobOffer> jobs = vacancies.all(today);
    List<org.livelihoodmatch.livelihood.TrainingOffer> intakes = trainings.upcoming(today);
    Map<String, Integer> marketsTaken = capacities.marketPlacesTaken();
    Map<String, java.math.BigDecimal> lent = capacities.lentByProduct();
    CohortAssembly.Cohort cohort =
        assembly.assemble(members, jobs, intakes, today, marketsTaken, lent);
    Map<String, Long> weights = request.weights() == null ? Map.of() : request.weights();
    List<ExpectedArrival> expected = List.of();
    List<org.livelihoodmatch.planning.domain.IntakeSeats> seats = cohort.intakeSeats();
    List<org.livelihoodmatch.planning.domain.VacancyPositions> positions =
        cohort.vacancyPositions();
    List<org.livelihoodmatch.planning.domain.MarketRoom> markets = cohort.marketRooms();
    if (request.horizonOrNone() > 0) {
      List<CohortMember> history =
          clients.registeredSince(
              today
                  .minusMonths(ExpectedArrivals.HISTORY_MONTHS)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant());
      int count =
          Math.min(
              ExpectedArrivals.count(history.size(), request.horizonOrNone()),
              PlanRequest.MAX_CLIENTS - members.size());
      // One scenario, the same for the same request on the same day.
      List<CohortMember> drawn =
          ExpectedArrivals.draw(
              history, count, new Random(31L * today.toEpochDay() + request.name().hashCode()));
      CohortAssembly.Cohort past =
          assembly.assemble(
              drawn.stream().distinct().toList(), jobs, intakes, today, marketsTaken, lent);
      expected = ExpectedArrivals.of(drawn, past.clients(), today);
      seats = ExpectedArrivals.intakes(seats, past.intakeSeats());
      positions = ExpectedArrivals.vacancies(positions, past.vacancyPositions());
      markets = ExpectedArrivals.markets(markets, past.marketRooms());
    }
    PlanInputs inputs =
        new PlanInputs(
            request.clientIds() == null ? null : List.copyOf(request.clientIds()),
            request.filter(),
            weights,
            today,
            seats,
            positions,
            cohort.loanFunds(),
            markets,
            request.horizonOrNone(),
            expected);
    return new NewCohort(cohort.clients(), inputs);
  }
}
