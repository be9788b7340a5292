package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.MarketDemand;
import org.livelihoodmatch.catalogue.Occupation;

/**
 * For a client with no feasible pathway, the options she misses most narrowly, each with the first
 * rule that blocks it and what would close the gap: a job of her wishes whose budget is short, one
 * she may not take yet (dates, age), one in a language she does not speak, a market for her trade
 * in a province she may not work in. Money gaps come first, smallest first: they are the ones an
 * officer can close (housing, a family livelihood, a loan, a smaller remittance).
 */
final class NearestMisses {

  private final Catalogue catalogue;

  NearestMisses(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<NearestMiss> find(
      ClientProfile client, PathwayGenerator.Candidates candidates, LocalDate today, int limit) {
    LocalDate earliest = Eligibility.earliestStart(client, today);
    List<NearestMiss> misses = new ArrayList<>();
    for (JobOffer job : candidates.jobs()) {
      Occupation occupation = catalogue.occupation(job.occupation()).orElse(null);
      if (occupation == null
          || client.preferenceRank(job.occupation()) == 0
              && !client.isSkilledIn(job.occupation())) {
        continue;
      }
      misses.add(jobMiss(client, job, occupation, earliest));
    }
    if (client.wantsSelfEmployment()) {
      for (MarketDemand market : catalogue.marketDemand()) {
        boolean hers =
            client.preferenceRank(market.occupation()) > 0
                || client.isSkilledIn(market.occupation());
        if (hers && market.newBusinessesPerYear() > 0) {
          NearestMiss miss = businessMiss(client, market, candidates);
          if (miss != null) {
            misses.add(miss);
          }
        }
      }
    }
    return misses.stream()
        .sorted(
            Comparator.comparing((NearestMiss m) -> m.blockedBy().ordinal())
                .thenComparing(NearestMiss::shortBy)
                .thenComparing(m -> m.pathway().key()))
        .limit(limit)
        .toList();
  }

  private NearestMiss jobMiss(
      ClientProfile client, JobOffer job, Occupation occupation, LocalDate earliest) {
    Budget budget = jobBudget(client, job);
    Pathway pathway = draft(client, Pathway.Kind.JOB, job, null, budget);
    if (!client.mayWorkIn(job.province())) {
      return rule(
          pathway,
          NearestMiss.Blocker.PROVINCE,
          Reason.of(
              "willing to work in " + province(job.province()),
              "miss.remedy.province",
              new Reason.Province(job.province())));
    }
    if (!client.speaksAnyOf(job.languages())) {
      return rule(
          pathway,
          NearestMiss.Blocker.LANGUAGE,
          Reason.of(
              "an interpreter or a workplace speaking one of " + possessive(client) + " languages",
              "miss.remedy.language." + Reason.sex(client.sex())));
    }
    if (job.startDate().isBefore(earliest)) {
      return rule(
          pathway,
          NearestMiss.Blocker.DATES,
          Reason.of("a start on or after " + earliest, "miss.remedy.dates", earliest));
    }
    if (!Eligibility.oldEnough(client, job.startDate(), job.minAge(), occupation)) {
      return rule(
          pathway,
          NearestMiss.Blocker.AGE,
          client.childOn(job.startDate())
              ? Reason.of("school or a family livelihood: no work under 15", "miss.remedy.child")
              : occupation.hazardousForMinors()
                  ? Reason.of("work that is not hazardous for a minor", "miss.remedy.hazardous")
                  : Reason.of(
                      "an employer taking workers of " + possessive(client) + " age",
                      "miss.remedy.age." + Reason.sex(client.sex())));
    }
    if (job.openPositions() <= 0) {
      return rule(
          pathway,
          NearestMiss.Blocker.CAPACITY,
          Reason.of("another vacancy of the same kind", "miss.remedy.vacancy"));
    }
    BigDecimal shortBy = budget.surplus().negate();
    List<Reason> remedies = new ArrayList<>();
    BigDecimal rent = budget.livingCosts().accommodation();
    if (!job.providesAccommodation() && rent.signum() > 0) {
      remedies.add(
          Reason.of(
              "housing provided by the employer (saves " + rent + " a month)",
              "miss.remedy.housing",
              new Reason.Money(rent)));
    }
    if (!job.providesMeals() && budget.livingCosts().food().signum() > 0) {
      remedies.add(Reason.of("meals provided by the employer", "miss.remedy.meals"));
    }
    BigDecimal wage = job.monthlyWage().add(shortBy);
    remedies.add(
        Reason.of("a wage of at least " + wage, "miss.remedy.wage", new Reason.Money(wage)));
    if (client.monthlyRemittance().compareTo(shortBy) >= 0) {
      remedies.add(
          Reason.of(
              "sending " + shortBy + " less home a month",
              "miss.remedy.remittance",
              new Reason.Money(shortBy)));
    }
    remedies.add(familyAdds(shortBy));
    return new NearestMiss(pathway, shortBy, NearestMiss.Blocker.BUDGET, List.copyOf(remedies));
  }

  private NearestMiss businessMiss(
      ClientProfile client, MarketDemand market, PathwayGenerator.Candidates candidates) {
    Occupation occupation = catalogue.occupation(market.occupation()).orElse(null);
    if (occupation == null) {
      return null;
    }
    var business =
        new Pathway.SelfEmployment(
            market.province(),
            market.occupation(),
            market.netMonthlyIncome(),
            occupation.startupCapital(),
            IncomeEstimate.Source.CATALOGUE);
    Budget budget =
        LivelihoodBudget.compute(
            catalogue.livingCosts(market.province()),
            new LivelihoodBudget.Terms(
                market.netMonthlyIncome(),
                false,
                false,
                client.canLiveAtHome() && market.province().equals(client.homeProvince()),
                client.monthlyRemittance(),
                Money.ZERO,
                client.debtRepayment()));
    Pathway pathway = draft(client, Pathway.Kind.SELF_EMPLOYMENT, null, business, budget);
    if (!client.mayWorkIn(market.province())) {
      return null; // every province's market would be listed: only where she may work counts
    }
    if (candidates.fullMarkets().contains(market.marketKey())) {
      return rule(
          pathway,
          NearestMiss.Blocker.CAPACITY,
          Reason.of("a market with room for one more", "miss.remedy.market"));
    }
    if (budget.meetsThreshold()) {
      return null; // without a loan it would work: the loan's instalment is what blocks it
    }
    BigDecimal shortBy = budget.surplus().negate();
    return new NearestMiss(
        pathway,
        shortBy,
        NearestMiss.Blocker.BUDGET,
        List.of(
            Reason.of(
                "an income of at least " + market.netMonthlyIncome().add(shortBy) + " a month",
                "miss.remedy.income",
                new Reason.Money(market.netMonthlyIncome().add(shortBy))),
            familyAdds(shortBy)));
  }

  private Budget jobBudget(ClientProfile client, JobOffer job) {
    return LivelihoodBudget.compute(
        catalogue.livingCosts(job.province()),
        new LivelihoodBudget.Terms(
            job.monthlyWage(),
            job.providesMeals(),
            job.providesAccommodation(),
            client.canLiveAtHome() && job.province().equals(client.homeProvince()),
            client.monthlyRemittance(),
            Money.ZERO,
            client.debtRepayment()));
  }

  private static Pathway draft(
      ClientProfile client,
      Pathway.Kind kind,
      JobOffer job,
      Pathway.SelfEmployment business,
      Budget budget) {
    String occupation = job != null ? job.occupation() : business.occupation();
    return new Pathway(
        kind,
        null,
        job,
        business,
        null,
        null,
        budget,
        client.preferenceRank(occupation),
        0,
        0.0,
        List.of(),
        null);
  }

  private static Reason familyAdds(BigDecimal shortBy) {
    return Reason.of(
        "a family livelihood that adds " + shortBy + " a month to the household",
        "miss.remedy.family",
        new Reason.Money(shortBy));
  }

  private static String possessive(ClientProfile client) {
    return switch (Reason.sex(client.sex())) {
      case "F" -> "her";
      case "M" -> "his";
      default -> "their";
    };
  }

  private static NearestMiss rule(Pathway pathway, NearestMiss.Blocker blocker, Reason remedy) {
    return new NearestMiss(pathway, BigDecimal.ZERO.setScale(2), blocker, List.of(remedy));
  }

  private String province(String code) {
    return catalogue.province(code).map(p -> p.nameEn()).orElse(code);
  }
}
