package org.livelihoodmatch.benchmarks.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.solver.MatchWeights;

/**
 * The exact optimum of a cohort plan by an independent method, OR-Tools CP-SAT, as the reference of
 * the solver's quality. One boolean per client and option; the hard rules as constraints (so 0
 * hard); first the medium level (priority-weighted clients placed) is maximised, then, with it
 * fixed, the soft level. Every soft term is linear per client and option except employer balance,
 * whose pairs {@code n(n-1)/2} per employer are convex in the count {@code n}: modelled exactly at
 * integers by the tangents {@code pairs >= k*n - k(k+1)/2}. So the optimum is of the same score the
 * solver maximises.
 */
final class ExactOptimum {

  record Result(
      boolean optimal,
      long medium,
      long soft,
      double seconds,
      Map<UUID, String> pathways,
      boolean mediumOptimal) {}

  private ExactOptimum() {}

  static Result solve(CohortPlan plan, double secondsPerStage, CohortPlan hint) {
    return solve(plan, secondsPerStage, secondsPerStage, hint);
  }

  /** The plan of a result: a copy of the problem with CP-SAT's pathways. */
  static CohortPlan plan(CohortPlan problem, Result result) {
    CohortPlan plan =
        problem.withAssignments(
            problem.getAssignments().stream().map(ClientAssignment::copy).toList());
    for (ClientAssignment a : plan.getAssignments()) {
      String id = result.pathways().get(a.getClientId());
      a.setPathway(null);
      a.getOptions().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(a::setPathway);
    }
    return plan;
  }

  /**
   * The same within a time limit per level: {@code mediumSeconds} for the priority-weighted clients
   * placed, then {@code softSeconds} for the soft level with the medium fixed.
   */
  static Result solve(
      CohortPlan plan, double mediumSeconds, double softSeconds, CohortPlan hint) {
    Loader.loadNativeLibraries();
    long start = System.nanoTime();
    CpModel model = new CpModel();
    CohortWeights w = plan.getWeights();
    Map<PathwayOption, BoolVar> x = new HashMap<>();
    LinearExprBuilder medium = LinearExpr.newBuilder();
    LinearExprBuilder soft = LinearExpr.newBuilder();
    Map<Object, List<BoolVar>> byCapacity = new HashMap<>();
    Map<String, LinearExprBuilder> loans = new HashMap<>();
    Map<UUID, List<BoolVar>> byEmployer = new HashMap<>();
    for (ClientAssignment a : plan.getAssignments()) {
      LinearExprBuilder one = LinearExpr.newBuilder();
      for (PathwayOption o : a.getOptions()) {
        BoolVar v = model.newBoolVar(o.id());
        x.put(o, v);
        one.add(v);
        medium.addTerm(v, a.getPriorityWeight() * w.getUnassignedClient().mediumScore());
        soft.addTerm(v, softValue(o, w));
        if (o.intakeId() != null) {
          byCapacity.computeIfAbsent(o.intakeId(), k -> new ArrayList<>()).add(v);
        }
        if (o.vacancyId() != null) {
          byCapacity.computeIfAbsent(o.vacancyId(), k -> new ArrayList<>()).add(v);
        }
        if (o.marketKey() != null) {
          byCapacity.computeIfAbsent(o.marketKey(), k -> new ArrayList<>()).add(v);
        }
        if (o.loanProductCode() != null) {
          loans.computeIfAbsent(o.loanProductCode(), k -> LinearExpr.newBuilder())
              .addTerm(v, o.loanAmountCents());
        }
        if (o.employerId() != null) {
          byEmployer.computeIfAbsent(o.employerId(), k -> new ArrayList<>()).add(v);
        }
        if (a.getHouseholdId() != null && o.drawsFamilyLivelihoodLoan()) {
          byCapacity
              .computeIfAbsent(
                  List.of(a.getHouseholdId(), o.familyLivelihoodCode()), k -> new ArrayList<>())
              .add(v);
        }
      }
      model.addLessOrEqual(one, 1);
    }
    plan.getIntakeSeats().forEach(s -> atMost(model, byCapacity.get(s.intakeId()), s.seats()));
    plan.getVacancyPositions()
        .forEach(v -> atMost(model, byCapacity.get(v.vacancyId()), v.positions()));
    plan.getMarketRooms()
        .forEach(m -> atMost(model, byCapacity.get(m.marketKey()), m.newBusinesses()));
    byCapacity.forEach(
        (key, vars) -> {
          if (key instanceof List<?>) {
            atMost(model, vars, 1);
          }
        });
    plan.getLoanFunds()
        .forEach(
            f -> {
              LinearExprBuilder lent = loans.get(f.productCode());
              if (lent != null) {
                model.addLessOrEqual(lent, f.fundCents());
              }
            });
    long pairWeight = w.getEmployerBalance().softScore();
    byEmployer.forEach(
        (employer, vars) -> {
          if (vars.size() < 2 || pairWeight == 0) {
            return;
          }
          int most = Math.min(vars.size(), plan.getAssignments().size());
          IntVar pairs = model.newIntVar(0, (long) most * (most - 1) / 2, "pairs-" + employer);
          for (int k = 1; k < most; k++) {
            LinearExprBuilder tangent = LinearExpr.newBuilder();
            for (BoolVar v : vars) {
              tangent.addTerm(v, k);
            }
            tangent.add(-(long) k * (k + 1) / 2);
            model.addGreaterOrEqual(pairs, tangent);
          }
          soft.addTerm(pairs, -pairWeight);
        });
    if (hint != null) {
      for (ClientAssignment a : hint.getAssignments()) {
        for (PathwayOption o : a.getOptions()) {
          model.addHint(x.get(o), o.equals(a.getPathway()));
        }
      }
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(mediumSeconds).setNumWorkers(2);
    LinearExpr mediumExpr = medium.build();
    model.maximize(mediumExpr);
    CpSolverStatus first = solver.solve(model);
    if (first != CpSolverStatus.OPTIMAL && first != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException(
          "CP-SAT found no solution of the medium level: " + first + " " + model.validate());
    }
    long bestMedium = solver.value(mediumExpr);
    model.addGreaterOrEqual(mediumExpr, bestMedium);
    // the second level starts from the first level's plan, so it always has one
    model.clearHints();
    Map<BoolVar, Boolean> firstValues = new HashMap<>();
    for (BoolVar v : x.values()) {
      firstValues.put(v, solver.booleanValue(v));
      model.addHint(v, firstValues.get(v));
    }
    LinearExpr softExpr = soft.build();
    model.maximize(softExpr);
    solver.getParameters().setMaxTimeInSeconds(softSeconds);
    CpSolverStatus second = solver.solve(model);
    boolean secondFound = second == CpSolverStatus.OPTIMAL || second == CpSolverStatus.FEASIBLE;
    Map<UUID, String> pathways = new HashMap<>();
    for (ClientAssignment a : plan.getAssignments()) {
      for (PathwayOption o : a.getOptions()) {
        BoolVar v = x.get(o);
        if (secondFound ? solver.booleanValue(v) : firstValues.get(v)) {
          pathways.put(a.getClientId(), o.id());
        }
      }
    }
    long totalWeight =
        plan.getAssignments().stream().mapToLong(ClientAssignment::getPriorityWeight).sum()
            * w.getUnassignedClient().mediumScore();
    return new Result(
        first == CpSolverStatus.OPTIMAL && second == CpSolverStatus.OPTIMAL,
        bestMedium - totalWeight,
        secondFound ? solver.value(softExpr) : 0,
        (System.nanoTime() - start) / 1e9,
        pathways,
        first == CpSolverStatus.OPTIMAL);
  }

  /** The soft score one client earns with one option, as the constraints count it. */
  static long softValue(PathwayOption o, CohortWeights w) {
    return w.getPreferenceRank().softScore() * MatchWeights.preferencePoints(o)
        + w.getSurplusMargin().softScore() * MatchWeights.surplusPoints(o)
        - w.getDistanceFromHome().softScore() * o.distanceKm()
        - w.getTrainingLengthAndCost().softScore() * MatchWeights.trainingPoints(o)
        + w.getExpectedRetention().softScore() * MatchWeights.retentionPoints(o);
  }

  private static void atMost(CpModel model, List<BoolVar> vars, int capacity) {
    if (vars == null || vars.size() <= capacity) {
      return;
    }
    LinearExprBuilder sum = LinearExpr.newBuilder();
    vars.forEach(sum::add);
    model.addLessOrEqual(sum, capacity);
  }
}
