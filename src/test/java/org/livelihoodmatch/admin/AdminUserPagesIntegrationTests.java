package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's user pages: a new account by the API's rules, each problem beside its field
 * in the reader's language with what was typed kept; roles, disabling, enabling and a new password,
 * where a change that would let someone read clients waits for the organisation's approval.
 */
@IntegrationTest
class AdminUserPagesIntegrationTests {

  static final String GOOD_PASSWORD = "mango kite river lantern";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  TestFixtures fixtures;
  RequestPostProcessor admin;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    admin =
        TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
  }

  private MockHttpServletRequestBuilder newUser(
      Organisation organisation, String username, String password, String... roles) {
    MockHttpServletRequestBuilder request =
        post("/admin/users/new")
            .with(admin)
            .with(csrf())
            .param("organisationId", organisation == null ? "" : organisation.id().toString())
            .param("name", "Sokha Chan")
            .param("username", username)
            .param("password", password);
    for (String role : roles) {
      request.param("roles", role);
    }
    return request;
  }

  @Test
  void eachProblemIsBesideItsFieldWithWhatWasTypedKeptAndNothingStored() throws Exception {
    String html =
        mvc.perform(newUser(null, "a b", "short"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"organisationId-error\"", "Choose the organisation.")
        .contains("id=\"username-error\"", "Give 3 to 100 letters")
        .contains("id=\"password-error\"", "Too short: at least 12 characters.")
        .contains("id=\"roles-error\"", "Choose at least one role.")
        .contains("value=\"a b\"", "value=\"Sokha Chan\"")
        .doesNotContain("value=\"short\"");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app_user where username = 'a b'", Integer.class))
        .isZero();

    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    String khmer =
        mvc.perform(
                newUser(ngo, TestFixtures.unique("weak"), "password1234", "REPORTER", "OFFICER")
                    .param("lang", "km"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(khmer)
        .contains("ងាយទាយត្រូវពេក", "អ្នកអានរបាយការណ៍មិនមានតួនាទីផ្សេងទៀតទេ")
        .contains("id=\"role-OFFICER\" value=\"OFFICER\" checked");
  }

  @Test
  void aTakenUserNameIsSaidBesideIt() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    String taken = TestFixtures.unique("taken");
    organisations.createUser(taken, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    assertThat(
            mvc.perform(newUser(ngo, taken, GOOD_PASSWORD, "OFFICER"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"username-error\"", "This user name is taken");
  }

  @Test
  void anAccountOfANewOrganisationSignsInAtOnceAndItsNameIsKept() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    String username = TestFixtures.unique("first");
    String location =
        mvc.perform(newUser(ngo, username, GOOD_PASSWORD, "OFFICER", "PLANNER"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id = UUID.fromString(location.substring("/admin/users/".length()));
    assertThat(jdbc.queryForMap("select full_name, status, roles from app_user where id = ?", id))
        .containsEntry("full_name", "Sokha Chan")
        .containsEntry("status", "ACTIVE")
        .containsEntry("roles", "OFFICER,PLANNER");
    mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(authenticated());
    assertThat(
            mvc.perform(get("/admin/users").param("organisation", ngo.id().toString()).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(username, "Sokha Chan", "Placement officer", "Planner", "Active");
  }

  @Test
  void anAccountInAnOrganisationWithStaffWaitsForItsApproval() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    organisations.createUser(
        TestFixtures.unique("officer"), TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    String username = TestFixtures.unique("second");
    String location =
        mvc.perform(newUser(ngo, username, GOOD_PASSWORD, "OFFICER"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(
            mvc.perform(get(location).with(admin)).andReturn().getResponse().getContentAsString())
        .contains("id=\"waiting\"", "Waiting for approval");
    mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(unauthenticated());
  }

  @Test
  void aClientRoleGivenOrAPasswordSetByTheAdministratorWaitsForTheOrganisation() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    organisations.createUser(
        TestFixtures.unique("colleague"), TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    String name = TestFixtures.unique("clerk");
    UUID clerk =
        organisations.createUser(name, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.EMPLOYER));

    // no roles at all: refused beside the field, nothing changed
    assertThat(
            mvc.perform(post("/admin/users/" + clerk + "/roles").with(admin).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"roles-error\"", "Choose at least one role.");
    mvc.perform(
            post("/admin/users/" + clerk + "/roles")
                .with(admin)
                .with(csrf())
                .param("roles", "OFFICER"))
        .andExpect(status().isFound());
    assertThat(statusOf(clerk)).isEqualTo("PENDING");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ROLES' and entity_id = ?",
                Integer.class,
                clerk))
        .isEqualTo(1);

    // a weak new password is refused beside its field; a good one waits for approval again
    assertThat(
            mvc.perform(
                    post("/admin/users/" + clerk + "/password")
                        .with(admin)
                        .with(csrf())
                        .param("password", "aaaaaaaaaaaa"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"password-error\"", "Too easy to guess");
    mvc.perform(
            post("/admin/users/" + clerk + "/password")
                .with(admin)
                .with(csrf())
                .param("password", GOOD_PASSWORD))
        .andExpect(status().isFound());
    mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(unauthenticated());
  }

  @Test
  void anEmployersAccountIsDisabledEnabledAndGivenANewPasswordAtOnce() throws Exception {
    Organisation employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    String name = TestFixtures.unique("garments");
    UUID id =
        organisations.createUser(name, TestFixtures.PASSWORD, employer.id(), Set.of(Role.EMPLOYER));
    mvc.perform(post("/admin/users/" + id + "/disable").with(admin).with(csrf()))
        .andExpect(status().isFound());
    assertThat(statusOf(id)).isEqualTo("DISABLED");
    mvc.perform(formLogin().user(name).password(TestFixtures.PASSWORD))
        .andExpect(unauthenticated());
    mvc.perform(post("/admin/users/" + id + "/enable").with(admin).with(csrf()))
        .andExpect(status().isFound());
    assertThat(statusOf(id)).isEqualTo("ACTIVE");
    mvc.perform(
            post("/admin/users/" + id + "/password")
                .with(admin)
                .with(csrf())
                .param("password", GOOD_PASSWORD))
        .andExpect(status().isFound());
    assertThat(statusOf(id)).isEqualTo("ACTIVE");
    mvc.perform(formLogin().user(name).password(GOOD_PASSWORD)).andExpect(authenticated());
  }

  @Test
  void theOrganisationsLastApproverKeepsItsRoleAndSaysWhy() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    UUID only =
        organisations.createUser(
            TestFixtures.unique("only"), TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    assertThat(
            mvc.perform(
                    post("/admin/users/" + only + "/roles")
                        .with(admin)
                        .with(csrf())
                        .param("roles", "EMPLOYER")
                        .param("lang", "km"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"conflict\"", "នេះជាមន្ត្រី ឬអ្នករៀបចំផែនការចុងក្រោយ");
    assertThat(jdbc.queryForObject("select roles from app_user where id = ?", String.class, only))
        .isEqualTo("OFFICER");
    mvc.perform(get("/admin/users/" + UUID.randomUUID()).with(admin))
        .andExpect(status().isNotFound());
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject("select status from app_user where id = ?", String.class, id);
  }
}
