package org.livelihoodmatch.planning.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.planning.CohortPlanning;
import org.livelihoodmatch.planning.PlanAcceptance;
import org.livelihoodmatch.planning.PlanConflict;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting a finished plan from its page: the button asks first ("Place 12 clients?") on a page of
 * its own, since placing takes seats, positions and loan funds that other clients then lose;
 * confirmed, every assigned client is placed through {@link PlanAcceptance} (as the API does) and
 * the plan's page says who was placed, who was already, and who was refused and why, in its
 * language. Accepting again places nobody twice.
 */
@Controller
public class PlanAcceptPages {

  private final CohortPlanning planning;
  private final PlanAcceptance acceptance;
  private final MessageSource messages;

  PlanAcceptPages(CohortPlanning planning, PlanAcceptance acceptance, MessageSource messages) {
    this.planning = planning;
    this.acceptance = acceptance;
    this.messages = messages;
  }

  /** One client the plan could not place, said in the page's language. */
  public record RefusedLine(UUID clientId, String clientCode, String reason)
      implements Serializable {}

  /** What accepting did, for the plan's page after the redirect. */
  public record Result(int placed, int alreadyPlaced, List<RefusedLine> refused)
      implements Serializable {}

  @PostMapping("/plans/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Locale locale,
      Model model,
      RedirectAttributes flash) {
    StoredPlan plan = planning.get(id);
    if (!confirmed) {
      model.addAttribute("plan", plan);
      return "plans/accept";
    }
    PlanAcceptance.Accepted accepted = acceptance.accept(id);
    flash.addFlashAttribute(
        "accepted",
        new Result(
            accepted.placed(),
            accepted.alreadyPlaced(),
            accepted.refused().stream()
                .map(r -> new RefusedLine(r.clientId(), r.clientCode(), reason(r.field(), locale)))
                .toList()));
    return "redirect:/plans/" + id;
  }

  /** The reason by the field the placement was refused on, as the client page says it. */
  private String reason(String field, Locale locale) {
    String key = field == null || field.startsWith("pathway") ? "pathway" : field;
    return messages.getMessage(
        "placement.refused." + key,
        null,
        messages.getMessage("placement.refused.pathway", null, locale),
        locale);
  }

  @ExceptionHandler(PlanConflict.class)
  String conflict(
      PlanConflict e,
      RedirectAttributes flash,
      Locale locale,
      jakarta.servlet.http.HttpServletRequest request) {
    flash.addFlashAttribute(
        "problem",
        messages.getMessage("plans.conflict." + e.code(), e.args(), e.getMessage(), locale));
    String path = request.getRequestURI();
    return "redirect:" + path.substring(0, path.length() - "/accept".length());
  }
}
