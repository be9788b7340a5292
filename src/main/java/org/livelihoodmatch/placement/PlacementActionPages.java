package org.livelihoodmatch.placement;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.FieldProblem;
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

  PlacementActionPages(
      PlacementPageModel page,
      PlacementService service,
      CaseClosure closure,
      Validation validation,
      MessageSource messages) {
    this.page = page;
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
    try {
      PlacementRequests.End body = PageForms.end(form, validation);
      service.end(id, body.date(), body.reason(), body.note());
      flash.addFlashAttribute("notice", messages.getMessage("placement.ended", null, locale));
      return "redirect:/placements/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      form.reject(e.problems(), false, PageForms.END_INPUTS, messages, locale, placement.startDate);
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      form.reject(conflict(e), true, PageForms.END_INPUTS, messages, locale, placement.startDate);
    }
    return page.render(id, locale, model, form);
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
    try {
      PlacementRequests.Closure body = PageForms.closure(form, validation);
      closure.close(placement.clientId, body.reason(), body.meetingDate(), body.note());
      flash.addFlashAttribute("notice", messages.getMessage("placement.closed", null, locale));
      return "redirect:/placements/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      form.reject(e.problems(), false, PageForms.CLOSE_INPUTS, messages, locale);
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      form.reject(conflict(e), true, PageForms.CLOSE_INPUTS, messages, locale);
    }
    return page.render(id, locale, model, form);
  }

  private static List<FieldProblem> conflict(ConflictException e) {
    return List.of(new FieldProblem(e.field(), e.getMessage()));
  }
}
