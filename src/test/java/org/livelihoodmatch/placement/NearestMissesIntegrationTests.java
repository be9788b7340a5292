package org.livelihoodmatch.placement;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A client with no feasible option is told what she misses, by how much, and what would help. */
@IntegrationTest
class NearestMissesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  @Test
  void matchesNameTheNearestMissesWhenNothingIsFeasible() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "19");
    UUID vacancy = f.vacancy(2, "240.00", f.today.plusDays(20));
    String body =
        """
        {"givenName": "Srey", "familyName": "Test", "sex": "F", "birthDate": "2000-06-01",
         "homeProvince": "19", "languages": ["km"], "literacy": "BASIC",
         "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
         "preferences": {"occupations": ["sewing-machine-operator"], "provinces": ["19"],
                         "willingToRelocate": false, "selfEmployment": false},
         "household": {"dependants": 4, "monthlyRemittance": 220.00, "canLiveAtHome": false}}
        """;
    UUID client = registered(f, body);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/clients/" + client + "/matches").with(f.officer))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", empty()))
                    .andExpect(jsonPath("$.nearestMisses[0].blockedBy").value("BUDGET"))
                    .andExpect(
                        jsonPath(
                            "$.nearestMisses[*].pathway.vacancy.id", hasItem(vacancy.toString())))
                    .andExpect(jsonPath("$.nearestMisses[0].shortBy", greaterThan(0.0)))
                    .andExpect(
                        jsonPath(
                            "$.nearestMisses[0].wouldWorkWith",
                            hasItem(startsWith("housing provided by the employer")))));
    var page = TestFixtures.signedIn(f.ngo, Role.OFFICER);
    mvc.perform(get("/clients/" + client + "?lang=en").with(page))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What she just misses")))
        .andExpect(content().string(containsString("Short of her living costs")))
        .andExpect(content().string(containsString("housing provided by the employer (saves US$")))
        .andExpect(content().string(containsString("a month short of her living costs")));
    mvc.perform(get("/clients/" + client + "?lang=km").with(page))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ជម្រើសដែលនាងខកខានបន្តិច")))
        .andExpect(content().string(containsString("មិនគ្រប់ថ្លៃរស់នៅ")))
        .andExpect(content().string(containsString("កន្លែងស្នាក់នៅដែលនិយោជកផ្តល់ឲ្យ (សន្សំបាន ")))
        .andExpect(content().string(containsString("ជីវភាពគ្រួសារដែលបន្ថែម ")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("housing provided"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("US$"))));
  }

  @Test
  void withNothingWhereSheMayWorkSheIsToldWhereTheWorkSheWantsIs() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "19");
    PlacementFixtures city = new PlacementFixtures(mvc, organisations, clock, "12");
    mvc.perform(
            post("/api/v1/vacancies")
                .with(city.employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Waiter", "occupation": "restaurant-server", "province": "12",
                     "workplaceAddress": "No. 8, Street 51, Daun Penh", "positions": 3,
                     "monthlyWage": 230.00, "hoursPerWeek": 48, "minAge": 18,
                     "startDate": "%s", "description": "Serving at tables, meals provided"}
                    """
                        .formatted(f.today.plusDays(30))))
        .andExpect(status().isCreated());
    String body =
        """
        {"givenName": "Dara", "familyName": "Test", "sex": "M", "birthDate": "1999-06-01",
         "homeProvince": "19", "languages": ["km"], "literacy": "BASIC",
         "preferences": {"occupations": ["restaurant-server"], "provinces": ["19"],
                         "willingToRelocate": false, "selfEmployment": false},
         "household": {"dependants": 0, "monthlyRemittance": 0, "canLiveAtHome": true}}
        """;
    UUID client = registered(f, body);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/clients/" + client + "/matches").with(f.officer))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", empty()))
                    .andExpect(jsonPath("$.nearestMisses[0].blockedBy").value("PROVINCE"))
                    .andExpect(
                        jsonPath(
                            "$.nearestMisses[0].wouldWorkWith[0]",
                            startsWith("willing to work in Phnom Penh"))));
    var page = TestFixtures.signedIn(f.ngo, Role.OFFICER);
    mvc.perform(get("/clients/" + client + "?lang=en").with(page))
        .andExpect(content().string(containsString("What he just misses")))
        .andExpect(content().string(containsString("being willing to work in Phnom Penh")));
    mvc.perform(get("/clients/" + client + "?lang=km").with(page))
        .andExpect(content().string(containsString("ព្រមធ្វើការនៅភ្នំពេញ")));
  }

  private UUID registered(PlacementFixtures f, String body) throws Exception {
    return UUID.fromString(
        JsonPath.read(
            mvc.perform(
                    post("/api/v1/clients")
                        .with(f.officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id"));
  }
}
