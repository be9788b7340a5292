package org.livelihoodmatch.organisation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The password check behind {@link CachedSignIns}, guarded and audited: a locked user name is
 * refused before its password is looked at; a wrong password is counted towards the lock ({@link
 * SignInAttempts}); every sign-in whose password was checked, every failure, every refusal and
 * every lock is an audit event. A name that belongs to no user is written as {@code (unknown)},
 * because people type their password into the name field.
 */
class GuardedSignIns implements AuthenticationProvider {

  static final String UNKNOWN = "(unknown)";

  private final AuthenticationProvider passwords;
  private final SignInAttempts attempts;
  private final StaffAccounts accounts;
  private final AuditTrail audit;

  GuardedSignIns(
      AuthenticationProvider passwords,
      SignInAttempts attempts,
      StaffAccounts accounts,
      AuditTrail audit) {
    this.passwords = passwords;
    this.attempts = attempts;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String name = attempt.getName();
    Optional<Instant> locked = attempts.lockedUntil(name);
    if (locked.isPresent()) {
      record(name, "SIGN_IN_REFUSED", "locked until " + locked.get());
      throw new SignInLocked(locked.get());
    }
    Authentication result;
    try {
      result = passwords.authenticate(attempt);
    } catch (BadCredentialsException e) {
      Optional<Instant> lock = attempts.failed(name);
      record(name, "SIGN_IN_FAILED", "wrong user name or password");
      if (lock.isPresent()) {
        record(
            name,
            "LOCKED",
            "after " + SignInAttempts.MAX_FAILURES + " failures, until " + lock.get());
        throw new SignInLocked(lock.get());
      }
      throw e;
    } catch (AccountStatusException e) {
      record(name, "SIGN_IN_REFUSED", "account not active");
      throw e;
    }
    if (result != null && result.getPrincipal() instanceof Staff staff) {
      attempts.succeeded(name);
      audit.recordSignIn(staff.username(), staff.organisationId(), "SIGN_IN", staff.userId(), null);
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private void record(String name, String action, String detail) {
    accounts
        .findByUsername(name)
        .ifPresentOrElse(
            a -> audit.recordSignIn(a.username(), a.organisationId(), action, a.id(), detail),
            () -> audit.recordSignIn(UNKNOWN, null, action, null, "no such user; " + detail));
  }
}
