package org.livelihoodmatch.training;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
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

@IntegrationTest
class TrainingIntakeApiIntegrationTests {

  static final String COURSE =
      """
      {"title": "%s", "occupation": "hairdresser", "provider": "NGO",
       "province": "12", "startDate": "%s", "durationWeeks": 12, "seats": 10,
       "monthlyStipend": %s, "costPerTrainee": %s}
      """;

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    TestFixtures fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  ResultActions register(String title, String stipend, String cost) throws Exception {
    return mvc.perform(
        post("/api/v1/training-intakes")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(COURSE.formatted(title, LocalDate.now().plusMonths(1), stipend, cost)));
  }

  @Test
  void moneyWithMoreThanTwoDecimalsIsRefusedLikeClientsAndVacanciesNotRounded() throws Exception {
    String title = TestFixtures.unique("course");
    register(title, "1.234", "150.005")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field", containsInAnyOrder("monthlyStipend", "costPerTrainee")))
        .andExpect(jsonPath("$.errors[0].message").value("must have at most 2 decimals"));
    Integer stored =
        jdbc.queryForObject(
            "select count(*) from training_intake where title = ?", Integer.class, title);
    org.assertj.core.api.Assertions.assertThat(stored).isZero();
    register(title, "20.50", "150.00")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.monthlyStipend").value(20.5));
  }

  @Test
  void aFractionOfAWeekOrASeatIsRefusedNamingTheField() throws Exception {
    mvc.perform(
            post("/api/v1/training-intakes")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    COURSE
                        .formatted(
                            TestFixtures.unique("course"), LocalDate.now().plusMonths(1), 20, 150)
                        .replace("\"seats\": 10", "\"seats\": 2.5")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("seats"));
  }
}
