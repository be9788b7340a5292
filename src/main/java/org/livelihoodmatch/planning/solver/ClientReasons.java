package org.livelihoodmatch.planning.solver;

import static org.livelihoodmatch.planning.solver.justification.Phrases.client;
import static org.livelihoodmatch.planning.solver.justification.Phrases.money;
import static org.livelihoodmatch.planning.solver.justification.Phrases.pathway;
import static org.livelihoodmatch.planning.solver.justification.Phrases.preference;

import java.util.List;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * Says, for each client of a solved plan, why she got this pathway and why not each pathway she
 * wanted more: which capacity, held by which other clients, stopped it, or that it had room and the
 * plan as a whole scored better without it.
 */
final class ClientReasons {

  private final CapacityLedger ledger;

  ClientReasons(CohortPlan plan) {
    this.ledger = CapacityLedger.ofAssignments(plan);
  }

  /** Why the client has her pathway, or none. */
  String why(ClientAssignment client) {
    PathwayOption chosen = client.getPathway();
    String who = capitalised(client(client.getClientId()));
    if (chosen == null) {
      return client.getOptions().isEmpty()
          ? who + " has no feasible pathway to plan."
          : who + " gets no pathway in this plan.";
    }
    return who
        + " gets "
        + pathway(chosen)
        + (client.isPinned() ? ", kept as pinned by the planner: " : ": ")
        + preference(chosen.preferenceRank())
        + ", leaving "
        + money(chosen.surplusCents())
        + " a month above living costs, "
        + chosen.distanceKm()
        + " km from home.";
  }

  /** One sentence per pathway the client wanted more than the one she got (all, if none). */
  List<String> whyNot(ClientAssignment client) {
    if (client.isPinned()) {
      return List.of();
    }
    PathwayOption chosen = client.getPathway();
    return client.getOptions().stream()
        .filter(option -> chosen == null || option.preferenceOrder() < chosen.preferenceOrder())
        .sorted(PathwayOption.MOST_WANTED_FIRST)
        .map(option -> whyNot(client, option, chosen))
        .toList();
  }

  private String whyNot(ClientAssignment client, PathwayOption option, PathwayOption chosen) {
    String head = "Not " + pathway(option) + ", " + preference(option.preferenceRank());
    List<String> shortages = ledger.shortages(client, option);
    if (!shortages.isEmpty()) {
      return head + ", because " + String.join("; and ", shortages) + ".";
    }
    if (chosen == null) {
      return head + ", although it had room: the solver stopped before giving it.";
    }
    return head
        + ", although it had room: the plan as a whole scores better with the chosen pathway (it"
        + " would leave "
        + money(option.surplusCents())
        + " a month instead of "
        + money(chosen.surplusCents())
        + ").";
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
