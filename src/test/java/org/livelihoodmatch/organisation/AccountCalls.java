package org.livelihoodmatch.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.TestFixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users made for account tests, with their ids and names, and the calls the tests repeat. */
final class AccountCalls {

  /** A user of a test: id, name, and the HTTP Basic sign-in with a given password. */
  record User(UUID id, String username, Organisation organisation) {
    RequestPostProcessor basic() {
      return httpBasic(username, TestFixtures.PASSWORD);
    }

    RequestPostProcessor basic(String password) {
      return httpBasic(username, password);
    }
  }

  static final String CLIENT =
      """
      {"givenName": "Sreymom", "familyName": "Chan", "sex": "F", "birthDate": "2008-04-02",
       "homeProvince": "20", "languages": ["km"], "literacy": "BASIC",
       "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
       "preferences": {"occupations": ["hairdresser"], "provinces": ["20"],
                       "willingToRelocate": false, "selfEmployment": false},
       "household": {"dependants": 1, "monthlyRemittance": 10.00, "canLiveAtHome": true},
       "constraints": {"avoidProvinces": [], "needsHealthClinic": false},
       "availableFrom": "2026-12-01"}
      """;

  private final MockMvc mvc;
  private final OrganisationService organisations;

  AccountCalls(MockMvc mvc, OrganisationService organisations) {
    this.mvc = mvc;
    this.organisations = organisations;
  }

  User user(Organisation organisation, Role... roles) {
    String name = TestFixtures.unique("acct");
    UUID id =
        organisations.createUser(name, TestFixtures.PASSWORD, organisation.id(), Set.of(roles));
    return new User(id, name, organisation);
  }

  ResultActions create(User admin, String username, String password, Organisation o, String roles)
      throws Exception {
    return mvc.perform(
        post("/api/v1/users")
            .with(admin.basic())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"username\": \""
                    + username
                    + "\", \"password\": \""
                    + password
                    + "\", \"organisationId\": \""
                    + o.id()
                    + "\", \"roles\": ["
                    + roles
                    + "]}"));
  }

  ResultActions approve(User who, UUID id) throws Exception {
    return mvc.perform(post("/api/v1/users/" + id + "/approve").with(who.basic()));
  }

  ResultActions disable(User who, UUID id) throws Exception {
    return mvc.perform(post("/api/v1/users/" + id + "/disable").with(who.basic()));
  }

  ResultActions changePassword(RequestPostProcessor who, String current, String next)
      throws Exception {
    return mvc.perform(
        put("/api/v1/users/me/password")
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"current\": \"" + current + "\", \"new\": \"" + next + "\"}"));
  }

  String client(User officer) throws Exception {
    return client(officer, "Sreymom");
  }

  String client(User officer, String givenName) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/clients")
                    .with(officer.basic())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CLIENT.replace("Sreymom", givenName)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }
}
