package org.livelihoodmatch.planning;

import java.util.UUID;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own solver beans (OptaPlanner's 10.x Spring Boot starter fails on Boot 4).
 *
 * <p>One {@link SolverManager} solves at most one plan per core ({@code
 * livelihood.planning.parallel-plans}, default and ceiling: the number of cores); further plans
 * wait in its queue. OptaPlanner 10.1 has no per-job termination, so the manager's own spent limit
 * is only a ceiling ({@link #MAX_TIME_LIMIT_SECONDS}); each plan's {@code timeLimitSeconds} is
 * enforced by {@link PlanSolver}, which terminates the job that long after the solver took it up.
 * One manager keeps the one-solver-per-core rule across plans with different limits, which a
 * manager per limit would not.
 */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

  /** The longest a plan may be solved in one run. */
  static final int MAX_TIME_LIMIT_SECONDS = 3_600;

  @Bean(destroyMethod = "close")
  SolverManager<CohortPlan, UUID> cohortSolverManager(
      @Value("${livelihood.planning.parallel-plans:0}") int parallelPlans) {
    int cores = Runtime.getRuntime().availableProcessors();
    return CohortSolverFactory.solverManager(
        CohortSolverSettings.ofSeconds(MAX_TIME_LIMIT_SECONDS),
        parallelPlans <= 0 ? cores : parallelPlans);
  }

  @Bean
  SolutionManager<CohortPlan, HardMediumSoftLongScore> cohortSolutionManager() {
    return CohortSolverFactory.solutionManager();
  }
}
