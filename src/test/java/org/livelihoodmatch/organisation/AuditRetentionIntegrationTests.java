package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail is kept for its retention period and purged after, never before. */
@IntegrationTest
class AuditRetentionIntegrationTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired SignInAttempts attempts;

  @Test
  void entriesOlderThanTheRetentionPeriodArePurgedAndYoungerOnesKept() {
    ZoneId phnomPenh = ZoneId.of("Asia/Phnom_Penh");
    Instant now = Instant.now();
    Clock clock = Clock.fixed(now, phnomPenh);
    AuditRetention retention = new AuditRetention(jdbc, clock, Period.ofYears(6), attempts);
    Instant sixYearsAgo = now.atZone(phnomPenh).minusYears(6).toInstant();
    UUID tooOld = entry(sixYearsAgo.minus(Duration.ofDays(1)));
    UUID justKept = entry(sixYearsAgo.plus(Duration.ofMinutes(5)));
    UUID young = entry(now.minus(Duration.ofDays(400)));

    retention.purge();

    assertThat(exists(tooOld)).isFalse();
    assertThat(exists(justKept)).isTrue();
    assertThat(exists(young)).isTrue();
  }

  @Test
  void aRetentionShorterThanTheFollowUpYearAndClosureIsRefused() {
    assertThatThrownBy(
            () -> new AuditRetention(jdbc, Clock.systemUTC(), Period.ofMonths(18), attempts))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least P2Y");
  }

  private UUID entry(Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into audit_event (at, username, action, entity_type, entity_id)"
            + " values (?, 'retention-test', 'READ', 'CLIENT', ?)",
        Timestamp.from(at),
        id);
    return id;
  }

  private boolean exists(UUID id) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where entity_id = ?", Integer.class, id);
    return n != null && n > 0;
  }
}
