package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's organisation pages: a new organisation by the API's rules with problems
 * beside their fields, and verifying an employer, which shows the link inviting it to make its
 * account.
 */
@IntegrationTest
class AdminOrganisationPagesIntegrationTests {

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

  @Test
  void aNewOrganisationWithProblemsComesBackBesideItsFields() throws Exception {
    Organisation existing = fixtures.organisation(OrganisationKind.NGO);
    String html =
        mvc.perform(
                post("/admin/organisations/new")
                    .with(admin)
                    .with(csrf())
                    .param("name", existing.name())
                    .param("kind", "")
                    .param("province", "99")
                    .param("email", "not an address")
                    .param("phone", "012 345 678"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"name-error\"", "An organisation of this name exists already.")
        .contains("id=\"kind-error\"", "Choose the kind of organisation.")
        .contains("id=\"province-error\"", "Choose a province from the list.")
        .contains("id=\"email-error\"", "Give an email address like name@example.com.")
        .contains("value=\"012 345 678\"", "value=\"not an address\"");
  }

  @Test
  void anAdministratorMakesAnEmployerAndVerifiesItWithAnInvitation() throws Exception {
    String name = TestFixtures.unique("Kampot Salt Co");
    mvc.perform(
            post("/admin/organisations/new")
                .with(admin)
                .with(csrf())
                .param("name", name)
                .param("kind", "EMPLOYER")
                .param("province", "07")
                .param("phone", "012 345 678"))
        .andExpect(redirectedUrl("/admin/organisations"));
    Organisation made = organisations.findByName(name).orElseThrow();
    assertThat(made.verified()).isFalse();
    assertThat(made.province()).isEqualTo("07");

    MvcResult verified =
        mvc.perform(post("/admin/organisations/" + made.id() + "/verify").with(admin).with(csrf()))
            .andExpect(redirectedUrl("/admin/organisations"))
            .andReturn();
    assertThat(organisations.get(made.id()).verified()).isTrue();
    @SuppressWarnings("unchecked")
    Map<String, Object> invitation = (Map<String, Object>) verified.getFlashMap().get("invitation");
    assertThat(invitation.get("url").toString()).contains("/invitations/");
    String page =
        mvc.perform(get("/admin/organisations").with(admin).flashAttrs(verified.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"invitation-url\"", invitation.get("url").toString());

    // a new link replaces the first, which no longer works
    String token = invitation.get("url").toString().replaceAll(".*/invitations/", "");
    MvcResult again =
        mvc.perform(
                post("/admin/organisations/" + made.id() + "/invitation").with(admin).with(csrf()))
            .andReturn();
    assertThat(again.getFlashMap().get("invitation")).isNotNull();
    mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
  }

  @Test
  void onlyEmployersAreVerifiedHere() throws Exception {
    Organisation ngo =
        organisations.register(
            TestFixtures.unique("ngo"), OrganisationKind.NGO, "12", null, null, null, null);
    MvcResult result =
        mvc.perform(post("/admin/organisations/" + ngo.id() + "/verify").with(admin).with(csrf()))
            .andReturn();
    assertThat(result.getFlashMap().get("problem")).isEqualTo("admin.organisations.notEmployer");
  }
}
