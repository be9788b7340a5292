package org.livelihoodmatch.matching;

import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueCapacities;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.catalogue.MarketDemand;
import org.livelihoodmatch.catalogue.MicrocreditProduct;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.livelihood.Financing;
import org.livelihoodmatch.livelihood.IncomeEstimate;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.outcome.OutcomeKnowledge;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A self-employment option's page ({@code /self-employment/{province}/{occupation}}, the
 * catalogue's codes, as the option's market key {@code province:occupation}): the market's row (new
 * businesses a year, the places left), the income expected (the catalogue's, or moved by what such
 * businesses reported), the start-up capital, the living costs there, and the microcredit products
 * that could fund it with their monthly instalment, the same figures and loans the matches use.
 */
@Controller
class SelfEmploymentPage {

  /** A loan product with what it would cost for this business. */
  record Funding(MicrocreditProduct product, Pathway.Loan loan) {}

  private final Catalogue catalogue;
  private final CatalogueCapacities capacities;
  private final OutcomeKnowledge outcomes;
  private final Financing financing;

  SelfEmploymentPage(
      Catalogue catalogue, CatalogueCapacities capacities, OutcomeKnowledge outcomes) {
    this.catalogue = catalogue;
    this.capacities = capacities;
    this.outcomes = outcomes;
    this.financing = new Financing(catalogue);
  }

  @GetMapping("/self-employment/{province}/{occupation}")
  String option(
      @PathVariable String province, @PathVariable String occupation, Locale locale, Model model) {
    MarketDemand market =
        catalogue
            .marketDemand(province, occupation)
            .orElseThrow(
                () -> new NotFoundException("self-employment option", province + ":" + occupation));
    Occupation trade = catalogue.occupation(occupation).orElseThrow();
    IncomeEstimate income =
        outcomes.evidence().income(province, occupation, market.netMonthlyIncome());
    List<Funding> funding =
        financing.businessLoans(trade.startupCapital()).stream()
            .map(l -> new Funding(catalogue.microcreditProduct(l.productCode()).orElseThrow(), l))
            .toList();
    model.addAttribute("market", market);
    model.addAttribute("income", income);
    model.addAttribute("expected", Money.cents(income.monthlyIncome()));
    model.addAttribute("catalogueIncome", Money.cents(market.netMonthlyIncome()));
    model.addAttribute(
        "capital", trade.startupCapital() == null ? null : Money.cents(trade.startupCapital()));
    model.addAttribute("placesLeft", capacities.marketPlacesLeft(market.marketKey()));
    model.addAttribute("livingCosts", Money.cents(catalogue.livingCosts(province).total()));
    model.addAttribute("funding", funding);
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    return "matching/self-employment";
  }
}
