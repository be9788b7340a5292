package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachedSignInsTests {

  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final String hash = encoder.encode("right-password-1");
  private final AtomicInteger lookups = new AtomicInteger();

  private CachedSignIns signIns(Clock clock) {
    DaoAuthenticationProvider dao =
        new DaoAuthenticationProvider(
            username -> {
              lookups.incrementAndGet();
              return new Staff(
                  UUID.randomUUID(),
                  username,
                  UUID.randomUUID(),
                  OrganisationKind.NGO,
                  Set.of(Role.OFFICER),
                  hash,
                  true);
            });
    dao.setPasswordEncoder(encoder);
    return new CachedSignIns(dao, clock);
  }

  private static UsernamePasswordAuthenticationToken attempt(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("officer", password);
  }

  @Test
  void aSuccessfulSignInIsRememberedForAWhileThenCheckedAgain() {
    MutableClock clock = new MutableClock();
    CachedSignIns signIns = signIns(clock);
    assertThat(signIns.authenticate(attempt("right-password-1")).isAuthenticated()).isTrue();
    assertThat(signIns.authenticate(attempt("right-password-1")).isAuthenticated()).isTrue();
    assertThat(lookups).hasValue(1);
    clock.now = clock.now.plus(CachedSignIns.REMEMBER_FOR).plusSeconds(1);
    signIns.authenticate(attempt("right-password-1"));
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aWrongPasswordIsNeverRememberedNorLetThrough() {
    CachedSignIns signIns = signIns(new MutableClock());
    signIns.authenticate(attempt("right-password-1"));
    assertThatThrownBy(() -> signIns.authenticate(attempt("wrong-password-1")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> signIns.authenticate(attempt("wrong-password-1")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void theRememberedSignInCarriesNoPassword() {
    CachedSignIns signIns = signIns(new MutableClock());
    var result = signIns.authenticate(attempt("right-password-1"));
    assertThat(result.getCredentials()).isNull();
    assertThat(result.getPrincipal()).isInstanceOf(Staff.class);
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-22T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
