package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visit recorded on a phone without signal is sent when the phone is back online, perhaps twice
 * (the answer to the first lost on a bad link): it carries the id the phone made, is stored once,
 * and the second send answers the visit already stored. Callers that send no id work as before.
 */
@IntegrationTest
class VisitSentTwiceIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired org.livelihoodmatch.organisation.OrganisationService organisations;
  @Autowired java.time.Clock clock;
  @Autowired JdbcTemplate jdbc;

  private String visit(int month, String visitDate, String idField) {
    return """
        {"month": %d, "visitDate": "%s", "stillInPlacement": true, "monthlyIncome": 190.00,
         "livingCosts": {"food": 55.00, "accommodation": 40.00, "transport": 10.00, "other": 10.00},
         "remittance": 20.00, "concerns": ["DEBT"], "note": "Met at the market"%s}
        """
        .formatted(month, visitDate, idField);
  }

  private UUID placed(PlacementFixtures f, String name) throws Exception {
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client(name);
    return PlacementFixtures.id(
        f.place(
            client,
            PlacementFixtures.job(vacancy),
            ", \"startDate\": \"" + f.today.minusMonths(2) + "\""));
  }

  private int stored(UUID placement) {
    return jdbc.queryForObject(
        "select count(*) from follow_up where placement_id = ?", Integer.class, placement);
  }

  @Test
  void theSameVisitSentTwiceIsStoredOnceAndAnsweredWithTheSameBody() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "12");
    UUID placement = placed(f, "Chantha");
    UUID id = UUID.randomUUID();
    String body = visit(1, f.today.minusMonths(1).toString(), ", \"id\": \"" + id + "\"");

    String first =
        f.visit(placement, body)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(id.toString()))
            .andExpect(jsonPath("$.alerts[0]").value("AT_RISK"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        f.visit(placement, body)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(second).isEqualTo(first);
    assertThat(stored(placement)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select client_visit_id from follow_up where placement_id = ?",
                UUID.class,
                placement))
        .isEqualTo(id);
    // the timeline shows one visit for the month, the next one due after it
    String shown = f.json("/api/v1/placements/" + placement);
    assertThat((Boolean) JsonPath.read(shown, "$.followUps[0].done")).isTrue();
    assertThat((Boolean) JsonPath.read(shown, "$.followUps[1].done")).isFalse();
  }

  @Test
  void aVisitWithoutAnIdIsStillRecordedAndAMonthRecordedTwiceIsStillAConflict() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "12");
    UUID placement = placed(f, "Bopha");
    String body = visit(1, f.today.minusMonths(1).toString(), "");

    f.visit(placement, body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists());
    f.visit(placement, body).andExpect(status().isConflict());
    // another id for a month already recorded: a second visit, refused as before
    f.visit(
            placement,
            visit(1, f.today.minusMonths(1).toString(), ", \"id\": \"" + UUID.randomUUID() + "\""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    assertThat(stored(placement)).isEqualTo(1);
  }

  @Test
  void anIdReusedForAnotherMonthOrAnotherPlacementIsAConflictNamingTheId() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "12");
    UUID placement = placed(f, "Kunthea");
    UUID other = placed(f, "Malis");
    UUID id = UUID.randomUUID();
    String idField = ", \"id\": \"" + id + "\"";
    f.visit(placement, visit(1, f.today.minusMonths(1).toString(), idField))
        .andExpect(status().isCreated());

    f.visit(placement, visit(2, f.today.toString(), idField))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    f.visit(other, visit(1, f.today.minusMonths(1).toString(), idField))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    f.visit(placement, visit(2, f.today.toString(), ", \"id\": \"not-a-uuid\""))
        .andExpect(status().isBadRequest());
    assertThat(stored(placement)).isEqualTo(1);
    assertThat(stored(other)).isZero();
  }

  @Test
  void theVisitFormPostedTwiceWithItsIdIsStoredOnce() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "12");
    UUID placement = placed(f, "Srey Leak");
    String id = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/placements/" + placement + "/visits")
                  .with(TestFixtures.signedIn(f.ngo, Role.OFFICER))
                  .with(csrf())
                  .param("id", id)
                  .param("month", "1")
                  .param("visitDate", f.today.minusMonths(1).toString())
                  .param("stillInPlacement", "true")
                  .param("monthlyIncome", "190")
                  .param("livingCosts.food", "55")
                  .param("livingCosts.accommodation", "40")
                  .param("livingCosts.transport", "10")
                  .param("livingCosts.other", "10")
                  .param("remittance", "20"))
          .andExpect(redirectedUrl("/placements/" + placement));
    }
    assertThat(stored(placement)).isEqualTo(1);
  }
}
