package org.livelihoodmatch.placement;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.DeadlockRetry;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.Validation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decisions an officer takes from the pages: place a client on one of her options (from her
 * page), end a placement and close a case (from the placement's page). Each goes through the same
 * services as the API ({@link PlacementService}, {@link CaseClosure}), so the pages can neither
 * take a capacity the API would refuse nor close a case for a reason the ministry does not know.
 */
@Controller
class PlacementActionPages {

  private final PlacementPageModel page;
  private final PlacementService service;
  private final CaseClosure closure;
  private final Validation validation;
  private final MessageSource messages;
  private final PageSubmission submission;

  PlacementActionPages(
      PlacementPageModel page,
      PageSubmission submission,
      PlacementService service,
      CaseClosure closure,
      Validation validation,
      MessageSource messages) {
    this.page = page;
    this.submission = submission;
    this.service = service;
    this.closure = closure;
    this.validation = validation;
    this.messages = messages;
  }

  /**
   * "Place her on this option" from a match card: the option is named by its identifying fields
   * only and found again among her options now; a refusal (what it uses is gone, it is no longer
   * hers, she is placed already) goes back to her page, said in its language.
   */
  @PostMapping("/clients/{id}/placements")
  String place(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      RedirectAttributes flash) {
    PageForm form = PageForm.posted("place", params);
    try {
      PostedPathway pathway = PlacingForm.pathway(form);
      LocalDate start = form.date("startDate");
      if (!form.typedProblems().isEmpty()) {
        throw new InvalidInputException(form.typedProblems());
      }
      Placement placement = service.place(id, pathway.asView(), start, null, null);
      flash.addFlashAttribute("notice", messages.getMessage("placement.placed", null, locale));
      return "redirect:/placements/" + placement.id;
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("problem", refusal(e.problems().get(0).field(), locale));
    } catch (ConflictException e) {
      flash.addFlashAttribute("problem", refusal(e.field(), locale));
    }
    return "redirect:/clients/" + id;
  }

  /** Why she could not be placed, by the field the service named, in the reader's language. */
  String refusal(String field, Locale locale) {
    String key = field.startsWith("pathway") ? "pathway" : field;
    return messages.getMessage(
        "placement.refused." + key,
        null,
        messages.getMessage("placement.refused.pathway", null, locale),
        locale);
  }

  @PostMapping("/placements/{id}/end")
  String end(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    Placement placement = page.find(id);
    PageForm form = PageForm.posted("end", params);
    return submission.submit(
        new PageSubmission.Form(id, form, PageForms.END_INPUTS, placement.startDate),
        locale,
        model,
        flash,
        response,
        () -> {
          PlacementRequests.End body = PageForms.end(form, validation);
          DeadlockRetry.run(() -> service.end(id, body.date(), body.reason(), body.note()));
          return messages.getMessage("placement.ended", null, locale);
        });
  }

  /**
   * Closes her case as the provincial coordination meeting decided, for one of the ministry's four
   * reasons only (a crafted other reason is refused beside the question).
   */
  @PostMapping("/placements/{id}/closure")
  String close(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    Placement placement = page.find(id);
    PageForm form = PageForm.posted("close", params);
    return submission.submit(
        new PageSubmission.Form(id, form, PageForms.CLOSE_INPUTS),
        locale,
        model,
        flash,
        response,
        () -> {
          PlacementRequests.Closure body = PageForms.closure(form, validation);
          closure.close(placement.clientId, body.reason(), body.meetingDate(), body.note());
          return messages.getMessage("placement.closed", null, locale);
        });
  }
}
