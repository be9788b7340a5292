package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan pages in the planner's words (issue 11): the headline counts clients, priority, wishes
 * and money instead of showing the solver's score; constraints and reasons are plain sentences in
 * English and Khmer with case codes that link; pathways are described by what they are; the live
 * view never shows a summary and rows of two different solutions; the client picker reaches every
 * client; and nobody else sees any of it.
 */
@IntegrationTest
class PlannerWordsIntegrationTests {

  private static final String PROVINCE = "22";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService staff;

  @Test
  void aFinishedPlanSpeaksThePlannersWordsInEnglishAndKhmer() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(1, cohort.sokha(), cohort.theary());
    f.awaitEnd(plan);
    String sokhaCode = code(f, cohort.sokha());

    String english = page(f, "/plans/" + plan, "en");
    String summary = element(english, "plan-summary");
    // both placed, one a first choice (Theary, the seat) and one a second (Sokha, the factory)
    assertThat(summary)
        .startsWith("placed 2 of 2 (priority-weighted ")
        .contains("2 wishes met, average surplus US$")
        .doesNotContain("hard")
        .doesNotContain("soft");
    // the solver's score is only in the details line
    assertThat(english.replaceAll("(?s)<details class=\"solver-score\">.*?</details>", ""))
        .doesNotContainPattern("-?\\d+hard/-?\\d+medium/-?\\d+soft");
    assertThat(english)
        .contains("<a class=\"client-code\" href=\"/clients/" + cohort.sokha() + "\">" + sokhaCode)
        .contains("a job as Sewing machine operator (garment factory) at ")
        .contains("the course “hairdresser course” in ")
        .contains("Wishes met")
        .contains("Money left over each month")
        .doesNotContain("Pathway p")
        .doesNotContain("pathway p")
        .doesNotContain("Client " + cohort.sokha().toString().substring(0, 8))
        .doesNotContain("plan.say.")
        .doesNotContain("plan.pathway.")
        .doesNotContain("plan.constraint.");
    // a sentence of the explanation names a client by her code, as a link to her page
    assertThat(english)
        .containsPattern(
            "For <a href=\"/clients/" + cohort.sokha() + "\">" + sokhaCode + "</a>, a job as ");

    String khmer = page(f, "/plans/" + plan, "km");
    assertThat(element(khmer, "plan-summary"))
        .startsWith("បានដាក់ 2 នាក់ ក្នុងចំណោម 2 នាក់")
        .contains("ដុល្លារ")
        .doesNotContain("placed");
    assertThat(khmer)
        .contains("បំណងប្រាថ្នាដែលបានបំពេញ")
        .contains("ការងារជា")
        .contains("រួចរាល់")
        .doesNotContain("Wishes met")
        .doesNotContain("plan.say.")
        .doesNotContain(">DONE<");

    String list = page(f, "/plans", "en");
    assertThat(list).contains("placed 2 of 2 (priority-weighted ").doesNotContain("0hard/");
  }

  @Test
  void aClientWithNoPathwayIsToldWhatSheJustMissesAndWhatWouldMakeItWork() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    // the only office work is in Phnom Penh, where she may not work
    new PlanFixtures(mvc, organisations, jdbc, "12")
        .vacancy("office-assistant", 2, "260.00", f.today.plusDays(30));
    UUID dara = f.client("Dara", "[\"office-assistant\"]");
    UUID plan = f.startPlan(1, dara);
    f.awaitEnd(plan);

    String english = page(f, "/plans/" + plan, "en");
    assertThat(english)
        .contains("has no feasible pathway to plan.")
        .contains("Nearly: a job as Basic computing / office assistant at ")
        .contains(
            "in Phnom Penh. A province she may not work in. Would work with: being willing to work in Phnom Penh.")
        .doesNotContain("miss.remedy.");
    String khmer = page(f, "/plans/" + plan, "km");
    assertThat(khmer)
        .contains("ជិតបាន៖ ")
        .contains("អាចដំណើរការបាន ប្រសិនបើមាន៖ ព្រមធ្វើការនៅភ្នំពេញ។")
        .doesNotContain("Nearly:")
        .doesNotContain("being willing");
  }

  @Test
  void whileAPlanSolvesItsSummaryAndRowsAlwaysTellTheSameSolution() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    PlanFixtures.ScarceSeat cohort = f.scarceSeat();
    UUID plan = f.startPlan(3, cohort.sokha(), cohort.theary());
    List<String> seen = new ArrayList<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              String live = page(f, "/plans/" + plan + "/live", "en");
              Matcher head =
                  Pattern.compile(
                          "id=\"plan-live\" data-status=\"(\\w+)\" data-assigned=\"(\\d+)\"")
                      .matcher(live);
              assertThat(head.find()).as(live).isTrue();
              long rows = Pattern.compile("class=\"assignment\"").matcher(live).results().count();
              long pathways =
                  Pattern.compile("data-pathway=\"[^\"]+\"").matcher(live).results().count();
              assertThat(rows).isEqualTo(2);
              // the headline's count is the count of rows with a pathway, every time
              assertThat(pathways).isEqualTo(Long.parseLong(head.group(2)));
              assertThat(element(live, "plan-summary"))
                  .startsWith("placed " + head.group(2) + " of 2");
              seen.add(head.group(1));
              return !"SOLVING".equals(head.group(1));
            });
    assertThat(seen).contains("SOLVING");
  }

  @Test
  void thePickerFiltersByCodeAndPagesKeepingTheChoicesMadeOnOtherPages() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    List<UUID> clients = new ArrayList<>();
    for (int i = 0; i < 52; i++) {
      clients.add(f.client("Picked" + i, "[\"hairdresser\"]"));
    }
    String first = page(f, "/plans", "en");
    // 52 active clients, 50 a page: the picker says so and offers the next page
    assertThat(element(first, "picker-count")).isEqualTo("Clients 1 to 50 of 52; 0 chosen.");
    assertThat(first).contains("id=\"pick-next\"");

    // one chosen on the first page, then the next page: she stays chosen
    String second =
        mvc.perform(
                post("/plans/pick")
                    .with(session(f))
                    .with(csrf())
                    .param("name", "Half typed")
                    .param("mode", "clients")
                    .param("clientIds", clients.get(0).toString())
                    .param("pickStatus", "ACTIVE")
                    .param("pickPage", "0")
                    .param("pickNext", "Next"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(element(second, "picker-count")).isEqualTo("Clients 51 to 52 of 52; 1 chosen.");
    assertThat(second)
        .contains("value=\"Half typed\"")
        .contains("name=\"clientIds\" value=\"" + clients.get(0) + "\" class=\"chosen-elsewhere\"");

    // a code finds her client, and only her
    String code = code(f, clients.get(51));
    String found =
        mvc.perform(
                post("/plans/pick")
                    .with(session(f))
                    .with(csrf())
                    .param("pickQ", code)
                    .param("pickStatus", "ACTIVE")
                    .param("pickFilter", "Find"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(element(found, "picker-count")).isEqualTo("Clients 1 to 1 of 1; 0 chosen.");
    assertThat(found).contains("value=\"" + clients.get(51) + "\" id=\"client-");
  }

  @Test
  void nobodyElseSeesThePlansLiveViewOrThePicker() throws Exception {
    PlanFixtures owner = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    PlanFixtures.ScarceSeat cohort = owner.scarceSeat();
    UUID plan = owner.startPlan(1, cohort.sokha(), cohort.theary());
    owner.awaitEnd(plan);
    PlanFixtures other = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    mvc.perform(get("/plans/" + plan + "/live").with(session(other)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/plans/" + plan).with(session(other))).andExpect(status().isNotFound());

    TestFixtures fixtures = new TestFixtures(organisations);
    for (RequestPostProcessor who :
        List.of(
            TestFixtures.signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER),
            TestFixtures.signedIn(fixtures.organisation(OrganisationKind.NGO), Role.ADMIN),
            TestFixtures.signedIn(
                fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER))) {
      for (MockHttpServletRequestBuilder request :
          List.of(
              get("/plans/" + plan + "/live"),
              get("/plans/pick"),
              post("/plans/pick").with(csrf()))) {
        mvc.perform(request.with(who)).andExpect(status().isForbidden());
      }
    }
  }

  private String page(PlanFixtures f, String path, String language) throws Exception {
    return mvc.perform(get(path).param("lang", language).with(session(f)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String code(PlanFixtures f, UUID client) throws Exception {
    return JsonPath.read(
        mvc.perform(get("/api/v1/clients/" + client).with(f.planner))
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.code");
  }

  /** The text of the element with this id (no nested elements). */
  static String element(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as(id + " in " + html).isTrue();
    return m.group(1).strip();
  }

  private RequestPostProcessor session(PlanFixtures f) {
    return user(staff.loadUserByUsername(f.plannerName));
  }
}
