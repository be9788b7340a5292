package org.livelihoodmatch.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.outcome.OutcomeFigures;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /reports}: the same report as the API for the same readers, as a table and three charts
 * (ECharts, served by the service itself), in English or Khmer, with the CSV and XLSX downloads of
 * what is shown. A filter of the wrong form is named beside the others, with what was typed kept.
 */
@Controller
class ReportPages {

  private final OutcomeReports reports;
  private final ObjectMapper json;

  ReportPages(OutcomeReports reports, ObjectMapper json) {
    this.reports = reports;
    this.json = json;
  }

  @GetMapping("/reports")
  String page(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("groupBy", groupBy == null || groupBy.isBlank() ? "province" : groupBy);
    typed.put("from", from == null ? "" : from);
    typed.put("to", to == null ? "" : to);
    model.addAttribute("filter", typed);
    model.addAttribute(
        "dimensions",
        Arrays.stream(OutcomeFigures.Dimension.values())
            .map(OutcomeFigures.Dimension::parameter)
            .toList());
    try {
      ReportTable table =
          reports.report(ReportRequest.parse(groupBy, from, to), CurrentStaff.get(), locale);
      model.addAttribute("report", table);
      model.addAttribute("chart", json.writeValueAsString(ReportCharts.of(table)));
      model.addAttribute("csv", download(table, "csv"));
      model.addAttribute("xlsx", download(table, "xlsx"));
      model.addAttribute("problems", List.of());
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("report", null);
      model.addAttribute("problems", e.problems());
    }
    return "reporting/reports";
  }

  /** The file of exactly what the page shows (a reporter's period already whole months). */
  private static String download(ReportTable table, String extension) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath(ReportController.PATH + "." + extension)
            .queryParam("groupBy", table.groupBy());
    if (table.from() != null) {
      uri.queryParam("from", table.from());
    }
    if (table.to() != null) {
      uri.queryParam("to", table.to());
    }
    return uri.build().toUriString();
  }
}
