package org.livelihoodmatch;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An officer's day, set up through the API: an NGO with an officer (who signs in to the pages with
 * her name and {@link TestFixtures#PASSWORD}, or calls the API), a verified employer with a phone,
 * and the vacancies and clients a test needs, each with unique names.
 */
public final class OfficerFixtures {

  public static final String EMPLOYER_PHONE = "012 555 010";

  public final MockMvc mvc;
  public final Organisation ngo;
  public final Organisation employerOrganisation;
  public final String officerName = TestFixtures.unique("officer");

  /** The officer over the API (HTTP Basic). */
  public final RequestPostProcessor officerApi;

  /** The officer on the pages (a session). */
  public final RequestPostProcessor officer;

  public final RequestPostProcessor employer;

  public OfficerFixtures(MockMvc mvc, OrganisationService organisations) {
    this.mvc = mvc;
    TestFixtures fixtures = new TestFixtures(organisations);
    this.ngo = fixtures.organisation(OrganisationKind.NGO);
    organisations.createUser(officerName, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    this.officerApi =
        SecurityMockMvcRequestPostProcessors.httpBasic(officerName, TestFixtures.PASSWORD);
    this.officer = TestFixtures.signedIn(ngo, Role.OFFICER);
    Organisation employer =
        organisations.register(
            TestFixtures.unique("Salon"),
            OrganisationKind.EMPLOYER,
            "12",
            null,
            EMPLOYER_PHONE,
            null,
            "Street 1");
    this.employerOrganisation = organisations.setVerified(employer.id(), true);
    this.employer = fixtures.user(employerOrganisation, Role.EMPLOYER);
  }

  /** A planner of the same NGO on the pages. */
  public RequestPostProcessor planner() {
    return TestFixtures.signedIn(ngo, Role.PLANNER);
  }

  /** An open vacancy of the employer; {@code extra} adds JSON fields (starting with a comma). */
  public UUID vacancy(
      String title, String occupation, String province, String wage, LocalDate start, String extra)
      throws Exception {
    return created(
        post("/api/v1/vacancies")
            .with(employer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "%s", "occupation": "%s", "province": "%s",
                 "workplaceAddress": "No. 7, Street 271, Tuol Tumpung market", "positions": 3,
                 "monthlyWage": %s, "hoursPerWeek": 48, "minAge": 18, "startDate": "%s",
                 "description": "Regular hours, paid monthly"%s}
                """
                    .formatted(title, occupation, province, wage, start, extra)));
  }

  /** A client registered over the API from her JSON. */
  public UUID client(String json) throws Exception {
    return created(
        post("/api/v1/clients")
            .with(officerApi)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** An adult of {@code province} who lives at home and wants hairdressing there. */
  public UUID client(String givenName, String province) throws Exception {
    return client(
        """
        {"givenName": "%s", "familyName": "Keo", "sex": "F", "birthDate": "2001-06-01",
         "homeProvince": "%s", "languages": ["km"], "literacy": "BASIC",
         "skills": [{"occupation": "hairdresser", "level": "TRAINED"}],
         "preferences": {"occupations": ["hairdresser"], "provinces": ["%s"]},
         "household": {"dependants": 1, "monthlyRemittance": 20.00, "canLiveAtHome": true}}
        """
            .formatted(givenName, province, province));
  }

  public UUID created(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }
}
