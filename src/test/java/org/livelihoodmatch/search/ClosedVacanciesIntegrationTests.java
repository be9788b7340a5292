package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A vacancy whose applications closed yesterday is neither found by the search nor offered in a
 * client's matches, although the index still holds it (it is left out when the question is asked,
 * not when the index is written); one closing today or later is both found and offered.
 */
@IntegrationTest
class ClosedVacanciesIntegrationTests {

  static final Duration SOON = Duration.ofSeconds(10);

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired IndexUpdates updates;
  @Autowired SearchIndex index;

  @Test
  void aVacancyClosedYesterdayIsNeitherFoundNorOfferedOneClosingTodayOrLaterIs() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate today = LocalDate.now(clock);
    String words = TestFixtures.unique("Pursat salon");
    UUID closed = vacancy(f, words + " closed", today, today);
    UUID closesToday = vacancy(f, words + " today", today, today);
    UUID closesLater = vacancy(f, words + " later", today, today.plusDays(7));
    UUID open = vacancy(f, words + " open", today, null);
    UUID client =
        f.client(
            """
            {"givenName": "Sreyleak", "familyName": "Keo", "sex": "F", "birthDate": "2001-06-01",
             "homeProvince": "15", "languages": ["km"], "literacy": "BASIC",
             "skills": [{"occupation": "hairdresser", "level": "TRAINED"}],
             "preferences": {"occupations": ["hairdresser"], "provinces": ["15"]},
             "household": {"dependants": 0, "monthlyRemittance": 10.00, "canLiveAtHome": true}}
            """);
    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                search(f, words)
                    .andExpect(
                        jsonPath(
                            "$.items[*].id",
                            hasItems(
                                closed.toString(),
                                closesToday.toString(),
                                closesLater.toString(),
                                open.toString()))));

    // a day passes for one of them: its applications closed yesterday; the index keeps its document
    jdbc.update("update vacancy set closing_date = ? where id = ?", today.minusDays(1), closed);
    updates.apply(SearchType.VACANCY, closed);
    index.refresh();
    assertThat(index.search(SearchQuery.text(words)).items())
        .extracting(SearchHit::id)
        .contains(closed.toString());

    search(f, words)
        .andExpect(jsonPath("$.items[*].id", not(hasItem(closed.toString()))))
        .andExpect(
            jsonPath(
                "$.items[*].id",
                hasItems(closesToday.toString(), closesLater.toString(), open.toString())));
    mvc.perform(get("/search").param("q", words).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(words + " closed"))))
        .andExpect(content().string(containsString(words + " today")));

    mvc.perform(get("/api/v1/clients/" + client + "/matches?limit=50").with(f.officerApi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].vacancy.id", not(hasItem(closed.toString()))))
        .andExpect(
            jsonPath(
                "$.items[*].vacancy.id",
                hasItems(closesToday.toString(), closesLater.toString(), open.toString())));
  }

  private UUID vacancy(OfficerFixtures f, String title, LocalDate today, LocalDate closing)
      throws Exception {
    return f.vacancy(
        title,
        "hairdresser",
        "15",
        "260.00",
        today.plusDays(20),
        closing == null ? "" : ", \"closingDate\": \"" + closing + "\"");
  }

  private ResultActions search(OfficerFixtures f, String words) throws Exception {
    return mvc.perform(
            get("/api/v1/search")
                .param("q", words)
                .param("type", "VACANCY")
                .param("size", "50")
                .with(f.officerApi))
        .andExpect(status().isOk());
  }
}
