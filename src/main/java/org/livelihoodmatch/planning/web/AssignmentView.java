package org.livelihoodmatch.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;

/**
 * One client of a plan as the API shows it: her pathway in the shape of a match (null: none),
 * whether it is pinned, and why (API.md), plus her case code and the pathway's id for pinning.
 * {@code options} (her feasible pathways) is filled only when one assignment is asked for.
 */
record AssignmentView(
    UUID clientId,
    String clientCode,
    String pathwayId,
    PathwayView pathway,
    boolean pinned,
    List<String> justifications,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Option> options) {

  /** One of the client's feasible pathways, with the id to pin it by. */
  record Option(String pathwayId, String key, PathwayView pathway) {}

  static AssignmentView of(StoredAssignment a, List<String> justifications, boolean withOptions) {
    return new AssignmentView(
        a.client().clientId(),
        a.client().code(),
        a.pathwayId(),
        a.pathway().map(PlannedOption::view).orElse(null),
        a.pinned(),
        justifications,
        withOptions
            ? a.client().options().stream().map(o -> new Option(o.id(), o.key(), o.view())).toList()
            : null);
  }
}
