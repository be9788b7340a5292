package org.livelihoodmatch.vacancy;

import java.util.UUID;

/** A vacancy was posted or its status changed. */
public record VacancyChanged(UUID vacancyId, VacancyStatus status) {}
