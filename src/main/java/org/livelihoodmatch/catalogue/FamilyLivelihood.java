package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;

/**
 * A livelihood a client's family can take up at home (pigs, chickens, vegetables...): its start-up
 * capital, the net monthly income it brings once running, and how long that takes.
 */
public record FamilyLivelihood(
    String code,
    String nameEn,
    String nameKm,
    String occupation,
    BigDecimal capital,
    BigDecimal monthlyNetIncome,
    int monthsToFirstIncome,
    Provenance provenance) {}
