package org.livelihoodmatch.system;

import java.util.Optional;

/**
 * A line another module puts on the home page for the signed-in user (the caseload's overdue visits
 * and alerts for officers), so that the home page shows what needs doing without this module
 * depending on the modules that know it.
 */
public interface HomeNotice {

  /** The line for the current user, or nothing (for anyone it does not concern). */
  Optional<Line> line();

  /**
   * @param messageKey the text, looked up in the page's language
   * @param args what the text names (counts)
   * @param href where the line leads
   */
  record Line(String messageKey, Object[] args, String href) {}
}
