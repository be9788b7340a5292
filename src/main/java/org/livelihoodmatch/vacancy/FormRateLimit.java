package org.livelihoodmatch.vacancy;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many posts of the public form one client address may send: a token bucket per address holding
 * {@code livelihood.form.rate-limit-per-minute} posts (default 10) that refills evenly over a
 * minute. An honest employer never notices it; a script flooding the review queue does.
 */
@Component
class FormRateLimit {

  /** The answer for one post: allowed, or how many seconds until the next one is. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  private static final int MAX_TRACKED = 50_000;

  private final int perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  FormRateLimit(@Value("${livelihood.form.rate-limit-per-minute:10}") int perMinute, Clock clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("livelihood.form.rate-limit-per-minute must be 1 or more");
    }
    this.perMinute = perMinute;
    this.clock = clock;
  }

  Decision tryAcquire(String address) {
    long now = clock.millis();
    if (buckets.size() > MAX_TRACKED) {
      buckets.values().removeIf(b -> b.isFull(now));
    }
    Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(now));
    return bucket.take(now);
  }

  private final class Bucket {
    private double posts = perMinute;
    private long refilledAt;

    Bucket(long now) {
      refilledAt = now;
    }

    synchronized Decision take(long now) {
      refill(now);
      if (posts >= 1) {
        posts -= 1;
        return new Decision(true, 0);
      }
      double millisPerPost = 60_000.0 / perMinute;
      return new Decision(false, (long) Math.ceil((1 - posts) * millisPerPost / 1000));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return posts >= perMinute;
    }

    private void refill(long now) {
      if (now > refilledAt) {
        posts = Math.min(perMinute, posts + (now - refilledAt) * perMinute / 60_000.0);
        refilledAt = now;
      }
    }
  }
}
