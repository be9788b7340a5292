package org.livelihoodmatch.planning;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see a plan, and what a bad request gets: never another organisation's plan, never 500.
 */
@IntegrationTest
class PlanAccessIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anotherOrganisationsPlannerFindsNeitherThePlanNorItsClients() throws Exception {
    PlanFixtures owner = new PlanFixtures(mvc, organisations, jdbc, "11");
    PlanFixtures.ScarceSeat cohort = owner.scarceSeat();
    UUID plan = owner.startPlan(1, cohort.sokha(), cohort.theary());
    owner.awaitEnd(plan);
    PlanFixtures other = new PlanFixtures(mvc, organisations, jdbc, "11");
    String base = "/api/v1/plans/" + plan;
    String client = base + "/assignments/" + cohort.sokha();

    for (var request :
        new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
          get(base),
          get(base + "/progress"),
          get(base + "/assignments"),
          get(base + "/explanation"),
          get(client),
          put(client + "/pin"),
          delete(client + "/pin"),
          post(base + "/stop"),
          post(base + "/solve")
        }) {
      mvc.perform(request.with(other.planner)).andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/plans").with(other.planner))
        .andExpect(jsonPath("$.items[?(@.id == '" + plan + "')]").isEmpty());
    planOf(other.planner, "{\"name\": \"x\", \"clientIds\": [\"" + cohort.sokha() + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("clientIds[0]"));
  }

  @Test
  void onlyPlannersWorkWithPlans() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    var ngo = fixtures.organisation(OrganisationKind.NGO);
    RequestPostProcessor officer = fixtures.user(ngo, Role.OFFICER);
    RequestPostProcessor employer =
        fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/api/v1/plans").with(officer)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/plans").with(employer)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
  }

  @Test
  void badRequestsAreAnsweredWithTheFieldsAtFault() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "13");
    UUID client = f.client("Dara", "[\"cook\"]");
    String ids = "[\"" + client + "\"]";

    bad(f, "{\"clientIds\": " + ids + "}", "name");
    bad(f, "{\"name\": \"x\"}", "clientIds");
    bad(f, "{\"name\": \"x\", \"clientIds\": " + ids + ", \"filter\": {}}", "clientIds");
    bad(f, "{\"name\": \"x\", \"clientIds\": []}", "clientIds");
    bad(f, "{\"name\": \"x\", \"clientIds\": [null]}", "clientIds");
    bad(f, "{\"name\": \"x\", \"clientIds\": [\"" + UUID.randomUUID() + "\"]}", "clientIds[0]");
    bad(
        f,
        "{\"name\": \"x\", \"clientIds\": " + ids + ", \"timeLimitSeconds\": 0}",
        "timeLimitSeconds");
    bad(
        f,
        "{\"name\": \"x\", \"clientIds\": " + ids + ", \"timeLimitSeconds\": 99999}",
        "timeLimitSeconds");
    bad(
        f,
        "{\"name\": \"x\", \"clientIds\": " + ids + ", \"weights\": {\"luck\": 3}}",
        "weights.luck");
    bad(
        f,
        "{\"name\": \"x\", \"clientIds\": " + ids + ", \"weights\": {\"distanceFromHome\": -1}}",
        "weights.distanceFromHome");
    bad(
        f,
        "{\"name\": \"x\", \"clientIds\": " + ids + ", \"weights\": {\"intakeSeats\": 0}}",
        "weights.intakeSeats");
    bad(f, "{\"name\": \"x\", \"filter\": {\"province\": \"99\"}}", "filter.province");
    bad(f, "{\"name\": \"x\", \"filter\": {\"province\": \"14\"}}", "filter");
    planOf(f.planner, "{\"name\": \"x\", \"clientIds\": [\"not-a-uuid\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    planOf(f.planner, "{\"name\": ").andExpect(status().isBadRequest());
    planOf(f.planner, "").andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/plans/not-a-uuid").with(f.planner)).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/plans/" + UUID.randomUUID()).with(f.planner))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plans?size=500").with(f.planner)).andExpect(status().isBadRequest());

    UUID plan = f.startPlan(1, client);
    f.awaitEnd(plan);
    String pin = "/api/v1/plans/" + plan + "/assignments/" + client + "/pin";
    mvc.perform(
            put(pin)
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pathwayId\": \"p999999\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathwayId"));
    // Dara wants to cook, and no kitchen is hiring: nothing to pin.
    mvc.perform(put(pin).with(f.planner))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("pathwayId")));
    mvc.perform(
            put("/api/v1/plans/" + plan + "/assignments/" + UUID.randomUUID() + "/pin")
                .with(f.planner))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/plans/" + plan + "/solve")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\": -5}"))
        .andExpect(status().isBadRequest());
  }

  private void bad(PlanFixtures f, String body, String field) throws Exception {
    planOf(f.planner, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
  }

  private ResultActions planOf(RequestPostProcessor who, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/plans").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
