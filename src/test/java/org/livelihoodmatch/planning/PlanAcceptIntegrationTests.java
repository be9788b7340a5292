package org.livelihoodmatch.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accepting a finished plan places every assigned client on her pathway and takes what it uses;
 * accepting it again places nobody twice; what is gone meanwhile is refused with its reason.
 */
@IntegrationTest
class PlanAcceptIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void acceptingTwicePlacesEveryAssignedClientOnce() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "22");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(3, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);

    mvc.perform(post("/api/v1/plans/" + plan + "/accept").with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.placed").value(2))
        .andExpect(jsonPath("$.refused.length()").value(0));
    // Theary has the one seat (and the salon after it), Sokha the garment job.
    mvc.perform(get("/api/v1/training-intakes/" + cohort.hairIntake()).with(f.planner))
        .andExpect(jsonPath("$.seatsTaken").value(1));
    mvc.perform(get("/api/v1/vacancies/" + cohort.garment()).with(f.planner))
        .andExpect(jsonPath("$.positionsFilled").value(1));
    mvc.perform(get("/api/v1/clients/" + cohort.theary() + "/placements").with(f.planner))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].status").value("TRAINING"))
        .andExpect(jsonPath("$[0].pathway.training.id").value(cohort.hairIntake().toString()));

    mvc.perform(post("/api/v1/plans/" + plan + "/accept").with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.placed").value(0))
        .andExpect(jsonPath("$.alreadyPlaced").value(2));
    mvc.perform(get("/api/v1/training-intakes/" + cohort.hairIntake()).with(f.planner))
        .andExpect(jsonPath("$.seatsTaken").value(1));
    mvc.perform(get("/api/v1/clients/" + cohort.sokha() + "/placements").with(f.planner))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void whatIsGoneMeanwhileIsRefusedAndTheRestArePlaced() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "22");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(3, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);
    // The garment job is closed before the plan is accepted.
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                    "/api/v1/vacancies/" + cohort.garment() + "/status")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\", \"reason\": \"the factory moved\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/plans/" + plan + "/accept").with(f.planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.placed").value(1))
        .andExpect(jsonPath("$.refused[0].clientId").value(cohort.sokha().toString()))
        .andExpect(jsonPath("$.refused[0].field").value("vacancy"));
  }

  @Test
  void readingAPlansAssignmentsOverTheApiIsAudited() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "22");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(1, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);
    mvc.perform(get("/api/v1/plans/" + plan + "/assignments").with(f.planner))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/plans/" + plan + "/assignments/" + cohort.theary()).with(f.planner))
        .andExpect(status().isOk());
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForList(
                "select detail from audit_event where action = 'VIEW' and entity_id = ?"
                    + " order by id",
                String.class,
                plan))
        .containsExactly("assignments: 2 clients", "assignment");
  }

  @Test
  void aSolvingPlanIsNotAccepted() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "22");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(120, cohort.sokha(), cohort.theary());
    mvc.perform(post("/api/v1/plans/" + plan + "/accept").with(f.planner))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/v1/plans/" + plan + "/stop").with(f.planner));
  }
}
