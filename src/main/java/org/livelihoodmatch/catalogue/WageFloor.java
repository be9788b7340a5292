package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A legal minimum monthly wage of one sector, in force from a date. */
public record WageFloor(
    String sector, LocalDate effectiveFrom, BigDecimal monthlyWage, Provenance provenance) {}
