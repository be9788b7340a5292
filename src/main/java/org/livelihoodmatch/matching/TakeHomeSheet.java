package org.livelihoodmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The take-home sheet ({@code /clients/{id}/sheet?option=2}): one of a client's best options as her
 * page numbers them, printed on one A4 page in her language ({@code ?lang=km}) for her to keep,
 * with its monthly budget drawn as bars, the dates that matter and whom to call. Who may read it is
 * who may read her page: her own organisation's officers and planners; anyone else of those gets
 * the not-found page, as if she did not exist, and other roles are refused ({@code 403}).
 */
@Controller
class TakeHomeSheet {

  private final ClientDirectory clients;
  private final ClientMatches matches;
  private final Catalogue catalogue;
  private final OrganisationService organisations;
  private final Clock clock;

  TakeHomeSheet(
      ClientDirectory clients,
      ClientMatches matches,
      Catalogue catalogue,
      OrganisationService organisations,
      Clock clock) {
    this.clients = clients;
    this.matches = matches;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Whom she calls: her officer, the organisation and its phone. */
  record Contact(String officer, String organisation, String phone) {}

  @GetMapping("/clients/{id}/sheet")
  String sheet(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "1") String option,
      Locale locale,
      Model model) {
    ClientCard client = clients.card(id);
    List<Pathway> options =
        "CLOSED".equals(client.status())
            ? List.of()
            : matches
                .bestOrNearest(client.profile(), ClientPageController.MATCHES_SHOWN)
                .pathways();
    int index = number(option);
    if (index < 1 || index > options.size()) {
      throw new NotFoundException("option", id);
    }
    Pathway chosen = options.get(index - 1);
    Staff staff = CurrentStaff.get();
    Organisation organisation = organisations.get(staff.organisationId());
    model.addAttribute("client", client);
    model.addAttribute("option", index);
    model.addAttribute("p", chosen);
    model.addAttribute("chart", BudgetChart.of(chosen.budget()));
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute(
        "contact",
        new Contact(
            staff.username(),
            organisation.name(),
            organisation.phone() == null || organisation.phone().isBlank()
                ? null
                : organisation.phone()));
    return "matching/sheet";
  }

  private static int number(String option) {
    try {
      return Integer.parseInt(option.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", 404);
    return page;
  }
}
