package org.livelihoodmatch.client;

import java.math.BigDecimal;
import java.util.List;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.system.Validation;

/**
 * The household part of a client form: checks its amounts beyond the annotations, copies it onto
 * the client, and works out her share of the household's debt repayments. What an older caller does
 * not send (debts, land, animals, the share) keeps what is stored.
 */
final class HouseholdRules {

  private HouseholdRules() {}

  static void check(Validation.Problems problems, ClientForm.Household h) {
    if (!Money.inWholeCents(h.landHectares())) {
      problems.add("household.landHectares", Money.NOT_IN_CENTS);
    }
    List<ClientForm.DebtForm> debts = h.debts();
    if (debts == null) {
      return;
    }
    for (int i = 0; i < debts.size(); i++) {
      ClientForm.DebtForm d = debts.get(i);
      if (d == null) {
        continue;
      }
      String field = "household.debts[" + i + "].";
      if (!Money.inWholeCents(d.outstanding())) {
        problems.add(field + "outstanding", Money.NOT_IN_CENTS);
      }
      if (!Money.inWholeCents(d.monthlyRepayment())) {
        problems.add(field + "monthlyRepayment", Money.NOT_IN_CENTS);
      }
      if (!Money.inWholeCents(d.monthlyRatePercent())) {
        problems.add(field + "monthlyRatePercent", Money.NOT_IN_CENTS);
      }
    }
  }

  static void apply(ClientForm.Household h, Client client) {
    Client.Household stored = client.household;
    BigDecimal remittance = h == null ? null : h.monthlyRemittance();
    client.household =
        new Client.Household(
            h == null || h.dependants() == null ? 0 : h.dependants(),
            Money.cents(remittance),
            h == null || h.canLiveAtHome() == null || h.canLiveAtHome(),
            stored == null ? null : stored.householdId(),
            h != null && Boolean.TRUE.equals(h.headOfHousehold()),
            h != null && h.landHectares() != null
                ? Money.cents(h.landHectares())
                : stored == null ? null : stored.landHectares(),
            h != null && h.keepsAnimals() != null
                ? h.keepsAnimals()
                : stored != null && stored.keepsAnimals(),
            h != null && h.debtSharePercent() != null
                ? h.debtSharePercent()
                : stored == null ? 100 : stored.debtSharePercent());
    if (h != null && h.debts() != null) {
      client.debts =
          h.debts().stream()
              .map(
                  d ->
                      new Client.Debt(
                          d.lender(),
                          Money.cents(d.outstanding()),
                          Money.cents(d.monthlyRepayment()),
                          Money.cents(d.monthlyRatePercent())))
              .toList();
    } else if (client.debts == null) {
      client.debts = List.of();
    }
  }

  /** Her share of the household's monthly debt repayments, in cents. */
  static BigDecimal debtRepayment(Client c) {
    if (c.debts == null || c.debts.isEmpty()) {
      return Money.ZERO;
    }
    BigDecimal total =
        c.debts.stream()
            .map(Client.Debt::monthlyRepayment)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    int share = c.household == null ? 100 : c.household.debtSharePercent();
    return Money.cents(total.multiply(BigDecimal.valueOf(share)).movePointLeft(2));
  }
}
