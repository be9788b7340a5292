package org.livelihoodmatch.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.planning.CohortPlanning;
import org.livelihoodmatch.planning.PlanConflict;
import org.livelihoodmatch.planning.PlanRequest;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlanInputs;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.Validation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planners' pages: {@code /plans} lists the organisation's plans, each with its headline in the
 * planner's words, and starts a new one from a filter or from clients chosen in a picker that
 * filters and pages ({@link ClientPicker}); the actions of a plan's page (stop, solve again, pin,
 * unpin, the CSV export). The plan's page itself is {@link PlanViewPages}. Each export is an audit
 * event naming the clients it showed.
 */
@Controller
class PlanPages {

  /** The most blocking pairs the page lists. */
  static final int PASSED_OVER_SHOWN = 100;

  private final CohortPlanning planning;
  private final PlanAssignments assignments;
  private final ClientPicker picker;
  private final PlanHeadlines headlines;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final MessageSource messages;

  PlanPages(
      CohortPlanning planning,
      PlanAssignments assignments,
      ClientPicker picker,
      PlanHeadlines headlines,
      Catalogue catalogue,
      AuditTrail audit,
      MessageSource messages) {
    this.planning = planning;
    this.assignments = assignments;
    this.picker = picker;
    this.headlines = headlines;
    this.catalogue = catalogue;
    this.audit = audit;
    this.messages = messages;
  }

  /** The new-plan form as the planner filled it in. */
  record PlanForm(
      String name,
      String mode,
      String province,
      String availableBefore,
      String timeLimitSeconds,
      List<UUID> clientIds,
      String horizonMonths) {}

  @GetMapping("/plans")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    return listPage(
        page,
        new PlanForm(
            "",
            "filter",
            "",
            "",
            String.valueOf(PlanRequest.DEFAULT_TIME_LIMIT_SECONDS),
            List.of(),
            "0"),
        ClientPicker.Filter.first(),
        List.of(),
        model);
  }

  /**
   * The picker of the new-plan form filters or turns a page: the whole form comes back as typed,
   * with the clients chosen so far, whether on this page of the picker or another.
   */
  @PostMapping("/plans/pick")
  String pick(
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "filter") String mode,
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String availableBefore,
      @RequestParam(required = false) String timeLimitSeconds,
      @RequestParam(required = false) List<String> clientIds,
      @RequestParam(required = false) String horizonMonths,
      ClientPicker.Filter filter,
      Model model) {
    List<UUID> chosen = ids(new Validation.Problems(), "clientIds", clientIds);
    PlanForm form =
        new PlanForm(
            name, mode, province, availableBefore, timeLimitSeconds, chosen, horizonMonths);
    return listPage(0, form, filter, List.of(), model);
  }

  /** The language switch (or a bookmark) of a picked page: the new-plan form, picker as asked. */
  @GetMapping("/plans/pick")
  String picked(ClientPicker.Filter filter, Model model) {
    return listPage(
        0,
        new PlanForm(
            "",
            "clients",
            "",
            "",
            String.valueOf(PlanRequest.DEFAULT_TIME_LIMIT_SECONDS),
            List.of(),
            "0"),
        filter,
        List.of(),
        model);
  }

  @PostMapping("/plans")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "filter") String mode,
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String availableBefore,
      @RequestParam(required = false) String timeLimitSeconds,
      @RequestParam(required = false) List<String> clientIds,
      @RequestParam(required = false) String horizonMonths,
      ClientPicker.Filter filter,
      Model model,
      HttpServletResponse response) {
    // typed as text and read here, so that a wrong value is named beside the rest, not a bare 400
    Validation.Problems typed = new Validation.Problems();
    LocalDate before = date(typed, "filter.availableBefore", availableBefore);
    Integer seconds = whole(typed, "timeLimitSeconds", timeLimitSeconds);
    Integer horizon = whole(typed, "horizonMonths", horizonMonths);
    List<UUID> chosen = ids(typed, "clientIds", clientIds);
    PlanForm form =
        new PlanForm(
            name, mode, province, availableBefore, timeLimitSeconds, chosen, horizonMonths);
    if (!typed.list().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return listPage(0, form, filter, typed.list(), model);
    }
    boolean selection = "clients".equals(mode);
    PlanRequest request =
        new PlanRequest(
            name,
            selection ? chosen : null,
            selection
                ? null
                : new PlanInputs.Filter(
                    province == null || province.isBlank() ? null : province, before),
            seconds,
            null,
            horizon);
    try {
      return "redirect:/plans/" + planning.start(request).id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return listPage(0, form, filter, e.problems(), model);
    }
  }

  private static LocalDate date(Validation.Problems problems, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(field, "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static Integer whole(Validation.Problems problems, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(field, "'" + text + "' is not a whole number");
      return null;
    }
  }

  private static List<UUID> ids(Validation.Problems problems, String field, List<String> texts) {
    List<UUID> ids = new java.util.ArrayList<>();
    for (String text : texts == null ? List.<String>of() : texts) {
      try {
        ids.add(UUID.fromString(text.strip()));
      } catch (IllegalArgumentException e) {
        problems.add(field, "'" + text + "' is not a client id");
      }
    }
    return ids;
  }

  @PostMapping("/plans/{id}/stop")
  String stop(@PathVariable UUID id) {
    planning.stop(id);
    return "redirect:/plans/" + id;
  }

  @PostMapping("/plans/{id}/solve")
  String solve(@PathVariable UUID id) {
    planning.solve(id, null);
    return "redirect:/plans/" + id;
  }

  @PostMapping("/plans/{id}/assignments/{clientId}/pin")
  String pin(
      @PathVariable UUID id,
      @PathVariable UUID clientId,
      @RequestParam(required = false) String pathwayId,
      RedirectAttributes flash,
      java.util.Locale locale) {
    try {
      planning.pin(id, clientId, pathwayId);
    } catch (InvalidInputException e) {
      flash.addFlashAttribute(
          "problem",
          messages.getMessage(
              "plans.problem.pathwayId", null, e.problems().get(0).message(), locale));
    }
    return "redirect:/plans/" + id;
  }

  @PostMapping("/plans/{id}/assignments/{clientId}/unpin")
  String unpin(@PathVariable UUID id, @PathVariable UUID clientId) {
    planning.unpin(id, clientId);
    return "redirect:/plans/" + id;
  }

  @GetMapping("/plans/{id}/assignments.csv")
  ResponseEntity<String> csv(@PathVariable UUID id) {
    StoredPlan plan = planning.get(id);
    List<StoredAssignment> all = assignments.all(id);
    audit.recordClients(
        "EXPORT",
        "PLAN",
        id,
        "CSV: " + all.size() + " clients",
        all.stream().map(a -> a.client().clientId()).toList());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"plan-" + plan.id() + "-assignments.csv\"")
        .body(PlanCsv.of(all));
  }

  @ExceptionHandler(PlanConflict.class)
  String conflict(
      PlanConflict e,
      RedirectAttributes flash,
      jakarta.servlet.http.HttpServletRequest request,
      java.util.Locale locale) {
    flash.addFlashAttribute(
        "problem",
        messages.getMessage("plans.conflict." + e.code(), e.args(), e.getMessage(), locale));
    String path = request.getRequestURI();
    int end = path.indexOf('/', "/plans/".length());
    return "redirect:" + (end < 0 ? path : path.substring(0, end));
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("status", 404);
    return "error";
  }

  private String listPage(
      int page,
      PlanForm form,
      ClientPicker.Filter filter,
      List<org.livelihoodmatch.system.FieldProblem> errors,
      Model model) {
    model.addAttribute("plans", planning.list(Paging.of(Math.max(page, 0), 20)));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("provinces", catalogue.provinces());
    model.addAttribute("picker", picker.page(filter, form.clientIds()));
    model.addAttribute("names", new Labels(catalogue));
    model.addAttribute("headlines", headlines);
    return "plans/list";
  }
}
