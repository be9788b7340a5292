package org.livelihoodmatch.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks passwords with the strong (deliberately slow) hash, then remembers a successful sign-in
 * for a short while, so that an API client sending HTTP Basic with every request pays the hash once
 * a few minutes instead of on every call. Only a SHA-256 digest of the credentials is kept, in
 * memory; a wrong password is never cached. A user's remembered sign-ins are forgotten when the
 * account is disabled, its password changed or its name locked, so that those take effect at once
 * on this instance; on other instances of the service a remembered sign-in is used only after a
 * cheap look at the account in the database (still active, not locked), so there too at once.
 */
class CachedSignIns implements AuthenticationProvider {

  static final Duration REMEMBER_FOR = Duration.ofMinutes(2);
  private static final int MAX_ENTRIES = 10_000;

  private record Remembered(String username, Authentication authentication, Instant until) {}

  private final AuthenticationProvider passwords;
  private final Clock clock;
  private final java.util.function.Predicate<String> stillAllowed;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  CachedSignIns(AuthenticationProvider passwords, Clock clock) {
    this(passwords, clock, username -> true);
  }

  /**
   * @param stillAllowed whether a user's account may still sign in (active, not locked): asked
   *     before a remembered sign-in is used
   */
  CachedSignIns(
      AuthenticationProvider passwords,
      Clock clock,
      java.util.function.Predicate<String> stillAllowed) {
    this.passwords = passwords;
    this.clock = clock;
    this.stillAllowed = stillAllowed;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String key = key(attempt.getName(), String.valueOf(attempt.getCredentials()));
    Instant now = clock.instant();
    Remembered hit = remembered.get(key);
    if (hit != null && hit.until().isAfter(now)) {
      if (stillAllowed.test(hit.username())) {
        return hit.authentication();
      }
      forget(hit.username()); // changed on another instance: check the password again, and refuse
    }
    Authentication result;
    try {
      result = passwords.authenticate(attempt);
    } catch (SignInLocked e) {
      forget(attempt.getName());
      throw e;
    }
    if (result != null && result.isAuthenticated()) {
      if (remembered.size() >= MAX_ENTRIES) {
        remembered.clear();
      }
      UsernamePasswordAuthenticationToken kept =
          UsernamePasswordAuthenticationToken.authenticated(
              result.getPrincipal(), null, result.getAuthorities());
      remembered.put(key, new Remembered(attempt.getName(), kept, now.plus(REMEMBER_FOR)));
      return kept;
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Forgets every remembered sign-in. */
  void forgetAll() {
    remembered.clear();
  }

  /** Forgets the remembered sign-ins of one user (disabled, password changed, or locked). */
  void forget(String username) {
    remembered.values().removeIf(r -> r.username().equals(username));
  }

  private static String key(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
