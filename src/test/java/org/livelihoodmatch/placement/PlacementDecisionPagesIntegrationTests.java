package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The decisions taken from the pages: placing a client on one of her options from her page (and the
 * refusals that come back to it in its language), ending a placement and closing a case from the
 * placement's page, each through the same services as the API.
 */
@IntegrationTest
class PlacementDecisionPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void anOfficerPlacesAClientFromHerPageAndRefusalsComeBackToItInItsLanguage() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(1, "265.00", f.today.plusDays(10));
    UUID first = f.client("Bopha");
    UUID second = f.client("Chenda");
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/clients/" + first).with(officer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"" + vacancy + "\"")))
                    .andExpect(content().string(containsString("Place her on this option")))
                    .andExpect(content().string(containsString("She is not placed now."))));

    String placementUrl =
        mvc.perform(place(first, officer).param("kind", "JOB").param("vacancyId", "" + vacancy))
            .andExpect(redirectedUrlPattern("/placements/*"))
            .andExpect(flash().attribute("notice", containsString("She is placed")))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(1));
    mvc.perform(get("/api/v1/clients/" + first).with(f.officer))
        .andExpect(jsonPath("$.status").value("PLACED"));
    mvc.perform(get("/clients/" + first).with(officer))
        .andExpect(content().string(containsString("href=\"" + placementUrl + "\"")))
        .andExpect(content().string(containsString("<dd>Placed</dd>")))
        .andExpect(content().string(not(containsString("class=\"place-option\""))));

    // the last position is gone: the second client's page says so, and nothing is taken
    mvc.perform(place(second, officer).param("kind", "JOB").param("vacancyId", "" + vacancy))
        .andExpect(redirectedUrl("/clients/" + second))
        .andExpect(flash().attribute("problem", containsString("no position left")));
    mvc.perform(
            place(second, officer)
                .param("lang", "km")
                .param("kind", "JOB")
                .param("vacancyId", "" + vacancy))
        .andExpect(redirectedUrl("/clients/" + second))
        .andExpect(flash().attribute("problem", containsString("ការងារនេះលែងមានកន្លែងទំនេរ")));
    // a vacancy in a province she will not go to is not one of her options
    UUID far = new PlacementFixtures(mvc, organisations, clock, "02").vacancy(1, "265.00", f.today);
    mvc.perform(place(second, officer).param("kind", "JOB").param("vacancyId", "" + far))
        .andExpect(redirectedUrl("/clients/" + second))
        .andExpect(flash().attribute("problem", containsString("no longer one of hers")));
    mvc.perform(place(second, officer).param("kind", "JOB").param("vacancyId", "not-an-id"))
        .andExpect(flash().attribute("problem", containsString("no longer one of hers")));
    mvc.perform(place(first, officer).param("kind", "JOB").param("vacancyId", "" + vacancy))
        .andExpect(flash().attribute("problem", containsString("already placed")));
    mvc.perform(get("/api/v1/clients/" + second).with(f.officer))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(get("/api/v1/vacancies/" + far).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(0));
    mvc.perform(
            post("/clients/" + second + "/placements")
                .with(officer)
                .param("kind", "JOB")
                .param("vacancyId", "" + far))
        .andExpect(status().isForbidden()); // no CSRF token
  }

  @Test
  void aPlacementIsEndedAndTheCaseClosedThroughTheFormsForTheMinistrysReasonsOnly()
      throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Thida");
    UUID placement =
        PlacementFixtures.id(
            f.place(
                client,
                PlacementFixtures.job(vacancy),
                ", \"startDate\": \"" + f.today.minusMonths(2) + "\""));
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);

    mvc.perform(
            end(placement, officer)
                .param("date", f.today.plusDays(2).toString())
                .param("reason", "LEFT_JOB")
                .param("note", "Went back to her village"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give the date it ended")))
        .andExpect(content().string(containsString("Went back to her village")));
    mvc.perform(end(placement, officer).param("date", f.today.toString()).param("reason", "BORED"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose why the placement ended.")));
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(jsonPath("$.status").value("WORKING"));

    mvc.perform(
            end(placement, officer).param("date", f.today.toString()).param("reason", "LEFT_JOB"))
        .andExpect(redirectedUrl("/placements/" + placement))
        .andExpect(flash().attribute("notice", containsString("The placement has ended")));
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(jsonPath("$.status").value("ENDED"))
        .andExpect(jsonPath("$.endReason").value("LEFT_JOB"));
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(0));
    String ended =
        mvc.perform(get("/placements/" + placement).with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ended)
        .contains("She left the job")
        .doesNotContain("id=\"visit-form\"")
        .doesNotContain("id=\"end-form\"")
        .contains("id=\"close-form\"");

    mvc.perform(
            close(placement, officer)
                .param("reason", "STAYED_BEYOND_ONE_YEAR")
                .param("meetingDate", f.today.toString()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("only after a placement of twelve months")));
    mvc.perform(
            close(placement, officer).param("reason", "BORED").param("meetingDate", "2026-02-30"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose one of the four reasons.")))
        .andExpect(content().string(containsString("Give the date of the provincial coordination")))
        .andExpect(content().string(containsString("value=\"2026-02-30\"")));
    mvc.perform(close(placement, officer).param("reason", "RAN_AWAY"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(containsString("Give the date of the provincial coordination")));
    mvc.perform(get("/api/v1/clients/" + client).with(f.officer))
        .andExpect(jsonPath("$.status").value("ACTIVE"));

    mvc.perform(
            close(placement, officer)
                .param("reason", "RAN_AWAY")
                .param("meetingDate", f.today.toString()))
        .andExpect(redirectedUrl("/placements/" + placement))
        .andExpect(flash().attribute("notice", containsString("Her case is closed.")));
    mvc.perform(get("/api/v1/clients/" + client).with(f.officer))
        .andExpect(jsonPath("$.status").value("CLOSED"));
    mvc.perform(get("/placements/" + placement).with(officer))
        .andExpect(content().string(containsString("case closed")))
        .andExpect(content().string(not(containsString("id=\"close-form\""))));
    mvc.perform(get("/clients/" + client).with(officer))
        .andExpect(content().string(containsString("Her case is closed: she is offered nothing.")))
        .andExpect(content().string(containsString("Case closed")));
  }

  private static MockHttpServletRequestBuilder place(UUID client, RequestPostProcessor who) {
    return post("/clients/" + client + "/placements").with(who).with(csrf());
  }

  private static MockHttpServletRequestBuilder end(UUID placement, RequestPostProcessor who) {
    return post("/placements/" + placement + "/end").with(who).with(csrf());
  }

  private static MockHttpServletRequestBuilder close(UUID placement, RequestPostProcessor who) {
    return post("/placements/" + placement + "/closure").with(who).with(csrf());
  }
}
