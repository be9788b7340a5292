package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' caseload ({@code /caseload}): every placement of the organisation with the next
 * visit due, those with alerts first, then the overdue, then by due date, so that the client who
 * needs a visit most is at the top of the first page. The studies found follow-up stopping a month
 * after placement; this page is where an officer sees whom she has not visited. A status or
 * "overdue only" filter narrows it; a status that is none of the three is the 400 page.
 */
@Controller
class CaseloadPage {

  static final int ROWS_PER_PAGE = 25;

  private final Caseload caseload;
  private final AuditTrail audit;
  private final Clock clock;

  CaseloadPage(Caseload caseload, AuditTrail audit, Clock clock) {
    this.caseload = caseload;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/caseload")
  String caseload(
      @RequestParam(required = false) PlacementStatus status,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Paging paging = new Paging(Math.max(page, 0), ROWS_PER_PAGE);
    PageOf<Caseload.Item> found =
        caseload.find(
            CurrentStaff.get().organisationId(), status, overdue, LocalDate.now(clock), paging);
    audit.record("LIST", "PLACEMENT", null, found.items().size() + " placements (page)");
    model.addAttribute("items", found.items());
    model.addAttribute("total", found.total());
    model.addAttribute("page", paging.page());
    model.addAttribute("pages", Math.max(1, (found.total() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE));
    model.addAttribute("status", status == null ? "" : status.name());
    model.addAttribute("overdue", overdue);
    model.addAttribute("statuses", List.of(PlacementStatus.values()));
    return "placement/caseload";
  }
}
