package org.livelihoodmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
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

/**
 * A client's reasons in the reader's language and of the client's sex: a man's option "uses his
 * existing skill", never "her"; in Khmer every reason, his literacy and his skill's level are Khmer
 * words.
 */
@IntegrationTest
class ClientWordsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  @Test
  void aMansReasonsSayHisInEnglishAndAreKhmerInKhmer() throws Exception {
    var fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    var apiOfficer = fixtures.user(ngo, Role.OFFICER);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(
            post("/api/v1/vacancies")
                .with(employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title": "Sewing line at Factory Vuthy", "occupation": "sewing-machine-operator",
                     "province": "20", "workplaceAddress": "Street 2, Svay Rieng town",
                     "positions": 1, "monthlyWage": 260.00, "hoursPerWeek": 48, "minAge": 18,
                     "startDate": "%s", "description": "Day shift"}
                    """
                        .formatted(LocalDate.now().plusMonths(1))))
        .andExpect(status().isCreated());
    UUID id =
        UUID.fromString(
            JsonPath.read(
                mvc.perform(
                        post("/api/v1/clients")
                            .with(apiOfficer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                """
                                {"givenName": "Vuthy", "familyName": "Sok", "sex": "M",
                                 "birthDate": "2001-02-01", "homeProvince": "20",
                                 "literacy": "BASIC",
                                 "skills": [{"occupation": "sewing-machine-operator",
                                             "level": "TRAINED"}],
                                 "preferences": {"occupations": ["motorcycle-mechanic"],
                                                 "provinces": ["20"]},
                                 "household": {"monthlyRemittance": 20, "canLiveAtHome": true}}
                                """))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.id"));
    var officer = signedIn(ngo, Role.OFFICER);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(page(officer, id, "en"))
                    .contains("Sewing line at Factory Vuthy")
                    .contains("uses his existing skill as Sewing machine operator")
                    .contains("Reads and writes a little")
                    .contains("Place him on this option", "Edit his record")
                    .doesNotContain("Place her on", "Edit her record")
                    .doesNotContain("uses her ")
                    .doesNotContain("among her choices"));
    String api =
        mvc.perform(get("/api/v1/clients/" + id + "/matches").with(apiOfficer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api).contains("uses his existing skill").doesNotContain("her existing skill");

    assertThat(page(officer, id, "km"))
        .contains("ប្រើជំនាញដែលមានស្រាប់ជា")
        .contains("ចេះអាន និងសរសេរបន្តិចបន្តួច")
        .contains("បានបណ្តុះបណ្តាល")
        .contains("ដុល្លារ")
        .contains("ដាក់គាត់លើជម្រើសនេះ")
        .doesNotContain("ដាក់នាងលើជម្រើសនេះ")
        .doesNotContain("uses his")
        .doesNotContain("surplus ")
        .doesNotContain("can live at home");
  }

  private String page(
      org.springframework.test.web.servlet.request.RequestPostProcessor who,
      UUID id,
      String language)
      throws Exception {
    return mvc.perform(get("/clients/" + id).param("lang", language).with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
