package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

  private final PasswordPolicy policy = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aaaaaaaaaaaa",
        "            ",
        "123456789012",
        "abcabcabcabc",
        "qwertyuiopas",
        "password1234",
        "iloveyou1234",
        "P@ssw0rd1234",
        "livelihoodmatch2027"
      })
  void refusesTheCommonTheRepeatedAndTheSequential(String password) {
    assertThat(policy.problem(password, "officer-a"))
        .get()
        .asString()
        .contains("too easy to guess");
  }

  @Test
  void refusesTheUserNameRepeatedOrDressedUp() {
    assertThat(policy.problem("sokha.keo-officersokha.keo-officer", "sokha.keo-officer"))
        .isPresent();
    assertThat(policy.problem("Sokha.Keo-Officer2027", "sokha.keo-officer")).isPresent();
  }

  @Test
  void refusesFewerThanTwelveCharactersAndMoreThanTwoHundred() {
    assertThat(policy.problem("x7#Kq2!mZp9", "officer-a"))
        .contains("must have at least 12 characters");
    assertThat(policy.problem("x7#Kq2!mZp9w".repeat(17), "officer-a"))
        .contains("must have at most 200 characters");
    assertThat(policy.problem(null, "officer-a")).isPresent();
  }

  @Test
  void acceptsLongPassphrasesAndRandomPasswords() {
    assertThat(policy.problem("kampot pepper farm at dusk", "officer-a")).isEmpty();
    assertThat(policy.problem("xk4-Pq9z-mRt2", "officer-a")).isEmpty();
    assertThat(policy.problem("mango kite river lantern", "planner-a")).isEmpty();
  }
}
