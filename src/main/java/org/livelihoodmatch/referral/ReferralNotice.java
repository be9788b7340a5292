package org.livelihoodmatch.referral;

import java.util.Optional;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.HomeNotice;
import org.springframework.stereotype.Component;

/**
 * Tells the receiving organisation's officers and planners on the home page how many referrals wait
 * for their decision: a client handed on and left unanswered is the lost case the studies found.
 */
@Component
class ReferralNotice implements HomeNotice {

  private final ReferralQueries referrals;

  ReferralNotice(ReferralQueries referrals) {
    this.referrals = referrals;
  }

  @Override
  public Optional<Line> line() {
    Optional<Staff> staff = CurrentStaff.find().filter(Staff::worksWithClients);
    if (staff.isEmpty()) {
      return Optional.empty();
    }
    long pending;
    try {
      pending = referrals.pendingIncoming(staff.get().organisationId());
    } catch (org.springframework.dao.DataAccessException e) {
      return Optional.empty(); // the home page stays up while the database restarts
    }
    return Optional.of(new Line("referral.home", new Object[] {pending}, "/referrals"));
  }
}
