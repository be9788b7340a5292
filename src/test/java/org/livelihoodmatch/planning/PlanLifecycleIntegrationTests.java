package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;

/** Following, stopping, pinning, re-solving and resuming a plan over the API. */
@IntegrationTest
class PlanLifecycleIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired InterruptedPlans interruptedPlans;
  @Autowired ObjectMapper json;

  @Test
  void progressIsVisibleWhileSolvingAndStoppingKeepsTheBestSolution() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "06");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(120, cohort.sokha(), cohort.theary());

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !JsonPath.<List<?>>read(progress(f, plan), "$.points").isEmpty());
    String whileSolving = progress(f, plan);
    assertThat(JsonPath.<String>read(whileSolving, "$.status")).isEqualTo("SOLVING");
    assertThat(JsonPath.<String>read(whileSolving, "$.points[0].score")).endsWith("soft");

    mvc.perform(post("/api/v1/plans/" + plan + "/stop").with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("STOPPED"))
        .andExpect(jsonPath("$.assigned").value(2))
        .andExpect(jsonPath("$.feasible").value(true))
        .andExpect(jsonPath("$.endedAt").isNotEmpty());
    assertThat(JsonPath.<List<?>>read(progress(f, plan), "$.points")).isNotEmpty();
    mvc.perform(post("/api/v1/plans/" + plan + "/stop").with(f.planner))
        .andExpect(status().isConflict());
  }

  @Test
  void aPinnedPathwaySurvivesReSolvingAndUnpinningLetsTheSolverMoveItAgain() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "07");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(2, cohort.sokha(), cohort.theary());
    mvc.perform(put(pin(plan, cohort.sokha())).with(f.planner)).andExpect(status().isConflict());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");

    String sokhaHair = hairdressingOption(f, plan, cohort.sokha());
    mvc.perform(
            put(pin(plan, cohort.sokha()))
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pathwayId\": \"" + sokhaHair + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pinned").value(true))
        .andExpect(jsonPath("$.pathwayId").value(sokhaHair))
        .andExpect(jsonPath("$.pathway.training.id").value(cohort.hairIntake().toString()));
    // Both now hold the one seat until the plan is solved again.
    assertThat(JsonPath.<String>read(f.plan(plan), "$.score")).startsWith("-1hard/");

    mvc.perform(post("/api/v1/plans/" + plan + "/solve").with(f.planner))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("SOLVING"))
        .andExpect(jsonPath("$.run").value(2));
    mvc.perform(post("/api/v1/plans/" + plan + "/solve").with(f.planner))
        .andExpect(status().isConflict());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");

    String assignments = assignments(f, plan);
    Map<String, Object> sokha = PlanApiIntegrationTests.item(assignments, cohort.sokha());
    assertThat(JsonPath.<Boolean>read(sokha, "$.pinned")).isTrue();
    assertThat(JsonPath.<String>read(sokha, "$.pathwayId")).isEqualTo(sokhaHair);
    Map<String, Object> theary = PlanApiIntegrationTests.item(assignments, cohort.theary());
    assertThat(JsonPath.<Object>read(theary, "$.pathway")).isNull();
    assertThat(JsonPath.<List<String>>read(theary, "$.justifications"))
        .anySatisfy(s -> assertThat(s).contains("intake").contains("is full"));
    assertThat(JsonPath.<String>read(f.plan(plan), "$.score")).startsWith("0hard/-1medium/");

    mvc.perform(delete(pin(plan, cohort.sokha())).with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pinned").value(false));
    mvc.perform(post("/api/v1/plans/" + plan + "/solve").with(f.planner))
        .andExpect(status().isAccepted());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");
    assertThat(JsonPath.<String>read(f.plan(plan), "$.score")).startsWith("0hard/0medium/");
  }

  @Test
  void aPathwaySentAsMatchesShowItIsThePathwayPinned() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "04");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(2, cohort.sokha(), cohort.theary());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");
    // The optimum gives Theary the seat and Sokha the garment job.
    String sokha = assignment(f, plan, cohort.sokha());
    String garmentId = JsonPath.read(sokha, "$.pathwayId");
    assertThat(JsonPath.<String>read(sokha, "$.pathway.vacancy.id"))
        .isEqualTo(cohort.garment().toString());
    String hairId = hairdressingOption(f, plan, cohort.sokha());

    // Her hairdressing pathway copied as it is from her matches, sent as the body itself.
    String matches =
        mvc.perform(get("/api/v1/clients/" + cohort.sokha() + "/matches").with(f.planner))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Map<String, Object>> hair =
        JsonPath.read(
            matches,
            "$.items[?(@.kind == 'TRAINING_THEN_JOB' && @.training.id == '"
                + cohort.hairIntake()
                + "')]");
    assertThat(hair).isNotEmpty();
    pinWith(f, plan, cohort.sokha(), json(hair.get(0)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pinned").value(true))
        .andExpect(jsonPath("$.pathwayId").value(hairId))
        .andExpect(jsonPath("$.pathway.training.id").value(cohort.hairIntake().toString()));

    // Her garment option copied as it is from her assignment, sent as the body itself.
    List<Map<String, Object>> garment =
        JsonPath.read(
            assignment(f, plan, cohort.sokha()),
            "$.options[?(@.pathwayId == '" + garmentId + "')].pathway");
    pinWith(f, plan, cohort.sokha(), json(garment.get(0)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pinned").value(true))
        .andExpect(jsonPath("$.pathwayId").value(garmentId));

    // The wrappers still work, and no body keeps the current pathway.
    pinWith(f, plan, cohort.sokha(), "{\"pathway\": " + json(hair.get(0)) + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pathwayId").value(hairId));
    pinWith(f, plan, cohort.sokha(), "{\"pathwayId\": \"" + garmentId + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pathwayId").value(garmentId));
    mvc.perform(put(pin(plan, cohort.sokha())).with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pinned").value(true))
        .andExpect(jsonPath("$.pathwayId").value(garmentId));
    pinWith(f, plan, cohort.sokha(), "{}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pathwayId").value(garmentId));

    // A pathway that is not one of hers, bare or wrapped, is refused and nothing changes.
    String elsewhere =
        json(hair.get(0)).replace(cohort.hairIntake().toString(), UUID.randomUUID().toString());
    pinWith(f, plan, cohort.sokha(), elsewhere)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway"));
    pinWith(f, plan, cohort.sokha(), "{\"pathway\": " + elsewhere + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway"));
    pinWith(f, plan, cohort.sokha(), "{\"kind\": \"SELF_EMPLOYMENT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway"));
    pinWith(f, plan, cohort.sokha(), "{\"id\": \"p17\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    assertThat(JsonPath.<String>read(assignment(f, plan, cohort.sokha()), "$.pathwayId"))
        .isEqualTo(garmentId);
  }

  @Test
  void aPlanSolvingWhenTheServiceStoppedComesBackInterruptedWithItsBestSolutionAndResumes()
      throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "08");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(1, cohort.sokha(), cohort.theary());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");
    // The rows as a crash mid-solve leaves them: SOLVING, with the best solution stored so far,
    // and a lease its dead instance no longer renews (since before this instance started).
    jdbc.update("update plan set status = 'SOLVING', ended_at = null where id = ?", plan);
    jdbc.update(
        "update plan_lease set heartbeat_at = timestamptz '2000-01-01' where plan_id = ?", plan);

    assertThat(interruptedPlans.recover()).isGreaterThanOrEqualTo(1);

    mvc.perform(get("/api/v1/plans/" + plan).with(f.planner))
        .andExpect(jsonPath("$.status").value("INTERRUPTED"))
        .andExpect(jsonPath("$.assigned").value(2));
    assertThat(JsonPath.<List<?>>read(assignments(f, plan), "$.items[?(@.pathway != null)]"))
        .hasSize(2);
    mvc.perform(post("/api/v1/plans/" + plan + "/solve").with(f.planner))
        .andExpect(status().isAccepted());
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");
  }

  @Test
  void recoveryLeavesAPlanThatIsReallySolvingHereAlone() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "09");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(120, cohort.sokha(), cohort.theary());

    interruptedPlans.recover();

    assertThat(f.status(plan)).isEqualTo("SOLVING");
    mvc.perform(post("/api/v1/plans/" + plan + "/stop").with(f.planner))
        .andExpect(jsonPath("$.status").value("STOPPED"));
  }

  @Test
  void aPlanFromAFilterHasEveryActiveClientOfTheProvinceAndItsOwnWeights() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "10");
    f.scarceSeat();
    String body =
        mvc.perform(
                post("/api/v1/plans")
                    .with(f.planner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name": "Province 10", "filter": {"province": "10",
                         "availableBefore": "%s"}, "timeLimitSeconds": 1,
                         "weights": {"preferenceRank": 60}}
                        """
                            .formatted(f.today.plusYears(1))))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.clients").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID plan = UUID.fromString(JsonPath.read(body, "$.id"));
    assertThat(f.awaitEnd(plan)).isEqualTo("DONE");

    // First choice (5 points) and second choice (4 points) at 60 instead of 30 a point.
    mvc.perform(get("/api/v1/plans/" + plan + "/explanation").with(f.planner))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.constraints[?(@.name == 'Preference rank')].score")
                .value("0hard/0medium/540soft"));
  }

  private String progress(PlanFixtures f, UUID plan) throws Exception {
    return mvc.perform(get("/api/v1/plans/" + plan + "/progress").with(f.planner))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String assignments(PlanFixtures f, UUID plan) throws Exception {
    return mvc.perform(get("/api/v1/plans/" + plan + "/assignments").with(f.planner))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private ResultActions pinWith(PlanFixtures f, UUID plan, UUID client, String body)
      throws Exception {
    return mvc.perform(
        put(pin(plan, client))
            .with(f.planner)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String assignment(PlanFixtures f, UUID plan, UUID client) throws Exception {
    return mvc.perform(get("/api/v1/plans/" + plan + "/assignments/" + client).with(f.planner))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String json(Object parsed) {
    return json.writeValueAsString(parsed);
  }

  private String hairdressingOption(PlanFixtures f, UUID plan, UUID client) throws Exception {
    String one =
        mvc.perform(get("/api/v1/plans/" + plan + "/assignments/" + client).with(f.planner))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ids =
        JsonPath.read(one, "$.options[?(@.pathway.kind == 'TRAINING_THEN_JOB')].pathwayId");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private static String pin(UUID plan, UUID client) {
    return "/api/v1/plans/" + plan + "/assignments/" + client + "/pin";
  }
}
