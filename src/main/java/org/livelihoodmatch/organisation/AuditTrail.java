package org.livelihoodmatch.organisation;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes who read or changed which confidential record, and when, in the same transaction as the
 * read or change itself. Carries ids, never names.
 */
@Component
public class AuditTrail {

  private final JdbcTemplate jdbc;

  AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String action, String entityType, UUID entityId, String detail) {
    Staff staff = CurrentStaff.find().orElse(null);
    jdbc.update(
        "insert into audit_event (username, organisation_id, action, entity_type, entity_id,"
            + " detail) values (?, ?, ?, ?, ?, ?)",
        staff == null ? "system" : staff.username(),
        staff == null ? null : staff.organisationId(),
        action,
        entityType,
        entityId,
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)));
  }

  public void record(String action, String entityType, UUID entityId) {
    record(action, entityType, entityId, null);
  }

  /** How many audit events name this record: for tests and the record's history. */
  public int countFor(String entityType, UUID entityId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where entity_type = ? and entity_id = ?",
            Integer.class,
            entityType,
            entityId);
    return n == null ? 0 : n;
  }
}
