package org.livelihoodmatch.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests that reach no API endpoint are answered as problem details too, and list filters are
 * checked like the search's.
 */
@IntegrationTest
class ApiRoutingProblemsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    var fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  @Test
  void anUnknownPathIsANotFoundProblem() throws Exception {
    mvc.perform(get("/api/v1/nope").with(officer))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Not Found"));
  }

  @Test
  void aMethodThePathDoesNotTakeIsAMethodNotAllowedProblemWithAllow() throws Exception {
    mvc.perform(delete("/api/v1/clients/" + UUID.randomUUID()).with(officer))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")))
        .andExpect(jsonPath("$.status").value(405));
  }

  @Test
  void aBodyOfAnotherTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.TEXT_PLAIN)
                .content("givenName=Srey"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void listFiltersNamingNoProvinceOrOccupationAreRefusedAsSearchRefusesThem() throws Exception {
    mvc.perform(get("/api/v1/clients?province=99").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("province"));
    mvc.perform(get("/api/v1/vacancies?province=77&occupation=astronaut").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("province", "occupation")));
    mvc.perform(get("/api/v1/training-intakes?occupation=astronaut").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occupation"));
    mvc.perform(get("/api/v1/vacancies?province=12&occupation=cook&size=1").with(officer))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/clients?province=").with(officer)).andExpect(status().isOk());
  }
}
