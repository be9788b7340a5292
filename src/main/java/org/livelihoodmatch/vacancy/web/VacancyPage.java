package org.livelihoodmatch.vacancy.web;

import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.vacancy.VacancyDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A vacancy as an NGO's officer or planner reads it ({@code /vacancies/{id}}): the employer and
 * workplace, pay, hours, housing and food, places left, start and closing dates, and whom to call.
 * Read-only: employers change their own vacancies and officers decide held ones on the review
 * pages. Anyone but NGO staff is refused by the security configuration.
 */
@Controller
class VacancyPage {

  private final VacancyDetails vacancies;
  private final Catalogue catalogue;

  VacancyPage(VacancyDetails vacancies, Catalogue catalogue) {
    this.vacancies = vacancies;
    this.catalogue = catalogue;
  }

  @GetMapping("/vacancies/{id}")
  String vacancy(@PathVariable UUID id, Locale locale, Model model) {
    model.addAttribute(
        "vacancy", vacancies.find(id).orElseThrow(() -> new NotFoundException("vacancy", id)));
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    return "vacancy/vacancy";
  }
}
