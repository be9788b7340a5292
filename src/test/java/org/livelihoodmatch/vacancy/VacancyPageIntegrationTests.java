package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A vacancy's page for NGO staff: employer, workplace, pay, hours, housing and food, places left,
 * start and closing dates and whom to call (the contact the vacancy names, else its employer's
 * phone); the contact and closing date also over the API; closed to everyone else.
 */
@IntegrationTest
class VacancyPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired OpenVacancies openVacancies;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void officersReadWhoEmploysWhereForWhatAndWhomToCall() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate today = LocalDate.now(clock);
    UUID named =
        f.vacancy(
            "Hairdresser at Salon Srey",
            "hairdresser",
            "12",
            "240.00",
            today.plusDays(20),
            """
            , "providesMeals": true, "contactName": "Ms Dara Chea",
              "contactPhone": "097 111 2222", "closingDate": "%s"
            """
                .formatted(today.plusDays(10)));
    mvc.perform(get("/api/v1/vacancies/" + named).with(f.officerApi))
        .andExpect(jsonPath("$.contactName").value("Ms Dara Chea"))
        .andExpect(jsonPath("$.contactPhone").value("097 111 2222"))
        .andExpect(jsonPath("$.closingDate").value(today.plusDays(10).toString()));

    mvc.perform(get("/vacancies/" + named).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hairdresser at Salon Srey")))
        .andExpect(content().string(containsString(f.employerOrganisation.name())))
        .andExpect(content().string(containsString("No. 7, Street 271, Tuol Tumpung market")))
        .andExpect(content().string(containsString("Phnom Penh")))
        .andExpect(content().string(containsString("US$240.00 a month")))
        .andExpect(content().string(containsString("48 hours a week")))
        .andExpect(content().string(containsString("3 of 3")))
        .andExpect(content().string(containsString(TestFixtures.shown(today.plusDays(20)))))
        .andExpect(content().string(containsString(TestFixtures.shown(today.plusDays(10)))))
        .andExpect(content().string(containsString("Ms Dara Chea")))
        .andExpect(content().string(containsString("href=\"tel:0971112222\"")));
    mvc.perform(get("/vacancies/" + named).param("lang", "km").with(f.planner()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("អ្នកដែលត្រូវទូរស័ព្ទទៅ")))
        .andExpect(content().string(containsString("240,00 ដុល្លារ ក្នុងមួយខែ")))
        .andExpect(content().string(containsString("ភ្នំពេញ")));

    // no contact named: the employer's own phone
    UUID plain = f.vacancy("Barber", "hairdresser", "12", "220.00", today.plusDays(5), "");
    mvc.perform(get("/vacancies/" + plain).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OfficerFixtures.EMPLOYER_PHONE)))
        .andExpect(content().string(containsString("No closing date given")));

    TestFixtures fixtures = new TestFixtures(organisations);
    for (RequestPostProcessor outsider :
        new RequestPostProcessor[] {
          TestFixtures.signedIn(f.employerOrganisation, Role.EMPLOYER),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get("/vacancies/" + named).with(outsider)).andExpect(status().isForbidden());
    }
    mvc.perform(get("/vacancies/" + UUID.randomUUID()).with(f.officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/vacancies/not-an-id").with(f.officer)).andExpect(status().isNotFound());
    // the public form and the review queue are where they were
    mvc.perform(get("/vacancies/new")).andExpect(status().isOk());
    mvc.perform(get("/vacancies/review").with(f.officer)).andExpect(status().isOk());
  }

  @Test
  void aClosingDateInThePastIsRefusedAndAClosedOneIsOfferedToNobody() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate today = LocalDate.now(clock);
    mvc.perform(
            post("/api/v1/vacancies")
                .with(f.employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Cook", "occupation": "cook", "province": "12",
                     "workplaceAddress": "No. 7, Street 271", "positions": 1, "monthlyWage": 250,
                     "hoursPerWeek": 48, "minAge": 18, "startDate": "%s", "closingDate": "%s",
                     "contactPhone": "call me"}
                    """
                        .formatted(today.plusDays(5), today.minusDays(1))))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("closingDate")))
        .andExpect(content().string(containsString("contactPhone")));

    UUID id =
        f.vacancy(
            "Cook",
            "cook",
            "12",
            "250.00",
            today.plusDays(30),
            ", \"closingDate\": \"%s\"".formatted(today.plusDays(3)));
    assertThat(openVacancies.offers(List.of(id), today)).hasSize(1);
    jdbc.update("update vacancy set closing_date = ? where id = ?", today.minusDays(1), id);
    assertThat(openVacancies.offers(List.of(id), today)).isEmpty();
    mvc.perform(get("/vacancies/" + id).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("No closing date given"))));
  }
}
