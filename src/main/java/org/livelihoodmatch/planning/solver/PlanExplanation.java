package org.livelihoodmatch.planning.solver;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.justification.CohortJustification;
import org.livelihoodmatch.planning.solver.justification.Sentence;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;

/**
 * A solved plan explained for the planner: the score, broken down by constraint, and for each
 * client why this pathway and why not the ones she wanted more, in sentences.
 *
 * @param score the plan's score, such as {@code 0hard/-3medium/-1200soft}
 * @param feasible whether no hard constraint is broken
 * @param constraints one line per constraint with matches, worst first
 * @param clients one line per client, in the plan's order
 * @param blockingPairs the clients passed over for a pathway they want more ({@link BlockingPairs})
 */
public record PlanExplanation(
    String score,
    boolean feasible,
    List<ConstraintLine> constraints,
    List<ClientLine> clients,
    List<BlockingPairs.BlockingPair> blockingPairs) {

  /**
   * One constraint's part of the score.
   *
   * @param name the constraint's name (a {@link org.livelihoodmatch.planning.domain.CohortWeights}
   *     constant)
   * @param score what it adds to the plan's score
   * @param matchCount how many matches it has
   * @param justifications one sentence per match
   * @param matches the same matches, for sentences in the reader's language (not in the API)
   */
  public record ConstraintLine(
      String name,
      String score,
      int matchCount,
      List<String> justifications,
      @JsonIgnore List<CohortJustification> matches) {}

  /**
   * One client's part of the plan.
   *
   * @param pathwayId the pathway given, or null
   * @param why why this pathway, or why none
   * @param whyNot why not each pathway the client wanted more
   * @param justifications the sentences of the constraint matches about this client
   * @param sentences why, why not and the matches about her, for the pages (not in the API)
   */
  public record ClientLine(
      UUID clientId,
      String pathwayId,
      boolean pinned,
      String why,
      List<String> whyNot,
      List<String> justifications,
      @JsonIgnore List<Sentence> sentences) {}

  /**
   * Explains a plan. The plan's score is updated on the way; nothing else changes.
   *
   * @param solutionManager for example {@link CohortSolverFactory#solutionManager()}
   */
  public static PlanExplanation of(
      CohortPlan plan, SolutionManager<CohortPlan, HardMediumSoftLongScore> solutionManager) {
    ScoreExplanation<CohortPlan, HardMediumSoftLongScore> explanation =
        solutionManager.explain(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    HardMediumSoftLongScore score = explanation.getScore();
    return new PlanExplanation(
        score.toString(),
        score.isFeasible(),
        constraintLines(explanation),
        clientLines(plan, explanation),
        BlockingPairs.of(plan));
  }

  /** The line of one client, if she is in the plan. */
  public Optional<ClientLine> client(UUID clientId) {
    return clients.stream().filter(line -> line.clientId().equals(clientId)).findFirst();
  }

  /** The line of one constraint, if it has matches. */
  public Optional<ConstraintLine> constraint(String name) {
    return constraints.stream().filter(line -> line.name().equals(name)).findFirst();
  }

  private static List<ConstraintLine> constraintLines(
      ScoreExplanation<CohortPlan, HardMediumSoftLongScore> explanation) {
    return explanation.getConstraintMatchTotalMap().values().stream()
        .filter(total -> total.getConstraintMatchCount() > 0)
        .sorted(
            Comparator.comparing(ConstraintMatchTotal<HardMediumSoftLongScore>::getScore)
                .thenComparing(ConstraintMatchTotal::getConstraintName))
        .map(
            total -> {
              List<CohortJustification> matches =
                  total.getConstraintMatchSet().stream()
                      .map(match -> match.<CohortJustification>getJustification())
                      .sorted(Comparator.comparing(String::valueOf))
                      .toList();
              return new ConstraintLine(
                  total.getConstraintName(),
                  total.getScore().toString(),
                  total.getConstraintMatchCount(),
                  matches.stream().map(String::valueOf).toList(),
                  matches);
            })
        .toList();
  }

  private static List<ClientLine> clientLines(
      CohortPlan plan, ScoreExplanation<CohortPlan, HardMediumSoftLongScore> explanation) {
    Map<UUID, List<CohortJustification>> matchesByClient = new HashMap<>();
    for (CohortJustification justification :
        explanation.<CohortJustification>getJustificationList(CohortJustification.class)) {
      for (UUID clientId : justification.clientIds()) {
        matchesByClient.computeIfAbsent(clientId, id -> new ArrayList<>()).add(justification);
      }
    }
    ClientReasons reasons = new ClientReasons(plan);
    List<ClientLine> lines = new ArrayList<>();
    for (ClientAssignment client : plan.getAssignments()) {
      List<CohortJustification> matches =
          matchesByClient.getOrDefault(client.getClientId(), List.of()).stream()
              .sorted(Comparator.comparing(String::valueOf))
              .toList();
      ClientReasons.Reason why = reasons.why(client);
      List<ClientReasons.Reason> whyNot = reasons.whyNot(client);
      List<Sentence> sentences = new ArrayList<>();
      sentences.add(why.sentence());
      whyNot.forEach(r -> sentences.add(r.sentence()));
      matches.forEach(m -> sentences.add(m.sentence()));
      lines.add(
          new ClientLine(
              client.getClientId(),
              client.getPathway() == null ? null : client.getPathway().id(),
              client.isPinned(),
              why.english(),
              whyNot.stream().map(ClientReasons.Reason::english).toList(),
              matches.stream().map(String::valueOf).toList(),
              List.copyOf(sentences)));
    }
    return lines;
  }
}
