package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.planning.web.PlanAcceptPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accepting a plan from its page: the button asks first and places nobody until confirmed; then the
 * plan's page says who was placed, who already was and who was refused and why, in English or
 * Khmer; accepting again places nobody twice.
 */
@IntegrationTest
class PlanAcceptPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService staff;

  @Test
  void aPlannerAcceptsAPlanFromItsPageAfterConfirmingAndSeesWhoWasPlaced() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "14");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(2, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);
    RequestPostProcessor planner = user(staff.loadUserByUsername(f.plannerName));

    mvc.perform(get("/plans/" + plan).with(planner))
        .andExpect(content().string(containsString("Accept plan: place every assigned client")));
    mvc.perform(post("/plans/" + plan + "/accept").with(planner).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Place 2 clients?")))
        .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
    mvc.perform(post("/plans/" + plan + "/accept").with(planner).param("confirmed", "true"))
        .andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(get("/api/v1/clients/" + cohort.theary()).with(f.planner))
        .andExpect(jsonPath("$.status").value("ACTIVE")); // nothing placed before confirming

    // Sokha's garment job closes before the plan is accepted: she is refused, Theary placed.
    mvc.perform(
            patch("/api/v1/vacancies/" + cohort.garment() + "/status")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\", \"reason\": \"the factory moved\"}"))
        .andExpect(status().isOk());
    MvcResult accepted = confirm(plan, planner, "en");
    PlanAcceptPages.Result result = (PlanAcceptPages.Result) accepted.getFlashMap().get("accepted");
    assertThat(result.placed()).isEqualTo(1);
    assertThat(result.refused())
        .extracting(PlanAcceptPages.RefusedLine::clientId)
        .containsExactly(cohort.sokha());
    mvc.perform(get("/plans/" + plan).with(planner).flashAttrs(accepted.getFlashMap()))
        .andExpect(content().string(containsString("Clients placed: 1.")))
        .andExpect(content().string(containsString("Could not be placed: 1.")))
        .andExpect(content().string(containsString("The vacancy has no position left")))
        .andExpect(content().string(containsString("href=\"/clients/" + cohort.sokha() + "\"")));
    mvc.perform(get("/api/v1/clients/" + cohort.theary()).with(f.planner))
        .andExpect(jsonPath("$.status").value("PLACED"));

    MvcResult again = confirm(plan, planner, "km");
    mvc.perform(
            get("/plans/" + plan).param("lang", "km").with(planner).flashAttrs(again.getFlashMap()))
        .andExpect(content().string(containsString("អតិថិជនបានដាក់៖ 0។")))
        .andExpect(content().string(containsString("បានដាក់រួចហើយដោយផែនការនេះ៖ 1។")))
        .andExpect(content().string(containsString("ការងារនេះលែងមានកន្លែងទំនេរ")))
        .andExpect(content().string(not(containsString("Clients placed"))));
    mvc.perform(get("/api/v1/clients/" + cohort.theary() + "/placements").with(f.planner))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void aSolvingPlanHasNoAcceptButtonAndIsNotAccepted() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "14");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(120, cohort.sokha(), cohort.theary());
    RequestPostProcessor planner = user(staff.loadUserByUsername(f.plannerName));
    try {
      mvc.perform(get("/plans/" + plan).with(planner))
          .andExpect(content().string(not(containsString("id=\"accept\""))));
      mvc.perform(
              post("/plans/" + plan + "/accept")
                  .with(planner)
                  .with(csrf())
                  .param("confirmed", "true"))
          .andExpect(redirectedUrl("/plans/" + plan));
      mvc.perform(get("/api/v1/clients/" + cohort.sokha()).with(f.planner))
          .andExpect(jsonPath("$.status").value("ACTIVE"));
    } finally {
      mvc.perform(post("/api/v1/plans/" + plan + "/stop").with(f.planner));
    }
  }

  private MvcResult confirm(UUID plan, RequestPostProcessor planner, String lang) throws Exception {
    return mvc.perform(
            post("/plans/" + plan + "/accept")
                .with(planner)
                .with(csrf())
                .param("lang", lang)
                .param("confirmed", "true"))
        .andExpect(redirectedUrl("/plans/" + plan))
        .andReturn();
  }
}
