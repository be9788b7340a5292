package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tailor placed in her own shop reports at her visit what the shop really earns; the next client
 * offered a tailor's shop in that province sees an income moved from the catalogue's figure toward
 * it, and that it is observed.
 */
@IntegrationTest
class ObservedIncomeIntegrationTests {

  static final String PROVINCE = "18";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  @Test
  void incomesReportedAtVisitsMoveTheIncomeOfferedToTheNextClient() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, PROVINCE);
    UUID first = tailor(f, "Chanthou");
    Map<String, Object> shop = shop(f, first);
    Map<?, ?> business = (Map<?, ?>) shop.get("selfEmployment");
    assertThat(business.get("incomeSource")).isEqualTo("catalogue");
    BigDecimal catalogue = new BigDecimal(business.get("netMonthlyIncome").toString());

    String start = f.today.minusMonths(2).toString();
    String pathway = JsonMapper.builder().build().writeValueAsString(shop);
    UUID placement =
        PlacementFixtures.id(
            f.place(first, pathway, ", \"startDate\": \"" + start + "\"")
                .andExpect(status().isCreated()));
    BigDecimal reported = catalogue.add(new BigDecimal("40.00"));
    f.visit(
            placement,
            """
            {"month": 1, "visitDate": "%s", "stillInPlacement": true, "monthlyIncome": %s,
             "livingCosts": {"food": 40.00, "accommodation": 0.00, "transport": 5.00, "other": 5.00},
             "remittance": 0.00, "loanRepaid": true}
            """
                .formatted(f.today.minusMonths(1), reported))
        .andExpect(status().isCreated());

    UUID next = tailor(f, "Sokha");
    Map<?, ?> observed = (Map<?, ?>) shop(f, next).get("selfEmployment");
    assertThat(observed.get("incomeSource")).isEqualTo("observed");
    // one report against the catalogue's weight of three: a quarter of the way to it
    BigDecimal expected =
        reported
            .add(catalogue.multiply(BigDecimal.valueOf(3)))
            .divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_EVEN);
    assertThat(new BigDecimal(observed.get("netMonthlyIncome").toString()))
        .isEqualByComparingTo(expected);
  }

  /** A skilled tailor of the province who wants a shop of her own there, living at home. */
  private UUID tailor(PlacementFixtures f, String name) throws Exception {
    String body =
        """
        {"givenName": "%s", "familyName": "Test", "sex": "F", "birthDate": "1998-03-01",
         "homeProvince": "%s", "languages": ["km"], "literacy": "BASIC",
         "skills": [{"occupation": "tailor", "level": "EXPERIENCED"}],
         "preferences": {"occupations": ["tailor"], "provinces": ["%s"],
                         "willingToRelocate": false, "selfEmployment": true},
         "household": {"dependants": 0, "monthlyRemittance": 0.00, "canLiveAtHome": true}}
        """
            .formatted(name, PROVINCE, PROVINCE);
    var response =
        mvc.perform(
                post("/api/v1/clients")
                    .with(f.officer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }

  /** Her match for a tailor's shop in the province, as the API shows it. */
  private Map<String, Object> shop(PlacementFixtures f, UUID client) throws Exception {
    List<Map<String, Object>> shops =
        JsonPath.read(
            f.json("/api/v1/clients/" + client + "/matches?limit=50"),
            "$.items[?(@.kind == 'SELF_EMPLOYMENT' && @.selfEmployment.province == '"
                + PROVINCE
                + "')]");
    assertThat(shops).isNotEmpty();
    return shops.get(0);
  }
}
