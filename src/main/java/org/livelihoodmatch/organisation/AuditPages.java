package org.livelihoodmatch.organisation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /audit}: the audit trail as a page for the same readers as the API, with the same filters;
 * a filter of the wrong form is named beside the others in the page's language, with what was typed
 * kept.
 */
@Controller
class AuditPages {

  static final int ROWS_PER_PAGE = 50;

  private final AuditLog log;
  private final Clock clock;

  AuditPages(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @GetMapping("/audit")
  String audit(
      @RequestParam(required = false) String clientId,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") String page,
      Model model,
      HttpServletResponse response) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("clientId", clientId == null ? "" : clientId);
    typed.put("username", username == null ? "" : username);
    typed.put("action", action == null ? "" : action);
    typed.put("from", from == null ? "" : from);
    typed.put("to", to == null ? "" : to);
    model.addAttribute("filter", typed);
    model.addAttribute("zone", clock.getZone());
    int number = page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
    try {
      AuditFilter filter = AuditFilter.parse(clientId, username, action, from, to, clock.getZone());
      PageOf<AuditLog.Item> found = log.read(filter, Paging.of(number, ROWS_PER_PAGE));
      model.addAttribute("entries", found);
      model.addAttribute("page", found.page());
      model.addAttribute("pages", Math.max(1, (found.total() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE));
      model.addAttribute("problems", List.of());
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("entries", null);
      model.addAttribute("problems", e.problems());
    }
    return "organisation/audit";
  }
}
