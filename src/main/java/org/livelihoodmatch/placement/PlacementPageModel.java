package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.client.ClosureReason;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds a placement's page: the pathway as placed with its budget, the twelve-month timeline, and
 * the forms to record a visit, end the placement and close the case. Shared by the page and by the
 * form handlers, which show it again with the refused form's answers and problems.
 */
@Component
class PlacementPageModel {

  static final String TEMPLATE = "placement/placement";

  private final Placements placements;
  private final ClientDirectory clients;
  private final Catalogue catalogue;
  private final Clock clock;

  PlacementPageModel(
      Placements placements, ClientDirectory clients, Catalogue catalogue, Clock clock) {
    this.placements = placements;
    this.clients = clients;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The caller's organisation's placement; any other is not found (the 404 page). */
  Placement find(UUID id) {
    return placements
        .find(id, CurrentStaff.get().organisationId())
        .orElseThrow(() -> new NotFoundException("placement", id));
  }

  /**
   * Fills the model for the page; {@code posted} (may be null) replaces the blank form of its name.
   */
  String render(UUID id, Locale locale, Model model, PageForm posted) {
    Placement placement = find(id);
    LocalDate today = LocalDate.now(clock);
    PlacementView view = PlacementView.of(placement, today);
    ClientCard client = clients.card(placement.clientId); // an audited read of her record
    model.addAttribute("placement", view);
    model.addAttribute("client", client);
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    model.addAttribute("hasLoan", placement.taken.loanProduct() != null);
    model.addAttribute(
        "openMonths",
        view.followUps().stream().filter(f -> !f.done()).map(f -> f.month()).toList());
    model.addAttribute("concerns", List.of(Concern.values()));
    model.addAttribute("endReasons", List.of(EndReason.values()));
    model.addAttribute("closureReasons", List.of(ClosureReason.values()));
    model.addAttribute("visit", form(posted, "visit", PageForms.newVisit(view, today)));
    model.addAttribute("end", form(posted, "end", PageForms.newEnd(today)));
    model.addAttribute("close", form(posted, "close", PageForms.newClosure()));
    model.addAttribute("today", today);
    return TEMPLATE;
  }

  private static PageForm form(PageForm posted, String name, PageForm blank) {
    return posted != null && posted.name().equals(name) ? posted : blank;
  }
}
