package org.livelihoodmatch.placement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Another organisation's officer gets {@code 404} on every placement endpoint, as if the client and
 * her placement did not exist, and stores nothing; employers and administrators get {@code 403}.
 */
@IntegrationTest
class PlacementAccessIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  @Test
  void anotherOrganisationSeesNoneOfItAndOtherRolesAreForbidden() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "21");
    UUID vacancy = f.vacancy(2, "260.00", f.today.plusDays(10));
    UUID client = f.client("Kimlang");
    UUID placement =
        PlacementFixtures.id(
            f.place(client, PlacementFixtures.job(vacancy), "").andExpect(status().isCreated()));
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor stranger =
        fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER, Role.PLANNER);
    RequestPostProcessor employer =
        fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    RequestPostProcessor admin =
        fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.ADMIN);
    String visit = PlacementLifecycleIntegrationTests.visit(1, f.today.toString(), "");
    String end = "{\"date\": \"" + f.today + "\", \"reason\": \"OTHER\"}";
    String closure = "{\"reason\": \"DIED\", \"meetingDate\": \"" + f.today + "\"}";

    mvc.perform(get("/api/v1/placements/" + placement).with(stranger))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/clients/" + client + "/placements").with(stranger))
        .andExpect(status().isNotFound());
    postJson(
            stranger,
            "/api/v1/clients/" + client + "/placements",
            "{\"pathway\": " + PlacementFixtures.job(vacancy) + "}")
        .andExpect(status().isNotFound());
    postJson(stranger, "/api/v1/placements/" + placement + "/follow-ups", visit)
        .andExpect(status().isNotFound());
    postJson(stranger, "/api/v1/placements/" + placement + "/end", end)
        .andExpect(status().isNotFound());
    postJson(stranger, "/api/v1/clients/" + client + "/closure", closure)
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/placements").with(stranger))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
                .value(0));

    for (RequestPostProcessor forbidden : new RequestPostProcessor[] {employer, admin}) {
      mvc.perform(get("/api/v1/placements").with(forbidden)).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/placements/" + placement).with(forbidden))
          .andExpect(status().isForbidden());
      postJson(forbidden, "/api/v1/placements/" + placement + "/follow-ups", visit)
          .andExpect(status().isForbidden());
      postJson(forbidden, "/api/v1/clients/" + client + "/closure", closure)
          .andExpect(status().isForbidden());
    }
    // Nothing of theirs was stored: the placement has no visit and is not ended.
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.followUps[0].done")
                .value(false))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                .value("WORKING"));
  }

  private org.springframework.test.web.servlet.ResultActions postJson(
      RequestPostProcessor user, String path, String body) throws Exception {
    return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
