package org.livelihoodmatch.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.TypedText;
import org.livelihoodmatch.training.TrainingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An NGO's officer or planner posts a training intake ({@code /training-intakes/new}) through the
 * service the API uses, with its rules: every problem at once (numbers or dates that could not be
 * read, and the rules'), each beside its field in the page's language ({@code
 * officer.problem.intake.<field>}), everything typed kept; then the intake's page.
 */
@Controller
class IntakeFormPage {

  static final String FORM = "training/form";

  /** Khmer, the foreign languages of Cambodia's workplaces and the north-east's own. */
  static final List<String> LANGUAGES =
      List.of("km", "en", "zh", "vi", "th", "tpu", "jra", "krr", "cmo");

  /** One choice of a select: the code sent, the name shown. */
  record Choice(String code, String label) {}

  private final TrainingService trainings;
  private final Catalogue catalogue;

  IntakeFormPage(TrainingService trainings, Catalogue catalogue) {
    this.trainings = trainings;
    this.catalogue = catalogue;
  }

  @InitBinder("intake")
  void initBinder(WebDataBinder binder) {
    TypedText.register(binder);
  }

  @GetMapping("/training-intakes/new")
  String initCreationForm(Model model, Locale locale) {
    model.addAttribute("intake", new IntakePageForm());
    return show(model, locale);
  }

  @PostMapping("/training-intakes/new")
  String processCreationForm(
      @ModelAttribute("intake") IntakePageForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    reject(result, trainings.problems(form.toApi()));
    if (!result.hasErrors()) {
      try {
        UUID id = trainings.post(form.toApi());
        return "redirect:/training-intakes/" + id + "?posted";
      } catch (InvalidInputException e) {
        reject(result, e.problems());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(model, locale);
  }

  /** Each problem beside its input ({@code languages[1]} beside the languages). */
  private static void reject(BindingResult result, List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String field = p.field().replaceAll("\\[\\d+]$", "");
      if (result.hasFieldErrors(field)) {
        continue;
      }
      if (result.getFieldType(field) != null) {
        result.rejectValue(field, "officer.problem", p.message());
      } else {
        result.reject("officer.problem", p.message());
      }
    }
  }

  private String show(Model model, Locale locale) {
    boolean khmer = "km".equals(locale.getLanguage());
    Collator order = Collator.getInstance(khmer ? Locale.forLanguageTag("km") : Locale.ENGLISH);
    model.addAttribute(
        "provinces",
        catalogue.provinces().stream()
            .map(p -> new Choice(p.code(), khmer ? p.nameKm() : p.nameEn()))
            .toList());
    model.addAttribute(
        "occupations",
        catalogue.occupations().stream()
            .map(o -> new Choice(o.code(), khmer ? o.nameKm() : o.nameEn()))
            .sorted(Comparator.comparing(Choice::label, order))
            .toList());
    model.addAttribute("languages", LANGUAGES);
    model.addAttribute("kinds", List.of("VOCATIONAL", "LITERACY", "SCHOOL"));
    model.addAttribute("sexes", List.of("F", "M", "X"));
    model.addAttribute("literacies", List.of("NONE", "BASIC", "FUNCTIONAL"));
    return FORM;
  }
}
