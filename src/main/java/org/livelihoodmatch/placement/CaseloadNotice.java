package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.HomeNotice;
import org.springframework.stereotype.Component;

/**
 * Tells an officer or planner on the home page how many placements wait for an overdue visit or
 * carry an alert, with a link to the caseload: follow-up that nobody is reminded of stops.
 */
@Component
class CaseloadNotice implements HomeNotice {

  private final Caseload caseload;
  private final Clock clock;

  CaseloadNotice(Caseload caseload, Clock clock) {
    this.caseload = caseload;
    this.clock = clock;
  }

  @Override
  public Optional<Line> line() {
    Optional<Staff> staff = CurrentStaff.find().filter(Staff::worksWithClients);
    if (staff.isEmpty()) {
      return Optional.empty();
    }
    Caseload.Counts counts;
    try {
      counts = caseload.counts(staff.get().organisationId(), LocalDate.now(clock));
    } catch (org.springframework.dao.DataAccessException e) {
      return Optional.empty(); // the home page stays up while the database restarts
    }
    return Optional.of(
        new Line("home.caseload", new Object[] {counts.overdue(), counts.alerted()}, "/caseload"));
  }
}
