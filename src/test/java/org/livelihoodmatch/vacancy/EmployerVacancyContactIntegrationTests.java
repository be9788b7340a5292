package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in employer's own edit form shows and changes whom to call and the last day to apply; a
 * new closing date already past is refused beside its field with everything typed kept, and nothing
 * changes.
 */
@IntegrationTest
class EmployerVacancyContactIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  @Autowired Clock clock;

  @Test
  void sheChangesWhomToCallAndTheClosingDateButNotToADayPast() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    RequestPostProcessor page =
        new PageUsers(organisations, directory).signedIn(f.employerOrganisation, Role.EMPLOYER);
    LocalDate today = LocalDate.now(clock);
    LocalDate start = today.plusDays(20);
    UUID id =
        f.vacancy(
            "Hairdresser at Salon Vuthy",
            "hairdresser",
            "17",
            "260.00",
            start,
            ", \"contactName\": \"Mr Vuthy\", \"closingDate\": \"" + today.plusDays(5) + "\"");

    String form =
        mvc.perform(get("/employer/vacancies/" + id + "/edit").with(page))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("value=\"Mr Vuthy\"", "value=\"" + today.plusDays(5) + "\"")
        .contains("Last day to apply");

    Map<String, String> typed = terms(id, start);
    typed.put("contactName", "Ms Dara Chea");
    typed.put("contactPhone", "097 111 2222");
    typed.put("closingDate", today.minusDays(1).toString());
    String refused =
        mvc.perform(edit(id, page, typed))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("id=\"closingDate-error\"", "The closing date must not be in the past.")
        .contains("value=\"" + today.minusDays(1) + "\"", "value=\"Ms Dara Chea\"");
    assertThat(stored(id))
        .containsEntry("contact_name", "Mr Vuthy")
        .containsEntry("closing_date", java.sql.Date.valueOf(today.plusDays(5)));

    typed.put("closingDate", today.plusDays(9).toString());
    mvc.perform(edit(id, page, typed)).andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(stored(id))
        .containsEntry("contact_name", "Ms Dara Chea")
        .containsEntry("contact_phone", "097 111 2222")
        .containsEntry("closing_date", java.sql.Date.valueOf(today.plusDays(9)));
  }

  private Map<String, String> terms(UUID id, LocalDate start) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "version",
        jdbc.queryForObject("select version from vacancy where id = ?", Long.class, id) + "");
    fields.put("title", "Hairdresser at Salon Vuthy");
    fields.put("occupation", "hairdresser");
    fields.put("province", "17");
    fields.put("workplaceAddress", "No. 7, Street 271, Tuol Tumpung market");
    fields.put("positions", "3");
    fields.put("monthlyWage", "260.00");
    fields.put("hoursPerWeek", "48");
    fields.put("providesAccommodation", "false");
    fields.put("providesMeals", "false");
    fields.put("minAge", "18");
    fields.put("startDate", start.toString());
    fields.put("workerPaysFees", "false");
    fields.put("employerHoldsDocuments", "false");
    fields.put("crossBorder", "false");
    fields.put("description", "Regular hours, paid monthly");
    return fields;
  }

  private MockHttpServletRequestBuilder edit(
      UUID id, RequestPostProcessor page, Map<String, String> fields) {
    MockHttpServletRequestBuilder request =
        post("/employer/vacancies/" + id + "/edit").with(page).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private Map<String, Object> stored(UUID id) {
    return jdbc.queryForMap(
        "select contact_name, contact_phone, closing_date from vacancy where id = ?", id);
  }
}
