package org.livelihoodmatch.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.planning.PassedOver;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.livelihoodmatch.planning.solver.justification.Sentence;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's page, {@code /plans/{id}}, in the planner's words: the headline ("placed 97 of 120
 * ..."), a chart of clients placed over the seconds of the run, each client's case code linking to
 * her page, her pathway described by what it is, and why, in the reader's language. While the plan
 * solves, the page asks {@code /plans/{id}/live} for its summary and rows, read from one stored
 * solution so that they never contradict each other. Each view is an audit event naming the clients
 * it showed.
 */
@Controller
class PlanViewPages {

  static final int ROWS_PER_PAGE = 100;

  /** One row of the assignments table: her pathway, described, and why (none while solving). */
  record Row(
      StoredAssignment assignment, PathwayView pathway, String description, List<List<Part>> why) {}

  private final PlanSnapshots snapshots;
  private final PlanWords words;
  private final PlanHeadlines headlines;
  private final AuditTrail audit;
  private final Catalogue catalogue;
  private final MissWords misses;

  PlanViewPages(
      PlanSnapshots snapshots,
      PlanWords words,
      PlanHeadlines headlines,
      AuditTrail audit,
      Catalogue catalogue,
      MissWords misses) {
    this.catalogue = catalogue;
    this.misses = misses;
    this.snapshots = snapshots;
    this.words = words;
    this.headlines = headlines;
    this.audit = audit;
  }

  @GetMapping("/plans/{id}")
  String plan(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    Paging paging = Paging.of(Math.max(page, 0), ROWS_PER_PAGE);
    PlanSnapshots.Explained read = snapshots.explained(id, paging);
    PlanText text = words.of(read.all(), locale);
    PlanExplanation explanation = read.explanation();
    List<Row> rows =
        read.snapshot().rows().stream()
            .map(
                a ->
                    row(
                        a,
                        text,
                        explanation
                            .client(a.client().clientId())
                            .map(PlanExplanation.ClientLine::sentences)
                            .orElse(List.of()),
                        misses.say(a.client(), text, locale)))
            .toList();
    List<PassedOver> passedOver = read.passedOver();
    audit.recordClients(
        "VIEW",
        "PLAN",
        id,
        "page " + paging.page() + ": " + rows.size() + " clients",
        shown(rows, passedOver));
    live(model, read.snapshot(), rows, paging);
    model.addAttribute("explanation", explanation);
    model.addAttribute("passedOver", passedOver);
    model.addAttribute("words", text);
    return "plans/plan";
  }

  /** The summary, chart points and rows of one stored solution, for the page while it solves. */
  @GetMapping("/plans/{id}/live")
  String live(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    Paging paging = Paging.of(Math.max(page, 0), ROWS_PER_PAGE);
    PlanSnapshots.Snapshot snapshot = snapshots.live(id, paging);
    PlanText text = words.of(snapshot.rows(), locale);
    List<Row> rows = snapshot.rows().stream().map(a -> row(a, text, List.of(), List.of())).toList();
    audit.recordClients(
        "VIEW",
        "PLAN",
        id,
        "live page " + paging.page() + ": " + rows.size() + " clients",
        shown(rows, List.of()));
    live(model, snapshot, rows, paging);
    return "plans/plan :: live";
  }

  private void live(Model model, PlanSnapshots.Snapshot snapshot, List<Row> rows, Paging paging) {
    StoredPlan plan = snapshot.plan();
    model.addAttribute("plan", plan);
    model.addAttribute("queued", snapshot.queued());
    model.addAttribute("summary", headlines.summary(plan));
    model.addAttribute("points", snapshot.points());
    model.addAttribute("chart", PlanHeadlines.chart(snapshot.points()));
    model.addAttribute("lastPoint", headlines.lastPoint(snapshot.points()));
    model.addAttribute("rows", rows);
    model.addAttribute("page", paging.page());
    model.addAttribute("pages", Math.max(1, (plan.clients() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE));
    model.addAttribute("names", new Labels(catalogue));
  }

  private static Row row(
      StoredAssignment a, PlanText text, List<Sentence> sentences, List<String> missed) {
    List<List<Part>> why = new ArrayList<>();
    sentences.forEach(s -> why.add(text.say(s)));
    missed.forEach(m -> why.add(List.of(Part.text(m))));
    return new Row(
        a,
        a.pathway().map(PlannedOption::view).orElse(null),
        a.pathway().map(text::pathway).orElse(null),
        why);
  }

  /** The clients whose codes the page shows: its rows and those passed over, or holding. */
  private static List<UUID> shown(List<Row> rows, List<PassedOver> passedOver) {
    Set<UUID> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.assignment().client().clientId()));
    passedOver.stream()
        .limit(PlanPages.PASSED_OVER_SHOWN)
        .forEach(
            p -> {
              ids.add(p.clientId());
              ids.addAll(p.heldByIds());
            });
    return List.copyOf(ids);
  }
}
