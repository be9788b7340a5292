package org.livelihoodmatch.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a browser is told to enforce (a content security policy, a referrer policy) and CSRF on the
 * API: an Authorization header no longer switches CSRF off for a request that carries a session.
 */
@IntegrationTest
class BrowserGuardsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  @Test
  void pagesAndTheApiCarryAContentSecurityAndReferrerPolicy() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
    mvc.perform(get("/api/v1/catalogue/provinces"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
  }

  @Test
  void aSessionWithAnyAuthorizationHeaderStillNeedsItsCsrfToken() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var officer =
        fixtures.user(
            fixtures.organisation(org.livelihoodmatch.organisation.OrganisationKind.NGO),
            Role.OFFICER);
    String body = org.livelihoodmatch.system.HostileInputIntegrationTests.CLIENT;
    // A script's Basic sign-in alone: no token needed.
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
    // The same with a session cookie riding along (a browser tricked into it): refused.
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .cookie(new Cookie("JSESSIONID", "0123456789ABCDEF"))
                .with(
                    request -> {
                      request.setRequestedSessionId("0123456789ABCDEF"); // as Tomcat reads it
                      return request;
                    })
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
  }
}
