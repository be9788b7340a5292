package org.livelihoodmatch.vacancy;

import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's own vacancies ({@code /employer/vacancies}, role EMPLOYER): their status and red
 * flags, and closing one. Another employer's vacancy is not found, whoever asks.
 */
@Controller
class EmployerVacancyController {

  private static final int PAGE_SIZE = 20;

  private final VacancyQueries queries;
  private final VacancyService vacancies;
  private final VacancyFormChoices choices;
  private final MessageSource messages;

  EmployerVacancyController(
      VacancyQueries queries,
      VacancyService vacancies,
      VacancyFormChoices choices,
      MessageSource messages) {
    this.queries = queries;
    this.vacancies = vacancies;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping("/employer/vacancies")
  String showOwnVacancies(
      @RequestParam(required = false) Integer page, Model model, Locale locale) {
    UUID employer = CurrentStaff.get().organisationId();
    model.addAttribute(
        "vacancies",
        queries.find(
            new VacancyQueries.Filter(null, null, null, employer), Paging.of(page, PAGE_SIZE)));
    model.addAttribute("names", choices.in(locale));
    return "vacancy/employer-vacancies";
  }

  @PostMapping("/employer/vacancies/{id}/close")
  String processClosing(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
    try {
      vacancies.closeOwn(id, CurrentStaff.get().organisationId());
      redirect.addFlashAttribute("done", "employer.vacancies.closed");
    } catch (VacancyRefused refused) {
      Refusal first = refused.refusals().get(0);
      redirect.addFlashAttribute(
          "problem",
          messages.getMessage(
              "vacancy.refusal." + first.code(), first.args().toArray(), first.message(), locale));
    }
    return "redirect:/employer/vacancies";
  }
}
