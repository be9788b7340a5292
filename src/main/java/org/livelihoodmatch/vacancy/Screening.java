package org.livelihoodmatch.vacancy;

import java.util.List;
import org.livelihoodmatch.system.FieldProblem;

/** The verdict of {@link VacancyScreening}: refusals make the offer illegal; red flags hold it. */
public record Screening(List<FieldProblem> refusals, List<RedFlag> redFlags) {

  public boolean refused() {
    return !refusals.isEmpty();
  }

  public boolean held() {
    return !redFlags.isEmpty();
  }
}
