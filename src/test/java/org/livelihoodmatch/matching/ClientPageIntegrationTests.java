package org.livelihoodmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A client's page: her own organisation sees her matches with budget charts; nobody else. */
@IntegrationTest
class ClientPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;

  @Test
  void herOwnOfficerSeesHerMatchesWithBudgetChartsAndOthersSeeNothing() throws Exception {
    var fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    var apiOfficer = fixtures.user(ngo, Role.OFFICER);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(
            post("/api/v1/vacancies")
                .with(employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Hairdresser at Salon Bopha", "occupation": "hairdresser",
                     "province": "20", "workplaceAddress": "Street 1, Svay Rieng town",
                     "positions": 1, "monthlyWage": 350.00, "hoursPerWeek": 48, "minAge": 18,
                     "startDate": "%s", "description": "Cutting and washing"}
                    """
                        .formatted(LocalDate.now().plusMonths(1))))
        .andExpect(status().isCreated());
    String answer =
        mvc.perform(
                post("/api/v1/clients")
                    .with(apiOfficer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"givenName": "Bopha", "familyName": "Keo", "sex": "F",
                         "birthDate": "2003-02-01", "homeProvince": "20", "literacy": "BASIC",
                         "skills": [{"occupation": "hairdresser", "level": "TRAINED"}],
                         "preferences": {"occupations": ["hairdresser"], "provinces": ["20"]},
                         "household": {"monthlyRemittance": 20, "canLiveAtHome": true}}
                        """))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID id = UUID.fromString(JsonPath.read(answer, "$.id"));
    int auditedBefore = audit.countFor("CLIENT", id);
    var officer = signedIn(ngo, Role.OFFICER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/clients/" + id).with(officer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hairdresser at Salon Bopha"))));
    mvc.perform(get("/clients/" + id).with(officer).param("lang", "km"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bopha Keo")))
        .andExpect(content().string(containsString("class=\"budget-chart\"")))
        .andExpect(content().string(containsString("segment income")))
        .andExpect(content().string(containsString("segment living")))
        .andExpect(content().string(containsString("segment remittance")))
        .andExpect(content().string(containsString("ជម្រើសល្អបំផុត")))
        .andExpect(content().string(containsString("surplus")));
    assertThat(audit.countFor("CLIENT", id)).isGreaterThan(auditedBefore);

    var stranger = signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/clients/" + id).with(stranger))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Bopha"))));
    var employerStaff = signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/clients/" + id).with(employerStaff)).andExpect(status().isForbidden());
    mvc.perform(get("/clients/" + UUID.randomUUID()).with(officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/clients/not-an-id").with(officer)).andExpect(status().is4xxClientError());
  }
}
