package org.livelihoodmatch.training;

import java.util.UUID;

/** An intake was registered or changed. */
public record TrainingIntakeChanged(UUID intakeId) {}
