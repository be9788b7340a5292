package org.livelihoodmatch.planning.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The stored cohort plans: their rows with inputs and headline, and their progress; each plan's
 * clients are in {@link PlanAssignments}. Only what the planning service uses; every read by a
 * planner names her organisation, the others come from the solver's own threads.
 */
@Repository
public class Plans {

  private static final String PLAN_COLUMNS =
      "id, organisation_id, name, status, created_by, created_at, started_at, ended_at,"
          + " time_limit_seconds, run, revision, score, feasible, client_count, assigned, failure,"
          + " blocking_pairs, horizon_months, expected_arrivals, held_for_expected,"
          + " priority_total, priority_assigned, wishes_met, surplus_cents";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final PlanAssignments assignments;
  private final RowMapper<StoredPlan> planRows = this::plan;

  Plans(JdbcTemplate jdbc, ObjectMapper json, PlanAssignments assignments) {
    this.jdbc = jdbc;
    this.json = json;
    this.assignments = assignments;
  }

  @Transactional
  public void insert(StoredPlan plan, PlanInputs inputs, List<PlannedClient> clients) {
    jdbc.update(
        "insert into plan (id, organisation_id, name, status, created_by, created_at,"
            + " time_limit_seconds, client_count, inputs, horizon_months, expected_arrivals,"
            + " priority_total, priority_assigned, wishes_met, surplus_cents)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, 0, 0, 0)",
        plan.id(),
        plan.organisationId(),
        plan.name(),
        plan.status().name(),
        plan.createdBy(),
        Timestamp.from(plan.createdAt()),
        plan.timeLimitSeconds(),
        clients.size(),
        json.writeValueAsString(inputs),
        inputs.horizonMonths(),
        inputs.expectedArrivals().size(),
        clients.stream().mapToInt(PlannedClient::priorityWeight).sum());
    assignments.insert(plan.id(), clients);
  }

  public Optional<StoredPlan> find(UUID id, UUID organisationId) {
    return jdbc
        .query(
            "select " + PLAN_COLUMNS + " from plan where id = ? and organisation_id = ?",
            planRows,
            id,
            organisationId)
        .stream()
        .findFirst();
  }

  /** A plan by id alone: for the solver's threads, which act for the plan's owner. */
  public Optional<StoredPlan> find(UUID id) {
    return jdbc.query("select " + PLAN_COLUMNS + " from plan where id = ?", planRows, id).stream()
        .findFirst();
  }

  public List<StoredPlan> page(UUID organisationId, long offset, int limit) {
    return jdbc.query(
        "select "
            + PLAN_COLUMNS
            + " from plan where organisation_id = ? order by created_at desc, id"
            + " limit ? offset ?",
        planRows,
        organisationId,
        limit,
        offset);
  }

  public long count(UUID organisationId) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from plan where organisation_id = ?", Long.class, organisationId);
    return n == null ? 0 : n;
  }

  public PlanInputs inputs(UUID id) {
    String text = jdbc.queryForObject("select inputs from plan where id = ?", String.class, id);
    return json.readValue(text, PlanInputs.class);
  }

  /**
   * Starts the next run: SOLVING from now, its number returned. A first run follows the insert; a
   * later one starts only when the plan is not solving, else 0 is returned.
   */
  @Transactional
  public int startRun(UUID id, int timeLimitSeconds, boolean first) {
    List<Integer> run =
        jdbc.queryForList(
            "update plan set status = 'SOLVING', run = run + 1, started_at = now(),"
                + " ended_at = null, failure = null, time_limit_seconds = ? where id = ?"
                + (first ? "" : " and status <> 'SOLVING'")
                + " returning run",
            Integer.class,
            timeLimitSeconds,
            id);
    return run.isEmpty() ? 0 : run.get(0);
  }

  /**
   * Stores a new best solution of a run: its headline, the pathways that changed since the last one
   * stored ({@code null}: now unassigned), the places its expected arrivals hold (empty when it
   * looks at the clients present only) and a point of progress.
   */
  @Transactional
  public void recordBest(
      UUID id,
      int run,
      ProgressPoint point,
      int blockingPairs,
      PlanFigures figures,
      Map<UUID, String> changedPathways,
      Map<UUID, String> expectedPathways) {
    int updated =
        jdbc.update(
            "update plan set score = ?, feasible = ?, assigned = ?, blocking_pairs = ?,"
                + " held_for_expected = ?, expected_pathways = ?::jsonb,"
                + " priority_total = ?, priority_assigned = ?, wishes_met = ?, surplus_cents = ?,"
                + " revision = revision + 1 where id = ? and run = ?",
            point.score(),
            point.feasible(),
            point.assigned(),
            blockingPairs,
            expectedPathways.size(),
            json.writeValueAsString(expectedPathways),
            figures.priorityTotal(),
            figures.priorityAssigned(),
            figures.wishesMet(),
            figures.surplusCents(),
            id,
            run);
    if (updated == 0) {
      return;
    }
    assignments.updatePathways(id, changedPathways);
    jdbc.update(
        "insert into plan_progress (plan_id, run, at, elapsed_ms, score, feasible, assigned)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        id,
        run,
        Timestamp.from(point.at()),
        point.elapsedMs(),
        point.score(),
        point.feasible(),
        point.assigned());
  }

  /**
   * The places the expected arrivals of the plan's stored best solution hold (arrival -> pathway).
   */
  public Map<UUID, String> expectedPathways(UUID id) {
    String text =
        jdbc.queryForObject("select expected_pathways from plan where id = ?", String.class, id);
    if (text == null) {
      return Map.of();
    }
    Map<UUID, String> pathways = new java.util.HashMap<>();
    json.readValue(text, new tools.jackson.core.type.TypeReference<Map<String, String>>() {})
        .forEach((arrival, pathway) -> pathways.put(UUID.fromString(arrival), pathway));
    return pathways;
  }

  /** Ends a run with a status; does nothing when another run has started meanwhile. */
  public void finish(UUID id, int run, PlanStatus status, String failure) {
    jdbc.update(
        "update plan set status = ?, ended_at = now(), failure = ? where id = ? and run = ?"
            + " and status = 'SOLVING'",
        status.name(),
        failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)),
        id,
        run);
  }

  /** Recomputes the headline after a pin changed a pathway outside the solver. */
  public void updateHeadline(
      UUID id,
      String score,
      boolean feasible,
      int assigned,
      int blockingPairs,
      PlanFigures figures) {
    jdbc.update(
        "update plan set score = ?, feasible = ?, assigned = ?, blocking_pairs = ?,"
            + " priority_total = ?, priority_assigned = ?, wishes_met = ?, surplus_cents = ?"
            + " where id = ?",
        score,
        feasible,
        assigned,
        blockingPairs,
        figures.priorityTotal(),
        figures.priorityAssigned(),
        figures.wishesMet(),
        figures.surplusCents(),
        id);
  }

  /** The plan's progress, oldest first, at most the last {@code limit} points. */
  public List<ProgressPoint> progress(UUID planId, int limit) {
    List<ProgressPoint> points =
        jdbc.query(
            "select run, at, elapsed_ms, score, feasible, assigned from plan_progress"
                + " where plan_id = ? order by id desc limit ?",
            (rs, i) ->
                new ProgressPoint(
                    rs.getInt("run"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getLong("elapsed_ms"),
                    rs.getString("score"),
                    rs.getBoolean("feasible"),
                    rs.getInt("assigned")),
            planId,
            limit);
    List<ProgressPoint> oldestFirst = new ArrayList<>(points);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private StoredPlan plan(ResultSet rs, int row) throws SQLException {
    return new StoredPlan(
        rs.getObject("id", UUID.class),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("name"),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "ended_at"),
        rs.getInt("time_limit_seconds"),
        rs.getInt("run"),
        rs.getLong("revision"),
        rs.getString("score"),
        rs.getBoolean("feasible"),
        rs.getInt("client_count"),
        rs.getInt("assigned"),
        rs.getString("failure"),
        rs.getObject("blocking_pairs", Integer.class),
        rs.getInt("horizon_months"),
        rs.getInt("expected_arrivals"),
        rs.getObject("held_for_expected", Integer.class),
        figures(rs));
  }

  private static PlanFigures figures(ResultSet rs) throws SQLException {
    Integer total = rs.getObject("priority_total", Integer.class);
    return total == null
        ? null
        : new PlanFigures(
            total,
            rs.getInt("priority_assigned"),
            rs.getInt("wishes_met"),
            rs.getLong("surplus_cents"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
