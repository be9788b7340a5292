package org.livelihoodmatch.planning.solver;

import static org.livelihoodmatch.planning.solver.justification.Phrases.client;
import static org.livelihoodmatch.planning.solver.justification.Phrases.money;
import static org.livelihoodmatch.planning.solver.justification.Phrases.pathway;
import static org.livelihoodmatch.planning.solver.justification.Phrases.preference;

import java.util.List;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.solver.justification.Sentence;
import org.livelihoodmatch.planning.solver.justification.Term;

/**
 * Says, for each client of a solved plan, why she got this pathway and why not each pathway she
 * wanted more: which capacity, held by which other clients, stopped it, or that it had room and the
 * plan as a whole scored better without it. Each reason is in English (for the API) and a {@link
 * Sentence} (for the pages, in the reader's language).
 */
final class ClientReasons {

  /** One reason, in English and as a sentence. */
  record Reason(String english, Sentence sentence) {}

  private final CapacityLedger ledger;

  ClientReasons(CohortPlan plan) {
    this.ledger = CapacityLedger.ofAssignments(plan);
  }

  /** Why the client has her pathway, or none. */
  Reason why(ClientAssignment client) {
    PathwayOption chosen = client.getPathway();
    String who = capitalised(client(client.getClientId()));
    Term.Client her = new Term.Client(client.getClientId());
    if (chosen == null) {
      return client.getOptions().isEmpty()
          ? new Reason(
              who + " has no feasible pathway to plan.", Sentence.of("plan.say.why.noOption", her))
          : new Reason(
              who + " gets no pathway in this plan.", Sentence.of("plan.say.why.none", her));
    }
    return new Reason(
        who
            + " gets "
            + pathway(chosen)
            + (client.isPinned() ? ", kept as pinned by the planner: " : ": ")
            + preference(chosen.preferenceRank())
            + ", leaving "
            + money(chosen.surplusCents())
            + " a month above living costs, "
            + chosen.distanceKm()
            + " km from home.",
        Sentence.of(
            client.isPinned() ? "plan.say.why.pinned" : "plan.say.why",
            her,
            new Term.Pathway(chosen.id()),
            new Term.Choice(chosen.preferenceRank()),
            new Term.Money(chosen.surplusCents()),
            chosen.distanceKm()));
  }

  /** One reason per pathway the client wanted more than the one she got (all, if none). */
  List<Reason> whyNot(ClientAssignment client) {
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

  private Reason whyNot(ClientAssignment client, PathwayOption option, PathwayOption chosen) {
    String head = "Not " + pathway(option) + ", " + preference(option.preferenceRank());
    Term.Pathway wanted = new Term.Pathway(option.id());
    Term.Choice rank = new Term.Choice(option.preferenceRank());
    List<String> shortages = ledger.shortages(client, option);
    if (!shortages.isEmpty()) {
      return new Reason(
          head + ", because " + String.join("; and ", shortages) + ".",
          Sentence.of(
              "plan.say.whyNot.full", wanted, rank, ledger.shortageSentences(client, option)));
    }
    if (chosen == null) {
      return new Reason(
          head + ", although it had room: the solver stopped before giving it.",
          Sentence.of("plan.say.whyNot.stopped", wanted, rank));
    }
    return new Reason(
        head
            + ", although it had room: the plan as a whole scores better with the chosen pathway (it"
            + " would leave "
            + money(option.surplusCents())
            + " a month instead of "
            + money(chosen.surplusCents())
            + ").",
        Sentence.of(
            "plan.say.whyNot.room",
            wanted,
            rank,
            new Term.Money(option.surplusCents()),
            new Term.Money(chosen.surplusCents())));
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
