package org.livelihoodmatch.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.NearestMiss;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.livelihood.Reason;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client's best pathways over the API. */
@RestController
class MatchController {

  private final ClientMatches matches;

  MatchController(ClientMatches matches) {
    this.matches = matches;
  }

  /**
   * Her best pathways; when there is none, {@code nearestMisses}: the options she just misses, what
   * blocks each and what would make it work (API.md).
   */
  record Matches(List<PathwayView> items, List<Miss> nearestMisses) {}

  record Miss(
      PathwayView pathway, BigDecimal shortBy, String blockedBy, List<String> wouldWorkWith) {

    static Miss of(NearestMiss m) {
      return new Miss(
          PathwayView.of(m.pathway()),
          m.shortBy(),
          m.blockedBy().name(),
          m.wouldWorkWith().stream().map(Reason::english).toList());
    }
  }

  @GetMapping("/api/v1/clients/{id}/matches")
  Matches matches(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInputException("limit", "must be between 1 and 200");
    }
    ClientMatches.Found found = matches.bestOrNearest(id, limit);
    return new Matches(
        found.pathways().stream().map(PathwayView::of).toList(),
        found.nearestMisses().stream().map(Miss::of).toList());
  }
}
