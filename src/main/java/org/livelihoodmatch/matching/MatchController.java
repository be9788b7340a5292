package org.livelihoodmatch.matching;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.PathwayView;
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

  record Matches(List<PathwayView> items) {}

  @GetMapping("/api/v1/clients/{id}/matches")
  Matches matches(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInputException("limit", "must be between 1 and 200");
    }
    return new Matches(matches.best(id, limit).stream().map(PathwayView::of).toList());
  }
}
