package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.MutableClock;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AccountCalls.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repeated failed sign-ins lock a user name: counted in the database, timed by the clock (moved by
 * hand here), audited.
 */
@IntegrationTest
class LockoutIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  AccountCalls calls;
  TestFixtures fixtures;
  MutableClock clock;
  SignInAttempts attempts;

  @BeforeEach
  void setUp() {
    calls = new AccountCalls(mvc, organisations);
    fixtures = new TestFixtures(organisations);
    clock = new MutableClock(Instant.parse("2027-03-01T02:00:00Z"));
    attempts = new SignInAttempts(jdbc, clock, transactions);
  }

  @Test
  void theTenthFailureWithinFifteenMinutesLocksTheNameForFifteenMinutes() {
    String name = TestFixtures.unique("guessed");
    for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
      assertThat(attempts.failed(name)).isEmpty();
      clock.advance(Duration.ofSeconds(30));
    }
    assertThat(attempts.lockedUntil(name)).isEmpty();
    Instant tenth = clock.instant();
    assertThat(attempts.failed(name)).contains(tenth.plus(SignInAttempts.LOCK));
    assertThat(attempts.lockedUntil(name)).contains(tenth.plus(SignInAttempts.LOCK));

    clock.advance(SignInAttempts.LOCK.minusSeconds(1));
    assertThat(attempts.lockedUntil(name)).isPresent();
    clock.advance(Duration.ofSeconds(2));
    assertThat(attempts.lockedUntil(name)).isEmpty();
    // the failures before the lock do not count again: one more failure does not lock
    assertThat(attempts.failed(name)).isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
    String name = TestFixtures.unique("slow");
    for (int i = 0; i < 3 * SignInAttempts.MAX_FAILURES; i++) {
      assertThat(attempts.failed(name)).isEmpty();
      clock.advance(Duration.ofMinutes(2));
    }
    assertThat(attempts.lockedUntil(name)).isEmpty();
  }

  @Test
  void aSuccessfulSignInStartsTheCountAfresh() {
    String name = TestFixtures.unique("forgetful");
    for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
      attempts.failed(name);
    }
    attempts.succeeded(name);
    assertThat(attempts.failed(name)).isEmpty();
  }

  @Test
  void aLockedNameIsRefusedWithTheRightPasswordAndEveryFailureIsAudited() throws Exception {
    User user = calls.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/api/v1/clients").with(user.basic())).andExpect(status().isOk());
    for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
      mvc.perform(get("/api/v1/clients").with(user.basic("wrong-password-" + i)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/clients").with(user.basic("wrong-password-10")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    // the right password, even one remembered from before, is refused while the lock lasts
    mvc.perform(get("/api/v1/clients").with(user.basic()))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[0-9]+")));
    mvc.perform(formLogin().user(user.username()).password(TestFixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?locked"));

    assertThat(count(user, "SIGN_IN_FAILED")).isEqualTo(SignInAttempts.MAX_FAILURES);
    assertThat(count(user, "LOCKED")).isEqualTo(1);
    assertThat(count(user, "SIGN_IN_REFUSED")).isEqualTo(2);
  }

  @Test
  void unknownNamesAreCountedAndLockedAlikeButNotWrittenDown() throws Exception {
    String name = TestFixtures.unique("nobody");
    for (int i = 1; i <= SignInAttempts.MAX_FAILURES; i++) {
      mvc.perform(get("/api/v1/clients").with(httpBasic(name, "secret-" + i)));
    }
    mvc.perform(get("/api/v1/clients").with(httpBasic(name, "secret-x")))
        .andExpect(status().isTooManyRequests());
    Integer named =
        jdbc.queryForObject(
            "select count(*) from audit_event where username = ? or detail like ?",
            Integer.class,
            name,
            "%" + name + "%");
    assertThat(named).isZero();
  }

  private int count(User user, String action) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where entity_type = 'SIGN_IN' and entity_id = ?"
                + " and action = ?",
            Integer.class,
            user.id(),
            action);
    return n == null ? 0 : n;
  }
}
