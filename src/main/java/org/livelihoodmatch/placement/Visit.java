package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer reports of one monthly visit, checked (see {@code FollowUpRequest}). */
record Visit(
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
    String note) {}
