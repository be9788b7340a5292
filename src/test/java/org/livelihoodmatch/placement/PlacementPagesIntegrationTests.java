package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The caseload and a placement's page: the order officers work in, who may see them, a visit
 * recorded through the form (and a bad one shown again with its problems and what was typed), the
 * pages in Khmer. Placements are made through the API, as an officer's client would.
 */
@IntegrationTest
class PlacementPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  static String started(LocalDate date) {
    return ", \"startDate\": \"" + date + "\"";
  }

  @Test
  void theCaseloadPutsAlertsFirstThenOverdueVisitsAndOnlyStaffWhoWorkWithClientsSeeIt()
      throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(3, "260.00", f.today.plusDays(10));
    UUID soon = f.client("Sophea");
    UUID late = f.client("Lida");
    UUID worried = f.client("Vanna");
    f.place(soon, PlacementFixtures.job(vacancy), started(f.today));
    UUID latePlacement =
        PlacementFixtures.id(
            f.place(late, PlacementFixtures.job(vacancy), started(f.today.minusMonths(3))));
    UUID worriedPlacement =
        PlacementFixtures.id(
            f.place(
                worried,
                PlacementFixtures.job(vacancy),
                started(f.today.minusMonths(1).minusDays(5))));
    f.visit(
            worriedPlacement,
            PlacementLifecycleIntegrationTests.visit(
                1, f.today.toString(), ", \"concerns\": [\"DEBT\"]"))
        .andExpect(status().isCreated());
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);

    String page = page(get("/caseload").with(officer));
    int worriedAt = page.indexOf("data-client=\"" + worried + "\"");
    int lateAt = page.indexOf("data-client=\"" + late + "\"");
    int soonAt = page.indexOf("data-client=\"" + soon + "\"");
    assertThat(worriedAt).isPositive().isLessThan(lateAt);
    assertThat(lateAt).isLessThan(soonAt);
    assertThat(page)
        .contains("href=\"/placements/" + latePlacement + "\"")
        .contains("href=\"/clients/" + late + "\"")
        .contains("At risk")
        .contains("class=\"overdue-mark\"")
        .contains("Month 1, due " + TestFixtures.shown(f.today.minusMonths(2)))
        .contains("Placements: 3");

    assertThat(page(get("/caseload").param("overdue", "true").with(officer)))
        .contains("data-client=\"" + late + "\"")
        .doesNotContain("data-client=\"" + soon + "\"")
        .doesNotContain("data-client=\"" + worried + "\"");
    assertThat(page(get("/caseload").param("status", "ENDED").with(officer)))
        .contains("No placement matches.")
        .doesNotContain("data-client=\"" + late + "\"");
    mvc.perform(get("/caseload").param("status", "SLEEPING").with(officer))
        .andExpect(status().isBadRequest());
    assertThat(page(get("/").with(officer)))
        .contains("Your caseload: 1 visits overdue, 1 placements with alerts.")
        .contains("href=\"/caseload\"");

    TestFixtures fixtures = new TestFixtures(organisations);
    var employer = signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    var admin = signedIn(fixtures.organisation(OrganisationKind.NGO), Role.ADMIN);
    mvc.perform(get("/caseload").with(employer)).andExpect(status().isForbidden());
    mvc.perform(get("/caseload").with(admin)).andExpect(status().isForbidden());
    mvc.perform(get("/placements/" + latePlacement).with(admin)).andExpect(status().isForbidden());
    mvc.perform(get("/caseload")).andExpect(status().is3xxRedirection());
    assertThat(page(get("/").with(employer))).doesNotContain("Your caseload");
  }

  @Test
  void aVisitThroughTheFormIsStoredAndABadOneComesBackWithItsProblemsAndWhatWasTyped()
      throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Theary");
    UUID placement =
        PlacementFixtures.id(
            f.place(client, PlacementFixtures.job(vacancy), started(f.today.minusMonths(2))));
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);

    String page = page(get("/placements/" + placement).with(officer));
    assertThat(page)
        .contains("Theary Test")
        .contains("Sewing machine operator")
        .contains("Record a visit")
        .contains("End the placement")
        .contains("Close her case")
        .contains("name=\"_csrf\"");
    assertThat(page.split("data-month=\"", -1)).hasSize(13); // twelve months
    assertThat(page).contains("class=\"overdue\"");

    mvc.perform(
            visit(placement, officer)
                .param("month", "1")
                .param("visitDate", f.today.plusDays(1).toString())
                .param("monthlyIncome", "lots")
                .param("livingCosts.food", "12.345")
                .param("livingCosts.accommodation", "40")
                .param("livingCosts.transport", "10")
                .param("livingCosts.other", "10")
                .param("concerns", "DEBT")
                .param("note", "Typed with care"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give her income this month in US dollars")))
        .andExpect(content().string(containsString("Give what food cost her")))
        .andExpect(content().string(containsString("Say whether she is still in the placement")))
        .andExpect(content().string(containsString("value=\"lots\"")))
        .andExpect(content().string(containsString("value=\"12.345\"")))
        .andExpect(content().string(containsString("Typed with care")))
        .andExpect(
            content().string(containsString("id=\"visit-concern-DEBT\" checked=\"checked\"")));
    // the service's own refusal (a visit in the future) lands beside its field too
    mvc.perform(goodVisit(placement, officer, f.today.plusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    containsString(
                        "not before the placement started (" + f.today.minusMonths(2) + ")")))
        .andExpect(content().string(containsString("value=\"" + f.today.plusDays(1) + "\"")))
        .andExpect(content().string(containsString("value=\"190.00\"")));
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(jsonPath("$.followUps[0].done").value(false));

    mvc.perform(goodVisit(placement, officer, f.today.minusMonths(1)))
        .andExpect(redirectedUrl("/placements/" + placement))
        .andExpect(flash().attribute("notice", containsString("US$55.00 left over")));
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(jsonPath("$.followUps[0].done").value(true))
        .andExpect(jsonPath("$.followUps[0].actualBudget.surplus").value(55.00));
    mvc.perform(goodVisit(placement, officer, f.today))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("This month is already recorded")));
    assertThat(page(get("/placements/" + placement).with(officer)))
        .contains("visited " + TestFixtures.shown(f.today.minusMonths(1)))
        .contains("US$55.00 left over");
  }

  @Test
  void pagesSpeakKhmer() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Sreymom");
    UUID placement =
        PlacementFixtures.id(
            f.place(client, PlacementFixtures.job(vacancy), started(f.today.minusMonths(1))));
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);

    assertThat(page(get("/placements/" + placement).param("lang", "km").with(officer)))
        .contains("កត់ត្រាការចុះតាមដាន")
        .contains("ខែទី 1")
        .contains("កំពុងធ្វើការ")
        .contains("ការងារ") // the kind of pathway
        .doesNotContain("Record a visit");
    assertThat(page(get("/caseload").param("lang", "km").with(officer)))
        .contains("បន្ទុកករណី")
        .contains("ហួសកាលកំណត់")
        .doesNotContain("Next visit");
    mvc.perform(
            visit(placement, officer)
                .param("lang", "km")
                .param("month", "1")
                .param("visitDate", f.today.toString())
                .param("stillInPlacement", "true")
                .param("monthlyIncome", "-3"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("សូមផ្តល់ប្រាក់ចំណូលរបស់នាង")))
        .andExpect(content().string(containsString("សូមផ្តល់ថ្លៃអាហាររបស់នាង")))
        .andExpect(content().string(not(containsString("must be"))));
  }

  @Test
  void anotherOrganisationsPlacementIsNotFoundAndNothingIsStored() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "25");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Kimlang");
    UUID placement =
        PlacementFixtures.id(
            f.place(client, PlacementFixtures.job(vacancy), started(f.today.minusMonths(1))));
    var stranger =
        signedIn(new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.OFFICER);

    mvc.perform(get("/placements/" + placement).with(stranger))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Kimlang"))));
    mvc.perform(goodVisit(placement, stranger, f.today)).andExpect(status().isNotFound());
    mvc.perform(
            post("/placements/" + placement + "/end")
                .with(stranger)
                .with(csrf())
                .param("date", f.today.toString())
                .param("reason", "LEFT_JOB"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/placements/" + placement + "/closure")
                .with(stranger)
                .with(csrf())
                .param("reason", "RAN_AWAY")
                .param("meetingDate", f.today.toString()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/clients/" + client + "/placements")
                .with(stranger)
                .with(csrf())
                .param("kind", "JOB")
                .param("vacancyId", vacancy.toString()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/placements/" + UUID.randomUUID()).with(stranger))
        .andExpect(status().isNotFound());
    mvc.perform(get("/placements/not-an-id").with(stranger)).andExpect(status().isNotFound());

    String json = f.json("/api/v1/placements/" + placement);
    assertThat(JsonPath.<Boolean>read(json, "$.followUps[0].done")).isFalse();
    assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("WORKING");
    assertThat(JsonPath.<String>read(f.json("/api/v1/clients/" + client), "$.status"))
        .isEqualTo("PLACED");
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static MockHttpServletRequestBuilder visit(UUID placement, RequestPostProcessor officer) {
    return post("/placements/" + placement + "/visits").with(officer).with(csrf());
  }

  /** 190 income - (55 + 40 + 10 + 10) living - 20 sent home = 55.00 left over. */
  static MockHttpServletRequestBuilder goodVisit(
      UUID placement, RequestPostProcessor officer, LocalDate date) {
    return visit(placement, officer)
        .param("month", "1")
        .param("visitDate", date.toString())
        .param("stillInPlacement", "true")
        .param("monthlyIncome", "190.00")
        .param("livingCosts.food", "55.00")
        .param("livingCosts.accommodation", "40.00")
        .param("livingCosts.transport", "10.00")
        .param("livingCosts.other", "10.00")
        .param("remittance", "20.00");
  }
}
