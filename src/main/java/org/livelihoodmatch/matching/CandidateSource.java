package org.livelihoodmatch.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.springframework.stereotype.Component;

/**
 * Finds the vacancies and intakes worth trying for one client: those in the occupations she wants
 * or knows.
 */
@Component
public class CandidateSource {

  private final OpenVacancies vacancies;
  private final TrainingService trainings;

  CandidateSource(OpenVacancies vacancies, TrainingService trainings) {
    this.vacancies = vacancies;
    this.trainings = trainings;
  }

  public PathwayGenerator.Candidates candidatesFor(ClientProfile client, LocalDate today) {
    List<String> occupations = new ArrayList<>(occupationsOf(client));
    return new PathwayGenerator.Candidates(
        vacancies.offers(today, occupations), trainings.upcoming(today, occupations));
  }

  static Set<String> occupationsOf(ClientProfile client) {
    Set<String> wanted = new LinkedHashSet<>(client.preferredOccupations());
    wanted.addAll(client.skills().keySet());
    return wanted;
  }
}
