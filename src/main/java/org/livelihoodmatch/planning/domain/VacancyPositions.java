package org.livelihoodmatch.planning.domain;

import java.util.Objects;
import java.util.UUID;

/** Problem fact: how many clients of this plan an open vacancy can still take. */
public record VacancyPositions(UUID vacancyId, UUID employerId, int positions) {

  public VacancyPositions {
    Objects.requireNonNull(vacancyId, "vacancyId");
    if (positions < 0) {
      throw new IllegalArgumentException("positions must be >= 0, was " + positions);
    }
  }
}
