package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AccountCalls.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** API.md "Accounts, audit and limits": approval, disabling and password changes. */
@IntegrationTest
class AccountApiIntegrationTests {

  static final String STRONG = "kampot pepper farm at dusk";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;

  AccountCalls calls;
  TestFixtures fixtures;
  Organisation ngo;
  User officer;
  User planner;
  User admin;

  @BeforeEach
  void setUp() {
    calls = new AccountCalls(mvc, organisations);
    fixtures = new TestFixtures(organisations);
    ngo = fixtures.organisation(OrganisationKind.NGO);
    officer = calls.user(ngo, Role.OFFICER);
    planner = calls.user(ngo, Role.PLANNER, Role.OFFICER);
    admin = calls.user(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
  }

  private UUID created(String json) {
    return UUID.fromString(JsonPath.read(json, "$.id"));
  }

  @Test
  void anAccountAnAdministratorMakesInAnOrganisationWithStaffSignsInToNothingUntilApproved()
      throws Exception {
    String client = calls.client(officer);
    String name = TestFixtures.unique("new-officer");
    String body =
        calls
            .create(admin, name, STRONG, ngo, "\"OFFICER\"")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PENDING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID id = created(body);
    var newcomer = SecurityMockMvcRequestPostProcessors.httpBasic(name, STRONG);
    // the administrator's account cannot read the organisation's clients, nor anything else
    mvc.perform(get("/api/v1/clients/" + client).with(newcomer))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/catalogue/provinces").with(newcomer))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/users?status=PENDING").with(officer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].username").value(name));

    calls
        .approve(officer, id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(get("/api/v1/clients/" + client).with(newcomer)).andExpect(status().isOk());
    assertThat(audit.countFor("USER", id)).isEqualTo(2); // created, approved
    assertThat(audit.countFor("SIGN_IN", id)).isGreaterThanOrEqualTo(2); // refused, then signed in
  }

  @Test
  void theFirstAccountOfAnOrganisationIsActiveAtOnce() throws Exception {
    Organisation fresh = fixtures.organisation(OrganisationKind.NGO);
    calls
        .create(admin, TestFixtures.unique("first"), STRONG, fresh, "\"PLANNER\"")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    Organisation employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    calls.user(employer, Role.EMPLOYER);
    // an employer has no officer to approve: its accounts are active at once, and see no client
    calls
        .create(admin, TestFixtures.unique("second"), STRONG, employer, "\"EMPLOYER\"")
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void onlyTheOrganisationsOwnOfficersAndPlannersApprove() throws Exception {
    UUID id =
        created(
            calls
                .create(admin, TestFixtures.unique("waiting"), STRONG, ngo, "\"OFFICER\"")
                .andReturn()
                .getResponse()
                .getContentAsString());
    User otherOfficer = calls.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    calls.approve(otherOfficer, id).andExpect(status().isNotFound());
    calls
        .approve(admin, id)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    User employer = calls.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    calls.approve(employer, id).andExpect(status().isForbidden());
    calls.approve(officer, UUID.randomUUID()).andExpect(status().isNotFound());
    calls.approve(planner, id).andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void anAdministratorsAccountNeedsAPasswordThePolicyAccepts() throws Exception {
    for (String weak : new String[] {"aaaaaaaaaaaa", "            ", "123456789012", "short"}) {
      calls
          .create(admin, TestFixtures.unique("weak"), weak, ngo, "\"OFFICER\"")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("password"));
    }
    String name = TestFixtures.unique("mirror");
    calls
        .create(admin, name, name + name, ngo, "\"OFFICER\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
  }

  @Test
  void aDisabledUserIsRefusedAtOnceEvenWithARememberedSignIn() throws Exception {
    mvc.perform(get("/api/v1/clients").with(officer.basic())).andExpect(status().isOk());
    calls
        .disable(planner, officer.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISABLED"));
    mvc.perform(get("/api/v1/clients").with(officer.basic())).andExpect(status().isUnauthorized());
    calls.approve(planner, officer.id()).andExpect(status().isConflict());
  }

  @Test
  void aDisabledUsersBrowserSessionEnds() throws Exception {
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin().user(officer.username()).password(TestFixtures.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/api/v1/clients").session(session)).andExpect(status().isOk());
    calls.disable(admin, officer.id()).andExpect(status().isOk());
    mvc.perform(get("/api/v1/clients").session(session)).andExpect(status().isUnauthorized());
  }

  @Test
  void whoMayDisable() throws Exception {
    User other = calls.user(ngo, Role.OFFICER);
    User elsewhere = calls.user(fixtures.organisation(OrganisationKind.NGO), Role.PLANNER);
    calls.disable(elsewhere, other.id()).andExpect(status().isNotFound());
    calls.disable(officer, other.id()).andExpect(status().isForbidden());
    calls.disable(planner, UUID.randomUUID()).andExpect(status().isNotFound());
    calls.disable(admin, other.id()).andExpect(status().isOk());
  }

  @Test
  void anAdministratorCannotEmptyAnOrganisationOfApproversToMakeAnAccountActive() throws Exception {
    Organisation small = fixtures.organisation(OrganisationKind.NGO);
    User only = calls.user(small, Role.OFFICER);
    calls.disable(admin, only.id()).andExpect(status().isConflict());
    calls
        .create(admin, TestFixtures.unique("intruder"), STRONG, small, "\"OFFICER\"")
        .andExpect(jsonPath("$.status").value("PENDING"));
  }

  @Test
  void aUserChangesTheirPassword() throws Exception {
    User someone = calls.user(ngo, Role.OFFICER);
    mvc.perform(get("/api/v1/clients").with(someone.basic())).andExpect(status().isOk());
    calls
        .changePassword(someone.basic(), "not-my-password", STRONG)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("current"));
    for (String weak : new String[] {"aaaaaaaaaaaa", "123456789012", "x"}) {
      calls
          .changePassword(someone.basic(), TestFixtures.PASSWORD, weak)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("new"));
    }
    calls
        .changePassword(someone.basic(), TestFixtures.PASSWORD, STRONG)
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/clients").with(someone.basic())).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/clients").with(someone.basic(STRONG))).andExpect(status().isOk());
    assertThat(audit.countFor("USER", someone.id())).isGreaterThanOrEqualTo(3);
  }

  @Test
  void anyoneSignedInChangesTheirOwnPasswordOnly() throws Exception {
    User employer = calls.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    calls
        .changePassword(employer.basic(), TestFixtures.PASSWORD, STRONG)
        .andExpect(status().isNoContent());
    calls
        .changePassword(
            SecurityMockMvcRequestPostProcessors.httpBasic("nobody-at-all", "whatever-1234"),
            "whatever-1234",
            STRONG)
        .andExpect(status().isUnauthorized());
  }

  @Test
  void usersAreListedToTheirOwnOrganisationOnly() throws Exception {
    User elsewhere = calls.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    String list =
        mvc.perform(get("/api/v1/users?size=200").with(elsewhere.basic()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains(elsewhere.username()).doesNotContain(officer.username());
    User employer = calls.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/api/v1/users").with(employer.basic())).andExpect(status().isForbidden());
  }
}
