package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Looking ahead (issue 14): a plan with {@code horizonMonths} draws expected arrivals from the
 * organisation's registrations and holds a scarce place for them when they weigh more than the
 * client present, without ever placing, storing or showing them.
 */
@IntegrationTest
class PlanLookAheadIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService staff;

  @Test
  void aScarceSeatIsHeldForExpectedHeadsOfHouseholdOnlyWhenThePlanLooksAhead() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "21");
    f.intake("hairdresser", 1, f.today.plusDays(30), 12);
    f.vacancy("hairdresser", 2, "250.00", f.today.plusDays(30).plusWeeks(12).plusDays(30));
    UUID sokha = f.client("Sokha", "[\"hairdresser\"]");
    // The organisation registered five heads of household wanting the same trade this half-year:
    // the arrivals to come look like them (weight 3 each against Sokha's 1, halved as expected).
    for (int i = 0; i < 5; i++) {
      f.client("Head" + i, "[\"hairdresser\"]", true);
    }

    UUID myopic = start(f, "This month only", sokha, null);
    assertThat(f.awaitEnd(myopic)).isEqualTo("DONE");
    mvc.perform(get("/api/v1/plans/" + myopic).with(f.planner))
        .andExpect(jsonPath("$.assigned").value(1))
        .andExpect(jsonPath("$.horizonMonths").value(0))
        .andExpect(jsonPath("$.expectedArrivals").value(0))
        .andExpect(jsonPath("$.heldForExpected").value(0));

    UUID ahead = start(f, "Six months ahead", sokha, 6);
    assertThat(f.awaitEnd(ahead)).isEqualTo("DONE");
    mvc.perform(get("/api/v1/plans/" + ahead).with(f.planner))
        .andExpect(jsonPath("$.clients").value(1))
        .andExpect(jsonPath("$.assigned").value(0))
        .andExpect(jsonPath("$.horizonMonths").value(6))
        // six registrations in six months: one a month, six in the horizon
        .andExpect(jsonPath("$.expectedArrivals").value(6))
        .andExpect(jsonPath("$.heldForExpected").value(1))
        // held for a higher priority: not a blocking pair
        .andExpect(jsonPath("$.blockingPairs").value(0));
    String assignments =
        mvc.perform(get("/api/v1/plans/" + ahead + "/assignments").with(f.planner))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(assignments, "$.items[*].clientId"))
        .containsExactly(sokha.toString());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from plan_assignment where plan_id = ?", Integer.class, ahead))
        .isEqualTo(1);
  }

  @Test
  void thePlannerAsksForAHorizonOnTheNewPlanFormAndReadsWhatWasHeldInHerLanguage()
      throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "21");
    f.intake("hairdresser", 1, f.today.plusDays(30), 12);
    f.vacancy("hairdresser", 2, "250.00", f.today.plusDays(30).plusWeeks(12).plusDays(30));
    UUID sokha = f.client("Sokha", "[\"hairdresser\"]");
    f.client("Head", "[\"hairdresser\"]", true);
    String location =
        mvc.perform(
                post("/plans")
                    .with(user(staff.loadUserByUsername(f.plannerName)))
                    .with(csrf())
                    .param("name", "From the form")
                    .param("mode", "clients")
                    .param("clientIds", sokha.toString())
                    .param("timeLimitSeconds", "2")
                    .param("horizonMonths", "3"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID plan = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");
    // two registrations in six months: one arrival expected in three months
    mvc.perform(get("/api/v1/plans/" + plan).with(f.planner))
        .andExpect(jsonPath("$.horizonMonths").value(3))
        .andExpect(jsonPath("$.expectedArrivals").value(1));
    String english =
        mvc.perform(get("/plans/" + plan).with(user(staff.loadUserByUsername(f.plannerName))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(english).contains("3 months: 1 arrival expected");
    String khmer =
        mvc.perform(
                get("/plans/" + plan)
                    .param("lang", "km")
                    .with(user(staff.loadUserByUsername(f.plannerName))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(khmer).contains("3 ខែ៖ រំពឹងថានឹងមាន 1 នាក់មកដល់");

    mvc.perform(
            post("/plans")
                .with(user(staff.loadUserByUsername(f.plannerName)))
                .with(csrf())
                .param("name", "Too far")
                .param("mode", "clients")
                .param("clientIds", sokha.toString())
                .param("horizonMonths", "9"))
        .andExpect(status().isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("at most 6 months ahead")));
  }

  @Test
  void aHorizonBeyondSixMonthsIsRefusedNamingTheField() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "21");
    UUID sokha = f.client("Sokha", "[\"hairdresser\"]");
    mvc.perform(
            post("/api/v1/plans")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name": "Too far", "clientIds": ["%s"], "horizonMonths": 7}
                    """
                        .formatted(sokha)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("horizonMonths"));
  }

  private UUID start(PlanFixtures f, String name, UUID client, Integer horizon) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/plans")
                    .with(f.planner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name": "%s", "clientIds": ["%s"], "timeLimitSeconds": 2%s}
                        """
                            .formatted(
                                name,
                                client,
                                horizon == null ? "" : ", \"horizonMonths\": " + horizon)))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }
}
