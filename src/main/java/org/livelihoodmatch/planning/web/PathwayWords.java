package org.livelihoodmatch.planning.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.springframework.context.MessageSource;

/**
 * A pathway by what it is, in the reader's language: "a job as hairdresser at Salon Sophea in
 * Pursat", "the course "Hairdressing" in Pursat, then ...", "an own business as tailor in Takeo,
 * with the loan "NGO small-business loan"", never "pathway p17".
 */
final class PathwayWords {

  private final Locale locale;
  private final MessageSource messages;
  private final Labels labels;
  private final Function<UUID, String> employers;
  private final Map<UUID, String> employerNames = new HashMap<>();

  PathwayWords(
      Locale locale, MessageSource messages, Labels labels, Function<UUID, String> employers) {
    this.locale = locale;
    this.messages = messages;
    this.labels = labels;
    this.employers = employers;
  }

  /** A pathway of the plan by what it is. */
  String pathway(PlannedOption option) {
    PathwayView p = option.view();
    String what =
        switch (p.kind()) {
          case "JOB" -> job(p.vacancy(), option.option().employerId());
          case "TRAINING_THEN_JOB" ->
              message(
                  "plan.pathway.then",
                  course(p.training()),
                  job(p.vacancy(), option.option().employerId()));
          case "SELF_EMPLOYMENT" -> business(p.selfEmployment());
          case "TRAINING_THEN_SELF_EMPLOYMENT" ->
              message("plan.pathway.then", course(p.training()), business(p.selfEmployment()));
          case "EDUCATION" ->
              message(
                  "plan.pathway.education",
                  p.training().title(),
                  labels.province(p.training().province(), locale));
          default -> family(p.familyLivelihood());
        };
    if (p.familyLivelihood() != null && !"FAMILY_LIVELIHOOD".equals(p.kind())) {
      what = message("plan.pathway.andFamily", what, familyName(p.familyLivelihood().code()));
    }
    if (p.loan() != null) {
      what = message("plan.pathway.withLoan", what, loan(p.loan().product()));
    }
    return what;
  }

  String job(PathwayView.Vacancy v, UUID employerId) {
    return message(
        "plan.pathway.job",
        labels.occupation(v.occupation(), locale),
        employer(employerId),
        labels.province(v.province(), locale));
  }

  String course(PathwayView.Training t) {
    return message("plan.pathway.course", t.title(), labels.province(t.province(), locale));
  }

  private String business(PathwayView.SelfEmployment s) {
    return message(
        "plan.pathway.business",
        labels.occupation(s.occupation(), locale),
        labels.province(s.province(), locale));
  }

  private String family(PathwayView.FamilyLivelihood f) {
    return f == null
        ? ""
        : message(
            "plan.pathway.family", familyName(f.code()), labels.province(f.province(), locale));
  }

  String employer(UUID id) {
    if (id == null) {
      return message("plan.term.employerUnknown");
    }
    String name = employerNames.computeIfAbsent(id, employers);
    return name == null ? message("plan.term.employerUnknown") : name;
  }

  /** A loan product by its name in the reader's language (ours: the bundle's), else its code. */
  String loan(String code) {
    return messages.getMessage("loan.product." + code, null, labels.loanProduct(code), locale);
  }

  String familyName(String code) {
    return labels.familyLivelihood(code, locale);
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
