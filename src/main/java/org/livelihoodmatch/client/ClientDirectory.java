package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of the caller's own clients: their profiles for matching and planning
 * (no names), each read audited, and a few facts for plan priorities.
 */
@Service
public class ClientDirectory {

  private final ClientService service;
  private final ClientQueries queries;

  ClientDirectory(ClientService service, ClientQueries queries) {
    this.service = service;
    this.queries = queries;
  }

  /** A client of the caller's organisation, as the pathway generator needs it. */
  @Transactional
  public ClientProfile profile(UUID id) {
    return ClientProfiles.of(service.read(id));
  }

  /** A client of the caller's organisation with her profile, for her page (an audited read). */
  @Transactional
  public ClientCard card(UUID id) {
    return ClientCard.of(service.read(id));
  }

  /**
   * Those of {@code ids} that are the caller's clients and placed or closed: not to be planned (a
   * placed client would be placed twice, a closed case is in no plan).
   */
  public java.util.Set<UUID> notActive(List<UUID> ids) {
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        queries.notActive(CurrentStaff.get().organisationId(), List.copyOf(ids)));
  }

  /** Whether the caller's client's case is closed (she is offered nothing any more). */
  public boolean isClosed(UUID id) {
    return !queries.notActive(CurrentStaff.get().organisationId(), List.of(id)).isEmpty()
        && queries.isClosed(id);
  }

  /** The active clients of the caller's organisation among {@code ids}, in that order. */
  @Transactional
  public List<CohortMember> members(List<UUID> ids) {
    Map<UUID, CohortMember> byId = new LinkedHashMap<>();
    for (Client c : service.readAll(List.copyOf(new LinkedHashSet<>(ids)))) {
      if (c.status == ClientStatus.ACTIVE) {
        byId.put(c.id, ClientProfiles.member(c));
      }
    }
    return ids.stream().distinct().map(byId::get).filter(m -> m != null).toList();
  }

  /**
   * The caller's organisation's clients registered since {@code since}, whatever their status now,
   * in order of registration: the history a look-ahead plan draws its expected arrivals from. Read
   * (and audited) as one list; nothing about them is shown.
   */
  @Transactional
  public List<CohortMember> registeredSince(java.time.Instant since) {
    List<UUID> ids = queries.registeredSince(CurrentStaff.get().organisationId(), since);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, CohortMember> byId = new LinkedHashMap<>();
    for (Client c : service.readAll(ids)) {
      byId.put(c.id, ClientProfiles.member(c));
    }
    return ids.stream().map(byId::get).filter(m -> m != null).toList();
  }

  /** The ids of the caller's active clients of a province available before a date. */
  public List<UUID> activeClients(String province, LocalDate availableBefore) {
    return queries
        .find(
            new ClientQueries.Filter(
                CurrentStaff.get().organisationId(), province, "ACTIVE", null, availableBefore),
            null)
        .ids();
  }

  /** A client as the new-plan page's picker lists her: her case code, never her name. */
  public record Pickable(
      UUID id,
      String code,
      String homeProvince,
      List<String> wishes,
      LocalDate availableFrom,
      String status) {}

  /**
   * One page of the caller's clients for a plan's picker, by home province, status ({@code ACTIVE},
   * {@code PLACED}, {@code CLOSED}; null for any) and text (a case code or part of one), in the
   * order they were registered; the page's clients are one audited read.
   */
  @Transactional
  public org.livelihoodmatch.system.PageOf<Pickable> pick(
      String province, String status, String text, org.livelihoodmatch.system.Paging paging) {
    ClientQueries.Found found =
        queries.find(
            new ClientQueries.Filter(
                CurrentStaff.get().organisationId(), province, status, text, null),
            paging);
    Map<UUID, Pickable> byId = new LinkedHashMap<>();
    for (Client c : service.readAll(found.ids())) {
      byId.put(
          c.id,
          new Pickable(
              c.id,
              c.code,
              c.homeProvince,
              c.preferences == null || c.preferences.occupations() == null
                  ? List.of()
                  : List.copyOf(c.preferences.occupations()),
              c.availableFrom,
              c.status.name()));
    }
    return new org.livelihoodmatch.system.PageOf<>(
        found.ids().stream().map(byId::get).filter(p -> p != null).toList(),
        paging.page(),
        paging.size(),
        found.total());
  }

  /** A client with what a cohort plan needs beyond her profile. */
  public record CohortMember(
      ClientProfile profile,
      String code,
      UUID householdId,
      boolean headOfHousehold,
      java.time.Instant registeredAt) {}
}
