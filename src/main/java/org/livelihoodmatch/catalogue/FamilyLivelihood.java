package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;

/**
 * A livelihood a client's family can take up at home (pigs, chickens, vegetables...): its start-up
 * capital, the net monthly income it brings once running, how long that takes, the land it needs
 * (zero when a yard will do) and, optionally, the one microcredit product that finances it ({@code
 * null}: the cheapest product that lends the capital).
 */
public record FamilyLivelihood(
    String code,
    String nameEn,
    String nameKm,
    String occupation,
    BigDecimal capital,
    BigDecimal monthlyNetIncome,
    int monthsToFirstIncome,
    BigDecimal landHectaresNeeded,
    String microcreditProduct,
    Provenance provenance) {}
