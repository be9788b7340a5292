package org.livelihoodmatch.vacancy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.vacancy.web.VacancyEdit;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's own vacancies ({@code /employer/vacancies}, role EMPLOYER): their status and red
 * flags; changing one (through the one screening), saying how many positions are filled, and
 * closing one after a confirmation. Another employer's vacancy is not found, whoever asks.
 */
@Controller
class EmployerVacancyController {

  private static final int PAGE_SIZE = 20;
  private static final String LIST = "redirect:/employer/vacancies";
  private static final String EDIT = "vacancy/employer-edit";

  private final VacancyQueries queries;
  private final VacancyService vacancies;
  private final VacancyPositions positions;
  private final VacancyFormChoices choices;
  private final MessageSource messages;

  EmployerVacancyController(
      VacancyQueries queries,
      VacancyService vacancies,
      VacancyPositions positions,
      VacancyFormChoices choices,
      MessageSource messages) {
    this.queries = queries;
    this.vacancies = vacancies;
    this.positions = positions;
    this.choices = choices;
    this.messages = messages;
  }

  @InitBinder("vacancy")
  void initBinder(WebDataBinder binder) {
    VacancyFormController.readTyping(binder);
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

  @GetMapping("/employer/vacancies/{id}/edit")
  String initEditForm(@PathVariable UUID id, Model model, Locale locale) {
    Vacancy v = own(id);
    VacancyEdit edit = new VacancyEdit();
    edit.version = v.version;
    edit.title = v.title;
    edit.occupation = v.occupation;
    edit.province = v.province;
    edit.workplaceAddress = v.workplaceAddress;
    edit.positions = v.positions;
    edit.monthlyWage = v.monthlyWage;
    edit.hoursPerWeek = v.hoursPerWeek;
    edit.providesAccommodation = v.providesAccommodation;
    edit.providesMeals = v.providesMeals;
    edit.minAge = v.minAge;
    edit.startDate = v.startDate;
    edit.crossBorder = v.crossBorder;
    edit.description = v.description;
    edit.languages = v.languages;
    edit.contactName = v.contactName;
    edit.contactPhone = v.contactPhone;
    edit.closingDate = v.closingDate;
    model.addAttribute("vacancy", edit);
    return showEditForm(v, edit, model, locale);
  }

  @PostMapping("/employer/vacancies/{id}/edit")
  String processEditForm(
      @PathVariable UUID id,
      @Valid @ModelAttribute("vacancy") VacancyEdit edit,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Vacancy v = own(id);
    if (edit.languages != null && !PublicVacancyForm.LANGUAGES.containsAll(edit.languages)) {
      result.rejectValue("languages", "vacancy.form.languageUnknown", "choose among those listed");
    }
    if (!result.hasErrors()) {
      try {
        vacancies.reviseOwn(id, v.employerId, edit.version, edit, edit.terms(), edit.contact());
        redirect.addFlashAttribute("done", "employer.vacancies.changed");
        return LIST;
      } catch (VacancyRefused refused) {
        refused.refusals().forEach(r -> r.rejectOn(result, locale));
      } catch (OptimisticLockingFailureException e) {
        result.reject("employer.vacancies.changedMeanwhile");
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return showEditForm(v, edit, model, locale);
  }

  @PostMapping("/employer/vacancies/{id}/filled")
  String processFilled(
      @PathVariable UUID id,
      @RequestParam(required = false) String positionsFilled,
      RedirectAttributes redirect,
      Locale locale) {
    Vacancy v = own(id);
    String typed = PlainText.clean(PlainText.asciiDigits(positionsFilled));
    if (typed == null || !typed.matches("[0-9]{1,5}")) {
      redirect.addFlashAttribute(
          "problem", messages.getMessage("employer.vacancies.filledNumber", null, locale));
      return LIST;
    }
    try {
      positions.fillOwn(id, v.employerId, Integer.parseInt(typed));
      redirect.addFlashAttribute("done", "employer.vacancies.filledRecorded");
    } catch (VacancyRefused refused) {
      redirect.addFlashAttribute("problem", say(refused.refusals().get(0), locale));
    }
    return LIST;
  }

  /** Closing asks first: a closed vacancy is offered to nobody and cannot be opened again. */
  @GetMapping("/employer/vacancies/{id}/close")
  String showClosing(@PathVariable UUID id, Model model, Locale locale) {
    Vacancy v = own(id);
    model.addAttribute("vacancy", VacancyView.of(v, StoredFlags.read(v.redFlags)));
    model.addAttribute("names", choices.in(locale));
    return "vacancy/employer-close";
  }

  @PostMapping("/employer/vacancies/{id}/close")
  String processClosing(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
    try {
      vacancies.closeOwn(id, CurrentStaff.get().organisationId());
      redirect.addFlashAttribute("done", "employer.vacancies.closed");
    } catch (VacancyRefused refused) {
      redirect.addFlashAttribute("problem", say(refused.refusals().get(0), locale));
    }
    return LIST;
  }

  /** The signed-in employer's own vacancy; another's, or none, is not found. */
  private Vacancy own(UUID id) {
    Vacancy v = vacancies.get(id);
    if (!v.employerId.equals(CurrentStaff.get().organisationId())) {
      throw new NotFoundException("vacancy", id);
    }
    return v;
  }

  private String showEditForm(Vacancy v, VacancyEdit edit, Model model, Locale locale) {
    VacancyFormChoices.Choices offered = choices.in(locale);
    model.addAttribute("id", v.id);
    model.addAttribute("status", v.status);
    model.addAttribute("positionsFilled", v.positionsFilled);
    model.addAttribute("choices", offered);
    model.addAttribute("selectedOccupationCode", edit.occupation);
    model.addAttribute("selectedProvinceCode", edit.province);
    model.addAttribute("answers", edit.answers());
    model.addAttribute("languageCodes", PublicVacancyForm.LANGUAGES);
    model.addAttribute(
        "chosenLanguages", org.livelihoodmatch.livelihood.Languages.orKhmer(edit.languages));
    return EDIT;
  }

  private String say(Refusal refusal, Locale locale) {
    return messages.getMessage(
        "vacancy.refusal." + refusal.code(), refusal.shownArgs(locale), refusal.message(), locale);
  }
}
