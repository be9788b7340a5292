package org.livelihoodmatch.organisation;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes who read or changed which confidential record, and when, in the same transaction as the
 * read or change itself; and who signed in, failed to, or was refused, in a transaction of its own,
 * so that the refusal's rollback cannot erase it. Carries ids, never names. A read that shows many
 * clients at once (a list, a search, a plan page, an export) is one row naming them all, so that a
 * busy search does not multiply the database's writes.
 */
@Component
public class AuditTrail {

  /** One row of the trail. */
  record Entry(
      String username,
      UUID organisationId,
      UUID subjectOrganisationId,
      String action,
      String entityType,
      UUID entityId,
      String detail,
      Collection<UUID> clientIds) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void record(String action, String entityType, UUID entityId, String detail) {
    write(byCurrentStaff(null, action, entityType, entityId, detail, null));
  }

  public void record(String action, String entityType, UUID entityId) {
    record(action, entityType, entityId, null);
  }

  /**
   * A change by the current user that concerns another organisation too ({@code
   * subjectOrganisation}): a client referred to it or moved from it. Both organisations' planners
   * read the row in their trail.
   */
  public void recordFor(
      UUID subjectOrganisation, String action, String entityType, UUID entityId, String detail) {
    write(byCurrentStaff(subjectOrganisation, action, entityType, entityId, detail, null));
  }

  /**
   * One row per record for a change of many at once (an import: one entry per client), written in
   * one batch in the caller's transaction.
   */
  public void recordEach(
      String action, String entityType, Collection<UUID> entityIds, String detail) {
    java.util.List<Object[]> rows = new java.util.ArrayList<>();
    for (UUID id : entityIds) {
      Entry e = byCurrentStaff(null, action, entityType, id, detail, null);
      rows.add(
          new Object[] {
            cut(e.username(), 100),
            e.organisationId(),
            cut(action, 40),
            cut(entityType, 40),
            id,
            cut(detail, 500)
          });
    }
    jdbc.batchUpdate(
        "insert into audit_event (username, organisation_id, action, entity_type, entity_id,"
            + " detail) values (?, ?, ?, ?, ?, ?)",
        rows);
  }

  /**
   * One row for one request that showed several clients (a list, a search, a plan page, a CSV
   * export): the detail names how many, the row names which, so that "who saw this client" still
   * finds it.
   */
  public void recordClients(
      String action, String entityType, UUID entityId, String detail, Collection<UUID> clientIds) {
    write(byCurrentStaff(null, action, entityType, entityId, detail, clientIds));
  }

  /**
   * A refused attempt on another organisation's record (answered {@code 404}) or beyond the
   * caller's role ({@code 403}). Written in a transaction of its own, as the refusal rolls back the
   * request's. {@code subjectOrganisation} is the organisation whose record it was, whose planners
   * see the attempt too.
   */
  public void recordDenied(
      String entityType, UUID entityId, UUID subjectOrganisation, String detail) {
    Entry entry = byCurrentStaff(subjectOrganisation, "DENIED", entityType, entityId, detail, null);
    ownTransaction.executeWithoutResult(status -> write(entry));
  }

  /** An account event that concerns {@code subjectOrganisation}'s user. */
  void recordAccount(String action, UUID userId, UUID subjectOrganisation, String detail) {
    write(byCurrentStaff(subjectOrganisation, action, "USER", userId, detail, null));
  }

  /** A sign-in, failed sign-in or lock: no one is signed in yet, so the name is given. */
  void recordSignIn(
      String username, UUID organisationId, String action, UUID userId, String detail) {
    Entry entry =
        new Entry(username, organisationId, null, action, "SIGN_IN", userId, detail, null);
    ownTransaction.executeWithoutResult(status -> write(entry));
  }

  /**
   * How many audit events name this record, a client also among the several that one read showed:
   * for tests and the record's history.
   */
  public int countFor(String entityType, UUID entityId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where (entity_type = ? and entity_id = ?)"
                + " or (? = 'CLIENT' and client_ids @> array[?]::uuid[])",
            Integer.class,
            entityType,
            entityId,
            entityType,
            entityId);
    return n == null ? 0 : n;
  }

  private static Entry byCurrentStaff(
      UUID subjectOrganisation,
      String action,
      String entityType,
      UUID entityId,
      String detail,
      Collection<UUID> clientIds) {
    Staff staff = CurrentStaff.find().orElse(null);
    return new Entry(
        staff == null ? "system" : staff.username(),
        staff == null ? null : staff.organisationId(),
        subjectOrganisation,
        action,
        entityType,
        entityId,
        detail,
        clientIds);
  }

  private void write(Entry e) {
    jdbc.update(
        "insert into audit_event (username, organisation_id, subject_organisation_id, action,"
            + " entity_type, entity_id, detail, client_ids)"
            + " values (?, ?, ?, ?, ?, ?, ?, cast(? as uuid[]))",
        cut(e.username(), 100),
        e.organisationId(),
        e.subjectOrganisationId(),
        cut(e.action(), 40),
        cut(e.entityType(), 40),
        e.entityId(),
        cut(e.detail(), 500),
        e.clientIds() == null
            ? null
            : e.clientIds().stream()
                .map(UUID::toString)
                .distinct()
                .collect(Collectors.joining(",", "{", "}")));
  }

  private static String cut(String text, int max) {
    return text == null ? null : text.substring(0, Math.min(text.length(), max));
  }
}
