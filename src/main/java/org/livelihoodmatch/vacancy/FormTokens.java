package org.livelihoodmatch.vacancy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time tokens of the public vacancy form. A token is a random nonce and its time of issue,
 * signed with a secret kept in PostgreSQL, so showing the form writes nothing (a crawler cannot
 * fill a table) and no one can forge or extend a token. The post that claims a token records it in
 * the transaction that stores the vacancy: a double click or a replayed post finds it used and is
 * answered with the first post's reference. A refused post rolls its claim back, so the sender can
 * correct the form and send it again.
 */
@Component
class FormTokens {

  /** What a post's token allows. */
  enum Claim {
    CLAIMED,
    ALREADY_USED,
    UNKNOWN
  }

  static final Duration LIFETIME = Duration.ofHours(12);
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final int FORGET_EVERY = 500;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong claims = new AtomicLong();
  private volatile SecretKeySpec key;

  FormTokens(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String issue() {
    return issue(clock.instant());
  }

  /** A token issued at {@code issuedAt}; tests use it to hold a token that has expired. */
  String issue(Instant issuedAt) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String payload = BASE64.encodeToString(nonce) + "." + issuedAt.getEpochSecond();
    return payload + "." + signature(payload);
  }

  /**
   * Claims the token for the current transaction, for the vacancy that will have {@code reference}.
   * A second post with the same token waits on the row until the first commits (then finds it used)
   * or rolls back (then claims it itself).
   */
  Claim claim(String token, String reference) {
    if (!genuineAndFresh(token)) {
      return Claim.UNKNOWN;
    }
    int claimed =
        jdbc.update(
            "insert into form_token (token, reference) values (?, ?) on conflict do nothing",
            token,
            reference);
    if (claims.incrementAndGet() % FORGET_EVERY == 0) {
      jdbc.update("delete from form_token where used_at < now() - interval '7 days'");
    }
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

  /** Points a claimed token at another reference (the same offer, received before). */
  void redirect(String token, String reference) {
    jdbc.update("update form_token set reference = ? where token = ?", reference, token);
  }

  private boolean genuineAndFresh(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
      return false;
    }
    String expected = signature(parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    Instant now = clock.instant();
    return issued.isBefore(now.plusSeconds(300)) && issued.plus(LIFETIME).isAfter(now);
  }

  private String signature(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
      return BASE64.encodeToString(Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** The service's signing secret: made once at the first start, shared by every instance. */
  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      byte[] candidate = new byte[32];
      random.nextBytes(candidate);
      jdbc.update(
          "insert into form_secret (id, secret) values (1, ?) on conflict do nothing", candidate);
      byte[] secret =
          jdbc.queryForObject("select secret from form_secret where id = 1", byte[].class);
      current = new SecretKeySpec(secret, "HmacSHA256");
      key = current;
    }
    return current;
  }
}
