package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A plan over the API finds the known optimum of a small cohort, explained. */
@IntegrationTest
class PlanApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPlanIsAcceptedAtOnceAndGivesTheScarceSeatToTheClientWithoutAlternative() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "05");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();

    mvc.perform(
            post("/api/v1/plans")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name": "Q1 leavers", "clientIds": ["%s", "%s"], "timeLimitSeconds": 2}
                    """
                        .formatted(cohort.sokha(), cohort.theary())))
        .andExpect(status().isAccepted())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.status").value("SOLVING"))
        .andExpect(jsonPath("$.clients").value(2));
    String list =
        mvc.perform(get("/api/v1/plans").with(f.planner))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID planId = UUID.fromString(JsonPath.read(list, "$.items[0].id"));

    assertThat(f.awaitEnd(planId)).isEqualTo("DONE");
    mvc.perform(get("/api/v1/plans/" + planId).with(f.planner))
        .andExpect(jsonPath("$.score").value("0hard/0medium/" + softOf(f.plan(planId)) + "soft"))
        .andExpect(jsonPath("$.feasible").value(true))
        .andExpect(jsonPath("$.assigned").value(2))
        .andExpect(jsonPath("$.unassigned").value(0))
        // Sokha wants the seat more, but Theary, who holds it, has the same priority: no pair
        .andExpect(jsonPath("$.blockingPairs").value(0))
        .andExpect(jsonPath("$.startedAt").isNotEmpty())
        .andExpect(jsonPath("$.endedAt").isNotEmpty());
    String assignments =
        mvc.perform(get("/api/v1/plans/" + planId + "/assignments").with(f.planner))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Object> theary = item(assignments, cohort.theary());
    Map<String, Object> sokha = item(assignments, cohort.sokha());
    assertThat(JsonPath.<String>read(theary, "$.pathway.kind")).isEqualTo("TRAINING_THEN_JOB");
    assertThat(JsonPath.<String>read(theary, "$.pathway.training.id"))
        .isEqualTo(cohort.hairIntake().toString());
    assertThat(JsonPath.<Boolean>read(theary, "$.pathway.budget.meetsThreshold")).isTrue();
    assertThat(JsonPath.<String>read(sokha, "$.pathway.vacancy.id"))
        .isEqualTo(cohort.garment().toString());
    assertThat(JsonPath.<Integer>read(sokha, "$.pathway.preferenceRank")).isEqualTo(2);
    assertThat(JsonPath.<List<String>>read(sokha, "$.justifications"))
        .anySatisfy(s -> assertThat(s).startsWith("Not ").contains("is full"));
  }

  @Test
  void everyPlanEndpointIsInTheOpenApiDescription() throws Exception {
    String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    assertThat(api)
        .contains("\"/api/v1/plans\"")
        .contains("/api/v1/plans/{id}/progress")
        .contains("/api/v1/plans/{id}/assignments")
        .contains("/api/v1/plans/{id}/assignments/{clientId}/pin")
        .contains("/api/v1/plans/{id}/stop")
        .contains("/api/v1/plans/{id}/solve")
        .contains("/api/v1/plans/{id}/explanation");
  }

  static long softOf(String plan) {
    String score = JsonPath.read(plan, "$.score");
    return Long.parseLong(score.substring(score.lastIndexOf('/') + 1, score.length() - 4));
  }

  static Map<String, Object> item(String assignments, UUID clientId) {
    List<Map<String, Object>> items =
        JsonPath.read(assignments, "$.items[?(@.clientId == '" + clientId + "')]");
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
