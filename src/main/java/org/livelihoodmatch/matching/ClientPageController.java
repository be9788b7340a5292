package org.livelihoodmatch.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.training.IntakeDetails;
import org.livelihoodmatch.vacancy.VacancyDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client's page ({@code /clients/{id}}) for her own organisation's officers and planners: who she
 * is and her best options, each with its budget chart and the reasons it was chosen, the employer,
 * workplace, dates and whom to call, and a link to the vacancy's, intake's or business's page; what
 * other modules add through {@link ClientPageSection} (her placements, and a form on each option to
 * place her on it). Reading it is an audited read of her record; anyone else gets the not-found
 * page, as if she did not exist. A closed case is offered nothing; a placed client's options stay
 * visible, since her officer may end the placement and place her again.
 */
@Controller
class ClientPageController {

  static final int MATCHES_SHOWN = 10;

  /** One option as the page shows it. */
  record MatchCard(Pathway pathway, BudgetChart chart) {}

  private final ClientDirectory clients;
  private final ClientMatches matches;
  private final Catalogue catalogue;
  private final ObjectProvider<ClientPageSection> sections;
  private final VacancyDetails vacancies;
  private final IntakeDetails intakes;

  ClientPageController(
      ClientDirectory clients,
      ClientMatches matches,
      Catalogue catalogue,
      ObjectProvider<ClientPageSection> sections,
      VacancyDetails vacancies,
      IntakeDetails intakes) {
    this.clients = clients;
    this.matches = matches;
    this.catalogue = catalogue;
    this.sections = sections;
    this.vacancies = vacancies;
    this.intakes = intakes;
  }

  @GetMapping("/clients/{id}")
  String client(@PathVariable UUID id, Locale locale, Model model) {
    ClientCard client = clients.card(id);
    boolean closed = "CLOSED".equals(client.status());
    ClientMatches.Found found =
        closed
            ? new ClientMatches.Found(List.of(), List.of())
            : matches.bestOrNearest(client.profile(), MATCHES_SHOWN);
    List<MatchCard> options =
        found.pathways().stream().map(p -> new MatchCard(p, BudgetChart.of(p.budget()))).toList();
    List<ClientPageSection.Section> shown =
        sections.orderedStream().map(s -> s.sectionFor(client)).flatMap(Optional::stream).toList();
    model.addAttribute("client", client);
    model.addAttribute("matches", options);
    model.addAttribute("misses", found.nearestMisses());
    List<Pathway> shownPathways = new ArrayList<>(found.pathways());
    found.nearestMisses().forEach(m -> shownPathways.add(m.pathway()));
    // who employs, where, when, and whom to call: what the officer acts on
    model.addAttribute(
        "vacancies",
        vacancies.of(
            shownPathways.stream().filter(p -> p.job() != null).map(p -> p.job().id()).toList()));
    model.addAttribute(
        "intakes",
        intakes.of(
            shownPathways.stream()
                .filter(p -> p.training() != null)
                .map(p -> p.training().id())
                .toList()));
    model.addAttribute("sections", shown);
    model.addAttribute(
        "matchAction",
        "ACTIVE".equals(client.status())
            ? shown.stream()
                .map(ClientPageSection.Section::matchAction)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null)
            : null);
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
