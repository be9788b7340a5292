package org.livelihoodmatch.matching;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 13 through the API and the page: the household's debts, school, clinics, needs. */
@IntegrationTest
class HouseholdIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  private ResultActions postJson(RequestPostProcessor user, String path, String body)
      throws Exception {
    return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void theHouseholdsDebtsAreStoredFlaggedAndRefusedWhenWrongAndAnOldBodyKeepsThem()
      throws Exception {
    var fixtures = new TestFixtures(organisations);
    var officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    String answer =
        postJson(
                officer,
                "/api/v1/clients",
                """
                {"givenName": "Sophea", "familyName": "Chan", "sex": "F", "birthDate": "2005-03-01",
                 "homeProvince": "20", "literacy": "NONE",
                 "preferences": {"occupations": ["sewing-machine-operator"], "education": true},
                 "household": {"monthlyRemittance": 10, "canLiveAtHome": true,
                   "debts": [{"lender": "MONEYLENDER", "outstanding": 50.00, "monthlyRepayment": 5.00,
                              "monthlyRatePercent": 10.0},
                             {"lender": "MICROFINANCE", "outstanding": 300.00,
                              "monthlyRepayment": 28.00, "monthlyRatePercent": 1.5}],
                   "landHectares": 0.0, "keepsAnimals": true, "debtSharePercent": 50},
                 "constraints": {"supportNeeds": ["LEGAL_AID", "COUNSELLING"]}}
                """)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.household.debts.length()").value(2))
            .andExpect(jsonPath("$.household.debts[0].aboveLegalCap").value(true))
            .andExpect(jsonPath("$.household.debts[1].aboveLegalCap").value(false))
            .andExpect(jsonPath("$.household.debtRepayment").value(16.50))
            .andExpect(jsonPath("$.household.landHectares").value(0.0))
            .andExpect(jsonPath("$.household.keepsAnimals").value(true))
            .andExpect(jsonPath("$.preferences.education").value(true))
            .andExpect(jsonPath("$.constraints.supportNeeds[0]").value("COUNSELLING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(answer, "$.id");
    int version = JsonPath.read(answer, "$.version");

    // an old body without the new fields is valid, and keeps what is stored
    mvc.perform(
            put("/api/v1/clients/" + id)
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"givenName": "Sophea", "familyName": "Chan", "sex": "F",
                     "birthDate": "2005-03-01", "homeProvince": "20", "literacy": "NONE",
                     "household": {"monthlyRemittance": 15, "canLiveAtHome": true},
                     "version": %d}
                    """
                        .formatted(version)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.household.monthlyRemittance").value(15.0))
        .andExpect(jsonPath("$.household.debts.length()").value(2))
        .andExpect(jsonPath("$.household.debtRepayment").value(16.50))
        .andExpect(jsonPath("$.constraints.supportNeeds.length()").value(2));

    // another organisation sees nothing of her
    var pageOfficer = signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/clients/" + id).with(pageOfficer)).andExpect(status().isNotFound());

    postJson(
            officer,
            "/api/v1/clients",
            """
            {"givenName": "Bad", "familyName": "Debt", "sex": "F", "birthDate": "2005-03-01",
             "homeProvince": "20", "literacy": "NONE",
             "household": {"debts": [{"lender": "BANK", "outstanding": -1,
                                      "monthlyRepayment": 5.001, "monthlyRatePercent": 101}],
                           "landHectares": -2, "debtSharePercent": 101},
             "constraints": {"supportNeeds": ["HOUSING"]}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.debts[0].lender")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.debts[0].outstanding")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.debts[0].monthlyRepayment")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.debts[0].monthlyRatePercent")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.landHectares")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("household.debtSharePercent")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("constraints.supportNeeds[0]")));
    postJson(
            officer,
            "/api/v1/clients",
            """
            {"givenName": "Bad", "familyName": "Type", "sex": "F", "birthDate": "2005-03-01",
             "homeProvince": "20", "literacy": "NONE",
             "household": {"debts": [{"lender": "FAMILY", "outstanding": "a lot",
                                      "monthlyRepayment": 1, "monthlyRatePercent": 1}]}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("household.debts[0].outstanding"));
  }

  @Test
  void aChildIsMatchedToSchoolWithAFamilyLivelihoodAndTheBudgetChartShowsTheDebts()
      throws Exception {
    var fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    var officer = fixtures.user(ngo, Role.OFFICER);
    LocalDate start = LocalDate.now().plusMonths(1);
    postJson(
            officer,
            "/api/v1/training-intakes",
            """
            {"title": "Catch-up class, grade 5", "kind": "SCHOOL", "provider": "Commune school",
             "province": "20", "startDate": "%s", "durationWeeks": 40, "seats": 30, "minAge": 8}
            """
                .formatted(start))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("SCHOOL"))
        .andExpect(jsonPath("$.occupation").doesNotExist());
    postJson(
            officer,
            "/api/v1/training-intakes",
            """
            {"title": "No trade", "provider": "NGO", "province": "20", "startDate": "%s",
             "durationWeeks": 4, "seats": 3}
            """
                .formatted(start))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("occupation")));
    postJson(
            officer,
            "/api/v1/training-intakes",
            """
            {"title": "University", "kind": "UNIVERSITY", "provider": "NGO", "province": "20",
             "startDate": "%s", "durationWeeks": 4, "seats": 3}
            """
                .formatted(start))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
    postJson(
        officer,
        "/api/v1/vacancies",
        """
            {"title": "Kitchen helper", "occupation": "cook", "province": "20",
             "workplaceAddress": "Market street, Svay Rieng town", "positions": 2,
             "monthlyWage": 220.00, "hoursPerWeek": 48, "minAge": 15, "startDate": "%s",
             "description": "Washing and chopping"}
            """
            .formatted(start.plusMonths(1)));
    String child =
        postJson(
                officer,
                "/api/v1/clients",
                """
                {"givenName": "Pheada", "familyName": "Sok", "sex": "F",
                 "birthDate": "%s", "homeProvince": "20", "literacy": "BASIC",
                 "preferences": {"occupations": ["cook"]},
                 "household": {"monthlyRemittance": 0, "canLiveAtHome": true,
                   "debts": [{"lender": "MONEYLENDER", "outstanding": 50, "monthlyRepayment": 5,
                              "monthlyRatePercent": 10}], "landHectares": 0}}
                """
                    .formatted(LocalDate.now().minusYears(13)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(child, "$.id");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=10").with(officer))
                    .andExpect(jsonPath("$.items.length()").value(greaterThan(0))));
    mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=10").with(officer))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].kind", everyItem(isOneOf("EDUCATION", "FAMILY_LIVELIHOOD"))))
        .andExpect(jsonPath("$.items[0].kind").value("EDUCATION"))
        .andExpect(jsonPath("$.items[0].training.kind").value("SCHOOL"))
        .andExpect(jsonPath("$.items[0].familyLivelihood.province").value("20"))
        .andExpect(jsonPath("$.items[0].budget.debtRepayment").value(5.0))
        .andExpect(jsonPath("$.items[0].budget.meetsThreshold").value(true));

    // the plan places her too, on school
    var planner = fixtures.user(ngo, Role.PLANNER, Role.OFFICER);
    String plan =
        postJson(
                planner,
                "/api/v1/plans",
                "{\"name\": \"Children\", \"clientIds\": [\"%s\"], \"timeLimitSeconds\": 2}"
                    .formatted(id))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String planId = JsonPath.read(plan, "$.id");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/plans/" + planId).with(planner))
                    .andExpect(jsonPath("$.status").value("DONE")));
    mvc.perform(get("/api/v1/plans/" + planId + "/assignments").with(planner))
        .andExpect(jsonPath("$.items[0].pathway.kind").value("EDUCATION"))
        .andExpect(jsonPath("$.items[0].pathway.familyLivelihood").exists());
    // and an officer places her on it: the seat and the family livelihood's market place are taken
    String best =
        mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=1").with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Object pathway = JsonPath.read(best, "$.items[0]");
    String posted =
        "{\"pathway\": "
            + new tools.jackson.databind.ObjectMapper().writeValueAsString(pathway)
            + "}";
    postJson(officer, "/api/v1/clients/" + id + "/placements", posted)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pathway.kind").value("EDUCATION"))
        .andExpect(jsonPath("$.status").value("TRAINING"));

    var page = signedIn(ngo, Role.OFFICER);
    mvc.perform(get("/clients/" + id).with(page))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("segment debts")))
        .andExpect(content().string(containsString("Moneylender")))
        .andExpect(content().string(containsString("ceiling of 1.5% a month")))
        .andExpect(content().string(containsString("School: Catch-up class, grade 5")));
    mvc.perform(get("/clients/" + id).with(page).param("lang", "km"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("អ្នកឱ្យខ្ចីប្រាក់ឯកជន")))
        .andExpect(content().string(containsString("សាលារៀន ឬអក្ខរកម្ម")));
  }

  @Test
  void theClinicsCatalogueSaysWhereEachRowComesFrom() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/api/v1/catalogue/clinics").with(officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].province", hasItem("16")))
        .andExpect(jsonPath("$[?(@.province == '16')].status", hasItem("unverified")))
        .andExpect(
            jsonPath("$[?(@.province == '12')].source", hasItem(containsString("seeds/000"))))
        .andExpect(jsonPath("$[*].services", everyItem(hasItem(is("ART")))));
    mvc.perform(get("/api/v1/catalogue/family-livelihoods").with(officer))
        .andExpect(
            jsonPath("$[?(@.code == 'vegetable-growing')].landHectaresNeeded", hasItem(0.05)));
  }
}
