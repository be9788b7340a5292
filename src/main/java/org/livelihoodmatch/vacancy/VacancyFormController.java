package org.livelihoodmatch.vacancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The public vacancy form ({@code /vacancies/new}), in English or Khmer, without sign-in: shows it
 * with a one-time token, takes a post through the rate limit, the honeypot and the one screening,
 * and redirects to the confirmation with the reference number. Spring Security checks the CSRF
 * token before any of this runs.
 */
@Controller
class VacancyFormController {

  static final String FORM = "vacancy/form";

  private final VacancySubmissions submissions;
  private final FormTokens tokens;
  private final FormRateLimit rateLimit;
  private final VacancyFormChoices choices;
  private final OrganisationService organisations;
  private final LocaleResolver locales;

  VacancyFormController(
      VacancySubmissions submissions,
      FormTokens tokens,
      FormRateLimit rateLimit,
      VacancyFormChoices choices,
      OrganisationService organisations,
      LocaleResolver locales) {
    this.submissions = submissions;
    this.tokens = tokens;
    this.rateLimit = rateLimit;
    this.choices = choices;
    this.organisations = organisations;
    this.locales = locales;
  }

  @InitBinder("vacancy")
  void initBinder(WebDataBinder binder) {
    readTyping(binder);
  }

  /**
   * How a vacancy's page reads what was typed: text cleaned, numbers in Khmer or Latin digits; a
   * value it cannot read becomes a {@code typeMismatch} beside its field.
   */
  static void readTyping(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.registerCustomEditor(String.class, editor(PlainText::clean));
    binder.registerCustomEditor(Integer.class, editor(number(Integer::valueOf)));
    binder.registerCustomEditor(BigDecimal.class, editor(number(BigDecimal::new)));
  }

  /** Reads typed text; a value it cannot read becomes a {@code typeMismatch} beside its field. */
  private static PropertyEditor editor(Function<String, Object> read) {
    return new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        setValue(read.apply(text));
      }
    };
  }

  private static Function<String, Object> number(Function<String, Object> parse) {
    return text -> {
      String cleaned = PlainText.clean(PlainText.asciiDigits(text));
      return cleaned == null ? null : parse.apply(cleaned);
    };
  }

  @GetMapping("/vacancies/new")
  String initCreationForm(Model model, Locale locale) {
    PublicVacancyForm form = PublicVacancyForm.blank();
    form.formToken = tokens.issue();
    signedInEmployer()
        .ifPresent(
            o -> {
              form.employerName = o.name();
              form.employerRegistrationNumber = o.registrationNumber();
              form.employerPhone = o.phone();
              form.employerEmail = o.email();
              form.employerAddress = o.address();
            });
    model.addAttribute("vacancy", form);
    return showForm(form, model, locale);
  }

  @PostMapping("/vacancies/new")
  String processCreationForm(
      @Valid @ModelAttribute("vacancy") PublicVacancyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FormRateLimit.Decision decision = rateLimit.tryAcquire(request.getRemoteAddr());
    if (!decision.allowed()) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
      model.addAttribute("retryAfterSeconds", decision.retryAfterSeconds());
      return "vacancy/too-many-posts";
    }
    if (form.honeypotFilled()) {
      return "redirect:/vacancies/submitted/" + SubmissionReference.next();
    }
    if (!form.languagesOffered()) {
      result.rejectValue("languages", "vacancy.form.languageUnknown", "choose among those listed");
    }
    if (result.hasErrors()) {
      return showForm(form, model, locale);
    }
    VacancySubmissions.Outcome outcome;
    try {
      outcome = submissions.submit(form, locale.getLanguage());
    } catch (VacancyRefused refused) {
      refused.refusals().forEach(refusal -> refusal.rejectOn(result, locale));
      return showForm(form, model, locale);
    }
    switch (outcome.result()) {
      case EXPIRED:
        form.formToken = tokens.issue();
        result.reject("vacancy.form.expired");
        return showForm(form, model, locale);
      case ALREADY_RECEIVED:
        redirect.addFlashAttribute("alreadyReceived", true);
        return "redirect:/vacancies/submitted/" + outcome.reference();
      default:
        return "redirect:/vacancies/submitted/" + outcome.reference();
    }
  }

  /**
   * Where Spring Security sends a post of the form whose CSRF token was missing or stale: still
   * {@code 403} and nothing stored, but the form comes back with everything typed and a fresh
   * token.
   */
  @PostMapping("/vacancies/new/expired")
  String showFormAfterStaleSession(
      @ModelAttribute("vacancy") PublicVacancyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    form.formToken = tokens.issue();
    result.reject("vacancy.form.sessionExpired");
    return showForm(form, model, locale);
  }

  /**
   * Where a post stands, by its reference: waiting, published, filled, closed or refused with the
   * officer's reason. Shown in the language it was sent in unless the reader chose another.
   */
  @GetMapping("/vacancies/submitted/{reference}")
  String showSubmission(
      @PathVariable String reference,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!SubmissionReference.isWellFormed(reference)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("reference", reference);
    submissions
        .find(reference)
        .ifPresent(
            s -> {
              model.addAttribute("submission", s);
              boolean chosen =
                  request.getParameter("lang") != null
                      || WebUtils.getCookie(request, "lang") != null;
              if (!chosen && s.language() != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(s.language()));
              }
            });
    return "vacancy/submitted";
  }

  /** The employer's own organisation when an employer is signed in (the form is public). */
  private Optional<Organisation> signedInEmployer() {
    return CurrentStaff.find()
        .filter(s -> s.has(Role.EMPLOYER))
        .flatMap(s -> organisations.find(s.organisationId()));
  }

  private String showForm(PublicVacancyForm form, Model model, Locale locale) {
    VacancyFormChoices.Choices offered = choices.in(locale);
    model.addAttribute("choices", offered);
    model.addAttribute("selectedOccupation", offered.occupation(form.occupation).orElse(null));
    model.addAttribute("selectedOccupationCode", form.occupation);
    model.addAttribute("selectedProvinceCode", form.province);
    model.addAttribute("answers", form.answers());
    model.addAttribute("languageCodes", PublicVacancyForm.LANGUAGES);
    model.addAttribute("chosenLanguages", form.chosenLanguages());
    model.addAttribute("postingAs", signedInEmployer().map(Organisation::name).orElse(null));
    return FORM;
  }
}
