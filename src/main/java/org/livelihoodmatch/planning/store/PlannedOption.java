package org.livelihoodmatch.planning.store;

import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * One feasible pathway of one client of a plan as it is stored: the solver's fact ({@code option},
 * whose id is unique in the plan, such as {@code p17}), the generator's key of the pathway (unique
 * per client, stable across plans), and the pathway as the API shows it, with its budget.
 */
public record PlannedOption(PathwayOption option, String key, PathwayView view) {

  public String id() {
    return option.id();
  }

  /**
   * The key of a pathway as matches show it: the same as {@code Pathway.key()} of the pathway it
   * shows, so that a planner can pin a pathway copied from a client's matches.
   */
  public static String keyOf(PathwayView view) {
    return view.key();
  }

  /** Whether a planner's reference (a pathway id or key) names this option. */
  public boolean isNamedBy(String reference) {
    return reference != null && (reference.equals(option.id()) || reference.equals(key));
  }
}
