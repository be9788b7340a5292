package org.livelihoodmatch.vacancy;

import java.util.List;
import org.livelihoodmatch.system.FieldProblem;

/**
 * The verdict of {@link VacancyScreening}: reasons (refusals) make the offer illegal; red flags
 * hold it for an officer.
 */
public record Screening(List<Refusal> reasons, List<RedFlag> redFlags) {

  /** The refusals as the API reports them, one per bad field. */
  public List<FieldProblem> refusals() {
    return reasons.stream().map(Refusal::problem).toList();
  }

  public boolean refused() {
    return !reasons.isEmpty();
  }

  public boolean held() {
    return !redFlags.isEmpty();
  }
}
