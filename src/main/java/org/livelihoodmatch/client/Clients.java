package org.livelihoodmatch.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The clients, always looked up within one organisation. */
interface Clients extends ListCrudRepository<Client, UUID> {

  Optional<Client> findByIdAndOrganisationId(UUID id, UUID organisationId);

  List<Client> findByOrganisationId(UUID organisationId);

  /**
   * Stores a change of her case's status alone (saving the aggregate would rewrite her skills too):
   * one row, its version moved on; 0 when the version read is stale.
   */
  @org.springframework.data.jdbc.repository.query.Modifying
  @org.springframework.data.jdbc.repository.query.Query(
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
}
