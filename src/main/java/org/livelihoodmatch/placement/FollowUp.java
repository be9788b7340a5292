package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.livelihood.Budget;

/**
 * One monthly visit of a placement as recorded: what the client lives on, the actual budget the one
 * {@code LivelihoodBudget} makes of it, and the alerts it raised.
 */
record FollowUp(
    java.util.UUID id,
    int month,
    LocalDate visitDate,
    boolean stillInPlacement,
    BigDecimal monthlyIncome,
    BigDecimal food,
    BigDecimal accommodation,
    BigDecimal transport,
    BigDecimal other,
    BigDecimal remittance,
    Boolean loanRepaid,
    List<Concern> concerns,
    List<Alert> alerts,
    Budget actualBudget,
    String note,
    String recordedBy) {}
