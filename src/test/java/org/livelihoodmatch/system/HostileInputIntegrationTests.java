package org.livelihoodmatch.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Input no person types but a script may send: the NUL character (PostgreSQL cannot store it) and
 * null elements in lists. Each is a {@code 400} naming the field, never a {@code 500}.
 */
@IntegrationTest
public class HostileInputIntegrationTests {

  public static final String CLIENT =
      """
      {"givenName": "Sreymom", "familyName": "Chan", "sex": "F", "birthDate": "2008-04-02",
       "homeProvince": "20", "languages": ["km"], "literacy": "BASIC",
       "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
       "preferences": {"occupations": ["hairdresser"], "provinces": ["20", "12"]},
       "household": {"dependants": 3, "monthlyRemittance": 25.00, "canLiveAtHome": true},
       "constraints": {"avoidProvinces": ["01"], "needsHealthClinic": false}}
      """;

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    var fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  static Stream<Arguments> textsWithNul() {
    return Stream.of(
        Arguments.of(
            "\"givenName\": \"Sreymom\"", "\"givenName\": \"Srey\\u0000mom\"", "givenName"),
        Arguments.of(
            "\"languages\": [\"km\"]", "\"languages\": [\"km\", \"\\u0000\"]", "languages[1]"),
        Arguments.of(
            "\"provinces\": [\"20\", \"12\"]",
            "\"provinces\": [\"20\", \"1\\u00002\"]",
            "preferences.provinces[1]"));
  }

  @ParameterizedTest
  @MethodSource("textsWithNul")
  void aNulCharacterInAJsonTextIsRefusedNamingTheField(String from, String to, String field)
      throws Exception {
    postClient(replaced(from, to))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value("must not contain the NUL character"));
  }

  static Stream<Arguments> listsWithNull() {
    return Stream.of(
        Arguments.of("\"skills\": [{", "\"skills\": [null, {", "skills[0]"),
        Arguments.of("\"languages\": [\"km\"]", "\"languages\": [null]", "languages[0]"),
        Arguments.of(
            "\"occupations\": [\"hairdresser\"]",
            "\"occupations\": [null]",
            "preferences.occupations[0]"),
        Arguments.of(
            "\"provinces\": [\"20\", \"12\"]",
            "\"provinces\": [\"20\", null]",
            "preferences.provinces[1]"),
        Arguments.of(
            "\"avoidProvinces\": [\"01\"]",
            "\"avoidProvinces\": [null]",
            "constraints.avoidProvinces[0]"));
  }

  @ParameterizedTest
  @MethodSource("listsWithNull")
  void aNullInAListIsRefusedNamingTheElement(String from, String to, String field)
      throws Exception {
    postClient(replaced(from, to))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
  }

  private static String replaced(String from, String to) {
    if (!CLIENT.contains(from)) {
      throw new IllegalArgumentException("not in the client: " + from);
    }
    return CLIENT.replace(from, to);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/clients, q",
    "/api/v1/clients, province",
    "/api/v1/vacancies, occupation",
    "/api/v1/training-intakes, province"
  })
  void aNulCharacterInAnApiParameterIsRefusedNamingIt(String path, String parameter)
      throws Exception {
    mvc.perform(get(path).param(parameter, "a\u0000b").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(parameter))
        .andExpect(jsonPath("$.errors[0].message").value("must not contain the NUL character"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en_GB.UTF-8", "km ", "<x"})
  void aMalformedLanguageCookieFallsBackToEnglishInsteadOfFailingEveryPage(String value)
      throws Exception {
    mvc.perform(get("/vacancies/new").cookie(new jakarta.servlet.http.Cookie("lang", value)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
  }

  @org.junit.jupiter.api.Test
  void malformedIdsOnPagesAreNotFoundAndOnTheApiABadRequestNamingThem() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var ngo = fixtures.organisation(OrganisationKind.NGO);
    var page = TestFixtures.signedIn(ngo, Role.PLANNER);
    for (String path :
        new String[] {
          "/clients/not-a-uuid", "/plans/not-a-uuid", "/clients/" + java.util.UUID.randomUUID()
        }) {
      mvc.perform(get(path).with(page))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
          .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }
    mvc.perform(get("/plans").param("page", "abc").with(page))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    mvc.perform(get("/api/v1/clients/not-a-uuid").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
  }

  @org.junit.jupiter.api.Test
  void pagesSeeParametersWithoutTheNulCharacter() throws Exception {
    // a sign-in with NUL in the name is the name without it: a wrong password, not an error
    mvc.perform(
            post("/login")
                .param("username", "nobody\u0000")
                .param("password", "x")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isFound())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/login?error"));
  }

  private org.springframework.test.web.servlet.ResultActions postClient(String body)
      throws Exception {
    return mvc.perform(
        post("/api/v1/clients")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
