package org.livelihoodmatch.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.client.ClientRecords;
import org.livelihoodmatch.client.OverdueFollowUps;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's list of her organisation's clients ({@code /clients}), newest first, 25 a page:
 * narrowed by status, home province, name or code, and to those whose follow-up visit is overdue
 * (as the placement module tells it); each row leads to her page. A page of the list is one audited
 * read naming every client on it. A filter that is none of the choices is said on the page, 400.
 */
@Controller
class ClientListPage {

  static final int ROWS_PER_PAGE = 25;
  private static final Set<String> STATUSES = Set.of("ACTIVE", "PLACED", "CLOSED");

  private final ClientRecords records;
  private final ObjectProvider<OverdueFollowUps> followUps;
  private final Catalogue catalogue;
  private final Clock clock;

  ClientListPage(
      ClientRecords records,
      ObjectProvider<OverdueFollowUps> followUps,
      Catalogue catalogue,
      Clock clock) {
    this.records = records;
    this.followUps = followUps;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/clients")
  String clients(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean due,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    String wantedStatus = blankAsNull(status);
    String wantedProvince = blankAsNull(province);
    String text = blankAsNull(q);
    model.addAttribute("status", wantedStatus);
    model.addAttribute("province", wantedProvince);
    model.addAttribute("q", text);
    model.addAttribute("due", due);
    model.addAttribute("statuses", STATUSES.stream().sorted().toList());
    model.addAttribute("provinces", catalogue.provinces());
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    model.addAttribute("khmer", "km".equals(locale.getLanguage()));
    model.addAttribute("badFilter", false);
    model.addAttribute(
        "filtered", wantedStatus != null || wantedProvince != null || text != null || due);
    if ((wantedStatus != null && !STATUSES.contains(wantedStatus))
        || (wantedProvince != null && !catalogue.isProvince(wantedProvince))
        || (text != null && text.length() > 100)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("badFilter", true);
      return "client/list";
    }
    Map<UUID, LocalDate> overdue = overdue();
    Paging paging = new Paging(Math.max(page, 0), ROWS_PER_PAGE);
    ClientRecords.Found found =
        records.list(
            new ClientRecords.Filter(
                wantedStatus, wantedProvince, text, due ? overdue.keySet() : null),
            paging);
    long pages = Math.max(1, (found.total() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    model.addAttribute("rows", found.rows());
    model.addAttribute("overdue", overdue);
    model.addAttribute("total", found.total());
    model.addAttribute("page", paging.page());
    model.addAttribute("pages", pages);
    model.addAttribute(
        "previous",
        paging.page() > 0
            ? link(wantedStatus, wantedProvince, text, due, paging.page() - 1)
            : null);
    model.addAttribute(
        "next",
        paging.page() + 1 < pages
            ? link(wantedStatus, wantedProvince, text, due, paging.page() + 1)
            : null);
    return "client/list";
  }

  /** Her organisation's clients with a visit overdue; none when no module follows placements. */
  private Map<UUID, LocalDate> overdue() {
    OverdueFollowUps source = followUps.getIfAvailable();
    return source == null
        ? Map.of()
        : source.overdue(CurrentStaff.get().organisationId(), LocalDate.now(clock));
  }

  /** The same list at another page, every filter kept. */
  static String link(String status, String province, String q, boolean due, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/clients");
    if (status != null) {
      uri.queryParam("status", status);
    }
    if (province != null) {
      uri.queryParam("province", province);
    }
    if (q != null) {
      uri.queryParam("q", q);
    }
    if (due) {
      uri.queryParam("due", true);
    }
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
