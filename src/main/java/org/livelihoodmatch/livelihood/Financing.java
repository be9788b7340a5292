package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.FamilyLivelihood;
import org.livelihoodmatch.catalogue.MicrocreditProduct;

/**
 * Chooses the loan that finances a business or a family livelihood: among the catalogue's products
 * for that purpose that lend the whole amount, the one with the smallest monthly instalment. Public
 * so that a self-employment option's page lists the same products the matches choose from.
 */
public final class Financing {

  private static final Set<String> BUSINESS = Set.of("BUSINESS");
  private static final Set<String> FAMILY =
      Set.of("FAMILY", "LIVESTOCK", "AGRICULTURE", "BUSINESS");

  private final Catalogue catalogue;

  public Financing(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Optional<Pathway.Loan> businessLoan(BigDecimal capital) {
    return cheapest(capital, BUSINESS);
  }

  /**
   * Every loan that could fund a business needing {@code capital}: the business products that lend
   * the whole of it, the cheapest instalment first (the first is the one matches offer).
   */
  public List<Pathway.Loan> businessLoans(BigDecimal capital) {
    if (capital == null || capital.signum() == 0) {
      return List.of();
    }
    return catalogue.microcreditProducts().stream()
        .filter(p -> BUSINESS.contains(p.purpose()))
        .filter(p -> lendsWhole(p, capital))
        .map(p -> loan(p, capital))
        .sorted(Comparator.comparing(Pathway.Loan::monthlyRepayment))
        .toList();
  }

  /** The loan for a family livelihood: livestock loans for animals, crop loans for crops... */
  Optional<Pathway.Loan> familyLoan(FamilyLivelihood livelihood) {
    if (livelihood.microcreditProduct() != null) {
      return catalogue
          .microcreditProduct(livelihood.microcreditProduct())
          .filter(p -> lendsWhole(p, livelihood.capital()))
          .map(p -> loan(p, livelihood.capital()));
    }
    return cheapest(livelihood.capital(), FAMILY);
  }

  private static boolean lendsWhole(MicrocreditProduct p, BigDecimal capital) {
    return p.minAmount().compareTo(capital) <= 0 && p.maxAmount().compareTo(capital) >= 0;
  }

  private Optional<Pathway.Loan> cheapest(BigDecimal capital, Set<String> purposes) {
    if (capital == null || capital.signum() == 0) {
      return Optional.empty();
    }
    return catalogue.microcreditProducts().stream()
        .filter(p -> purposes.contains(p.purpose()))
        .filter(p -> lendsWhole(p, capital))
        .map(p -> loan(p, capital))
        .min(Comparator.comparing(Pathway.Loan::monthlyRepayment));
  }

  private static Pathway.Loan loan(MicrocreditProduct product, BigDecimal amount) {
    return new Pathway.Loan(
        product.code(),
        Money.cents(amount),
        LoanRepayment.monthly(amount, product.monthlyRatePercent(), product.termMonths()),
        product.termMonths());
  }
}
