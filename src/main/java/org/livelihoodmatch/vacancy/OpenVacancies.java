package org.livelihoodmatch.vacancy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.livelihood.JobOffer;
import org.springframework.stereotype.Service;

/** The open vacancies with positions left, as the pathway generator sees them. */
@Service
public class OpenVacancies {

  private final Vacancies vacancies;

  OpenVacancies(Vacancies vacancies) {
    this.vacancies = vacancies;
  }

  public List<JobOffer> offers(LocalDate today, List<String> occupations) {
    if (occupations.isEmpty()) {
      return List.of();
    }
    return vacancies.findOpen(today, occupations).stream().map(OpenVacancies::offer).toList();
  }

  /** Those of {@code ids} that are still open with positions left and not yet started. */
  public List<JobOffer> offers(Collection<UUID> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return vacancies.findOpen(ids, today).stream().map(OpenVacancies::offer).toList();
  }

  public List<JobOffer> all(LocalDate today) {
    return vacancies.findAllOpen(today).stream().map(OpenVacancies::offer).toList();
  }

  static JobOffer offer(Vacancy v) {
    return new JobOffer(
        v.id,
        v.employerId,
        v.title,
        v.occupation,
        v.province,
        v.monthlyWage,
        v.providesAccommodation,
        v.providesMeals,
        v.minAge,
        v.startDate,
        v.positions - v.positionsFilled,
        Set.copyOf(v.languages));
  }
}
