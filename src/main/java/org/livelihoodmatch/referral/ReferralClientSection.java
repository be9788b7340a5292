package org.livelihoodmatch.referral;

import java.util.List;
import java.util.Optional;
import org.livelihoodmatch.client.ClientCard;
import org.livelihoodmatch.matching.ClientPageSection;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Role;
import org.springframework.stereotype.Component;

/**
 * On a client's page: her referral waiting for the receiver's decision, if any, and otherwise the
 * form with which an officer refers her to another NGO or government office (posted to {@link
 * ReferralPages}), with the consent she must have given.
 */
@Component
class ReferralClientSection implements ClientPageSection {

  private final ReferralQueries referrals;

  ReferralClientSection(ReferralQueries referrals) {
    this.referrals = referrals;
  }

  /** What the fragment shows. */
  record ClientReferral(
      ClientCard client,
      ReferralView pending,
      List<ReferralView.Party> targets,
      boolean mayRefer) {}

  @Override
  public Optional<Section> sectionFor(ClientCard client) {
    ReferralView pending = referrals.pendingOf(client.id()).orElse(null);
    boolean mayRefer =
        pending == null
            && !"CLOSED".equals(client.status())
            && CurrentStaff.get().has(Role.OFFICER);
    return Optional.of(
        new Section(
            "referral/client-section",
            new ClientReferral(
                client, pending, mayRefer ? referrals.targets() : List.of(), mayRefer),
            null));
  }
}
