package org.livelihoodmatch.planning.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Problem fact: how many clients of this plan a training intake can still take. Seats already taken
 * outside the plan are subtracted by the application before planning.
 */
public record IntakeSeats(UUID intakeId, int seats) {

  public IntakeSeats {
    Objects.requireNonNull(intakeId, "intakeId");
    if (seats < 0) {
      throw new IllegalArgumentException("seats must be >= 0, was " + seats);
    }
  }
}
