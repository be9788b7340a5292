package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A sign-in that cannot reach the database is not a wrong password: the API answers {@code 503}
 * with {@code Retry-After}, not a false {@code 401}.
 */
class DatabaseDownSignInTests {

  @Test
  void aPasswordThatCouldNotBeCheckedIsA503() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ProblemResponses.unauthorized()
        .commence(
            new MockHttpServletRequest(),
            response,
            new InternalAuthenticationServiceException(
                "no connection", new CannotGetJdbcConnectionException("database down")));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString()).contains("database cannot be reached");
  }

  @Test
  void aWrongPasswordIsStillA401() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    ProblemResponses.unauthorized()
        .commence(new MockHttpServletRequest(), response, new BadCredentialsException("wrong"));
    assertThat(response.getStatus()).isEqualTo(401);
  }
}
