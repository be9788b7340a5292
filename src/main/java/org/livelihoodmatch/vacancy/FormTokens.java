package org.livelihoodmatch.vacancy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time tokens of the public vacancy form, kept in PostgreSQL. Each showing of the form issues
 * one; the post that claims it stores the vacancy in the same transaction, so a double click or a
 * replayed post finds it used and is answered with the first post's reference instead of a second
 * vacancy. A refused post rolls back its claim, so the sender can correct the form and send again.
 */
@Component
class FormTokens {

  /** What a post's token allows. */
  enum Claim {
    CLAIMED,
    ALREADY_USED,
    UNKNOWN
  }

  private static final String LIFETIME = "12 hours";
  private static final int FORGET_EVERY = 500;

  private final JdbcTemplate jdbc;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong issued = new AtomicLong();

  FormTokens(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.update("insert into form_token (token) values (?)", token);
    if (issued.incrementAndGet() % FORGET_EVERY == 0) {
      forgetOld();
    }
    return token;
  }

  /**
   * Claims the token for the current transaction. A second post with the same token waits on the
   * row until the first commits (then finds it used) or rolls back (then claims it itself).
   */
  Claim claim(String token) {
    int claimed =
        jdbc.update(
            "update form_token set used_at = now() where token = ? and used_at is null"
                + " and issued_at > now() - interval '"
                + LIFETIME
                + "'",
            token);
    if (claimed == 1) {
      return Claim.CLAIMED;
    }
    return reference(token).isPresent() ? Claim.ALREADY_USED : Claim.UNKNOWN;
  }

  /** The reference of the vacancy the token was used for. */
  Optional<String> reference(String token) {
    List<String> found =
        jdbc.queryForList(
            "select reference from form_token where token = ? and reference is not null",
            String.class,
            token);
    return found.stream().findFirst();
  }

  void complete(String token, String reference) {
    jdbc.update("update form_token set reference = ? where token = ?", reference, token);
  }

  /** Tokens never used expire; used ones are kept a week to answer late replays. */
  void forgetOld() {
    jdbc.update(
        "delete from form_token where (used_at is null and issued_at < now() - interval '"
            + LIFETIME
            + "') or used_at < now() - interval '7 days'");
  }
}
