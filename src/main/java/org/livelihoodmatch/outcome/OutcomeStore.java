package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.RetentionKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outcome tables: one row per placement and one per visit. */
@Repository
class OutcomeStore {

  private final JdbcTemplate jdbc;

  OutcomeStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertPlacement(PlacedFacts f) {
    jdbc.update(
        "insert into outcome_placement (placement_id, client_id, organisation_id, kind, unit_kind,"
            + " unit_id, occupation, province, sex, age_band, start_date, earning_from,"
            + " self_employed, planned_surplus) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        f.placementId(),
        f.clientId(),
        f.organisationId(),
        f.kind(),
        f.key().unit().name(),
        f.key().unitId(),
        f.key().occupation(),
        f.key().province(),
        f.sex(),
        f.ageBand().code(),
        f.startDate(),
        f.earningFrom(),
        f.selfEmployed(),
        f.plannedSurplus());
  }

  void insertVisit(
      UUID placementId,
      int month,
      LocalDate visitDate,
      boolean still,
      BigDecimal income,
      BigDecimal surplus) {
    jdbc.update(
        "insert into outcome_visit (placement_id, month, visit_date, still_in_placement,"
            + " monthly_income, surplus) values (?, ?, ?, ?, ?, ?)",
        placementId,
        month,
        visitDate,
        still,
        income,
        surplus);
  }

  void end(UUID placementId, LocalDate endedOn, String reason) {
    jdbc.update(
        "update outcome_placement set ended_on = ?, end_reason = ? where placement_id = ?",
        endedOn,
        reason,
        placementId);
  }

  void transfer(UUID clientId, UUID organisationId) {
    jdbc.update(
        "update outcome_placement set organisation_id = ? where client_id = ?",
        organisationId,
        clientId);
  }

  /** Every placement's history as far as retention needs it: key, dates, last month seen in it. */
  List<RetentionEstimator.History> histories() {
    return jdbc.query(
        "select p.unit_kind, p.unit_id, p.occupation, p.province, p.start_date, p.ended_on,"
            + " coalesce((select max(v.month) from outcome_visit v where v.placement_id ="
            + " p.placement_id and v.still_in_placement), 0) as seen"
            + " from outcome_placement p",
        (rs, i) ->
            new RetentionEstimator.History(
                new RetentionKey(
                    RetentionKey.Unit.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getInt(7)));
  }

  /**
   * Each self-employed placement's mean reported income, from visits once she earns from the
   * business and while she is still in it, by market.
   */
  List<IncomeEstimator.Report> businessIncomes() {
    return jdbc.query(
        "select p.province, p.occupation, avg(v.monthly_income)"
            + " from outcome_placement p join outcome_visit v on v.placement_id = p.placement_id"
            + " where p.self_employed and v.still_in_placement and v.visit_date >= p.earning_from"
            + " group by p.placement_id, p.province, p.occupation",
        (rs, i) ->
            new IncomeEstimator.Report(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
  }
}
