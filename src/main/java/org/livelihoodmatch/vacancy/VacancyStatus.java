package org.livelihoodmatch.vacancy;

import java.util.Set;

/** Where a vacancy stands; only {@code OPEN} ones reach clients. */
public enum VacancyStatus {
  PENDING_REVIEW,
  OPEN,
  FILLED,
  CLOSED,
  REJECTED;

  boolean mayMoveTo(VacancyStatus next) {
    return switch (this) {
      case PENDING_REVIEW -> Set.of(OPEN, REJECTED, CLOSED).contains(next);
      case OPEN -> Set.of(CLOSED, REJECTED, FILLED).contains(next);
      case FILLED -> Set.of(CLOSED, OPEN).contains(next);
      case CLOSED, REJECTED -> false;
    };
  }
}
