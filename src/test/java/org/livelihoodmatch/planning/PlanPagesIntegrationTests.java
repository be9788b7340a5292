package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.planning.web.PlanCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The planners' pages: list, new plan, pin buttons, CSV export, languages and isolation. */
@IntegrationTest
class PlanPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService staff;

  @Test
  void theCsvExportHasOneRowPerClientWithPathwayAndBudget() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "16");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(1, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);

    String csv =
        mvc.perform(get("/plans/" + plan + "/assignments.csv").with(session(f)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(PlanCsv.HEADER);
    assertThat(csv)
        .contains(cohort.garment().toString())
        .contains(cohort.hairIntake().toString())
        .contains("TRAINING_THEN_JOB");
    assertThat(lines[1] + lines[2]).contains(",true,"); // both budgets meet the threshold
    assertThat(audited(plan, "EXPORT", cohort.sokha(), cohort.theary())).isEqualTo(1);

    mvc.perform(get("/plans/" + plan).with(session(f))).andExpect(status().isOk());
    assertThat(audited(plan, "VIEW", cohort.sokha(), cohort.theary())).isEqualTo(1);
  }

  /** Audit rows of the plan with the action that name both clients. */
  private int audited(UUID plan, String action, UUID one, UUID other) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where entity_type = 'PLAN' and entity_id = ?"
                + " and action = ? and client_ids @> array[?, ?]::uuid[]",
            Integer.class,
            plan,
            action,
            one,
            other);
    return n == null ? 0 : n;
  }

  @Test
  void aPlannerStartsAPlanFromASelectionAndPinsAnAssignmentWithTheForms() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "17");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    mvc.perform(get("/plans").with(session(f)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(cohort.sokha().toString())));

    String location =
        mvc.perform(
                post("/plans")
                    .with(session(f))
                    .with(csrf())
                    .param("name", "Selected")
                    .param("mode", "clients")
                    .param("timeLimitSeconds", "1")
                    .param("clientIds", cohort.sokha().toString(), cohort.theary().toString()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID plan = UUID.fromString(location.substring("/plans/".length()));
    assertThat(JsonPath.<Integer>read(f.plan(plan), "$.clients")).isEqualTo(2);
    f.awaitEnd(plan);

    mvc.perform(
            post("/plans/" + plan + "/assignments/" + cohort.sokha() + "/pin")
                .with(session(f))
                .with(csrf()))
        .andExpect(redirectedUrl("/plans/" + plan));
    mvc.perform(get("/plans/" + plan).with(session(f)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"unpin\"")));
    mvc.perform(post("/plans/" + plan + "/assignments/" + cohort.sokha() + "/pin").with(session(f)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aPinThatPassesAClientOverShowsAsABlockingPairWithWhoAndWhy() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "23");
    PlanFixtures.ScarceSeat cohort = f.scarceSeat(true);
    UUID plan = f.startPlan(2, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);
    assertThat(JsonPath.<Integer>read(f.plan(plan), "$.blockingPairs")).isZero();
    mvc.perform(get("/plans/" + plan).with(session(f)))
        .andExpect(content().string(containsString("id=\"passed-over-none\"")));

    // Sokha (priority 1) pinned to the one seat that Theary (head of household, 3) holds.
    String sokha =
        mvc.perform(get("/api/v1/plans/" + plan + "/assignments/" + cohort.sokha()).with(f.planner))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String hairId =
        JsonPath.<List<String>>read(
                sokha, "$.options[?(@.pathway.kind == 'TRAINING_THEN_JOB')].pathwayId")
            .get(0);
    mvc.perform(
            put("/api/v1/plans/" + plan + "/assignments/" + cohort.sokha() + "/pin")
                .with(f.planner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pathwayId\": \"" + hairId + "\"}"))
        .andExpect(status().isOk());
    // solved again around the pin, Theary loses the seat to a client of lower priority
    mvc.perform(post("/api/v1/plans/" + plan + "/solve").with(f.planner))
        .andExpect(status().isAccepted());
    f.awaitEnd(plan);

    assertThat(JsonPath.<Integer>read(f.plan(plan), "$.blockingPairs")).isEqualTo(1);
    mvc.perform(get("/api/v1/plans/" + plan + "/explanation").with(f.planner))
        .andExpect(jsonPath("$.blockingPairs[0].clientId").value(cohort.theary().toString()))
        .andExpect(jsonPath("$.blockingPairs[0].wantedPathwayId").isNotEmpty())
        .andExpect(jsonPath("$.blockingPairs[0].heldBy[0]").value(cohort.sokha().toString()));
    String thearyCode = JsonPath.read(clientJson(f, cohort.theary()), "$.code");
    String sokhaCode = JsonPath.read(clientJson(f, cohort.sokha()), "$.code");
    mvc.perform(get("/plans/" + plan).with(session(f)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"passed-over\"")))
        .andExpect(content().string(containsString(thearyCode)))
        .andExpect(content().string(containsString("held by")))
        // the client holding the seat is named by her case code, linking to her page
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"/clients/" + cohort.sokha() + "\">" + sokhaCode + "</a>")))
        .andExpect(content().string(containsString(", of lower priority")));
  }

  private String clientJson(PlanFixtures f, UUID client) throws Exception {
    return mvc.perform(get("/api/v1/clients/" + client).with(f.planner))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aBadFormIsShownAgainWithItsProblemsAndPagesSpeakKhmer() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "18");
    mvc.perform(
            post("/plans").with(session(f)).with(csrf()).param("name", " ").param("mode", "filter"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give the plan a name")));
    mvc.perform(
            post("/plans")
                .param("lang", "km")
                .with(session(f))
                .with(csrf())
                .param("name", " ")
                .param("mode", "filter")
                .param("province", "99"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("សូមដាក់ឈ្មោះផែនការ")))
        .andExpect(content().string(containsString("សូមជ្រើសរើសខេត្តពីបញ្ជី។")))
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString("must not be blank"))));
    // values of the wrong kind are named beside the rest, and what was typed stays
    mvc.perform(
            post("/plans")
                .with(session(f))
                .with(csrf())
                .param("name", "Typed with care")
                .param("mode", "filter")
                .param("availableBefore", "2027-13-45")
                .param("timeLimitSeconds", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give the date as YYYY-MM-DD.")))
        .andExpect(content().string(containsString("The time limit must be a whole number")))
        .andExpect(content().string(containsString("value=\"Typed with care\"")))
        .andExpect(content().string(containsString("value=\"2027-13-45\"")))
        .andExpect(content().string(containsString("value=\"abc\"")));
    mvc.perform(get("/plans").param("lang", "km").with(session(f)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ផែនការក្រុម")));
  }

  @Test
  void anotherOrganisationsPlanPageIsNotFound() throws Exception {
    PlanFixtures owner = new PlanFixtures(mvc, organisations, jdbc, "19");
    UUID client = owner.client("Dara", "[\"cook\"]");
    UUID plan = owner.startPlan(1, client);
    owner.awaitEnd(plan);
    PlanFixtures other = new PlanFixtures(mvc, organisations, jdbc, "19");

    mvc.perform(get("/plans/" + plan).with(session(other))).andExpect(status().isNotFound());
    mvc.perform(get("/plans/" + plan + "/assignments.csv").with(session(other)))
        .andExpect(status().isNotFound());
  }

  private RequestPostProcessor session(PlanFixtures f) {
    return user(staff.loadUserByUsername(f.plannerName));
  }
}
