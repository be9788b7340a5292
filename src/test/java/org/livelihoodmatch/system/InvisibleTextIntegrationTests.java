package org.livelihoodmatch.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * Texts that look like something and are nothing: a name of zero-width and direction marks only,
 * half of a surrogate pair (which PostgreSQL would store as "?"). Each is a 400 naming the field.
 */
@IntegrationTest
class InvisibleTextIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    var fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\\u200b\\u200c\\u200d | must contain a letter or digit",
        "\\u202e\\u2066\\u200f | must contain a letter or digit",
        "Srey\\ud800 | must not contain half of a surrogate pair (no character)",
        "\\udc00mom | must not contain half of a surrogate pair (no character)"
      })
  void aNameThatIsNoTextIsRefusedNamingTheField(String escaped, String message) throws Exception {
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    HostileInputIntegrationTests.CLIENT.replace(
                        "\"givenName\": \"Sreymom\"", "\"givenName\": \"" + escaped + "\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("givenName"))
        .andExpect(jsonPath("$.errors[0].message").value(message));
  }
}
