package org.livelihoodmatch.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Watches the embedded database once a second. When its server has died (killed, crashed), the
 * service says so at once (health {@code DOWN}, readiness {@code REFUSING_TRAFFIC}, API calls
 * {@code 503} rather than waiting on a pool that cannot connect) and starts the server again on the
 * same port; once it is back, the pool drops its broken connections and traffic is accepted again.
 */
final class EmbeddedDatabaseSupervisor implements HealthIndicator, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);

  private final EmbeddedDatabase database;
  private final HikariDataSource pool;
  private final ApplicationEventPublisher events;
  private final ScheduledExecutorService watcher;
  private volatile boolean down;
  private volatile int restarts;

  EmbeddedDatabaseSupervisor(
      EmbeddedDatabase database, HikariDataSource pool, ApplicationEventPublisher events) {
    this.database = database;
    this.pool = pool;
    this.events = events;
    this.watcher = org.livelihoodmatch.system.Daemons.scheduler("embedded-database-supervisor");
    watcher.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  /** One look at the server; restarts it when it is gone. */
  void check() {
    try {
      if (database.isRunning()) {
        return;
      }
      if (!down) {
        down = true;
        log.error("The embedded PostgreSQL has stopped; starting it again");
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
      }
      database.restart();
      pool.getHikariPoolMXBean().softEvictConnections();
      restarts++;
      down = false;
      log.warn("The embedded PostgreSQL is running again (restart {})", restarts);
      AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    } catch (Exception e) {
      log.error("The embedded PostgreSQL could not be started again; trying again", e);
    }
  }

  @Override
  public Health health() {
    return down || !database.isRunning()
        ? Health.down().withDetail("embeddedDatabase", "restarting").build()
        : Health.up().build();
  }

  /** Whether the server is known to be down (for the API's 503 instead of a long wait). */
  boolean isDown() {
    return down;
  }

  int restarts() {
    return restarts;
  }

  @Override
  public void close() {
    watcher.shutdownNow();
  }
}
