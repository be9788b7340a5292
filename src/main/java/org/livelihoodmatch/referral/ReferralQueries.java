package org.livelihoodmatch.referral;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the caller's organisation may read of referrals: its incoming and outgoing ones (each list
 * an audited read naming its clients), her pending one on a client's page, the count on the home
 * page, and the organisations it may refer to. Each referral is shown with both organisations'
 * names.
 */
@Service
class ReferralQueries {

  private final Referrals referrals;
  private final OrganisationService organisations;
  private final AuditTrail audit;
  private final Clock clock;

  ReferralQueries(
      Referrals referrals, OrganisationService organisations, AuditTrail audit, Clock clock) {
    this.referrals = referrals;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  PageOf<ReferralView> list(boolean incoming, ReferralStatus status, Paging paging) {
    UUID organisation = CurrentStaff.get().organisationId();
    List<Referral> found = referrals.find(incoming, organisation, status, paging);
    long total = referrals.count(incoming, organisation, status);
    if (!found.isEmpty()) {
      audit.recordClients(
          "LIST",
          "REFERRAL",
          null,
          (incoming ? "incoming" : "outgoing") + " referrals: " + found.size(),
          found.stream().map(r -> r.clientId).toList());
    }
    return new PageOf<>(views(found, organisation), paging.page(), paging.size(), total);
  }

  long pendingIncoming(UUID organisation) {
    return referrals.count(true, organisation, ReferralStatus.PENDING);
  }

  /** Her open referral, if her organisation has referred her and it is not yet decided. */
  java.util.Optional<ReferralView> pendingOf(UUID clientId) {
    UUID organisation = CurrentStaff.get().organisationId();
    return referrals
        .pendingOf(clientId)
        .filter(r -> r.fromOrganisationId.equals(organisation))
        .map(r -> views(List.of(r), organisation).get(0));
  }

  ReferralView view(Referral r) {
    return views(List.of(r), CurrentStaff.get().organisationId()).get(0);
  }

  /** The NGOs and government offices the caller's organisation may refer a client to. */
  List<ReferralView.Party> targets() {
    UUID own = CurrentStaff.get().organisationId();
    return organisations.all().stream()
        .filter(o -> o.kind() == OrganisationKind.NGO || o.kind() == OrganisationKind.GOVERNMENT)
        .filter(o -> !o.id().equals(own))
        .sorted(java.util.Comparator.comparing(Organisation::name))
        .map(o -> new ReferralView.Party(o.id(), o.name()))
        .toList();
  }

  private List<ReferralView> views(List<Referral> found, UUID reader) {
    Map<UUID, ReferralView.Party> parties = new HashMap<>();
    for (Referral r : found) {
      for (UUID o : List.of(r.fromOrganisationId, r.toOrganisationId)) {
        parties.computeIfAbsent(
            o,
            k ->
                new ReferralView.Party(
                    k, organisations.find(k).map(Organisation::name).orElse(null)));
      }
    }
    return found.stream()
        .map(
            r ->
                ReferralView.of(
                    r,
                    reader,
                    parties.get(r.fromOrganisationId),
                    parties.get(r.toOrganisationId),
                    clock.getZone()))
        .toList();
  }
}
