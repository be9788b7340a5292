package org.livelihoodmatch.planning.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The clients of stored plans: each with her case code, priority, feasible pathways (as JSONB) and
 * the pathway the best solution gives her, pinned or not. Reached through a plan its caller may
 * see.
 */
@Repository
public class PlanAssignments {

  private static final TypeReference<List<PlannedOption>> OPTIONS = new TypeReference<>() {};
  private static final TypeReference<List<PlannedMiss>> MISSES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final RowMapper<StoredAssignment> rows = this::assignment;

  PlanAssignments(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores a new plan's clients, in plan order. */
  void insert(UUID planId, List<PlannedClient> clients) {
    List<Object[]> values = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      PlannedClient c = clients.get(i);
      values.add(
          new Object[] {
            planId,
            c.clientId(),
            i,
            c.code(),
            c.householdId(),
            c.priorityWeight(),
            json.writeValueAsString(c.options()),
            json.writeValueAsString(c.misses())
          });
    }
    jdbc.batchUpdate(
        "insert into plan_assignment (plan_id, client_id, position, client_code, household_id,"
            + " priority_weight, options, misses) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
        values);
  }

  /** A plan's clients in plan order. */
  public List<StoredAssignment> all(UUID planId) {
    return jdbc.query(
        "select * from plan_assignment where plan_id = ? order by position", rows, planId);
  }

  /** One page of a plan's clients in plan order. */
  public List<StoredAssignment> page(UUID planId, long offset, int limit) {
    return jdbc.query(
        "select * from plan_assignment where plan_id = ? order by position limit ? offset ?",
        rows,
        planId,
        limit,
        offset);
  }

  /** One client of a plan. */
  public Optional<StoredAssignment> one(UUID planId, UUID clientId) {
    return jdbc
        .query(
            "select * from plan_assignment where plan_id = ? and client_id = ?",
            rows,
            planId,
            clientId)
        .stream()
        .findFirst();
  }

  /** Stores changed pathways ({@code null}: none) of the clients the planner has not pinned. */
  void updatePathways(UUID planId, Map<UUID, String> changedPathways) {
    List<Object[]> values = new ArrayList<>();
    changedPathways.forEach(
        (clientId, pathwayId) -> values.add(new Object[] {pathwayId, planId, clientId}));
    jdbc.batchUpdate(
        "update plan_assignment set pathway_id = ? where plan_id = ? and client_id = ?"
            + " and not pinned",
        values);
  }

  /** Pins a client's pathway; the plan's stored solution changes with it. */
  @Transactional
  public void pin(UUID planId, UUID clientId, String pathwayId) {
    jdbc.update(
        "update plan_assignment set pathway_id = ?, pinned = true where plan_id = ?"
            + " and client_id = ?",
        pathwayId,
        planId,
        clientId);
    jdbc.update("update plan set revision = revision + 1 where id = ?", planId);
  }

  /** Lets the solver move the client again. */
  @Transactional
  public void unpin(UUID planId, UUID clientId) {
    jdbc.update(
        "update plan_assignment set pinned = false where plan_id = ? and client_id = ?",
        planId,
        clientId);
    jdbc.update("update plan set revision = revision + 1 where id = ?", planId);
  }

  /**
   * A client referred to another organisation leaves her former organisation's plans at once: it
   * can no longer see her, plan her or accept a pathway for her. In the transaction that moves her.
   */
  @org.springframework.context.event.EventListener
  void clientTransferred(org.livelihoodmatch.client.ClientTransferred moved) {
    List<UUID> plans =
        jdbc.queryForList(
            "select a.plan_id from plan_assignment a join plan p on p.id = a.plan_id"
                + " where p.organisation_id = ? and a.client_id = ?",
            UUID.class,
            moved.fromOrganisationId(),
            moved.clientId());
    jdbc.update(
        "with gone as (delete from plan_assignment a using plan p where a.plan_id = p.id"
            + " and p.organisation_id = ? and a.client_id = ? returning a.plan_id, a.pathway_id)"
            + " update plan set client_count = client_count - 1, revision = revision + 1,"
            + " assigned = greatest(0, assigned - (select count(*) from gone g"
            + " where g.plan_id = plan.id and g.pathway_id is not null))"
            + " where id in (select plan_id from gone)",
        moved.fromOrganisationId(),
        moved.clientId());
    plans.forEach(this::recountFigures);
  }

  /** Counts a plan's {@link PlanFigures} again from its stored assignments. */
  void recountFigures(UUID planId) {
    jdbc.update(
        "update plan p set priority_total = f.total, priority_assigned = f.given,"
            + " wishes_met = f.wishes, surplus_cents = f.surplus"
            + " from (select coalesce(sum(a.priority_weight), 0) as total,"
            + " coalesce(sum(a.priority_weight) filter (where o.given is not null), 0) as given,"
            + " count(*) filter (where (o.given -> 'option' ->> 'preferenceRank')::int"
            + " between 1 and 5) as wishes,"
            + " coalesce(sum((o.given -> 'option' ->> 'surplusCents')::bigint), 0) as surplus"
            + " from plan_assignment a left join lateral (select e as given"
            + " from jsonb_array_elements(a.options) e where e -> 'option' ->> 'id' = a.pathway_id"
            + " limit 1) o on true where a.plan_id = ?) f where p.id = ?",
        planId,
        planId);
  }

  private StoredAssignment assignment(ResultSet rs, int row) throws SQLException {
    PlannedClient client =
        new PlannedClient(
            rs.getObject("client_id", UUID.class),
            rs.getString("client_code"),
            rs.getObject("household_id", UUID.class),
            rs.getInt("priority_weight"),
            json.readValue(rs.getString("options"), OPTIONS),
            json.readValue(rs.getString("misses"), MISSES));
    return new StoredAssignment(client, rs.getString("pathway_id"), rs.getBoolean("pinned"));
  }
}
