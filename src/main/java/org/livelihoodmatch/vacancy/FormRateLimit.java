package org.livelihoodmatch.vacancy;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many posts of the public form one client address may send: a token bucket per address holding
 * {@code livelihood.form.rate-limit-per-minute} posts (default 10) that refills evenly over a
 * minute. An honest employer never notices it; a script flooding the review queue does. The buckets
 * live in PostgreSQL, refilled and drawn in one statement, so several instances of the service
 * share one allowance instead of each granting its own.
 */
@Component
class FormRateLimit {

  /** The answer for one post: allowed, or how many seconds until the next one is. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  /** The bucket refilled for the time since it was last drawn; excluded.posts + 1 is the size. */
  private static final String REFILLED =
      "least(excluded.posts + 1, b.posts + greatest(0, excluded.refilled_at - b.refilled_at)"
          + " * (excluded.posts + 1) / 60000.0)";

  private static final String TAKE =
      "insert into form_rate_bucket as b (address, posts, refilled_at, last_allowed)"
          + " values (?, ?::double precision - 1, ?, true)"
          + " on conflict (address) do update set"
          + " posts = case when "
          + REFILLED
          + " >= 1 then "
          + REFILLED
          + " - 1 else "
          + REFILLED
          + " end,"
          + " refilled_at = greatest(b.refilled_at, excluded.refilled_at),"
          + " last_allowed = "
          + REFILLED
          + " >= 1"
          + " returning posts, last_allowed";

  private final int perMinute;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final java.util.concurrent.atomic.AtomicLong calls =
      new java.util.concurrent.atomic.AtomicLong();

  FormRateLimit(
      @Value("${livelihood.form.rate-limit-per-minute:10}") int perMinute,
      Clock clock,
      JdbcTemplate jdbc) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("livelihood.form.rate-limit-per-minute must be 1 or more");
    }
    this.perMinute = perMinute;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  Decision tryAcquire(String address) {
    long now = clock.millis();
    if (calls.incrementAndGet() % 1000 == 0) {
      // Buckets idle for a day are full again and would grant the whole allowance anyway.
      jdbc.update("delete from form_rate_bucket where refilled_at < ?", now - 86_400_000L);
    }
    return jdbc.queryForObject(
        TAKE,
        (rs, n) -> {
          double posts = rs.getDouble(1);
          if (rs.getBoolean(2)) {
            return new Decision(true, 0);
          }
          double millisPerPost = 60_000.0 / perMinute;
          return new Decision(false, (long) Math.ceil((1 - posts) * millisPerPost / 1000));
        },
        address,
        perMinute,
        now);
  }
}
