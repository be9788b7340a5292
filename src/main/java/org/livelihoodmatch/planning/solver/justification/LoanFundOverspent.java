package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Loan fund" match: the loans of one product add up to more than its fund. */
public record LoanFundOverspent(
    String productCode, long fundCents, long lentCents, List<UUID> clientIds)
    implements CohortJustification {

  @Override
  public String toString() {
    return "Loan product "
        + productCode
        + " would lend "
        + Phrases.money(lentCents)
        + " from a fund of "
        + Phrases.money(fundCents)
        + " ("
        + Phrases.clients(clientIds)
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.loanFund",
        new Term.Loan(productCode),
        new Term.Money(lentCents),
        new Term.Money(fundCents),
        new Term.Clients(clientIds));
  }
}
