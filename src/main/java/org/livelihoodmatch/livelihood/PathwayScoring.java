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

  /**
   * Why the pathway, in plain words: her wishes, her money, where, the training, the market, the
   * loan. English needs a pronoun for the client: "her" for a woman, "his" for a man, "their"
   * otherwise; the pages' words need none.
   */
  List<Reason> reasons(ClientProfile client, Pathway p) {
    List<Reason> reasons = new ArrayList<>();
    String sex = Reason.sex(client.sex());
    String occupationName =
        catalogue.occupation(p.occupation()).map(o -> o.nameEn()).orElse(p.occupation());
    Reason.Occupation occupation = new Reason.Occupation(p.occupation());
    if (p.kind() == Pathway.Kind.EDUCATION) {
      boolean school = p.training().kind() == TrainingOffer.Kind.SCHOOL;
      Reason what =
          Reason.of(
              school ? "school" : "literacy classes",
              school ? "reason.education.SCHOOL" : "reason.education.LITERACY");
      boolean child = client.childOn(p.training().startDate());
      reasons.add(
          Reason.of(
              what.english()
                  + (child ? ": " + subject(sex) + " a child, school not work" : ", as asked"),
              child ? "reason.education.child." + sex : "reason.education.asked",
              what));
    } else if (p.kind() == Pathway.Kind.FAMILY_LIVELIHOOD) {
      reasons.add(
          Reason.of(
              "a livelihood of the household's own at home ("
                  + p.familyLivelihood().nameEn()
                  + "), first income after "
                  + p.familyLivelihood().monthsToFirstIncome()
                  + " months",
              "reason.family.own",
              new Reason.FamilyLivelihood(p.familyLivelihood().code()),
              p.familyLivelihood().monthsToFirstIncome()));
    } else if (client.preferenceRank(p.occupation()) > 0) {
      int rank = client.preferenceRank(p.occupation());
      reasons.add(
          Reason.of(
              ordinal(rank) + " choice of occupation (" + occupationName + ")",
              "reason.choice",
              rank,
              occupation));
    } else if (client.isSkilledIn(p.occupation())) {
      reasons.add(
          Reason.of(
              "uses "
                  + possessive(sex)
                  + " existing skill as "
                  + occupationName
                  + ", not among "
                  + possessive(sex)
                  + " choices",
              "reason.skill." + sex,
              occupation));
    } else {
      reasons.add(
          Reason.of(
              occupationName + " is not among " + possessive(sex) + " choices",
              "reason.notChosen." + sex,
              occupation));
    }
    reasons.add(surplus(p));
    if (p.workProvince().equals(client.homeProvince()) && client.canLiveAtHome()) {
      reasons.add(Reason.of("can live at home: no rent", "reason.home"));
    } else if (p.job() != null && p.job().providesAccommodation()
        || p.kind() == Pathway.Kind.EDUCATION && p.training().providesAccommodation()) {
      reasons.add(Reason.of("the employer provides accommodation", "reason.housing"));
    } else if (p.distanceKm() > 0) {
      reasons.add(Reason.of(p.distanceKm() + " km from home", "reason.distance", p.distanceKm()));
    }
    if (p.training() != null) {
      reasons.add(
          Reason.of(
              "training \""
                  + p.training().title()
                  + "\" in "
                  + catalogue.province(p.training().province()).map(x -> x.nameEn()).orElse("")
                  + " from "
                  + p.training().startDate()
                  + " to "
                  + p.training().endDate(),
              "reason.training",
              p.training().title(),
              new Reason.Province(p.training().province()),
              p.training().startDate(),
              p.training().endDate()));
    }
    if (p.selfEmployment() != null) {
      String provinceName = provinceName(p.workProvince());
      catalogue
          .marketDemand(p.selfEmployment().province(), p.selfEmployment().occupation())
          .ifPresent(
              m ->
                  reasons.add(
                      Reason.of(
                          "the market in "
                              + provinceName
                              + " absorbs "
                              + m.newBusinessesPerYear()
                              + " new businesses of this kind a year, earning about "
                              + m.netMonthlyIncome()
                              + " a month",
                          "reason.market",
                          new Reason.Province(p.workProvince()),
                          m.newBusinessesPerYear(),
                          new Reason.Money(m.netMonthlyIncome()))));
    }
    Retention retention = p.expectedRetention();
    if (retention != null && retention.basedOn() > 0) {
      reasons.add(retentionReason(retention));
    }
    if (p.selfEmployment() != null
        && p.selfEmployment().incomeSource() == IncomeEstimate.Source.OBSERVED) {
      reasons.add(
          Reason.of(
              "expected income "
                  + p.selfEmployment().netMonthlyIncome()
                  + " a month from what such businesses placed here reported at follow-ups",
              "reason.observed",
              new Reason.Money(p.selfEmployment().netMonthlyIncome())));
    }
    if (p.loan() != null) {
      reasons.add(
          Reason.of(
              "loan "
                  + p.loan().productCode()
                  + " of "
                  + p.loan().amount()
                  + " repaid "
                  + p.loan().monthlyRepayment()
                  + " a month over "
                  + p.loan().termMonths()
                  + " months",
              "reason.loan",
              new Reason.Loan(p.loan().productCode()),
              new Reason.Money(p.loan().amount()),
              new Reason.Money(p.loan().monthlyRepayment()),
              p.loan().termMonths()));
    }
    if (p.familyLivelihood() != null) {
      reasons.add(
          Reason.of(
              "family livelihood "
                  + p.familyLivelihood().nameEn()
                  + " adds "
                  + p.familyLivelihood().monthlyNetIncome()
                  + " a month to the household",
              "reason.family.adds",
              new Reason.FamilyLivelihood(p.familyLivelihood().code()),
              new Reason.Money(p.familyLivelihood().monthlyNetIncome())));
    }
    return reasons;
  }

  /** "surplus 75.00 above living costs in Phnom Penh after sending 25.00 home ...". */
  private Reason surplus(Pathway p) {
    Budget b = p.budget();
    boolean sends = b.remittance().signum() > 0;
    boolean repays = b.debtRepayment().signum() > 0;
    return Reason.of(
        "surplus "
            + b.surplus()
            + " above living costs in "
            + provinceName(p.workProvince())
            + (sends ? " after sending " + b.remittance() + " home" : "")
            + (repays ? " and repaying " + b.debtRepayment() + " of the household's debts" : ""),
        "reason.surplus" + (sends ? ".sent" : "") + (repays ? ".debts" : ""),
        new Reason.Money(b.surplus()),
        new Reason.Province(p.workProvince()),
        new Reason.Money(b.remittance()),
        new Reason.Money(b.debtRepayment()));
  }

  private String provinceName(String code) {
    return catalogue.province(code).map(x -> x.nameEn()).orElse(code);
  }

  /** "she is", "he is", "they are". */
  private static String subject(String sex) {
    return switch (sex) {
      case "F" -> "she is";
      case "M" -> "he is";
      default -> "they are";
    };
  }

  private static String possessive(String sex) {
    return switch (sex) {
      case "F" -> "her";
      case "M" -> "his";
      default -> "their";
    };
  }

  /**
   * "placements with this employer held 9 times in 10 at six months (expected 86%)", and how many
   * are too recent to tell.
   */
  static Reason retentionReason(Retention r) {
    String unit =
        switch (r.unit()) {
          case EMPLOYER -> "placements with this employer";
          case PROVIDER -> "placements through this training provider";
          case MARKET -> "businesses of this kind in this market";
        };
    Reason what = Reason.of(unit, "reason.unit." + r.unit().name());
    if (!r.speaksOfUnit()) {
      return Reason.of(
          unit
              + ": "
              + r.tooRecent()
              + " recorded, none six months old yet; expected to hold: "
              + r.percent()
              + "%",
          "reason.retention.tooRecent",
          what,
          r.tooRecent(),
          r.percent());
    }
    return Reason.of(
        unit
            + " held "
            + r.held()
            + (r.held() == 1 ? " time in " : " times in ")
            + (r.held() + r.endedSooner())
            + " at six months"
            + (r.tooRecent() > 0 ? " (" + r.tooRecent() + " more too recent to tell)" : "")
            + "; expected to hold: "
            + r.percent()
            + "%",
        r.tooRecent() > 0 ? "reason.retention.heldRecent" : "reason.retention.held",
        what,
        r.held(),
        r.held() + r.endedSooner(),
        r.percent(),
        r.tooRecent());
  }

  private static String ordinal(int rank) {
    return rank <= ORDINALS.length ? ORDINALS[rank - 1] : rank + "th";
  }

  static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? Money.ZERO : amount;
  }
}
