package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class OrganisationApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;

  TestFixtures fixtures;
  RequestPostProcessor officer;
  RequestPostProcessor admin;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    admin = fixtures.user(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.ADMIN);
  }

  ResultActions setVerified(Organisation o, boolean verified, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
        patch("/api/v1/organisations/" + o.id())
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"verified\": " + verified + "}"));
  }

  @Test
  void anOfficerVerifiesAndUnverifiesAnEmployerAndItIsAudited() throws Exception {
    Organisation employer =
        organisations.register(
            TestFixtures.unique("employer"),
            OrganisationKind.EMPLOYER,
            "12",
            null,
            null,
            null,
            null);
    int before = audit.countFor("ORGANISATION", employer.id());
    setVerified(employer, true, officer)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(true));
    setVerified(employer, false, officer)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(false));
    // verified, invited to make its account (it had none), unverified
    assertThat(audit.countFor("ORGANISATION", employer.id())).isEqualTo(before + 3);
  }

  @Test
  void anOfficerCannotChangeTheVerificationOfAnotherKindOfOrganisation() throws Exception {
    for (OrganisationKind kind :
        new OrganisationKind[] {OrganisationKind.NGO, OrganisationKind.GOVERNMENT}) {
      Organisation other = fixtures.organisation(kind);
      int before = audit.countFor("ORGANISATION", other.id());
      setVerified(other, false, officer)
          .andExpect(status().isForbidden())
          .andExpect(header().string("Content-Type", "application/problem+json"))
          .andExpect(jsonPath("$.status").value(403));
      assertThat(organisations.get(other.id()).verified()).isTrue();
      assertThat(audit.countFor("ORGANISATION", other.id())).isEqualTo(before);
    }
  }

  @Test
  void anAdministratorChangesTheVerificationOfAnyOrganisation() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    int before = audit.countFor("ORGANISATION", ngo.id());
    setVerified(ngo, false, admin)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(false));
    assertThat(audit.countFor("ORGANISATION", ngo.id())).isEqualTo(before + 1);
    setVerified(ngo, true, admin).andExpect(status().isOk());
  }
}
