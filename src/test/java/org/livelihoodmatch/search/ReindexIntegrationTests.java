package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator rebuilds the index without taking search down; health follows the index. */
@IntegrationTest
class ReindexIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired IndexKeeper keeper;

  @Test
  void anAdministratorRebuildsWhileSearchesKeepAnswering() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var admin = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.ADMIN);
    var officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    var api = new SearchApiCalls(mvc);
    await().atMost(Duration.ofSeconds(60)).until(keeper::ready);
    String word = "reindexword" + System.nanoTime();
    String id = api.vacancy(employer, "Cook " + word, "cook", "12", "Kitchen");
    await().atMost(Duration.ofSeconds(10)).until(() -> api.ids(officer, "q=" + word).contains(id));

    mvc.perform(post("/api/v1/admin/reindex").with(officer)).andExpect(status().isForbidden());
    Instant requested = Instant.now();
    mvc.perform(post("/api/v1/admin/reindex").with(admin))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.ready").value(true));
    assertThat(api.ids(officer, "q=" + word)).containsExactly(id); // the old index answers
    mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));

    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions() // no lastRebuild yet while the first rebuild runs
        .until(
            () -> {
              String state =
                  mvc.perform(get("/api/v1/admin/reindex").with(admin))
                      .andReturn()
                      .getResponse()
                      .getContentAsString();
              String finished = JsonPath.read(state, "$.lastRebuild.finishedAt");
              return !(Boolean) JsonPath.read(state, "$.rebuilding")
                  && finished != null
                  && Instant.parse(finished).isAfter(requested);
            });
    assertThat(api.ids(officer, "q=" + word)).containsExactly(id);
    Long open =
        jdbc.queryForObject(
            "select count(*) from vacancy where status = 'OPEN' and positions > positions_filled",
            Long.class);
    mvc.perform(get("/api/v1/admin/reindex").with(admin))
        .andExpect(jsonPath("$.lastRebuild.error").doesNotExist())
        .andExpect(jsonPath("$.documents.VACANCY").value(open.intValue()));
  }
}
