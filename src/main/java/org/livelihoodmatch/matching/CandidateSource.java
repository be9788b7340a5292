package org.livelihoodmatch.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueCapacities;
import org.livelihoodmatch.catalogue.Province;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.outcome.OutcomeKnowledge;
import org.livelihoodmatch.search.CandidateQuery;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchType;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.springframework.stereotype.Component;

/**
 * Finds the vacancies and intakes worth trying for one client: the search index names those of the
 * occupations she wants or knows, in the provinces she may work in, starting when she can, the
 * nearest to her home first (at most {@value #VACANCIES_PER_OCCUPATION} vacancies and {@value
 * #INTAKES_PER_OCCUPATION} intakes per occupation); then their current rows are read from the
 * database, which has the last word (still open, seats or positions left). Nothing scans the
 * tables, so one client's matches stay fast at national scale.
 */
@Component
public class CandidateSource {

  /** Vacancies per occupation: the nearest ones; the generator ranks them by far more. */
  static final int VACANCIES_PER_OCCUPATION = 100;

  /**
   * Intakes per occupation: fewer, since the generator tries only the two nearest a job or
   * business, and it tries each intake against every job (their product is its cost).
   */
  static final int INTAKES_PER_OCCUPATION = 50;

  private final SearchIndex index;
  private final OpenVacancies vacancies;
  private final TrainingService trainings;
  private final Catalogue catalogue;
  private final CatalogueCapacities capacities;
  private final OutcomeKnowledge outcomes;

  CandidateSource(
      SearchIndex index,
      OpenVacancies vacancies,
      TrainingService trainings,
      Catalogue catalogue,
      CatalogueCapacities capacities,
      OutcomeKnowledge outcomes) {
    this.outcomes = outcomes;
    this.index = index;
    this.vacancies = vacancies;
    this.trainings = trainings;
    this.catalogue = catalogue;
    this.capacities = capacities;
  }

  /** The markets whose room placements have taken up. */
  public Set<String> fullMarkets() {
    return capacities.fullMarkets();
  }

  /** What recorded outcomes teach: expected retention and observed business incomes. */
  public OutcomeEvidence evidence() {
    return outcomes.evidence();
  }

  public PathwayGenerator.Candidates candidatesFor(ClientProfile client, LocalDate today) {
    LocalDate earliest =
        client.availableFrom() != null && client.availableFrom().isAfter(today)
            ? client.availableFrom()
            : today;
    Set<String> provinces = workProvinces(client);
    if (provinces == null) {
      return new PathwayGenerator.Candidates(List.of(), List.of(), Set.of(), evidence());
    }
    Province home = catalogue.province(client.homeProvince()).orElse(null);
    Set<UUID> jobs = new LinkedHashSet<>();
    Set<UUID> intakes = new LinkedHashSet<>();
    for (String occupation : occupationsOf(client)) {
      jobs.addAll(
          find(
              SearchType.VACANCY,
              occupation,
              provinces,
              earliest,
              home,
              VACANCIES_PER_OCCUPATION,
              today));
      intakes.addAll(
          find(
              SearchType.TRAINING,
              occupation,
              provinces,
              earliest,
              home,
              INTAKES_PER_OCCUPATION,
              today));
    }
    List<TrainingOffer> offered = new ArrayList<>(trainings.offers(intakes, today));
    if (client.wantsEducation() || client.childOn(earliest)) {
      offered.addAll(trainings.upcomingEducation(today, provinces.isEmpty() ? null : provinces));
    }
    return new PathwayGenerator.Candidates(
        vacancies.offers(jobs, today), offered, fullMarkets(), evidence());
  }

  /**
   * For a client with nothing feasible and nothing narrowly missed where she may work: the nearest
   * vacancies of her occupations in every other province ({@value #ELSEWHERE_PER_OCCUPATION} each),
   * so that she is told where the work she wants is.
   */
  public PathwayGenerator.Candidates elsewhereFor(ClientProfile client, LocalDate today) {
    Province home = catalogue.province(client.homeProvince()).orElse(null);
    Set<UUID> jobs = new LinkedHashSet<>();
    for (String occupation : occupationsOf(client)) {
      jobs.addAll(
          find(
              SearchType.VACANCY,
              occupation,
              Set.of(),
              today,
              home,
              ELSEWHERE_PER_OCCUPATION,
              today));
    }
    return new PathwayGenerator.Candidates(
        vacancies.offers(jobs, today), List.of(), fullMarkets(), evidence());
  }

  /** Vacancies per occupation looked at elsewhere: enough for the nearest few misses. */
  static final int ELSEWHERE_PER_OCCUPATION = 10;

  private List<UUID> find(
      SearchType type,
      String occupation,
      Set<String> provinces,
      LocalDate from,
      Province home,
      int limit,
      LocalDate today) {
    CandidateQuery query =
        new CandidateQuery(
            type,
            occupation,
            provinces,
            from,
            home == null ? null : home.lat(),
            home == null ? null : home.lon(),
            limit,
            today);
    return index.candidates(query).stream().map(UUID::fromString).toList();
  }

  /** The provinces she may work in: empty for all of them, null for none. */
  private Set<String> workProvinces(ClientProfile client) {
    Set<String> allowed =
        catalogue.provinces().stream()
            .map(Province::code)
            .filter(client::mayWorkIn)
            .collect(Collectors.toSet());
    if (allowed.isEmpty()) {
      return null;
    }
    return allowed.size() == catalogue.provinces().size() ? Set.of() : allowed;
  }

  static Set<String> occupationsOf(ClientProfile client) {
    Set<String> wanted = new LinkedHashSet<>(client.preferredOccupations());
    wanted.addAll(client.skills().keySet());
    return wanted;
  }
}
