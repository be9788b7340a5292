package org.livelihoodmatch.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per user name and locks a name after {@value #MAX_FAILURES} of them within
 * {@link #WINDOW}, for {@link #LOCK}: an online guesser gets 40 tries an hour instead of about 27 a
 * second. Counted in the database, so that a lock holds on every instance of the service and across
 * restarts; times come from the injected {@link Clock}. Names that belong to no user are counted
 * and locked alike, so a lock tells nothing about which names exist. Failures made while a name is
 * locked are refused without counting, so the next lock needs ten new failures.
 */
@Component
class SignInAttempts {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final int MAX_NAME = 100;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate transaction;

  SignInAttempts(JdbcTemplate jdbc, Clock clock, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** The end of the lock on {@code username}, when it is locked now. */
  Optional<Instant> lockedUntil(String username) {
    List<Timestamp> until =
        jdbc.queryForList(
            "select locked_until from sign_in_lock where username = ? and locked_until > ?",
            Timestamp.class,
            name(username),
            Timestamp.from(clock.instant()));
    return until.stream().findFirst().map(Timestamp::toInstant);
  }

  /**
   * Counts a failed sign-in; returns the end of the lock when this failure locked the name. Of two
   * instances counting the tenth failure at once, only one sets the lock.
   */
  Optional<Instant> failed(String username) {
    String name = name(username);
    Instant now = clock.instant();
    return transaction.execute(
        status -> {
          jdbc.update(
              "insert into sign_in_failure (username, at) values (?, ?)",
              name,
              Timestamp.from(now));
          Instant since = now.minus(WINDOW);
          List<Timestamp> lastLock =
              jdbc.queryForList(
                  "select locked_until from sign_in_lock where username = ?",
                  Timestamp.class,
                  name);
          if (!lastLock.isEmpty() && lastLock.get(0).toInstant().isAfter(since)) {
            since = lastLock.get(0).toInstant();
          }
          Integer failures =
              jdbc.queryForObject(
                  "select count(*) from sign_in_failure where username = ? and at > ?",
                  Integer.class,
                  name,
                  Timestamp.from(since));
          if (failures == null || failures < MAX_FAILURES) {
            return Optional.<Instant>empty();
          }
          Instant until = now.plus(LOCK);
          List<Timestamp> locked =
              jdbc.queryForList(
                  "insert into sign_in_lock (username, locked_at, locked_until) values (?, ?, ?)"
                      + " on conflict (username) do update set locked_at = excluded.locked_at,"
                      + " locked_until = excluded.locked_until"
                      + " where sign_in_lock.locked_until <= excluded.locked_at"
                      + " returning locked_until",
                  Timestamp.class,
                  name,
                  Timestamp.from(now),
                  Timestamp.from(until));
          return locked.stream().findFirst().map(Timestamp::toInstant);
        });
  }

  /** A successful sign-in starts the count afresh. */
  void succeeded(String username) {
    jdbc.update("delete from sign_in_failure where username = ?", name(username));
  }

  /** Forgets failures too old to count towards any lock, and locks long over. */
  int purge() {
    Timestamp before = Timestamp.from(clock.instant().minus(WINDOW.plus(LOCK)));
    int n = jdbc.update("delete from sign_in_failure where at < ?", before);
    return n + jdbc.update("delete from sign_in_lock where locked_until < ?", before);
  }

  private static String name(String username) {
    String name = username == null ? "" : username;
    return name.substring(0, Math.min(name.length(), MAX_NAME));
  }
}
