package org.livelihoodmatch.matching;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every option an officer is shown opens its own page: a client's matches and the search results
 * link to the vacancy, the intake or the business, and a match names the employer, the workplace,
 * the dates and whom to call. A business's page shows its market, the income expected and the loans
 * that could fund it.
 */
@IntegrationTest
class OfficerOptionsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void aMatchNamesTheEmployerWorkplaceDatesAndWhomToCallAndOpensTheVacancy() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate start = LocalDate.now(clock).plusDays(15);
    String title = TestFixtures.unique("Hairdresser at Salon");
    UUID vacancy =
        f.vacancy(
            title,
            "hairdresser",
            "17",
            "260.00",
            start,
            ", \"contactName\": \"Ms Sophea\", \"contactPhone\": \"089 765 432\"");
    UUID client = f.client("Bopha", "17");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/clients/" + client).with(f.officer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(title))));
    mvc.perform(get("/clients/" + client).with(f.officer))
        .andExpect(content().string(containsString("href=\"/vacancies/" + vacancy + "\"")))
        .andExpect(content().string(containsString(f.employerOrganisation.name())))
        .andExpect(content().string(containsString("No. 7, Street 271, Tuol Tumpung market")))
        .andExpect(content().string(containsString("Starts " + TestFixtures.shown(start))))
        .andExpect(content().string(containsString("Call Ms Sophea:")))
        .andExpect(content().string(containsString("href=\"tel:089765432\"")))
        .andExpect(content().string(containsString("href=\"/clients/" + client + "/edit\"")));
    mvc.perform(get("/clients/" + client).param("lang", "km").with(f.officer))
        .andExpect(content().string(containsString("ទូរស័ព្ទទៅ Ms Sophea៖")))
        .andExpect(
            content().string(containsString("ចាប់ផ្តើម " + TestFixtures.shown(start, "km"))));

    // the search finds it too, and its card opens the same page with the same facts
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/search").param("q", title).with(f.officer))
                    .andExpect(
                        content().string(containsString("href=\"/vacancies/" + vacancy + "\""))));
    mvc.perform(get("/search").param("q", title).with(f.officer))
        .andExpect(content().string(containsString("US$260.00 a month")))
        .andExpect(content().string(containsString("Call Ms Sophea:")));
  }

  @Test
  void searchResultsOpenTheirIntakeAndBusinessPages() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    String title = TestFixtures.unique("Tailoring course");
    UUID intake =
        f.created(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/training-intakes")
                .with(f.officerApi)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "%s", "occupation": "tailor", "provider": "Kampot sewing school",
                     "province": "07", "startDate": "%s", "durationWeeks": 12, "seats": 9,
                     "contactPhone": "012 909 808"}
                    """
                        .formatted(title, LocalDate.now(clock).plusMonths(1))));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/search").param("q", title).with(f.officer))
                    .andExpect(
                        content()
                            .string(containsString("href=\"/training-intakes/" + intake + "\""))));
    mvc.perform(get("/search").param("q", title).with(f.officer))
        .andExpect(content().string(containsString("Kampot sewing school")))
        .andExpect(content().string(containsString("9 seats left")))
        .andExpect(content().string(containsString("href=\"tel:012909808\"")));
    mvc.perform(
            get("/search")
                .param("type", "SELF_EMPLOYMENT")
                .param("province", "12")
                .param("occupation", "tailor")
                .with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/self-employment/12/tailor\"")));
  }

  @Test
  void aBusinessPageShowsItsMarketIncomeCapitalAndTheLoansThatCouldFundIt() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    mvc.perform(get("/self-employment/12/tailor").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Own business: Tailor / dressmaker in Phnom Penh")))
        .andExpect(
            content().string(containsString("of the 9 new businesses the market takes a year")))
        .andExpect(content().string(containsString("US$180.00 a month")))
        .andExpect(content().string(containsString("US$250.00")))
        // the interest-free loan first (the one matches choose), then the microfinance one
        .andExpect(
            content().string(containsString("data-product=\"ngo-interest-free-startup-loan\"")))
        .andExpect(content().string(containsString("data-product=\"mfi-small-business-loan\"")))
        .andExpect(
            content().string(containsString("US$250.00, repaid US$10.42 a month over 24 months")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        containsString("data-product=\"ngo-small-business-loan\""))));
    mvc.perform(get("/self-employment/12/tailor").param("lang", "km").with(f.planner()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ប្រាក់កម្ចីដែលអាចផ្តល់ទុនឱ្យវា")));
    mvc.perform(get("/self-employment/12/astronaut").with(f.officer))
        .andExpect(status().isNotFound());
    TestFixtures fixtures = new TestFixtures(organisations);
    for (RequestPostProcessor outsider :
        new RequestPostProcessor[] {
          TestFixtures.signedIn(f.employerOrganisation, Role.EMPLOYER),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get("/self-employment/12/tailor").with(outsider))
          .andExpect(status().isForbidden());
    }
  }
}
