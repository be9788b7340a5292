package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.livelihoodmatch.livelihood.Languages;

/**
 * What an employer offers, as screening reads it: the same terms whether they come from the API or
 * the public form. {@code languages}: those the work is done in, Khmer when none is named.
 */
public record VacancyTerms(
    String title,
    String occupation,
    String province,
    String workplaceAddress,
    Integer positions,
    BigDecimal monthlyWage,
    Integer hoursPerWeek,
    boolean providesAccommodation,
    boolean providesMeals,
    Integer minAge,
    LocalDate startDate,
    boolean workerPaysFees,
    boolean employerHoldsDocuments,
    boolean crossBorder,
    String description,
    Set<String> languages) {

  public VacancyTerms {
    languages = Languages.orKhmer(languages);
  }

  /**
   * The terms as a form or a JSON body answers them: a question left unanswered is a no, a missing
   * description is empty.
   */
  static VacancyTerms asAnswered(
      String title,
      String occupation,
      String province,
      String workplaceAddress,
      Integer positions,
      BigDecimal monthlyWage,
      Integer hoursPerWeek,
      Boolean providesAccommodation,
      Boolean providesMeals,
      Integer minAge,
      LocalDate startDate,
      Boolean workerPaysFees,
      Boolean employerHoldsDocuments,
      Boolean crossBorder,
      String description,
      Collection<String> languages) {
    return new VacancyTerms(
        title,
        occupation,
        province,
        workplaceAddress,
        positions,
        monthlyWage,
        hoursPerWeek,
        Boolean.TRUE.equals(providesAccommodation),
        Boolean.TRUE.equals(providesMeals),
        minAge,
        startDate,
        Boolean.TRUE.equals(workerPaysFees),
        Boolean.TRUE.equals(employerHoldsDocuments),
        Boolean.TRUE.equals(crossBorder),
        description == null ? "" : description,
        Languages.orKhmer(languages));
  }
}
