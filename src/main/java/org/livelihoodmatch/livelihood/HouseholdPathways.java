package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.FamilyLivelihood;
import org.livelihoodmatch.catalogue.MarketDemand;

/**
 * The pathways beyond her own work (issue 13): a family livelihood of the household's own, and
 * school or literacy, alone or with the family livelihood that keeps the household above the
 * threshold meanwhile. A family livelihood is taken up at home: where she may live, on the land the
 * household has, in a market with room for one more, financed by a loan whose instalment the
 * livelihood itself covers and the household's debts leave room for.
 */
final class HouseholdPathways {

  /** A family livelihood the household could take up, with the loan that finances it (or none). */
  record Usable(
      FamilyLivelihood livelihood, Pathway.Loan loan, Pathway.FamilyLivelihoodChoice choice) {
    BigDecimal repayment() {
      return loan == null ? Money.ZERO : loan.monthlyRepayment();
    }
  }

  /** Builds a scored pathway: the generator's own factory, so every kind is scored alike. */
  interface Factory {
    Pathway make(
        ClientProfile client,
        Pathway.Kind kind,
        TrainingOffer training,
        Pathway.Loan loan,
        Pathway.FamilyLivelihoodChoice family,
        Budget budget,
        OutcomeEvidence evidence);
  }

  private final Catalogue catalogue;

  /**
   * Each family livelihood with the loan that finances it, chosen once: it depends on the catalogue
   * only. Those whose loan cannot be had or repaid from their own income are left out.
   */
  private final List<Financed> financed;

  private record Financed(FamilyLivelihood livelihood, Pathway.Loan loan) {}

  HouseholdPathways(Catalogue catalogue, Financing financing) {
    this.catalogue = catalogue;
    List<Financed> list = new ArrayList<>();
    for (FamilyLivelihood f : catalogue.familyLivelihoods()) {
      Pathway.Loan loan = null;
      if (f.capital().signum() > 0) {
        loan = financing.familyLoan(f).orElse(null);
        if (loan == null
            || loan.monthlyRepayment().compareTo(f.monthlyNetIncome()) > 0
            || f.monthsToFirstIncome() >= loan.termMonths()) {
          continue;
        }
      }
      list.add(new Financed(f, loan));
    }
    this.financed = List.copyOf(list);
  }

  /** The family livelihoods her household could take up at home now. */
  List<Usable> usable(ClientProfile client, PathwayGenerator.Candidates candidates) {
    String home = client.homeProvince();
    List<Usable> usable = new ArrayList<>();
    if (home == null || !client.mayWorkIn(home)) {
      return usable;
    }
    for (Financed candidate : financed) {
      FamilyLivelihood f = candidate.livelihood();
      MarketDemand market = catalogue.marketDemand(home, f.occupation()).orElse(null);
      if (market == null
          || market.newBusinessesPerYear() <= 0
          || candidates.fullMarkets().contains(market.marketKey())
          || client.landHectares() != null
              && client.landHectares().compareTo(f.landHectaresNeeded()) < 0) {
        continue;
      }
      usable.add(
          new Usable(
              f,
              candidate.loan(),
              new Pathway.FamilyLivelihoodChoice(
                  f.code(),
                  f.nameEn(),
                  f.capital(),
                  f.monthlyNetIncome(),
                  home,
                  f.occupation(),
                  f.monthsToFirstIncome())));
    }
    return usable;
  }

  /**
   * Family livelihoods on their own: for a minor (the household's work, not hers), or where she
   * wants or knows the trade, or the household already keeps animals or grows food; offered when
   * the budget holds (for an adult, the livelihood must feed her too).
   */
  void familyLivelihoods(
      ClientProfile client,
      LocalDate earliest,
      List<Usable> usable,
      OutcomeEvidence evidence,
      Factory factory,
      Map<String, Pathway> found) {
    boolean minor = client.ageOn(earliest) < Eligibility.HAZARDOUS_WORK_AGE;
    boolean fed = fedByHousehold(client, earliest, client.homeProvince());
    for (Usable u : usable) {
      String occupation = u.livelihood().occupation();
      boolean hers =
          minor
              || client.keepsAnimals()
              || client.preferenceRank(occupation) > 0
              || client.skills().containsKey(occupation);
      if (!hers) {
        continue;
      }
      Budget budget =
          LivelihoodBudget.compute(
              catalogue.livingCosts(client.homeProvince()),
              new LivelihoodBudget.Terms(
                  u.livelihood().monthlyNetIncome(),
                  fed,
                  false,
                  client.canLiveAtHome(),
                  client.monthlyRemittance(),
                  u.repayment(),
                  client.debtRepayment()));
      if (affordable(client, budget, u)) {
        put(
            found,
            factory.make(
                client,
                Pathway.Kind.FAMILY_LIVELIHOOD,
                null,
                u.loan(),
                u.choice(),
                budget,
                evidence));
      }
    }
  }

  /**
   * School or literacy for a child under 15 and for anyone who asks: each intake alone when its
   * budget holds, and with the family livelihood that leaves the household the most.
   */
  void education(
      ClientProfile client,
      LocalDate earliest,
      List<TrainingOffer> intakes,
      List<Usable> usable,
      OutcomeEvidence evidence,
      Factory factory,
      Map<String, Pathway> found) {
    for (TrainingOffer t : intakes) {
      Budget alone = educationBudget(client, earliest, t, null);
      if (alone.meetsThreshold()) {
        put(found, factory.make(client, Pathway.Kind.EDUCATION, t, null, null, alone, evidence));
      }
      Pathway best = null;
      for (Usable u : usable) {
        Budget budget = educationBudget(client, earliest, t, u);
        if (affordable(client, budget, u)
            && (best == null || budget.surplus().compareTo(best.surplus()) > 0)) {
          best =
              factory.make(
                  client, Pathway.Kind.EDUCATION, t, u.loan(), u.choice(), budget, evidence);
        }
      }
      put(found, best);
    }
  }

  /**
   * A minor who lives at home is fed by her household, as she was before she left: her food counts
   * as meals provided while she studies or works in the household's own livelihood. Transport and
   * other costs stay hers; an adult pays her food from what the pathway brings.
   */
  private static boolean fedByHousehold(ClientProfile client, LocalDate on, String province) {
    return client.canLiveAtHome()
        && province.equals(client.homeProvince())
        && client.ageOn(on) < Eligibility.HAZARDOUS_WORK_AGE;
  }

  /**
   * While she studies: the stipend and the family livelihood's income; a minor at home is fed by
   * her household ({@link #fedByHousehold}), a boarder lodged by the school.
   */
  private Budget educationBudget(
      ClientProfile client, LocalDate earliest, TrainingOffer t, Usable u) {
    boolean atHome = client.canLiveAtHome() && t.province().equals(client.homeProvince());
    BigDecimal income = PathwayScoring.zeroIfNull(t.monthlyStipend());
    if (u != null) {
      income = income.add(u.livelihood().monthlyNetIncome());
    }
    return LivelihoodBudget.compute(
        catalogue.livingCosts(t.province()),
        new LivelihoodBudget.Terms(
            income,
            fedByHousehold(client, earliest, t.province()),
            t.providesAccommodation(),
            atHome,
            client.monthlyRemittance(),
            u == null ? Money.ZERO : u.repayment(),
            client.debtRepayment()));
  }

  private static boolean affordable(ClientProfile client, Budget budget, Usable u) {
    return budget.meetsThreshold()
        && Affordability.allowsNewLoan(budget.income(), client.debtRepayment(), u.repayment());
  }

  private static void put(Map<String, Pathway> found, Pathway pathway) {
    if (pathway != null) {
      found.putIfAbsent(pathway.key(), pathway);
    }
  }
}
