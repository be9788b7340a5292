package org.livelihoodmatch.planning;

import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.system.Validation;

/**
 * The rules of a new plan's request, all checked at once so that a planner sees every bad field in
 * one answer: a name, either clients or a filter, a known province, a time limit within bounds and
 * known weights. Whether the clients exist is checked when the cohort is built.
 */
final class PlanRequests {

  private PlanRequests() {}

  static void check(PlanRequest request, Catalogue catalogue) {
    Validation.Problems problems = new Validation.Problems();
    if (request == null) {
      problems.add("body", "the request has no body").throwIfAny();
    }
    if (request.name() == null || request.name().isBlank()) {
      problems.add("name", "must not be blank");
    } else if (request.name().strip().length() > 200) {
      problems.add("name", "must be at most 200 characters");
    }
    if ((request.clientIds() == null) == (request.filter() == null)) {
      problems.add("clientIds", "give either clientIds or filter, not both and not neither");
    } else if (request.clientIds() != null) {
      if (request.clientIds().isEmpty()) {
        problems.add("clientIds", "must name at least one client");
      } else if (request.clientIds().contains(null)) {
        problems.add("clientIds", "must not contain null");
      }
    } else {
      catalogue
          .provinceProblem(request.filter().province())
          .ifPresent(m -> problems.add("filter.province", m));
    }
    checkTimeLimit(request.timeLimitSeconds(), problems);
    if (request.horizonMonths() != null
        && (request.horizonMonths() < 0
            || request.horizonMonths() > PlanRequest.MAX_HORIZON_MONTHS)) {
      problems.add("horizonMonths", "must be between 0 and " + PlanRequest.MAX_HORIZON_MONTHS);
    }
    PlanWeights.check(request.weights(), problems);
    problems.throwIfAny();
  }

  static void checkTimeLimit(Integer seconds, Validation.Problems problems) {
    if (seconds != null
        && (seconds < 1 || seconds > PlanningConfiguration.MAX_TIME_LIMIT_SECONDS)) {
      problems.add(
          "timeLimitSeconds",
          "must be between 1 and " + PlanningConfiguration.MAX_TIME_LIMIT_SECONDS);
    }
  }
}
