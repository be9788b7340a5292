package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's pages are for administrators only: officers, planners, employers and
 * reporters are refused ({@code 403}), and nobody signed in is sent to sign in first.
 */
@IntegrationTest
class AdminPagesAccessIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  TestFixtures fixtures;
  UUID someUser;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    String username = TestFixtures.unique("listed");
    someUser =
        organisations.createUser(
            username, TestFixtures.PASSWORD, ngo.id(), java.util.Set.of(Role.OFFICER));
  }

  private List<String> pages() {
    return List.of(
        "/admin",
        "/admin/users",
        "/admin/users/new",
        "/admin/users/" + someUser,
        "/admin/organisations",
        "/admin/organisations/new",
        "/admin/catalogues",
        "/admin/catalogues/wage-floors",
        "/admin/index",
        "/admin/index/progress");
  }

  @Test
  void anAdministratorOpensEveryPage() throws Exception {
    RequestPostProcessor admin =
        TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
    for (String page : pages()) {
      MvcResult result = mvc.perform(get(page).with(admin)).andReturn();
      assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
    }
    for (String page : List.of("/admin", "/admin/users", "/admin/catalogues", "/admin/index")) {
      assertThat(
              mvc.perform(get(page).param("lang", "km").with(admin))
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .as(page)
          .contains("ការគ្រប់គ្រងប្រព័ន្ធ");
    }
  }

  @Test
  void everyOtherRoleIsRefused() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    List<RequestPostProcessor> others =
        List.of(
            TestFixtures.signedIn(ngo, Role.OFFICER),
            TestFixtures.signedIn(ngo, Role.PLANNER),
            TestFixtures.signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER),
            TestFixtures.signedIn(
                fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER));
    for (RequestPostProcessor other : others) {
      for (String page : pages()) {
        assertThat(mvc.perform(get(page).with(other)).andReturn().getResponse().getStatus())
            .as(page)
            .isEqualTo(403);
      }
      mvc.perform(post("/admin/index/rebuild").with(other).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/users/new")
                  .with(other)
                  .with(csrf())
                  .param("username", TestFixtures.unique("sneaky"))
                  .param("password", "kampot pepper farm at dusk")
                  .param("organisationId", ngo.id().toString())
                  .param("roles", "ADMIN"))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void nobodySignedInIsSentToSignIn() throws Exception {
    for (String page : pages()) {
      MvcResult result = mvc.perform(get(page)).andReturn();
      assertThat(result.getResponse().getStatus()).as(page).isEqualTo(302);
      assertThat(result.getResponse().getRedirectedUrl()).as(page).endsWith("/login");
    }
  }
}
