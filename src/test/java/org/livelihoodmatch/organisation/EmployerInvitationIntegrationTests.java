package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An employer verified by an officer gets her own account through a link with a one-time token:
 * kept only as a hash, it works once, expires, and a bad answer leaves it usable.
 */
@IntegrationTest
class EmployerInvitationIntegrationTests {

  static final String PASSWORD = "mango kite river lantern";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  TestFixtures fixtures;
  Organisation employer;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    employer =
        organisations.register(
            TestFixtures.unique("Takeo Bricks"),
            OrganisationKind.EMPLOYER,
            "21",
            null,
            "012 345 678",
            null,
            null);
  }

  /** An officer verifies the employer over the API; the answer carries the invitation's link. */
  private String verifyAndGetToken() throws Exception {
    String json =
        mvc.perform(
                patch("/api/v1/organisations/" + employer.id())
                    .with(fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"verified\": true}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.verified").value(true))
            .andExpect(jsonPath("$.invitation.expiresAt").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String url = JsonPath.read(json, "$.invitation.url");
    assertThat(url).startsWith("http").contains("/invitations/");
    return url.substring(url.indexOf("/invitations/") + "/invitations/".length());
  }

  private MockHttpServletRequestBuilder accept(String token, String username, String password) {
    return post("/invitations/" + token)
        .with(csrf())
        .param("username", username)
        .param("name", "Sophea Lim")
        .param("password", password)
        .param("confirm", password);
  }

  @Test
  void theEmployerMakesHerAccountAndSignsIn() throws Exception {
    String token = verifyAndGetToken();
    assertThat(
            mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(employer.name(), "id=\"make-account\"");
    // only the hash is kept
    assertThat(
            jdbc.queryForObject(
                "select count(*) from employer_invitation where token_hash = ?",
                Integer.class,
                sha256(token)))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from employer_invitation where token_hash = ?",
                Integer.class,
                token))
        .isZero();

    // two different passwords, then a weak one: said beside the field, the link still works
    String username = TestFixtures.unique("sophea");
    String mismatch =
        mvc.perform(accept(token, username, PASSWORD).param("confirm", "something else entirely"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mismatch)
        .contains("id=\"confirm-error\"", "The two passwords differ")
        .contains("value=\"" + username + "\"", "value=\"Sophea Lim\"");
    assertThat(
            mvc.perform(accept(token, username, "password1234").param("lang", "km"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"password-error\"", "ងាយទាយត្រូវពេក");

    mvc.perform(accept(token, username, PASSWORD))
        .andExpect(redirectedUrl("/invitations/accepted"));
    Map<String, Object> account =
        jdbc.queryForMap(
            "select organisation_id, roles, status, full_name from app_user where username = ?",
            username);
    assertThat(account)
        .containsEntry("organisation_id", employer.id())
        .containsEntry("roles", "EMPLOYER")
        .containsEntry("status", "ACTIVE")
        .containsEntry("full_name", "Sophea Lim");
    mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    assertThat(
            jdbc.queryForObject(
                "select used_at is not null and user_id is not null from employer_invitation"
                    + " where token_hash = ?",
                Boolean.class,
                sha256(token)))
        .isTrue();
  }

  @Test
  void aLinkUsedOnceIsRefusedTheSecondTime() throws Exception {
    String token = verifyAndGetToken();
    mvc.perform(accept(token, TestFixtures.unique("first"), PASSWORD))
        .andExpect(redirectedUrl("/invitations/accepted"));
    String second = TestFixtures.unique("second");
    assertThat(
            mvc.perform(accept(token, second, PASSWORD))
                .andExpect(status().isGone())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("data-state=\"USED\"", "It has been used already");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app_user where username = ?", Integer.class, second))
        .isZero();
    mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
    // she has an account now: verifying again invites nobody
    mvc.perform(
            patch("/api/v1/organisations/" + employer.id())
                .with(fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"verified\": true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invitation").doesNotExist());
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    String token = verifyAndGetToken();
    jdbc.update(
        "update employer_invitation set expires_at = now() - interval '1 minute'"
            + " where token_hash = ?",
        sha256(token));
    assertThat(
            mvc.perform(get("/invitations/" + token).param("lang", "km"))
                .andExpect(status().isGone())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("data-state=\"EXPIRED\"", "វាផុតកំណត់ហើយ");
    String username = TestFixtures.unique("late");
    mvc.perform(accept(token, username, PASSWORD)).andExpect(status().isGone());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app_user where username = ?", Integer.class, username))
        .isZero();
  }

  @Test
  void withdrawingTheVerificationEndsTheLink() throws Exception {
    String token = verifyAndGetToken();
    organisations.setVerified(employer.id(), false);
    String username = TestFixtures.unique("withdrawn");
    mvc.perform(accept(token, username, PASSWORD)).andExpect(status().isGone());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app_user where username = ?", Integer.class, username))
        .isZero();
  }

  @Test
  void anUnknownLinkIsNotFound() throws Exception {
    mvc.perform(get("/invitations/not-a-token-at-all")).andExpect(status().isNotFound());
    mvc.perform(accept("not-a-token-at-all", TestFixtures.unique("x"), PASSWORD))
        .andExpect(status().isNotFound());
  }

  static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
