package org.livelihoodmatch.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.system.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The referrals in PostgreSQL, always read for one of their two organisations. */
@Repository
class Referrals {

  private final JdbcTemplate jdbc;

  Referrals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Referral r) {
    jdbc.update(
        "insert into referral (id, client_id, from_organisation_id, to_organisation_id,"
            + " client_code, reason, consent, status, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)",
        r.id,
        r.clientId,
        r.fromOrganisationId,
        r.toOrganisationId,
        r.clientCode,
        r.reason,
        r.status.name(),
        r.createdBy,
        Timestamp.from(r.createdAt));
  }

  void saveDecision(Referral r) {
    jdbc.update(
        "update referral set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
            + " received_code = ? where id = ?",
        r.status.name(),
        r.decidedBy,
        Timestamp.from(r.decidedAt),
        r.decisionReason,
        r.receivedCode,
        r.id);
  }

  /** A referral to the organisation, locked until the transaction ends. */
  Optional<Referral> lockIncoming(UUID id, UUID organisation) {
    return jdbc
        .query(
            "select * from referral where id = ? and to_organisation_id = ? for update",
            this::referral,
            id,
            organisation)
        .stream()
        .findFirst();
  }

  Optional<Referral> pendingOf(UUID clientId) {
    return jdbc
        .query(
            "select * from referral where client_id = ? and status = 'PENDING'",
            this::referral,
            clientId)
        .stream()
        .findFirst();
  }

  /** The organisation's referrals in one direction, pending first, newest first. */
  List<Referral> find(boolean incoming, UUID organisation, ReferralStatus status, Paging paging) {
    return jdbc.query(
        "select * from referral"
            + where(incoming, status)
            + " order by (status = 'PENDING') desc, created_at desc, id limit ? offset ?",
        this::referral,
        args(organisation, status, paging.size(), paging.offset()));
  }

  long count(boolean incoming, UUID organisation, ReferralStatus status) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from referral" + where(incoming, status),
            Long.class,
            args(organisation, status));
    return n == null ? 0 : n;
  }

  private static String where(boolean incoming, ReferralStatus status) {
    return (incoming ? " where to_organisation_id = ?" : " where from_organisation_id = ?")
        + (status == null ? "" : " and status = ?");
  }

  private static Object[] args(UUID organisation, ReferralStatus status, Object... more) {
    List<Object> args = new java.util.ArrayList<>();
    args.add(organisation);
    if (status != null) {
      args.add(status.name());
    }
    args.addAll(List.of(more));
    return args.toArray();
  }

  private Referral referral(ResultSet rs, int row) throws SQLException {
    Referral r =
        new Referral(
            rs.getObject("id", UUID.class),
            rs.getObject("client_id", UUID.class),
            rs.getObject("from_organisation_id", UUID.class),
            rs.getObject("to_organisation_id", UUID.class),
            rs.getString("client_code"),
            rs.getString("reason"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(),
            ReferralStatus.valueOf(rs.getString("status")));
    r.receivedCode = rs.getString("received_code");
    r.decidedBy = rs.getString("decided_by");
    Timestamp decided = rs.getTimestamp("decided_at");
    r.decidedAt = decided == null ? null : decided.toInstant();
    r.decisionReason = rs.getString("decision_reason");
    return r;
  }
}
