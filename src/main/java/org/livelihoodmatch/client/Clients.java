package org.livelihoodmatch.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The clients, always looked up within one organisation. */
interface Clients extends ListCrudRepository<Client, UUID> {

  Optional<Client> findByIdAndOrganisationId(UUID id, UUID organisationId);

  List<Client> findByOrganisationId(UUID organisationId);

  /**
   * Stores a change of her case's status alone (saving the aggregate would rewrite her skills too):
   * one row, its version moved on; 0 when the version read is stale.
   */
  @Modifying
  @Query(
      "update client set status = :status, closure_reason = :reason,"
          + " closure_meeting_date = :meetingDate, closure_note = :note, version = version + 1"
          + " where id = :id and version = :version")
  int saveStatus(
      UUID id,
      String status,
      String reason,
      java.time.LocalDate meetingDate,
      String note,
      long version);

  /** Stores her move to another organisation under a new code; 0 when the version is stale. */
  @Modifying
  @Query(
      "update client set organisation_id = :organisationId, code = :code, version = version + 1"
          + " where id = :id and version = :version")
  int saveOwner(UUID id, UUID organisationId, String code, long version);

  /** Whether the organisation has a client with this external id. */
  @Query(
      "select exists (select 1 from client where organisation_id = :organisationId"
          + " and external_id = :externalId)")
  boolean hasExternalId(UUID organisationId, String externalId);
}
