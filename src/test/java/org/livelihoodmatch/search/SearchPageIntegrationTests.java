package org.livelihoodmatch.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's search page in English and Khmer, with facets, and never a 500. */
@IntegrationTest
class SearchPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  @Test
  void resultsCarryHighlightsAndFacetLinksInEitherLanguage() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    String word = "pagetest" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String id =
        new SearchApiCalls(mvc)
            .vacancy(employer, "Moto repair " + word, "motorcycle-mechanic", "08", "Engines");
    var officer = signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/search").param("q", word).with(officer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-id=\"" + id + "\""))));
    mvc.perform(get("/search").param("q", word).with(officer))
        .andExpect(content().string(containsString("<mark>" + word + "</mark>")))
        .andExpect(content().string(containsString("data-facet=\"province\"")))
        .andExpect(content().string(containsString("/search?q=" + word + "&amp;province=08")))
        .andExpect(content().string(containsString("Kandal")));
    mvc.perform(get("/search").param("q", word).param("lang", "km").with(officer))
        .andExpect(content().string(containsString("កណ្ដាល")))
        .andExpect(content().string(containsString("ការងារ")));
  }

  @Test
  void badParametersAreExplainedOnThePageAndEmployersAreRefused() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var officer = signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/search").param("radiusKm", "5").param("type", "SHOP").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The distance must be more than 0")))
        .andExpect(content().string(containsString("Choose a type from the list.")));
    mvc.perform(
            get("/search")
                .param("page", "abc")
                .param("province", "99")
                .param("lang", "km")
                .with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ទំព័រលទ្ធផលនេះមិនមានទេ។")))
        .andExpect(content().string(containsString("សូមជ្រើសរើសខេត្តពីបញ្ជី។")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("is not a number"))));
    var employer = signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/search").with(employer)).andExpect(status().isForbidden());
  }
}
