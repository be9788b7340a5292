package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No page shows a constant's raw name to a person: the main pages, rendered in English and in Khmer
 * with a client, a plan and a vacancy like the demo's, show statuses, kinds, literacy and skill
 * levels in words, never {@code ACTIVE}, {@code BASIC}, {@code DONE}, {@code PLACED} or {@code
 * TRAINING_THEN_JOB} as text. Attributes and scripts may carry them; text may not.
 */
@IntegrationTest
class RawNamesIntegrationTests {

  /** The enums whose names a page might print, and the values of the client's string enums. */
  private static final List<String> ENUMS =
      List.of(
          "org.livelihoodmatch.client.ClientStatus",
          "org.livelihoodmatch.client.ClosureReason",
          "org.livelihoodmatch.planning.store.PlanStatus",
          "org.livelihoodmatch.planning.domain.PathwayKind",
          "org.livelihoodmatch.livelihood.Pathway$Kind",
          "org.livelihoodmatch.livelihood.NearestMiss$Blocker",
          "org.livelihoodmatch.livelihood.TrainingOffer$Kind",
          "org.livelihoodmatch.vacancy.VacancyStatus",
          "org.livelihoodmatch.placement.PlacementStatus",
          "org.livelihoodmatch.placement.EndReason",
          "org.livelihoodmatch.placement.Concern",
          "org.livelihoodmatch.placement.Alert",
          "org.livelihoodmatch.referral.ReferralStatus",
          "org.livelihoodmatch.organisation.AccountStatus");

  private static final Set<String> CLIENT_VALUES =
      Set.of("NONE", "BASIC", "FUNCTIONAL", "INTEREST", "TRAINED", "EXPERIENCED");

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService staff;

  @Test
  void theMainPagesShowNoConstantsNameAsTextInEitherLanguage() throws Exception {
    Set<String> raw = rawNames();
    assertThat(raw).contains("ACTIVE", "BASIC", "DONE", "PLACED", "TRAINING_THEN_JOB");

    TestFixtures fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    String plannerName = TestFixtures.unique("planner");
    organisations.createUser(
        plannerName, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.PLANNER, Role.OFFICER));
    RequestPostProcessor api = httpBasic(plannerName, TestFixtures.PASSWORD);
    RequestPostProcessor page =
        SecurityMockMvcRequestPostProcessors.user(staff.loadUserByUsername(plannerName));
    Organisation employerOrg = fixtures.organisation(OrganisationKind.EMPLOYER);
    organisations.setVerified(employerOrg.id(), true);
    RequestPostProcessor employer = fixtures.user(employerOrg, Role.EMPLOYER);

    String vacancy =
        created(
            post("/api/v1/vacancies")
                .with(employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Sewing line worker", "occupation": "sewing-machine-operator",
                     "province": "12", "workplaceAddress": "No. 12, Street 271, Phnom Penh",
                     "positions": 5, "monthlyWage": 230.00, "hoursPerWeek": 48, "minAge": 18,
                     "startDate": "2027-02-01", "description": "Regular hours, paid monthly"}
                    """));
    UUID client =
        UUID.fromString(
            created(
                post("/api/v1/clients")
                    .with(api)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"givenName": "Dara", "familyName": "Test", "sex": "M",
                         "birthDate": "1999-05-01", "homeProvince": "12", "languages": ["km"],
                         "literacy": "BASIC",
                         "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
                         "preferences": {"occupations": ["sewing-machine-operator"],
                                         "provinces": ["12"], "willingToRelocate": false,
                                         "selfEmployment": false},
                         "household": {"dependants": 1, "monthlyRemittance": 10.00,
                                       "canLiveAtHome": true}}
                        """)));
    String plan =
        JsonPath.read(
            mvc.perform(
                    post("/api/v1/plans")
                        .with(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"name\": \"Raw names\", \"clientIds\": [\""
                                + client
                                + "\"], \"timeLimitSeconds\": 1}"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !"SOLVING"
                    .equals(
                        JsonPath.read(
                            mvc.perform(get("/api/v1/plans/" + plan).with(api))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                            "$.status")));

    List<String> pages =
        List.of(
            "/",
            "/plans",
            "/plans/" + plan,
            "/clients/" + client,
            "/search?type=CLIENT&q=Dara",
            "/search?q=sewing",
            "/caseload",
            "/referrals",
            "/vacancies/review",
            "/clients",
            "/vacancies/" + vacancy,
            "/audit");
    List<String> found = new ArrayList<>();
    for (String language : List.of("en", "km")) {
      for (String path : pages) {
        String html =
            mvc.perform(get(path).param("lang", language).with(page))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String word : words(html)) {
          if (raw.contains(word)) {
            found.add(language + " " + path + ": " + word);
          }
        }
      }
    }
    assertThat(found).as("constant names shown as text (vacancy " + vacancy + ")").isEmpty();
  }

  @Test
  void onlyTextCountsNotAttributesOrScripts() {
    assertThat(
            words(
                "<tr data-status=\"ACTIVE\"><td>BASIC</td><td>Reads a little</td></tr>"
                    + "<script>var s = 'DONE';</script><p>US$ 12, CSV, PLACED.</p>"
                    + "<code>status ACTIVE</code>"))
        .containsExactly("BASIC", "US", "CSV", "PLACED");
  }

  /**
   * The text a person reads: no tags, attributes, scripts, styles or comments, and no records
   * quoted as {@code <code>}.
   */
  static List<String> words(String html) {
    String text =
        html.replaceAll("(?is)<script.*?</script>", " ")
            .replaceAll("(?is)<style.*?</style>", " ")
            .replaceAll("(?s)<!--.*?-->", " ")
            // a stored record shown as code (an audit entry's detail, the solver's score) is
            // quoted, not said to the reader
            .replaceAll("(?is)<code[^>]*>.*?</code>", " ")
            .replaceAll("(?s)<[^>]*>", " ");
    List<String> words = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z_]+(?![\\p{L}\\p{N}_])").matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static Set<String> rawNames() throws Exception {
    Set<String> names = new TreeSet<>(CLIENT_VALUES);
    for (String type : ENUMS) {
      for (Object constant : Class.forName(type).getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
    }
    return names;
  }

  private String created(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return JsonPath.read(response.getContentAsString(), "$.id");
  }
}
