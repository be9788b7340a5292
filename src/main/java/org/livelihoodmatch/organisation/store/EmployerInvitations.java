package org.livelihoodmatch.organisation.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invitations of verified employers to make their own account: a random token that only its
 * SHA-256 is kept of, valid for a while ({@code livelihood.invitations.valid-for}, a week by
 * default), ended by its first use or by a newer invitation of the same organisation. The link is
 * shown once, to the officer or administrator who verified the employer, to pass on.
 */
@Component
public class EmployerInvitations {

  /** Where an invitation stands, as the page that opens it says. */
  public enum State {
    VALID,
    USED,
    EXPIRED,
    UNKNOWN
  }

  /** A token just made, with when it expires; the token itself is never stored. */
  public record Issued(String token, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration validFor;

  EmployerInvitations(
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${livelihood.invitations.valid-for:P7D}") Duration validFor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.validFor = validFor;
  }

  /** A new invitation for the organisation; its earlier unused ones end. */
  public Issued issue(UUID organisationId, String issuedBy) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    Instant expires = now.plus(validFor);
    revoke(organisationId);
    jdbc.update(
        "insert into employer_invitation (id, organisation_id, token_hash, created_at, created_by,"
            + " expires_at) values (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        organisationId,
        hash(token),
        Timestamp.from(now),
        issuedBy,
        Timestamp.from(expires));
    return new Issued(token, expires);
  }

  /** Ends the organisation's unused invitations (a newer one, or its verification withdrawn). */
  public void revoke(UUID organisationId) {
    jdbc.update(
        "update employer_invitation set revoked_at = ? where organisation_id = ?"
            + " and used_at is null and revoked_at is null",
        Timestamp.from(clock.instant()),
        organisationId);
  }

  /** The state of a token as typed in a link (anything at all may arrive there). */
  public State state(String token) {
    List<State> found =
        jdbc.query(
            "select used_at is not null or revoked_at is not null, expires_at <= ?"
                + " from employer_invitation where token_hash = ?",
            (rs, n) ->
                rs.getBoolean(1) ? State.USED : rs.getBoolean(2) ? State.EXPIRED : State.VALID,
            Timestamp.from(clock.instant()),
            hash(token));
    return found.isEmpty() ? State.UNKNOWN : found.get(0);
  }

  /** The organisation a valid token invites to. */
  public Optional<UUID> organisation(String token) {
    return jdbc
        .queryForList(
            "select organisation_id from employer_invitation where token_hash = ?"
                + " and used_at is null and revoked_at is null and expires_at > ?",
            UUID.class,
            hash(token),
            Timestamp.from(clock.instant()))
        .stream()
        .findFirst();
  }

  /**
   * Uses a valid token for the account just made, in the caller's transaction; false when it is no
   * longer valid (a second post of the same link waits here for the first and finds it used).
   */
  public boolean use(String token, UUID userId) {
    Instant now = clock.instant();
    return jdbc.update(
            "update employer_invitation set used_at = ?, user_id = ? where token_hash = ?"
                + " and used_at is null and revoked_at is null and expires_at > ?",
            Timestamp.from(now),
            userId,
            hash(token),
            Timestamp.from(now))
        == 1;
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
