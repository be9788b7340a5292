package org.livelihoodmatch.planning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;

/**
 * What the ids of one plan's explanation stand for, from the plan's own stored clients and options:
 * case codes of clients, pathways by their id in the plan, and the intakes and vacancies those
 * pathways take (the solver knows ids only).
 */
final class PlanTerms {

  /** A vacancy as a pathway shows it, with its employer. */
  record Job(PathwayView.Vacancy vacancy, UUID employerId) {}

  private final Map<UUID, String> codes = new HashMap<>();
  private final Map<String, PlannedOption> pathways = new HashMap<>();
  private final Map<UUID, PathwayView.Training> intakes = new HashMap<>();
  private final Map<UUID, Job> jobs = new HashMap<>();

  PlanTerms(List<StoredAssignment> stored) {
    for (StoredAssignment a : stored) {
      codes.put(a.client().clientId(), a.client().code());
      for (PlannedOption o : a.client().options()) {
        pathways.put(o.id(), o);
        PathwayView v = o.view();
        if (v.training() != null) {
          intakes.putIfAbsent(v.training().id(), v.training());
        }
        if (v.vacancy() != null) {
          jobs.putIfAbsent(v.vacancy().id(), new Job(v.vacancy(), o.option().employerId()));
        }
      }
    }
  }

  Optional<String> code(UUID clientId) {
    return Optional.ofNullable(codes.get(clientId));
  }

  Optional<PlannedOption> pathway(String id) {
    return Optional.ofNullable(pathways.get(id));
  }

  Optional<PathwayView.Training> intake(UUID id) {
    return Optional.ofNullable(intakes.get(id));
  }

  Optional<Job> job(UUID id) {
    return Optional.ofNullable(jobs.get(id));
  }
}
