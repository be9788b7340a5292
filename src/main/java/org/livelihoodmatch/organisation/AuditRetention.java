package org.livelihoodmatch.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit trail to its retention period ({@code livelihood.audit.retention}, six years by
 * default): once a day, entries older than that are deleted, in batches so that no delete holds the
 * table for long; nothing younger is ever touched. A period shorter than {@link #MINIMUM} is
 * refused at start-up: a client's case runs a year of monthly follow-ups and is closed only at a
 * provincial meeting after that, and who saw her record must stay answerable for the whole case and
 * the review of its closure. Failed sign-ins older than any lock's window go too.
 */
@Component
@EnableScheduling
class AuditRetention {

  static final Period MINIMUM = Period.ofYears(2);
  private static final int BATCH = 10_000;
  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period retention;
  private final SignInAttempts attempts;

  AuditRetention(
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${livelihood.audit.retention:P6Y}") Period retention,
      SignInAttempts attempts) {
    if (retention.toTotalMonths() < MINIMUM.toTotalMonths()) {
      throw new IllegalStateException(
          "livelihood.audit.retention is "
              + retention
              + ": keep the audit trail at least "
              + MINIMUM
              + " (a year of follow-ups, then the case's closure)");
    }
    this.jdbc = jdbc;
    this.clock = clock;
    this.retention = retention;
    this.attempts = attempts;
  }

  /** The oldest moment still kept. */
  Instant keepsFrom() {
    return ZonedDateTime.now(clock).minus(retention).toInstant();
  }

  @Scheduled(cron = "${livelihood.audit.purge-cron:0 17 3 * * *}")
  void scheduled() {
    int n = purge();
    if (n > 0) {
      log.info("Purged {} audit events older than {}", n, retention);
    }
  }

  /** Deletes the entries older than the retention period; returns how many. */
  int purge() {
    Timestamp before = Timestamp.from(keepsFrom());
    int total = 0;
    int deleted;
    do {
      deleted =
          jdbc.update(
              "delete from audit_event where id in"
                  + " (select id from audit_event where at < ? limit ?)",
              before,
              BATCH);
      total += deleted;
    } while (deleted == BATCH);
    attempts.purge();
    return total;
  }
}
