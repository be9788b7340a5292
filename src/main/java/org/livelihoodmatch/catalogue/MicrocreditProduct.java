package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;

/**
 * A loan product available to clients' families: amount range, monthly interest rate (percent),
 * term, purpose and the size of the fund it lends from.
 */
public record MicrocreditProduct(
    String code,
    String name,
    String lenderType,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    BigDecimal monthlyRatePercent,
    int termMonths,
    String purpose,
    BigDecimal fundSize,
    Provenance provenance) {}
