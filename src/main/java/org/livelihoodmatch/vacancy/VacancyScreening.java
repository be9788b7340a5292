package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.WageFloor;
import org.springframework.stereotype.Component;

/**
 * The one screening of every vacancy, from the API or the public form (DESIGN decision 7). The
 * legal rules refuse an offer: a wage below the sector's floor, fees charged to the worker,
 * documents held by the employer, a minimum age under 18 for hazardous work or under 15 for any.
 * The red flags hold it for an officer: an unverified employer, pay far above the market, hours
 * beyond the legal week, work across the border, housing the employer controls, a vague workplace,
 * tell-tale words in the description, and an offer sent through the public form in a verified
 * employer's name by someone who did not sign in as that employer.
 */
@Component
public class VacancyScreening {

  static final int LEGAL_WEEK_HOURS = 48;
  static final BigDecimal FAR_ABOVE_MARKET = new BigDecimal("2.0");

  private final Catalogue catalogue;
  private final DescriptionRedFlags descriptionFlags = new DescriptionRedFlags();

  VacancyScreening(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Screening screen(VacancyTerms terms, boolean employerVerified, LocalDate today) {
    return screen(terms, employerVerified, true, today);
  }

  /**
   * Screens an offer; {@code posterConfirmed} is false when nobody signed in as the employer (the
   * public form), so a verified employer's name alone does not vouch for the offer.
   */
  public Screening screen(
      VacancyTerms terms, boolean employerVerified, boolean posterConfirmed, LocalDate today) {
    List<Refusal> refusals = new ArrayList<>();
    Occupation occupation = catalogue.occupation(terms.occupation()).orElse(null);
    if (occupation != null && terms.monthlyWage() != null) {
      LocalDate on =
          terms.startDate() != null && terms.startDate().isAfter(today) ? terms.startDate() : today;
      catalogue
          .wageFloor(occupation.sector(), on)
          .filter(floor -> terms.monthlyWage().compareTo(floor.monthlyWage()) < 0)
          .ifPresent(floor -> refusals.add(belowFloor(floor)));
    }
    if (terms.minAge() != null) {
      if (terms.minAge() < 15) {
        refusals.add(
            Refusal.of(
                "minAge",
                "UNDER_15",
                "must be at least 15: nobody under 15 may be employed (Labour Law art. 177)"));
      } else if (occupation != null && occupation.hazardousForMinors() && terms.minAge() < 18) {
        refusals.add(
            Refusal.of(
                "minAge",
                "MINOR_IN_HAZARDOUS_WORK",
                "must be at least 18: " + occupation.nameEn() + " is hazardous work for minors",
                occupation.nameEn(),
                occupation.nameKm()));
      }
    }
    if (terms.workerPaysFees()) {
      refusals.add(
          Refusal.of(
              "workerPaysFees",
              "WORKER_PAYS_FEES",
              "workers must never pay recruitment or placement fees"));
    }
    if (terms.employerHoldsDocuments()) {
      refusals.add(
          Refusal.of(
              "employerHoldsDocuments",
              "EMPLOYER_HOLDS_DOCUMENTS",
              "an employer must never keep a worker's identity documents"));
    }
    return new Screening(refusals, redFlags(terms, occupation, employerVerified, posterConfirmed));
  }

  private static Refusal belowFloor(WageFloor floor) {
    return Refusal.of(
        "monthlyWage",
        "WAGE_BELOW_FLOOR",
        "is below the legal minimum of US$"
            + floor.monthlyWage()
            + " a month for the "
            + floor.sector()
            + " sector (in force from "
            + floor.effectiveFrom()
            + ")",
        floor.monthlyWage().toPlainString(),
        floor.sector(),
        floor.effectiveFrom());
  }

  private List<RedFlag> redFlags(
      VacancyTerms terms, Occupation occupation, boolean verified, boolean posterConfirmed) {
    List<RedFlag> flags = new ArrayList<>();
    if (!verified) {
      flags.add(
          new RedFlag(
              "UNVERIFIED_EMPLOYER", "the employer has not been verified by an officer yet"));
    } else if (!posterConfirmed) {
      flags.add(
          new RedFlag(
              "UNCONFIRMED_POSTER",
              "sent through the public form in a verified employer's name without its sign-in:"
                  + " confirm with the employer that it made this offer"));
    }
    if (occupation != null
        && terms.monthlyWage() != null
        && terms.monthlyWage().compareTo(occupation.marketWage().multiply(FAR_ABOVE_MARKET)) > 0) {
      flags.add(
          new RedFlag(
              "WAGE_FAR_ABOVE_MARKET",
              "the wage "
                  + terms.monthlyWage()
                  + " is more than twice the usual "
                  + occupation.marketWage()
                  + " for "
                  + occupation.nameEn()
                  + ": too good to be true is how traffickers recruit",
              List.of(
                  terms.monthlyWage().toPlainString(),
                  occupation.marketWage().toPlainString(),
                  occupation.code())));
    }
    if (terms.hoursPerWeek() != null && terms.hoursPerWeek() > LEGAL_WEEK_HOURS) {
      flags.add(
          new RedFlag(
              "HOURS_ABOVE_LEGAL_WEEK",
              terms.hoursPerWeek() + " hours a week is beyond the legal week of 48 hours",
              List.of(String.valueOf(terms.hoursPerWeek()))));
    }
    if (terms.crossBorder()) {
      flags.add(
          new RedFlag(
              "CROSS_BORDER",
              "the work is across the border, where the worker is hardest to protect"));
    }
    if (terms.providesAccommodation()) {
      flags.add(
          new RedFlag(
              "EMPLOYER_CONTROLLED_HOUSING",
              "the employer controls the worker's housing: check it is safe and free to leave"));
    }
    if (vague(terms.workplaceAddress())) {
      flags.add(new RedFlag("VAGUE_WORKPLACE", "the workplace address is too vague to visit"));
    }
    flags.addAll(descriptionFlags.find(terms.title(), terms.description()));
    return flags;
  }

  static boolean vague(String address) {
    if (address == null) {
      return true;
    }
    String a = address.strip().toLowerCase();
    return a.length() < 12
        || a.split("\\s+").length < 3
        || a.matches(
            ".*\\b(tba|tbd|to be (announced|confirmed)|secret|various|abroad|"
                + "will tell|later)\\b.*");
  }
}
