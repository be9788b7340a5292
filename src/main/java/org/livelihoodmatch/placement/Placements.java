package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.livelihood.LivelihoodBudget;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.StaleVersionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * The placements and their follow-ups in PostgreSQL: one placement row (the pathway as it was
 * placed kept as JSON) and one row per recorded visit. Always read within one organisation.
 */
@Repository
class Placements {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  Placements(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Placement p, String clientCode) {
    Placement.Taken t = p.taken;
    jdbc.update(
        "insert into placement (id, version, organisation_id, client_id, client_code, plan_id,"
            + " kind, pathway, vacancy_id, intake_id, training_end_date, market_key, loan_product,"
            + " loan_amount, loan_monthly_repayment, start_date, note, next_month, created_by)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        p.id,
        p.organisationId,
        p.clientId,
        clientCode,
        p.planId,
        p.pathway.kind(),
        json.writeValueAsString(p.pathway),
        t.vacancyId(),
        t.intakeId(),
        t.trainingEndDate(),
        t.marketKey(),
        t.loanProduct(),
        t.loanAmount(),
        t.loanMonthlyRepayment(),
        p.startDate,
        p.note,
        p.createdBy);
  }

  /** The placement, locked until the transaction ends, if it is the organisation's. */
  Optional<Placement> lock(UUID id, UUID organisationId) {
    return one("where id = ? and organisation_id = ? for update", id, organisationId);
  }

  Optional<Placement> find(UUID id, UUID organisationId) {
    return one("where id = ? and organisation_id = ?", id, organisationId);
  }

  /** Her running placement, locked, if she has one. */
  Optional<Placement> running(UUID clientId) {
    return one("where client_id = ? and ended_on is null for update", clientId);
  }

  List<Placement> ofClient(UUID clientId, UUID organisationId) {
    return many(
        "where client_id = ? and organisation_id = ? order by created_at desc, start_date desc",
        clientId,
        organisationId);
  }

  /** Every placement of the organisation with its follow-ups, in two queries (for exports). */
  List<Placement> ofOrganisation(UUID organisationId) {
    List<Placement> found =
        jdbc.query(
            "select * from placement where organisation_id = ? order by client_code, start_date",
            this::placement,
            organisationId);
    java.util.Map<UUID, Placement> byId = new java.util.HashMap<>();
    found.forEach(p -> byId.put(p.id, p));
    jdbc.query(
        "select f.* from follow_up f join placement p on p.id = f.placement_id"
            + " where p.organisation_id = ? order by f.placement_id, f.month",
        rs -> {
          Placement p = byId.get(rs.getObject("placement_id", UUID.class));
          if (p != null) {
            FollowUp f = followUp(rs, p);
            p.followUps.put(f.month(), f);
          }
        },
        organisationId);
    return found;
  }

  boolean placedByPlan(UUID planId, UUID clientId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from placement where plan_id = ? and client_id = ?)",
            Boolean.class,
            planId,
            clientId));
  }

  void addFollowUp(Placement p, FollowUp f) {
    addFollowUp(p, f, null);
  }

  /** Stores a visit; {@code clientVisitId} is the id its phone made, or {@code null}. */
  void addFollowUp(Placement p, FollowUp f, UUID clientVisitId) {
    jdbc.update(
        "insert into follow_up (id, placement_id, month, visit_date, still_in_placement,"
            + " monthly_income, food, accommodation, transport, other, remittance, loan_repaid,"
            + " concerns, alerts, surplus, note, recorded_by, client_visit_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?)",
        f.id(),
        p.id,
        f.month(),
        f.visitDate(),
        f.stillInPlacement(),
        f.monthlyIncome(),
        f.food(),
        f.accommodation(),
        f.transport(),
        f.other(),
        f.remittance(),
        f.loanRepaid(),
        textArray(f.concerns()),
        textArray(f.alerts()),
        f.actualBudget().surplus(),
        f.note(),
        f.recordedBy(),
        clientVisitId);
    touch(p);
  }

  /**
   * The visit of {@code p} stored before under {@code clientVisitId} (its phone sent it again), if
   * it is the same month's; the id of another month's visit, or of another placement's, or an id
   * the service made for another visit, is a conflict naming {@code id}.
   */
  Optional<FollowUp> sentBefore(Placement p, UUID clientVisitId, int month) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select placement_id, month from follow_up where client_visit_id = ? or id = ?",
            clientVisitId,
            clientVisitId);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> row = rows.get(0);
    if (!p.id.equals(row.get("placement_id"))) {
      throw new ConflictException("id", "is the id of another placement's visit");
    }
    int storedMonth = ((Number) row.get("month")).intValue();
    if (storedMonth != month) {
      throw new ConflictException("id", "is the id of the visit of month " + storedMonth);
    }
    return Optional.ofNullable(p.followUps.get(storedMonth));
  }

  void saveEnd(Placement p) {
    jdbc.update(
        "update placement set ended_on = ?, end_reason = ?, end_note = ? where id = ?",
        p.endedOn,
        p.endReason.name(),
        p.endNote,
        p.id);
    touch(p);
  }

  void markCaseClosed(UUID clientId) {
    jdbc.update("update placement set case_closed = true where client_id = ?", clientId);
  }

  /** Writes what the caseload sorts by and moves the version on; a stale version is refused. */
  private void touch(Placement p) {
    int n =
        jdbc.update(
            "update placement set version = version + 1, next_month = ?, last_alerts = ?::text[]"
                + " where id = ? and version = ?",
            p.nextMonth(),
            textArray(p.alerts()),
            p.id,
            p.version);
    if (n != 1) {
      throw new StaleVersionException(
          "The placement " + p.id + " was changed by someone else meanwhile; reload it.");
    }
    p.version++;
  }

  private Optional<Placement> one(String where, Object... args) {
    return many(where, args).stream().findFirst();
  }

  private List<Placement> many(String where, Object... args) {
    List<Placement> found = jdbc.query("select * from placement " + where, this::placement, args);
    for (Placement p : found) {
      jdbc.query(
          "select * from follow_up where placement_id = ? order by month",
          rs -> {
            FollowUp f = followUp(rs, p);
            p.followUps.put(f.month(), f);
          },
          p.id);
    }
    return found;
  }

  private Placement placement(ResultSet rs, int row) throws SQLException {
    Placement p =
        new Placement(
            rs.getObject("id", UUID.class),
            rs.getLong("version"),
            rs.getObject("organisation_id", UUID.class),
            rs.getObject("client_id", UUID.class),
            rs.getObject("plan_id", UUID.class),
            json.readValue(rs.getString("pathway"), PathwayView.class),
            new Placement.Taken(
                rs.getObject("vacancy_id", UUID.class),
                rs.getObject("intake_id", UUID.class),
                rs.getObject("training_end_date", LocalDate.class),
                rs.getString("market_key"),
                rs.getString("loan_product"),
                rs.getBigDecimal("loan_amount"),
                rs.getBigDecimal("loan_monthly_repayment")),
            rs.getObject("start_date", LocalDate.class),
            rs.getString("note"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());
    p.endedOn = rs.getObject("ended_on", LocalDate.class);
    String reason = rs.getString("end_reason");
    p.endReason = reason == null ? null : EndReason.valueOf(reason);
    p.endNote = rs.getString("end_note");
    return p;
  }

  private static FollowUp followUp(ResultSet rs, Placement p) throws SQLException {
    BigDecimal owed =
        p.taken.loanMonthlyRepayment() == null ? BigDecimal.ZERO : p.taken.loanMonthlyRepayment();
    var actual =
        LivelihoodBudget.actual(
            new LivelihoodBudget.Reported(
                rs.getBigDecimal("monthly_income"),
                rs.getBigDecimal("food"),
                rs.getBigDecimal("accommodation"),
                rs.getBigDecimal("transport"),
                rs.getBigDecimal("other"),
                rs.getBigDecimal("remittance"),
                owed));
    Object repaid = rs.getObject("loan_repaid");
    return new FollowUp(
        rs.getObject("id", UUID.class),
        rs.getInt("month"),
        rs.getObject("visit_date", LocalDate.class),
        rs.getBoolean("still_in_placement"),
        rs.getBigDecimal("monthly_income"),
        rs.getBigDecimal("food"),
        rs.getBigDecimal("accommodation"),
        rs.getBigDecimal("transport"),
        rs.getBigDecimal("other"),
        rs.getBigDecimal("remittance"),
        repaid == null ? null : (Boolean) repaid,
        strings(rs.getArray("concerns")).stream().map(Concern::valueOf).toList(),
        strings(rs.getArray("alerts")).stream().map(Alert::valueOf).toList(),
        actual,
        rs.getString("note"),
        rs.getString("recorded_by"));
  }

  static String textArray(List<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name()));
    return "{" + String.join(",", names) + "}";
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null
        ? List.of()
        : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
