package org.livelihoodmatch.benchmarks.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * The hindsight optimum of a {@link Year} by CP-SAT: knowing every arrival and opening, the most
 * priority-weighted clients the year's places could take. One boolean per client, pathway and month
 * she waits in while the pathway is open; each client at most once; every seat, position, market
 * place, loan fund and family loan over the whole year.
 */
final class HindsightOptimum {

  record Result(boolean optimal, long weight, int placed) {}

  private HindsightOptimum() {}

  static Result solve(Year year, double seconds) {
    Loader.loadNativeLibraries();
    CpModel model = new CpModel();
    LinearExprBuilder objective = LinearExpr.newBuilder();
    Map<Object, List<BoolVar>> byPlace = new HashMap<>();
    Map<String, LinearExprBuilder> loans = new HashMap<>();
    List<List<BoolVar>> perClient = new ArrayList<>();
    for (ClientAssignment c : year.clients()) {
      int arrival = year.arrival().get(c.getClientId());
      List<BoolVar> mine = new ArrayList<>();
      for (PathwayOption o : c.getOptions()) {
        for (int m = arrival; m < Math.min(Year.MONTHS, arrival + Year.WAIT_MONTHS); m++) {
          if (!year.open(o, m)) {
            continue;
          }
          BoolVar x = model.newBoolVar(o.id() + "@" + m);
          mine.add(x);
          objective.addTerm(x, c.getPriorityWeight());
          for (Object place : places(c, o)) {
            byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(x);
          }
          if (o.loanProductCode() != null) {
            loans.computeIfAbsent(o.loanProductCode(), k -> LinearExpr.newBuilder())
                .addTerm(x, o.loanAmountCents());
          }
        }
      }
      if (mine.size() > 1) {
        model.addAtMostOne(mine.toArray(new BoolVar[0]));
      }
      perClient.add(mine);
    }
    Map<Object, Integer> capacity = new HashMap<>();
    year.instance().getIntakeSeats().forEach(s -> capacity.put(s.intakeId(), s.seats()));
    year.instance().getVacancyPositions().forEach(v -> capacity.put(v.vacancyId(), v.positions()));
    year.instance().getMarketRooms().forEach(m -> capacity.put(m.marketKey(), m.newBusinesses()));
    byPlace.forEach(
        (place, vars) -> {
          int cap = place instanceof List<?> ? 1 : capacity.getOrDefault(place, Integer.MAX_VALUE);
          if (vars.size() > cap) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            vars.forEach(sum::add);
            model.addLessOrEqual(sum, cap);
          }
        });
    year.instance()
        .getLoanFunds()
        .forEach(
            f -> {
              LinearExprBuilder lent = loans.get(f.productCode());
              if (lent != null) {
                model.addLessOrEqual(lent, f.fundCents());
              }
            });
    LinearExpr goal = objective.build();
    model.maximize(goal);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(2);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException("CP-SAT found no plan for the year: " + status);
    }
    int placed = 0;
    for (List<BoolVar> mine : perClient) {
      for (BoolVar x : mine) {
        if (solver.booleanValue(x)) {
          placed++;
          break;
        }
      }
    }
    return new Result(status == CpSolverStatus.OPTIMAL, solver.value(goal), placed);
  }

  private static List<Object> places(ClientAssignment c, PathwayOption o) {
    List<Object> places = new ArrayList<>();
    if (o.intakeId() != null) {
      places.add(o.intakeId());
    }
    if (o.vacancyId() != null) {
      places.add(o.vacancyId());
    }
    if (o.marketKey() != null) {
      places.add(o.marketKey());
    }
    if (o.drawsFamilyLivelihoodLoan() && c.getHouseholdId() != null) {
      places.add(List.of(c.getHouseholdId(), o.familyLivelihoodCode()));
    }
    return places;
  }
}
