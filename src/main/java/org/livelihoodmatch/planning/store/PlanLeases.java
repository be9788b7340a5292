package org.livelihoodmatch.planning.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases on plan runs, so several instances of the service on one PostgreSQL never solve the same
 * plan twice nor take each other's running plans for orphans: the instance solving a plan holds its
 * lease and renews it every {@value #HEARTBEAT_SECONDS} s; a lease not renewed for {@value
 * #LAPSE_SECONDS} s has lapsed (its instance died).
 */
@Component
public class PlanLeases {

  public static final int HEARTBEAT_SECONDS = 2;
  public static final int LAPSE_SECONDS = 10;

  /** This process among the instances sharing the database. */
  static final String INSTANCE = UUID.randomUUID().toString();

  private final JdbcTemplate jdbc;

  PlanLeases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** This instance takes the plan's lease (a new run of it starts here). */
  public void claim(UUID planId) {
    jdbc.update(
        "insert into plan_lease (plan_id, instance) values (?, ?) on conflict (plan_id) do update"
            + " set instance = excluded.instance, heartbeat_at = now(), stop_requested = false",
        planId,
        INSTANCE);
  }

  /** Renews the leases of the plans solving here; returns those whose stop was asked for. */
  public List<UUID> renew(Collection<UUID> solvingHere) {
    if (solvingHere.isEmpty()) {
      return List.of();
    }
    return jdbc
        .queryForList(
            "update plan_lease set heartbeat_at = now() where instance = ? and plan_id = any(?)"
                + " returning case when stop_requested then plan_id end",
            UUID.class,
            INSTANCE,
            solvingHere.toArray(new UUID[0]))
        .stream()
        .filter(id -> id != null)
        .toList();
  }

  /** Asks the instance holding a live lease to stop the plan; false when no live one holds it. */
  public boolean requestStop(UUID planId) {
    return jdbc.update(
            "update plan_lease set stop_requested = true where plan_id = ? and instance <> ?"
                + " and heartbeat_at > now() - make_interval(secs => ?)",
            planId,
            INSTANCE,
            LAPSE_SECONDS)
        == 1;
  }

  /**
   * Marks INTERRUPTED the plans still SOLVING whose lease has lapsed (or that never had one),
   * skipping any another instance is taking over at this moment; returns their ids.
   */
  @Transactional
  public List<UUID> interruptLapsed(Collection<UUID> solvingHere) {
    return interruptLapsed(solvingHere, null);
  }

  /**
   * The same, only for leases renewed after {@code aliveSince}: those of an instance that died
   * while this one was running (to be taken over), not those a whole stopped service left behind.
   */
  @Transactional
  public List<UUID> interruptLapsed(Collection<UUID> solvingHere, java.time.Instant aliveSince) {
    List<UUID> lapsed =
        jdbc.queryForList(
            "select p.id from plan p left join plan_lease l on l.plan_id = p.id"
                + " where p.status = 'SOLVING' and (l.plan_id is null"
                + " or l.heartbeat_at < now() - make_interval(secs => ?))"
                + (aliveSince == null ? "" : " and l.heartbeat_at > ?")
                + " for update of p skip locked",
            UUID.class,
            aliveSince == null
                ? new Object[] {LAPSE_SECONDS}
                : new Object[] {LAPSE_SECONDS, java.sql.Timestamp.from(aliveSince)});
    List<UUID> taken = lapsed.stream().filter(id -> !solvingHere.contains(id)).toList();
    for (UUID id : taken) {
      jdbc.update(
          "update plan set status = 'INTERRUPTED', ended_at = now() where id = ?"
              + " and status = 'SOLVING'",
          id);
    }
    return taken;
  }
}
