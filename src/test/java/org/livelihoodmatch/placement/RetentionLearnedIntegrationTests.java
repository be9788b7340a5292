package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What happened teaches the matcher: two employers of one occupation, the first whose placements
 * end in their first month and the second whose placements last; a new client then sees the lasting
 * employer first, with an expected retention and a reason that tell them apart.
 */
@IntegrationTest
class RetentionLearnedIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  @Test
  void theEmployerWhosePlacementsLastIsRankedFirst() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "17");
    PlacementFixtures other = new PlacementFixtures(mvc, organisations, clock, "17");
    UUID shortLived = f.vacancy(6, "240.00", f.today.plusDays(10));
    UUID lasting = other.vacancy(6, "240.00", f.today.plusDays(10));
    String started = f.today.minusMonths(8).toString();
    for (int i = 0; i < 3; i++) {
      UUID left = f.client("Left" + i);
      UUID placement =
          PlacementFixtures.id(
              f.place(left, PlacementFixtures.job(shortLived), startDate(started))
                  .andExpect(status().isCreated()));
      mvc.perform(
              post("/api/v1/placements/" + placement + "/end")
                  .with(f.officer)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"date\": \"%s\", \"reason\": \"LEFT_JOB\"}"
                          .formatted(f.today.minusMonths(8).plusDays(12))))
          .andExpect(status().isOk());
      UUID stayed = f.client("Stayed" + i);
      PlacementFixtures.id(
          f.place(stayed, PlacementFixtures.job(lasting), startDate(started))
              .andExpect(status().isCreated()));
    }

    UUID newcomer = f.client("Newcomer");
    // the search index follows the database within a second: wait for both vacancies in it
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(f.json("/api/v1/clients/" + newcomer + "/matches?limit=20"))
                    .contains(lasting.toString(), shortLived.toString()));
    String matches = f.json("/api/v1/clients/" + newcomer + "/matches?limit=20");
    List<Map<String, Object>> items = JsonPath.read(matches, "$.items");
    List<String> vacancies =
        items.stream()
            .map(m -> (Map<?, ?>) m.get("vacancy"))
            .filter(v -> v != null)
            .map(v -> String.valueOf(v.get("id")))
            .filter(id -> id.equals(shortLived.toString()) || id.equals(lasting.toString()))
            .toList();
    assertThat(vacancies).containsExactly(lasting.toString(), shortLived.toString());

    Map<String, Object> good = item(items, lasting);
    Map<String, Object> bad = item(items, shortLived);
    Map<?, ?> goodRetention = (Map<?, ?>) good.get("expectedRetention");
    Map<?, ?> badRetention = (Map<?, ?>) bad.get("expectedRetention");
    assertThat(goodRetention.get("months")).isEqualTo(6);
    assertThat(goodRetention.get("basedOn")).isEqualTo(3);
    assertThat(badRetention.get("basedOn")).isEqualTo(3);
    double goodP = ((Number) goodRetention.get("probability")).doubleValue();
    double badP = ((Number) badRetention.get("probability")).doubleValue();
    assertThat(goodP).isGreaterThan(0.6).isLessThan(1.0);
    assertThat(badP).isLessThan(0.4).isGreaterThan(0.0);
    assertThat((List<?>) good.get("reasons"))
        .anyMatch(r -> r.toString().startsWith("placements with this employer held 3 times in 3"));
    assertThat((List<?>) bad.get("reasons"))
        .anyMatch(r -> r.toString().startsWith("placements with this employer held 0 times in 3"));
  }

  @Test
  void theClientPageSaysHowLikelyEachOptionIsToHoldInBothLanguages() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "18");
    UUID vacancy = f.vacancy(4, "240.00", f.today.plusDays(10));
    UUID left = f.client("Left");
    UUID placement =
        PlacementFixtures.id(
            f.place(
                    left,
                    PlacementFixtures.job(vacancy),
                    startDate(f.today.minusMonths(9).toString()))
                .andExpect(status().isCreated()));
    mvc.perform(
            post("/api/v1/placements/" + placement + "/end")
                .with(f.officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"date\": \"%s\", \"reason\": \"DISMISSED\"}"
                        .formatted(f.today.minusMonths(9).plusDays(5))))
        .andExpect(status().isOk());
    UUID newcomer = f.client("Newcomer");
    var page = TestFixtures.signedIn(f.ngo, Role.OFFICER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        mvc.perform(get("/clients/" + newcomer + "?lang=en").with(page))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("Expected to hold six months:")
                    .contains(
                        "Placements with this employer: 0 of 1 held six months; 0 too recent to"
                            + " tell."));
    String khmer =
        mvc.perform(get("/clients/" + newcomer + "?lang=km").with(page))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(khmer)
        .contains("រំពឹងថានឹងនៅជាប់រយៈពេលប្រាំមួយខែ៖")
        .contains("ការដាក់ការងារជាមួយនិយោជកនេះ៖ 0 ក្នុងចំណោម 1");
  }

  private static String startDate(String date) {
    return ", \"startDate\": \"" + date + "\"";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(List<Map<String, Object>> items, UUID vacancy) {
    return items.stream()
        .filter(m -> m.get("vacancy") != null)
        .filter(m -> vacancy.toString().equals(((Map<String, Object>) m.get("vacancy")).get("id")))
        .findFirst()
        .orElseThrow();
  }
}
