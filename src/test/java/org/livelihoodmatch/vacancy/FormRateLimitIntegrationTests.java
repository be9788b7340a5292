package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.MutableClock;

/**
 * The per-address limit on posts of the public form, counted in PostgreSQL (so two limiters, as two
 * instances of the service would hold, share one allowance).
 */
@org.livelihoodmatch.IntegrationTest
class FormRateLimitIntegrationTests {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"));
  private FormRateLimit limit;
  private String one;
  private String two;

  @org.junit.jupiter.api.BeforeEach
  void setUp() {
    limit = new FormRateLimit(3, clock, jdbc);
    one = org.livelihoodmatch.TestFixtures.unique(one);
    two = org.livelihoodmatch.TestFixtures.unique(two);
  }

  @Test
  void twoInstancesShareOneAllowance() {
    FormRateLimit other = new FormRateLimit(3, clock, jdbc);
    assertThat(limit.tryAcquire(one).allowed()).isTrue();
    assertThat(other.tryAcquire(one).allowed()).isTrue();
    assertThat(limit.tryAcquire(one).allowed()).isTrue();
    assertThat(other.tryAcquire(one).allowed()).isFalse();
  }

  @Test
  void anAddressMaySendTheLimitAtOnceAndThenIsToldHowLongToWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(limit.tryAcquire(one).allowed()).isTrue();
    }
    FormRateLimit.Decision refused = limit.tryAcquire(one);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(20);
  }

  @Test
  void postsComeBackEvenlyOverTheMinute() {
    for (int i = 0; i < 3; i++) {
      limit.tryAcquire(one);
    }
    clock.advance(Duration.ofSeconds(19));
    assertThat(limit.tryAcquire(one).allowed()).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(limit.tryAcquire(one).allowed()).isTrue();
    assertThat(limit.tryAcquire(one).allowed()).isFalse();
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      assertThat(limit.tryAcquire(one).allowed()).as("full again, not more").isTrue();
    }
    assertThat(limit.tryAcquire(one).allowed()).isFalse();
  }

  @Test
  void eachAddressHasItsOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      limit.tryAcquire(one);
    }
    assertThat(limit.tryAcquire(one).allowed()).isFalse();
    assertThat(limit.tryAcquire(two).allowed()).isTrue();
  }

  @Test
  void aLimitBelowOneIsAConfigurationError() {
    assertThatThrownBy(() -> new FormRateLimit(0, clock, jdbc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate-limit-per-minute");
  }
}
