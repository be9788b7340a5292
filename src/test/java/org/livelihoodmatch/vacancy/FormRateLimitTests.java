package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-address limit on posts of the public form. */
class FormRateLimitTests {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"));
  private final FormRateLimit limit = new FormRateLimit(3, clock);

  @Test
  void anAddressMaySendTheLimitAtOnceAndThenIsToldHowLongToWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();
    }
    FormRateLimit.Decision refused = limit.tryAcquire("10.0.0.1");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(20);
  }

  @Test
  void postsComeBackEvenlyOverTheMinute() {
    for (int i = 0; i < 3; i++) {
      limit.tryAcquire("10.0.0.1");
    }
    clock.advance(Duration.ofSeconds(19));
    assertThat(limit.tryAcquire("10.0.0.1").allowed()).isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1").allowed()).isFalse();
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      assertThat(limit.tryAcquire("10.0.0.1").allowed()).as("full again, not more").isTrue();
    }
    assertThat(limit.tryAcquire("10.0.0.1").allowed()).isFalse();
  }

  @Test
  void eachAddressHasItsOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      limit.tryAcquire("10.0.0.1");
    }
    assertThat(limit.tryAcquire("10.0.0.1").allowed()).isFalse();
    assertThat(limit.tryAcquire("10.0.0.2").allowed()).isTrue();
  }

  @Test
  void aLimitBelowOneIsAConfigurationError() {
    assertThatThrownBy(() -> new FormRateLimit(0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate-limit-per-minute");
  }
}
