package org.livelihoodmatch.catalogue;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CatalogueApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;

  TestFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
  }

  @Test
  void provincesAndOccupationsArePublicForTheVacancyForm() throws Exception {
    mvc.perform(get("/api/v1/catalogue/provinces"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(25))
        .andExpect(jsonPath("$[0].code").value("01"))
        .andExpect(jsonPath("$[0].nameKm").value("បន្ទាយមានជ័យ"));
    mvc.perform(get("/api/v1/catalogue/occupations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'hairdresser')].isco08").value("5141"));
  }

  @Test
  void theMoneyCataloguesNeedASignIn() throws Exception {
    mvc.perform(get("/api/v1/catalogue/wage-floors")).andExpect(status().isUnauthorized());
  }

  @Test
  void everyRowOfTheMoneyCataloguesNamesItsSource() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    RequestPostProcessor officer = fixtures.user(ngo, Role.OFFICER);
    for (String catalogue :
        List.of(
            "wage-floors",
            "living-costs",
            "market-demand",
            "microcredit-products",
            "family-livelihoods")) {
      mvc.perform(get("/api/v1/catalogue/" + catalogue).with(officer))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(greaterThan(0)))
          .andExpect(jsonPath("$[0].source").isString())
          .andExpect(jsonPath("$[0].status").isString())
          .andExpect(jsonPath("$[*].source", everyItem(not(blankOrNullString()))));
    }
    mvc.perform(get("/api/v1/catalogue/wage-floors").with(officer))
        .andExpect(jsonPath("$[0].monthlyWage").isNumber())
        .andExpect(jsonPath("$[0].sector").isString());
  }

  @Test
  void theLoadedCataloguesAreInPostgresql() {
    Integer provinces =
        jdbc.queryForObject(
            "select count(*) from catalogue_entry where catalogue = 'provinces'", Integer.class);
    org.assertj.core.api.Assertions.assertThat(provinces).isEqualTo(25);
  }
}
