package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.matching.ClientPageSection;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * A client's placements on her page: the running one (status, start, next visit, alerts, a link to
 * its page) and the earlier ones with how they ended; and the "place her on this option" form on
 * each of her options, posted to {@link PlacementActionPages}. The matching module draws it without
 * knowing of placements, since this module depends on matching and not the reverse.
 */
@Component
class PlacementClientSection implements ClientPageSection {

  private final Placements placements;
  private final Clock clock;

  PlacementClientSection(Placements placements, Clock clock) {
    this.placements = placements;
    this.clock = clock;
  }

  /** What the fragment shows: her running placement (or none) and the ended ones, newest first. */
  record ClientPlacements(PlacementView current, List<PlacementView> earlier) {}

  @Override
  public Optional<Section> sectionFor(ClientCard client) {
    LocalDate today = LocalDate.now(clock);
    List<PlacementView> all =
        placements.ofClient(client.id(), CurrentStaff.get().organisationId()).stream()
            .map(p -> PlacementView.of(p, today))
            .toList();
    PlacementView current =
        all.stream().filter(p -> p.status() != PlacementStatus.ENDED).findFirst().orElse(null);
    List<PlacementView> earlier = all.stream().filter(p -> p != current).toList();
    return Optional.of(
        new Section(
            "placement/client-section",
            new ClientPlacements(current, earlier),
            "/clients/" + client.id() + "/placements"));
  }
}
