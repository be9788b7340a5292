package org.livelihoodmatch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ClientApiIntegrationTests {

  static final String SREYMOM =
      """
      {"givenName": "Sreymom", "familyName": "Chan", "sex": "F", "birthDate": "2008-04-02",
       "homeProvince": "20", "languages": ["km"], "literacy": "BASIC",
       "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
       "preferences": {"occupations": ["hairdresser", "beautician"], "provinces": ["20", "12"],
                       "willingToRelocate": true, "selfEmployment": true},
       "household": {"dependants": 3, "monthlyRemittance": 25.00, "canLiveAtHome": true},
       "constraints": {"avoidProvinces": ["01"], "needsHealthClinic": false},
       "availableFrom": "2026-12-01"}
      """;

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;

  TestFixtures fixtures;
  Organisation ngo;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    ngo = fixtures.organisation(OrganisationKind.NGO);
    officer = fixtures.user(ngo, Role.OFFICER);
  }

  String create(RequestPostProcessor who) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/clients")
                    .with(who)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(SREYMOM))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void anOfficerRegistersReadsAndUpdatesAClient() throws Exception {
    String id = create(officer);
    mvc.perform(get("/api/v1/clients/" + id).with(officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.givenName").value("Sreymom"))
        .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("C")))
        .andExpect(jsonPath("$.organisation").value(ngo.id().toString()))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.household.monthlyRemittance").value(25.00))
        .andExpect(jsonPath("$.preferences.occupations[0]").value("hairdresser"));
    String changed =
        SREYMOM
            .replace("\"dependants\": 3", "\"dependants\": 4")
            .replace("\"availableFrom\"", "\"version\": 0, \"availableFrom\"");
    mvc.perform(
            put("/api/v1/clients/" + id)
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.household.dependants").value(4))
        .andExpect(jsonPath("$.version").value(1));
    assertThat(audit.countFor("CLIENT", UUID.fromString(id))).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aStaleVersionIsAConflict() throws Exception {
    String id = create(officer);
    String v0 = SREYMOM.replace("\"availableFrom\"", "\"version\": 0, \"availableFrom\"");
    mvc.perform(
            put("/api/v1/clients/" + id)
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(v0))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/clients/" + id)
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(v0))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void anotherOrganisationsOfficerCannotTellTheClientExists() throws Exception {
    String id = create(officer);
    var other = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/api/v1/clients/" + id).with(other)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/clients/" + id + "/matches").with(other))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/clients?q=Sreymom").with(other))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void employersAreForbiddenAndAnonymousCallersUnauthorised() throws Exception {
    String id = create(officer);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/api/v1/clients/" + id).with(employer)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/clients")).andExpect(status().isUnauthorized());
    var admin = fixtures.user(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
    mvc.perform(get("/api/v1/clients/" + id).with(admin)).andExpect(status().isForbidden());
  }

  @Test
  void invalidInputNamesEveryBadFieldAndStoresNothing() throws Exception {
    String bad =
        """
        {"givenName": "", "familyName": "Chan", "sex": "Q", "birthDate": "2999-01-01",
         "homeProvince": "99", "literacy": "BASIC",
         "skills": [{"occupation": "astronaut", "level": "TRAINED"}],
         "household": {"monthlyRemittance": -5}}
        """;
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                containsInAnyOrder(
                    "givenName",
                    "sex",
                    "birthDate",
                    "homeProvince",
                    "skills[0].occupation",
                    "household.monthlyRemittance")));
    mvc.perform(get("/api/v1/clients").with(officer)).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() throws Exception {
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    mvc.perform(
            post("/api/v1/clients")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(SREYMOM.replace("\"2008-04-02\"", "\"April\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")));
  }

  @Test
  void aFractionOrAnOverflowForAWholeNumberIsRefusedNamingTheField() throws Exception {
    Map<String, String> refusals =
        Map.of("1.5", "must be a whole number", "1000000000000", "is out of range");
    for (var refusal : refusals.entrySet()) {
      mvc.perform(
              post("/api/v1/clients")
                  .with(officer)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      SREYMOM.replace("\"dependants\": 3", "\"dependants\": " + refusal.getKey())))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", "application/problem+json"))
          .andExpect(jsonPath("$.errors[0].field").value("household.dependants"))
          .andExpect(jsonPath("$.errors[0].message").value(refusal.getValue()));
    }
    mvc.perform(get("/api/v1/clients").with(officer)).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void listsArePagedAndFiltered() throws Exception {
    create(officer);
    create(officer);
    create(officer);
    mvc.perform(get("/api/v1/clients?page=0&size=2&province=20").with(officer))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.size").value(2));
    mvc.perform(get("/api/v1/clients?size=500").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }
}
