package org.livelihoodmatch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Registering and editing a client in the browser: the whole profile the API takes, the API's rules
 * with each problem beside its field in English or Khmer and everything typed kept, the version
 * kept across an edit (a stale one says so and overwrites nothing), and nobody but her own
 * organisation's officers and planners reaching the forms.
 */
@IntegrationTest
class ClientPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  /** Her whole profile as the register page posts it; rows left empty are part of a real post. */
  static Map<String, String> wholeProfile() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("givenName", "Pheap");
    form.put("familyName", "Sok");
    form.put("localGivenName", "ភាព");
    form.put("localFamilyName", "សុខ");
    form.put("sex", "F");
    form.put("birthDate", "2004-03-09");
    form.put("homeProvince", "16");
    form.put("homeVillageCode", "1601");
    form.put("availableFrom", LocalDate.now().plusMonths(1).toString());
    form.put("literacy", "BASIC");
    form.put("skills[0].occupation", "");
    form.put("skills[0].level", "INTEREST");
    form.put("skills[1].occupation", "tailor");
    form.put("skills[1].level", "EXPERIENCED");
    form.put("preferences.occupations[0]", "hairdresser");
    form.put("preferences.occupations[1]", "");
    form.put("preferences.occupations[2]", "cook");
    form.put("preferences.willingToRelocate", "true");
    form.put("preferences.education", "true");
    form.put("household.dependants", "២");
    form.put("household.monthlyRemittance", "15.50");
    form.put("_household.canLiveAtHome", "on"); // the box left unticked: she cannot live at home
    form.put("household.landHectares", "0.5");
    form.put("household.keepsAnimals", "true");
    form.put("household.debts[0].lender", "MONEYLENDER");
    form.put("household.debts[0].outstanding", "300");
    form.put("household.debts[0].monthlyRepayment", "25");
    form.put("household.debts[0].monthlyRatePercent", "10");
    form.put("household.debts[1].lender", "");
    form.put("household.debtSharePercent", "50");
    form.put("constraints.needsHealthClinic", "true");
    form.put("externalId", TestFixtures.unique("oscar"));
    form.put("externalCaseCode", "RK-0042");
    return form;
  }

  static MockHttpServletRequestBuilder posted(String path, Map<String, String> form) {
    MockHttpServletRequestBuilder request = post(path).with(csrf());
    form.forEach(request::param);
    return request;
  }

  @Test
  void anOfficerRegistersHerWholeProfileAndLandsOnHerPage() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    mvc.perform(get("/clients/new").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"household.debts[0].lender\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));

    String location =
        mvc.perform(
                posted("/clients/new", wholeProfile())
                    .param("languages", "km", "tpu")
                    .param("preferences.provinces", "16", "12")
                    .param("constraints.avoidProvinces", "01")
                    .param("constraints.supportNeeds", "COUNSELLING")
                    .with(f.officer))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/clients/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id = UUID.fromString(location.substring("/clients/".length()));

    mvc.perform(get("/api/v1/clients/" + id).with(f.officerApi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.givenName").value("Pheap"))
        .andExpect(jsonPath("$.localGivenName").value("ភាព"))
        .andExpect(jsonPath("$.homeVillageCode").value("1601"))
        .andExpect(jsonPath("$.languages[1]").value("tpu"))
        .andExpect(jsonPath("$.skills.length()").value(1))
        .andExpect(jsonPath("$.skills[0].occupation").value("tailor"))
        .andExpect(jsonPath("$.preferences.occupations[0]").value("hairdresser"))
        .andExpect(jsonPath("$.preferences.occupations[1]").value("cook"))
        .andExpect(jsonPath("$.preferences.provinces.length()").value(2))
        .andExpect(jsonPath("$.preferences.willingToRelocate").value(true))
        .andExpect(jsonPath("$.preferences.selfEmployment").value(false))
        .andExpect(jsonPath("$.preferences.education").value(true))
        .andExpect(jsonPath("$.household.dependants").value(2))
        .andExpect(jsonPath("$.household.monthlyRemittance").value(15.5))
        .andExpect(jsonPath("$.household.canLiveAtHome").value(false))
        .andExpect(jsonPath("$.household.landHectares").value(0.5))
        .andExpect(jsonPath("$.household.keepsAnimals").value(true))
        .andExpect(jsonPath("$.household.debts.length()").value(1))
        .andExpect(jsonPath("$.household.debts[0].aboveLegalCap").value(true))
        .andExpect(jsonPath("$.household.debtRepayment").value(12.5))
        .andExpect(jsonPath("$.constraints.avoidProvinces[0]").value("01"))
        .andExpect(jsonPath("$.constraints.needsHealthClinic").value(true))
        .andExpect(jsonPath("$.constraints.supportNeeds[0]").value("COUNSELLING"))
        .andExpect(jsonPath("$.externalCaseCode").value("RK-0042"));
    mvc.perform(get(location).with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Pheap Sok")))
        .andExpect(content().string(containsString("/clients/" + id + "/edit")));
  }

  @Test
  void aRefusedFormComesBackWithEachProblemBesideItsFieldAndEverythingTyped() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    Map<String, String> form = wholeProfile();
    form.put("givenName", "Dara");
    form.put("birthDate", LocalDate.now().plusYears(1).toString());
    form.put("household.dependants", "lots");
    form.put("skills[1].occupation", "astronaut");
    form.put("household.debts[0].monthlyRatePercent", "ten");
    form.put("homeVillageCode", "2001");
    mvc.perform(posted("/clients/new", form).with(f.officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"error-summary\"")))
        .andExpect(content().string(containsString("id=\"birthDate-error\"")))
        .andExpect(content().string(containsString("Give her date of birth: a date in the past.")))
        .andExpect(content().string(containsString("id=\"household-dependants-error\"")))
        .andExpect(content().string(containsString("Give a whole number.")))
        .andExpect(content().string(containsString("value=\"lots\"")))
        .andExpect(content().string(containsString("value=\"ten\"")))
        .andExpect(content().string(containsString("value=\"Dara\"")))
        .andExpect(content().string(containsString("value=\"ភាព\"")))
        // the unknown occupation is named beside the row it was chosen in, not the empty first
        .andExpect(content().string(containsString("href=\"#skills1-occupation\"")))
        .andExpect(content().string(containsString("Choose an occupation from the list.")))
        .andExpect(content().string(containsString("starts with her home province")))
        .andExpect(content().string(not(containsString("must be in the past"))));
    mvc.perform(posted("/clients/new", form).param("lang", "km").with(f.officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("សូមផ្តល់ថ្ងៃខែឆ្នាំកំណើតរបស់នាង")))
        .andExpect(content().string(containsString("សូមជ្រើសមុខរបរពីបញ្ជី។")))
        .andExpect(content().string(containsString("value=\"lots\"")));
    // nothing of it was stored
    mvc.perform(get("/api/v1/clients").with(f.officerApi)).andExpect(jsonPath("$.total").value(0));

    // a wanted row beyond the three the form shows, without JavaScript: nothing stored either
    mvc.perform(posted("/clients/new", wholeProfile()).param("addRow", "wishes").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"preferences.occupations[3]\"")))
        .andExpect(content().string(not(containsString("id=\"error-summary\""))));
    mvc.perform(get("/api/v1/clients").with(f.officerApi)).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void anEditKeepsTheVersionItReadAndAStaleOneOverwritesNothing() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    UUID id = f.client("Sreyneang", "12");
    mvc.perform(get("/clients/" + id + "/edit").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"Sreyneang\"")))
        .andExpect(content().string(matchesPattern("(?s).*name=\"version\"[^>]*value=\"0\".*")))
        .andExpect(content().string(containsString("name=\"skills[0].occupation\"")));

    Map<String, String> form = wholeProfile();
    form.put("givenName", "Sreyneang");
    form.put("familyName", "Meas");
    form.put("version", "0");
    mvc.perform(posted("/clients/" + id + "/edit", form).with(f.officer))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/clients/" + id));
    mvc.perform(get("/api/v1/clients/" + id).with(f.officerApi))
        .andExpect(jsonPath("$.familyName").value("Meas"))
        .andExpect(jsonPath("$.version").value(1));

    // a second tab still holding version 0: told so, its answers kept, nothing overwritten
    form.put("familyName", "Chhun");
    mvc.perform(posted("/clients/" + id + "/edit", form).with(f.officer))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else saved her record")))
        .andExpect(content().string(containsString("value=\"Chhun\"")))
        .andExpect(content().string(matchesPattern("(?s).*name=\"version\"[^>]*value=\"1\".*")));
    mvc.perform(get("/api/v1/clients/" + id).with(f.officerApi))
        .andExpect(jsonPath("$.familyName").value("Meas"));
    mvc.perform(posted("/clients/" + id + "/edit", form).param("lang", "km").with(f.officer))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("មានអ្នកផ្សេងបានរក្សាទុកកំណត់ត្រារបស់នាង")));
  }

  @Test
  void onlyHerOwnOrganisationsOfficersAndPlannersReachTheForms() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    TestFixtures fixtures = new TestFixtures(organisations);
    UUID id = f.client("Kanha", "12");
    Map<String, String> form = wholeProfile();
    form.put("version", "0");

    var planner = TestFixtures.signedIn(f.ngo, Role.PLANNER);
    mvc.perform(get("/clients/" + id + "/edit").with(planner)).andExpect(status().isOk());

    var stranger = TestFixtures.signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/clients/" + id + "/edit").with(stranger))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Kanha"))));
    mvc.perform(posted("/clients/" + id + "/edit", form).with(stranger))
        .andExpect(status().isNotFound());
    mvc.perform(get("/clients/" + UUID.randomUUID() + "/edit").with(f.officer))
        .andExpect(status().isNotFound());

    for (var outsider :
        new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
          TestFixtures.signedIn(f.employerOrganisation, Role.EMPLOYER),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get("/clients/new").with(outsider)).andExpect(status().isForbidden());
      mvc.perform(get("/clients/" + id + "/edit").with(outsider)).andExpect(status().isForbidden());
      mvc.perform(posted("/clients/new", wholeProfile()).with(outsider))
          .andExpect(status().isForbidden());
      mvc.perform(posted("/clients/" + id + "/edit", form).with(outsider))
          .andExpect(status().isForbidden());
    }
    // without the CSRF token: refused, nothing stored
    MockHttpServletRequestBuilder forged = post("/clients/new").with(f.officer);
    wholeProfile().forEach(forged::param);
    mvc.perform(forged).andExpect(status().isForbidden());
    String list =
        mvc.perform(get("/api/v1/clients").with(f.officerApi))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((Integer) JsonPath.read(list, "$.total")).isEqualTo(1);
    mvc.perform(get("/api/v1/clients/" + id).with(f.officerApi))
        .andExpect(jsonPath("$.givenName").value("Kanha"));
  }
}
