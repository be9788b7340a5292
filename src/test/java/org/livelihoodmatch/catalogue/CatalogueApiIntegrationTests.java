package org.livelihoodmatch.catalogue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CatalogueApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

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
  void theLoadedCataloguesAreInPostgresql() {
    Integer provinces =
        jdbc.queryForObject(
            "select count(*) from catalogue_entry where catalogue = 'provinces'", Integer.class);
    org.assertj.core.api.Assertions.assertThat(provinces).isEqualTo(25);
  }
}
