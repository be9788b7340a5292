package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.matching.CandidateSource;
import org.livelihoodmatch.system.CapacityGone;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.training.IntakeSeats;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.livelihoodmatch.vacancy.VacancyPositions;
import org.springframework.stereotype.Component;

/**
 * Finds a posted pathway again among the client's own feasible pathways now, by the one generator
 * and budget, so that nothing posted (figures, a budget, a vacancy she may not take) is trusted.
 * The generator is given only what the pathway names, so the answer is exact and fast. What the
 * pathway names but is no longer there is a {@code 409} naming it; a pathway that is not one of
 * hers is a {@code 400} naming {@code pathway}.
 */
@Component
class PathwayLookup {

  private static final Set<String> KINDS =
      Set.of(
          "JOB",
          "TRAINING_THEN_JOB",
          "SELF_EMPLOYMENT",
          "TRAINING_THEN_SELF_EMPLOYMENT",
          "FAMILY_LIVELIHOOD",
          "EDUCATION");

  private final OpenVacancies vacancies;
  private final VacancyPositions positions;
  private final TrainingService trainings;
  private final IntakeSeats seats;
  private final CandidateSource candidates;
  private final PathwayGenerator generator;

  PathwayLookup(
      OpenVacancies vacancies,
      VacancyPositions positions,
      TrainingService trainings,
      IntakeSeats seats,
      CandidateSource candidates,
      Catalogue catalogue) {
    this.vacancies = vacancies;
    this.positions = positions;
    this.trainings = trainings;
    this.seats = seats;
    this.candidates = candidates;
    this.generator = new PathwayGenerator(catalogue);
  }

  Pathway find(ClientProfile client, PathwayView posted, LocalDate today) {
    if (posted == null) {
      throw new InvalidInputException("pathway", "is required: a pathway as matches show it");
    }
    if (posted.kind() == null || !KINDS.contains(posted.kind())) {
      throw new InvalidInputException("pathway.kind", "must be one of " + String.join(", ", KINDS));
    }
    List<JobOffer> jobs = List.of();
    if (posted.vacancy() != null) {
      UUID id = requiredId(posted.vacancy().id(), "pathway.vacancy.id");
      jobs = vacancies.offers(List.of(id), today);
      if (jobs.isEmpty()) {
        throw positions.exists(id)
            ? new CapacityGone("vacancy", "the vacancy is no longer open or has no position left")
            : new InvalidInputException("pathway.vacancy.id", "names no vacancy");
      }
    }
    List<TrainingOffer> intakes = List.of();
    if (posted.training() != null) {
      UUID id = requiredId(posted.training().id(), "pathway.training.id");
      intakes = trainings.offers(List.of(id), today);
      if (intakes.isEmpty()) {
        throw seats.exists(id)
            ? new CapacityGone("training", "the intake has started or has no seat left")
            : new InvalidInputException("pathway.training.id", "names no training intake");
      }
    }
    Set<String> fullMarkets = candidates.fullMarkets();
    if (posted.selfEmployment() != null
        && fullMarkets.contains(posted.selfEmployment().marketKey())) {
      throw new CapacityGone(
          "selfEmployment", "the market has no room left for one more such business");
    }
    String key = posted.key();
    return generator
        .generate(
            client,
            new PathwayGenerator.Candidates(jobs, intakes, fullMarkets, candidates.evidence()),
            today,
            Integer.MAX_VALUE)
        .stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "pathway",
                    "is not one of her options now (she may not take it, or its budget is below"
                        + " her living costs): ask for her matches again"));
  }

  private static UUID requiredId(UUID id, String field) {
    if (id == null) {
      throw new InvalidInputException(field, "is required");
    }
    return id;
  }
}
