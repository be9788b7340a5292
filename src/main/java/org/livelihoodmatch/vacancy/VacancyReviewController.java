package org.livelihoodmatch.vacancy;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The officers' review queue ({@code /vacancies/review}): held vacancies with their red flags
 * explained, the employer's record and history, and the decisions (verify the employer, approve,
 * reject with a reason), each audited by the services that make them.
 */
@Controller
@RequestMapping("/vacancies/review")
class VacancyReviewController {

  private static final String QUEUE = "redirect:/vacancies/review";
  private static final int MAX_REASON = 1000;

  private final ReviewQueue queue;
  private final VacancyService vacancies;
  private final OrganisationService organisations;
  private final VacancyFormChoices choices;
  private final MessageSource messages;

  VacancyReviewController(
      ReviewQueue queue,
      VacancyService vacancies,
      OrganisationService organisations,
      VacancyFormChoices choices,
      MessageSource messages) {
    this.queue = queue;
    this.vacancies = vacancies;
    this.organisations = organisations;
    this.choices = choices;
    this.messages = messages;
  }

  /** The queue, oldest first, a page at a time; or straight to the vacancy of a reference. */
  @GetMapping
  String showReviewQueue(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String reference,
      Model model,
      Locale locale) {
    if (reference != null && !reference.isBlank()) {
      String wanted = reference.strip().toUpperCase(Locale.ROOT);
      var found =
          SubmissionReference.isWellFormed(wanted)
              ? queue.byReference(wanted)
              : Optional.<UUID>empty();
      if (found.isPresent()) {
        return QUEUE + "/" + found.get();
      }
      model.addAttribute("referenceNotFound", reference);
    }
    int current = page == null || page < 0 ? 0 : page;
    long waiting = queue.waiting();
    model.addAttribute("items", queue.oldestFirst(current));
    model.addAttribute("waiting", waiting);
    model.addAttribute("page", current);
    model.addAttribute("more", (long) (current + 1) * ReviewQueue.PAGE_SIZE < waiting);
    model.addAttribute("names", choices.in(locale));
    return "vacancy/review-queue";
  }

  @GetMapping("/{id}")
  String showReviewCase(@PathVariable UUID id, Model model, Locale locale) {
    model.addAttribute(
        "case", queue.find(id).orElseThrow(() -> new NotFoundException("vacancy", id)));
    model.addAttribute("names", choices.in(locale));
    return "vacancy/review-case";
  }

  /**
   * Verifies the employer; when it has no account of its own yet, the link inviting it to make one
   * is shown (once) for the officer to pass on.
   */
  @PostMapping("/{id}/verify-employer")
  String processEmployerVerification(@PathVariable UUID id, RedirectAttributes redirect) {
    OrganisationService.Verified verified = organisations.verifyEmployer(queue.employerOf(id));
    redirect.addFlashAttribute("done", "review.done.verified");
    verified
        .invitation()
        .ifPresent(
            i ->
                redirect.addFlashAttribute(
                    "invitation",
                    java.util.Map.of(
                        "organisation",
                        verified.organisation().name(),
                        "url",
                        ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path(i.path())
                            .toUriString(),
                        "expires",
                        i.expiresAt())));
    return QUEUE + "/" + id;
  }

  @PostMapping("/{id}/approve")
  String processApproval(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
    return decide(id, VacancyStatus.OPEN, null, "review.done.approved", redirect, locale);
  }

  @PostMapping("/{id}/reject")
  String processRejection(
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    String cleaned = PlainText.clean(reason);
    String problem =
        cleaned == null
            ? "vacancy.refusal.REASON_REQUIRED"
            : cleaned.length() > MAX_REASON ? "review.reasonTooLong" : null;
    if (problem != null) {
      model.addAttribute("reason", reason);
      model.addAttribute("reasonError", messages.getMessage(problem, null, locale));
      return showReviewCase(id, model, locale);
    }
    return decide(id, VacancyStatus.REJECTED, cleaned, "review.done.rejected", redirect, locale);
  }

  private String decide(
      UUID id,
      VacancyStatus next,
      String reason,
      String done,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      vacancies.decideHeld(id, next, reason);
    } catch (VacancyRefused refused) {
      Refusal first = refused.refusals().get(0);
      redirect.addFlashAttribute(
          "problem",
          messages.getMessage(
              "vacancy.refusal." + first.code(), first.shownArgs(locale), first.message(), locale));
      return QUEUE + "/" + id;
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute(
          "problem", messages.getMessage("review.changedMeanwhile", null, locale));
      return QUEUE + "/" + id;
    }
    redirect.addFlashAttribute("done", done);
    return QUEUE;
  }
}
