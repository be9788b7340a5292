package org.livelihoodmatch.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.planning.CohortPlanning;
import org.livelihoodmatch.planning.PassedOver;
import org.livelihoodmatch.planning.PlanConflict;
import org.livelihoodmatch.planning.PlanExplanations;
import org.livelihoodmatch.planning.PlanRequest;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlanInputs;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.Plans;
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
 * The planners' pages: {@code /plans} lists the organisation's plans and starts a new one from a
 * filter or a selection of clients; {@code /plans/{id}} follows a plan live and shows its
 * assignments, budgets and reasons, with pin buttons and a CSV export. Each view of a plan's page
 * and each export is an audit event naming the clients it showed.
 */
@Controller
class PlanPages {

  private static final int ROWS_PER_PAGE = 100;

  /** The most blocking pairs the page lists. */
  static final int PASSED_OVER_SHOWN = 100;

  private static final int SELECTABLE_CLIENTS = 200;

  private final CohortPlanning planning;
  private final PlanExplanations explanations;
  private final Plans plans;
  private final PlanAssignments assignments;
  private final ClientDirectory clients;
  private final Catalogue catalogue;
  private final AuditTrail audit;

  private final MessageSource messages;

  PlanPages(
      CohortPlanning planning,
      PlanExplanations explanations,
      Plans plans,
      PlanAssignments assignments,
      ClientDirectory clients,
      Catalogue catalogue,
      AuditTrail audit,
      MessageSource messages) {
    this.messages = messages;
    this.audit = audit;
    this.planning = planning;
    this.explanations = explanations;
    this.plans = plans;
    this.assignments = assignments;
    this.clients = clients;
    this.catalogue = catalogue;
  }

  /** The new-plan form as the planner filled it in. */
  record PlanForm(
      String name,
      String mode,
      String province,
      LocalDate availableBefore,
      Integer timeLimitSeconds,
      List<UUID> clientIds) {}

  /** One row of the assignments table. */
  record Row(StoredAssignment assignment, PathwayView pathway, List<String> justifications) {}

  @GetMapping("/plans")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    return listPage(
        page,
        new PlanForm("", "filter", "", null, PlanRequest.DEFAULT_TIME_LIMIT_SECONDS, List.of()),
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
      Model model,
      HttpServletResponse response) {
    // typed as text and read here, so that a wrong value is named beside the rest, not a bare 400
    Validation.Problems typed = new Validation.Problems();
    LocalDate before = date(typed, "filter.availableBefore", availableBefore);
    Integer seconds = whole(typed, "timeLimitSeconds", timeLimitSeconds);
    List<UUID> chosen = ids(typed, "clientIds", clientIds);
    PlanForm form = new PlanForm(name, mode, province, before, seconds, chosen);
    if (!typed.list().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return listPage(0, form, typed.list(), model);
    }
    boolean selection = "clients".equals(mode);
    PlanRequest request =
        new PlanRequest(
            name,
            selection ? form.clientIds() : null,
            selection
                ? null
                : new PlanInputs.Filter(
                    province == null || province.isBlank() ? null : province, before),
            seconds,
            null);
    try {
      return "redirect:/plans/" + planning.start(request).id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return listPage(0, form, e.problems(), model);
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

  @GetMapping("/plans/{id}")
  String plan(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
    StoredPlan plan = planning.get(id);
    PlanExplanation explanation = explanations.explain(plan);
    Paging paging = Paging.of(Math.max(page, 0), ROWS_PER_PAGE);
    List<Row> rows =
        assignments.page(id, paging.offset(), paging.size()).stream()
            .map(
                a ->
                    new Row(
                        a,
                        a.pathway().map(PlannedOption::view).orElse(null),
                        PlanExplanations.justifications(explanation, a.client().clientId())))
            .toList();
    List<PassedOver> passedOver = explanations.passedOver(plan);
    // the page shows these clients' codes, pathways and budgets: one audit row naming them
    audit.recordClients(
        "VIEW",
        "PLAN",
        id,
        "page " + paging.page() + ": " + rows.size() + " clients",
        shown(rows, passedOver));
    model.addAttribute("plan", plan);
    model.addAttribute("queued", planning.isQueued(id));
    model.addAttribute("points", plans.progress(id, 50));
    model.addAttribute("explanation", explanation);
    model.addAttribute("passedOver", passedOver);
    model.addAttribute("rows", rows);
    model.addAttribute("page", paging.page());
    model.addAttribute("pages", Math.max(1, (plan.clients() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE));
    model.addAttribute("names", new Labels(catalogue));
    return "plans/plan";
  }

  /** The clients whose codes the page shows: its rows and those passed over, or holding. */
  private static List<UUID> shown(List<Row> rows, List<PassedOver> passedOver) {
    java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.assignment().client().clientId()));
    passedOver.stream()
        .limit(PASSED_OVER_SHOWN)
        .forEach(
            p -> {
              ids.add(p.clientId());
              ids.addAll(p.heldByIds());
            });
    return List.copyOf(ids);
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
      int page, PlanForm form, List<org.livelihoodmatch.system.FieldProblem> errors, Model model) {
    model.addAttribute("plans", planning.list(Paging.of(Math.max(page, 0), 20)));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("provinces", catalogue.provinces());
    List<UUID> active = clients.activeClients(null, null);
    model.addAttribute(
        "clients", clients.members(active.subList(0, Math.min(active.size(), SELECTABLE_CLIENTS))));
    model.addAttribute("names", new Labels(catalogue));
    return "plans/list";
  }
}
