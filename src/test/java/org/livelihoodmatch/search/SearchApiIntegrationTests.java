package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /api/v1/search} as API.md describes it, against the running service. */
@IntegrationTest
class SearchApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;

  SearchApiCalls api;
  TestFixtures fixtures;
  Organisation ngo;
  RequestPostProcessor officer;
  RequestPostProcessor employer;

  @BeforeEach
  void setUp() {
    api = new SearchApiCalls(mvc);
    fixtures = new TestFixtures(organisations);
    ngo = fixtures.organisation(OrganisationKind.NGO);
    officer = fixtures.user(ngo, Role.OFFICER);
    employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
  }

  @Test
  void everydayWordsInEnglishAndKhmerFindAMotorcycleMechanicWithinASecond() throws Exception {
    String id =
        api.vacancy(employer, "Mechanic at Sokha Motors", "motorcycle-mechanic", "03", "Engines");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(api.ids(officer, "q=moto repair&province=03")).contains(id));
    assertThat(api.ids(officer, "q=motorbike repair&province=03")).contains(id);
    assertThat(api.ids(officer, "q=ជួសជុលម៉ូតូ&province=03")).contains(id);
    assertThat(api.ids(officer, "q=motorcycle mechanic&province=03&type=VACANCY")).contains(id);
    assertThat(api.ids(officer, "q=hairdresser&province=03")).doesNotContain(id);
  }

  @Test
  void aTypoStillFindsTheOccupationAndHitsCarryHighlightAndFacets() throws Exception {
    String id = api.vacancy(employer, "Hairdresser wanted", "hairdresser", "17", "Salon work");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.ids(officer, "q=hairdreser&province=17").contains(id));
    mvc.perform(get("/api/v1/search?q=hairdresser&province=17&size=200").with(officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(
            jsonPath(
                "$.items[?(@.id == '" + id + "')].highlight",
                hasItem("<mark>Hairdresser</mark> wanted")))
        .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].type", hasItem("VACANCY")))
        .andExpect(jsonPath("$.facets.province.17", greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.facets.type.VACANCY", greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.facets.occupation.hairdresser", greaterThanOrEqualTo(1)));
  }

  @Test
  void selfEmploymentOptionsOfTheMarketCatalogueAreSearchableNearAPlace() throws Exception {
    // Siem Reap (17): hairdressing businesses, measured from the town, within 20 km
    mvc.perform(
            get("/api/v1/search?q=barber&type=SELF_EMPLOYMENT&lat=13.36&lon=103.86&radiusKm=20")
                .with(officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem("17:hairdresser")))
        .andExpect(
            jsonPath(
                "$.items[*].province",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("17"))))
        .andExpect(jsonPath("$.facets.type.SELF_EMPLOYMENT", greaterThanOrEqualTo(1)));
  }

  @Test
  void severalTypesMayBeAskedForRepeatedOrSeparatedByCommas() throws Exception {
    for (String types :
        new String[] {"type=VACANCY&type=SELF_EMPLOYMENT", "type=VACANCY,SELF_EMPLOYMENT"}) {
      mvc.perform(get("/api/v1/search?q=barber&province=17&" + types).with(officer))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.facets.type.SELF_EMPLOYMENT", greaterThanOrEqualTo(1)))
          .andExpect(jsonPath("$.facets.type.TRAINING").doesNotExist());
    }
  }

  @Test
  void clientsAreFoundOnlyByTheirOwnOrganisationAndOnlyWhenAskedFor() throws Exception {
    String name = "Sreymom" + UUID.randomUUID().toString().substring(0, 6);
    String client = api.client(officer, name, "hairdresser");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.ids(officer, "type=CLIENT&q=" + name).contains(client));
    assertThat(api.ids(officer, "q=" + name)).doesNotContain(client);
    var otherOfficer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    assertThat(api.ids(otherOfficer, "type=CLIENT&q=" + name)).isEmpty();
    assertThat(api.ids(otherOfficer, "type=CLIENT,VACANCY&q=" + name)).doesNotContain(client);
    mvc.perform(get("/api/v1/search?type=CLIENT&q=" + name).with(employer))
        .andExpect(status().isForbidden());
    var admin = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.ADMIN);
    mvc.perform(get("/api/v1/search?type=CLIENT&q=" + name).with(admin))
        .andExpect(status().isForbidden());
    assertThat(audit.countFor("CLIENT", UUID.fromString(client))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badParametersAreRefusedNamingEachField() throws Exception {
    mvc.perform(get("/api/v1/search?type=SHOP&radiusKm=5&size=500&province=99").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field", containsInAnyOrder("type", "radiusKm", "size", "province")));
    mvc.perform(get("/api/v1/search?lat=11.5&occupation=astronaut&page=-1").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("lon", "occupation", "page")));
    mvc.perform(get("/api/v1/search?lat=north&lon=200").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("lat", "lon")));
    mvc.perform(get("/api/v1/search?page=100&size=200").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/api/v1/search?q=" + "word ".repeat(60)).with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }
}
