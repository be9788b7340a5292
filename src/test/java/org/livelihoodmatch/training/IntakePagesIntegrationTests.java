package org.livelihoodmatch.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An NGO's officer posts a training intake from its page, through the API's rules, with each
 * problem beside its field in English or Khmer; the intake's page then names the provider, dates,
 * seats left, stipend, cost and whom to call. Nobody but NGO staff reaches either page.
 */
@IntegrationTest
class IntakePagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  /** The intake form as posted; {@code changes} replace answers, name then value. */
  MockHttpServletRequestBuilder intake(LocalDate start, String... changes) {
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("title", "Hairdressing, 6 months");
    form.put("kind", "VOCATIONAL");
    form.put("occupation", "hairdresser");
    form.put("provider", "Salon school of Takeo");
    form.put("province", "21");
    form.put("startDate", start.toString());
    form.put("durationWeeks", "24");
    form.put("seats", "12");
    form.put("minAge", "15");
    form.put("sex", "F");
    form.put("literacyRequired", "NONE");
    form.put("providesAccommodation", "true");
    form.put("monthlyStipend", "20.00");
    form.put("costPerTrainee", "150");
    form.put("languages", "km");
    form.put("contactName", "Mr Vuthy");
    form.put("contactPhone", "010 222 333");
    for (int i = 0; i < changes.length; i += 2) {
      form.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/training-intakes/new").with(csrf());
    form.forEach(request::param);
    return request;
  }

  @Test
  void anOfficerPostsAnIntakeAndReadsItsPage() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate start = LocalDate.now(clock).plusMonths(2);
    mvc.perform(get("/training-intakes/new").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"durationWeeks\"")));

    // each problem beside its field, every answer kept
    mvc.perform(
            intake(start, "seats", "many", "occupation", "", "contactPhone", "ask at the market")
                .with(f.officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"seats-error\"")))
        .andExpect(content().string(containsString("Give a whole number.")))
        .andExpect(content().string(containsString("value=\"many\"")))
        .andExpect(content().string(containsString("Choose the trade it teaches")))
        .andExpect(content().string(containsString("Give a phone number in digits")))
        .andExpect(content().string(containsString("value=\"Salon school of Takeo\"")));
    mvc.perform(intake(start, "occupation", "", "lang", "km").with(f.officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("សូមជ្រើសមុខរបរដែលវគ្គបង្រៀន")));

    String location =
        mvc.perform(intake(start).with(f.officer))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/training-intakes/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id =
        UUID.fromString(location.substring("/training-intakes/".length(), location.indexOf('?')));
    mvc.perform(get("/api/v1/training-intakes/" + id).with(f.officerApi))
        .andExpect(jsonPath("$.provider").value("Salon school of Takeo"))
        .andExpect(jsonPath("$.contactName").value("Mr Vuthy"))
        .andExpect(jsonPath("$.sex").value("F"))
        .andExpect(jsonPath("$.seats").value(12));
    mvc.perform(get(location).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The intake is posted")))
        .andExpect(content().string(containsString("Salon school of Takeo")))
        .andExpect(
            content()
                .string(
                    containsString(
                        TestFixtures.shown(start)
                            + " to "
                            + TestFixtures.shown(start.plusWeeks(24).minusDays(1)))))
        .andExpect(content().string(containsString("12 of 12")))
        .andExpect(content().string(containsString("US$20.00 a month")))
        .andExpect(content().string(containsString("US$150.00")))
        .andExpect(content().string(containsString("Women only")))
        .andExpect(content().string(containsString("Mr Vuthy")))
        .andExpect(content().string(containsString("href=\"tel:010222333\"")));
    mvc.perform(get("/training-intakes/" + id).param("lang", "km").with(f.planner()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("កន្លែងនៅសល់")))
        .andExpect(content().string(containsString("តែស្ត្រី")));
  }

  @Test
  void anIntakeWithoutAContactNamesTheOrganisationThatPostedItAndOutsidersAreRefused()
      throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    String location =
        mvc.perform(
                intake(LocalDate.now(clock).plusMonths(1), "contactName", "", "contactPhone", "")
                    .with(f.officer))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(f.ngo.name())))
        .andExpect(content().string(containsString("No phone number given")));

    TestFixtures fixtures = new TestFixtures(organisations);
    for (RequestPostProcessor outsider :
        new RequestPostProcessor[] {
          TestFixtures.signedIn(f.employerOrganisation, Role.EMPLOYER),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get(location).with(outsider)).andExpect(status().isForbidden());
      mvc.perform(get("/training-intakes/new").with(outsider)).andExpect(status().isForbidden());
      mvc.perform(intake(LocalDate.now(clock).plusMonths(1)).with(outsider))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/training-intakes/" + UUID.randomUUID()).with(f.officer))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
