package org.livelihoodmatch.matching;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client's page ({@code /clients/{id}}) for her own organisation's officers and planners: who she
 * is and her best options, each with its budget chart and the reasons it was chosen. Reading it is
 * an audited read of her record; anyone else gets the not-found page, as if she did not exist.
 */
@Controller
class ClientPageController {

  static final int MATCHES_SHOWN = 10;

  /** One option as the page shows it. */
  record MatchCard(Pathway pathway, BudgetChart chart) {}

  private final ClientDirectory clients;
  private final ClientMatches matches;
  private final Catalogue catalogue;

  ClientPageController(ClientDirectory clients, ClientMatches matches, Catalogue catalogue) {
    this.clients = clients;
    this.matches = matches;
    this.catalogue = catalogue;
  }

  @GetMapping("/clients/{id}")
  String client(@PathVariable UUID id, Locale locale, Model model) {
    ClientCard client = clients.card(id);
    List<MatchCard> options =
        matches.best(client.profile(), MATCHES_SHOWN).stream()
            .map(p -> new MatchCard(p, BudgetChart.of(p.budget())))
            .toList();
    model.addAttribute("client", client);
    model.addAttribute("matches", options);
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    return "matching/client";
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", 404);
    return page;
  }
}
