package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * Scores a feasible pathway between 0 and 1 and says why in plain words. Her own ranked wishes
 * weigh most, then how far the income clears living costs (with diminishing returns: the first
 * dollars above the threshold matter most), then where it is and how long the training takes. A
 * quarter of the score is how likely a placement like it is to hold six months ({@link
 * #RETENTION_WEIGHT}): an option that does not last is worth little, however well it pays.
 */
final class PathwayScoring {

  private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

  /**
   * The share of the score that expected retention takes. With no outcome recorded every pathway
   * has the same prior rate, so the order is the wishes' and the budget's alone; a difference of 50
   * points in retention (one employer's placements hold, another's end in the first month) moves a
   * pathway by 0.125, more than a second choice against a first (0.09) or US$100 against US$200 of
   * surplus (0.055).
   */
  static final double RETENTION_WEIGHT = 0.25;

  private final Catalogue catalogue;

  PathwayScoring(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  double score(
      ClientProfile client,
      Pathway.Kind kind,
      int rank,
      String province,
      Budget budget,
      TrainingOffer training,
      boolean borrows,
      Retention retention) {
    // school is what she asked for, or what the law gives a child under 15 instead of work
    double preference =
        kind == Pathway.Kind.EDUCATION
            ? 1.0
            : rank == 0 ? 0.2 : Math.max(0.3, 1.0 - 0.2 * (rank - 1));
    double place =
        province.equals(client.homeProvince())
            ? 1.0
            : client.preferredProvinces().contains(province) ? 0.8 : 0.4;
    double surplus = Math.sqrt(Math.min(1.0, budget.surplus().doubleValue() / 200.0));
    double training1 =
        training == null || training.isEducation()
            ? 1.0
            : Math.max(0.0, 1.0 - training.weeks() / 104.0);
    double fit =
        0.45 * preference
            + 0.15 * place
            + 0.25 * surplus
            + 0.10 * training1
            + (borrows ? 0.0 : 0.05);
    double score = (1.0 - RETENTION_WEIGHT) * fit + RETENTION_WEIGHT * retention.probability();
    return Math.round(score * 100.0) / 100.0;
  }

  List<String> reasons(ClientProfile client, Pathway p) {
    List<String> reasons = new ArrayList<>();
    String occupationName =
        catalogue.occupation(p.occupation()).map(o -> o.nameEn()).orElse(p.occupation());
    if (p.kind() == Pathway.Kind.EDUCATION) {
      reasons.add(
          (p.training().kind() == TrainingOffer.Kind.SCHOOL ? "school" : "literacy classes")
              + (client.childOn(p.training().startDate())
                  ? ": she is a child, school not work"
                  : ", as she asked"));
    } else if (p.kind() == Pathway.Kind.FAMILY_LIVELIHOOD) {
      reasons.add(
          "a livelihood of the household's own at home ("
              + p.familyLivelihood().nameEn()
              + "), first income after "
              + p.familyLivelihood().monthsToFirstIncome()
              + " months");
    } else if (client.preferenceRank(p.occupation()) > 0) {
      reasons.add(
          ordinal(client.preferenceRank(p.occupation()))
              + " choice of occupation ("
              + occupationName
              + ")");
    } else if (client.isSkilledIn(p.occupation())) {
      reasons.add("uses her existing skill as " + occupationName + ", not among her choices");
    } else {
      reasons.add(occupationName + " is not among her choices");
    }
    String provinceName =
        catalogue.province(p.workProvince()).map(x -> x.nameEn()).orElse(p.workProvince());
    reasons.add(
        "surplus "
            + p.budget().surplus()
            + " above living costs in "
            + provinceName
            + (p.budget().remittance().signum() > 0
                ? " after sending " + p.budget().remittance() + " home"
                : "")
            + (p.budget().debtRepayment().signum() > 0
                ? " and repaying " + p.budget().debtRepayment() + " of the household's debts"
                : ""));
    if (p.workProvince().equals(client.homeProvince()) && client.canLiveAtHome()) {
      reasons.add("can live at home: no rent");
    } else if (p.job() != null && p.job().providesAccommodation()
        || p.kind() == Pathway.Kind.EDUCATION && p.training().providesAccommodation()) {
      reasons.add("the employer provides accommodation");
    } else if (p.distanceKm() > 0) {
      reasons.add(p.distanceKm() + " km from home");
    }
    if (p.training() != null) {
      reasons.add(
          "training \""
              + p.training().title()
              + "\" in "
              + catalogue.province(p.training().province()).map(x -> x.nameEn()).orElse("")
              + " from "
              + p.training().startDate()
              + " to "
              + p.training().endDate());
    }
    if (p.selfEmployment() != null) {
      catalogue
          .marketDemand(p.selfEmployment().province(), p.selfEmployment().occupation())
          .ifPresent(
              m ->
                  reasons.add(
                      "the market in "
                          + provinceName
                          + " absorbs "
                          + m.newBusinessesPerYear()
                          + " new businesses of this kind a year, earning about "
                          + m.netMonthlyIncome()
                          + " a month"));
    }
    Retention retention = p.expectedRetention();
    if (retention != null && retention.basedOn() > 0) {
      reasons.add(retentionReason(retention));
    }
    if (p.selfEmployment() != null
        && p.selfEmployment().incomeSource() == IncomeEstimate.Source.OBSERVED) {
      reasons.add(
          "expected income "
              + p.selfEmployment().netMonthlyIncome()
              + " a month from what such businesses placed here reported at follow-ups");
    }
    if (p.loan() != null) {
      reasons.add(
          "loan "
              + p.loan().productCode()
              + " of "
              + p.loan().amount()
              + " repaid "
              + p.loan().monthlyRepayment()
              + " a month over "
              + p.loan().termMonths()
              + " months");
    }
    if (p.familyLivelihood() != null) {
      reasons.add(
          "family livelihood "
              + p.familyLivelihood().nameEn()
              + " adds "
              + p.familyLivelihood().monthlyNetIncome()
              + " a month to the household");
    }
    return reasons;
  }

  /**
   * "placements with this employer held 9 times in 10 at six months (expected 86%)", and how many
   * are too recent to tell.
   */
  static String retentionReason(Retention r) {
    String unit =
        switch (r.unit()) {
          case EMPLOYER -> "placements with this employer";
          case PROVIDER -> "placements through this training provider";
          case MARKET -> "businesses of this kind in this market";
        };
    if (!r.speaksOfUnit()) {
      return unit
          + ": "
          + r.tooRecent()
          + " recorded, none six months old yet; expected to hold: "
          + r.percent()
          + "%";
    }
    return unit
        + " held "
        + r.held()
        + (r.held() == 1 ? " time in " : " times in ")
        + (r.held() + r.endedSooner())
        + " at six months"
        + (r.tooRecent() > 0 ? " (" + r.tooRecent() + " more too recent to tell)" : "")
        + "; expected to hold: "
        + r.percent()
        + "%";
  }

  private static String ordinal(int rank) {
    return rank <= ORDINALS.length ? ORDINALS[rank - 1] : rank + "th";
  }

  static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? Money.ZERO : amount;
  }
}
