package org.livelihoodmatch.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /reports}: the table, the charts' data and the downloads of what it shows, in English and
 * Khmer; a filter of the wrong form is named in the page's language with what was typed kept.
 */
@IntegrationTest
class ReportPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOfficerSeesHerOrganisationsFiguresInEnglishAndKhmer() throws Exception {
    ReportFixtures f = new ReportFixtures(mvc, organisations, clock);
    try {
      figuresInEnglishAndKhmer(f);
    } finally {
      f.forget(jdbc);
    }
  }

  private void figuresInEnglishAndKhmer(ReportFixtures f) throws Exception {
    UUID placement = f.placed("09", "F", f.today.minusMonths(7));
    f.end(placement, f.today.minusMonths(7).plusMonths(5), "BUSINESS_CLOSED");
    f.placed("09", "F", f.today.minusMonths(7));
    RequestPostProcessor officer = TestFixtures.signedIn(f.ngo, Role.OFFICER);

    String english = page(officer, "/reports?lang=en&groupBy=province").getContentAsString();

    assertThat(english)
        .contains("<h1>Reports</h1>")
        .contains("Placements of your organisation.")
        .doesNotContain("counts from 1 to 4 are hidden")
        .contains("<tr data-group=\"09\" data-suppressed=\"false\">")
        .contains("<th scope=\"row\">Koh Kong</th>")
        .contains("<td class=\"placed\" data-label=\"Placed\">2</td>")
        .contains(
            "<td class=\"retained6\" data-label=\"Still there at 6 months\">1 <span class=\"muted\">of</span> 2</td>")
        .contains("Business closed: 1")
        .contains("href=\"/api/v1/reports/outcomes.csv?groupBy=province\"")
        .contains("href=\"/api/v1/reports/outcomes.xlsx?groupBy=province\"")
        // ECharts is fetched by reports.js (at once on a wide screen, when asked on a phone)
        .contains("data-echarts=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"")
        .containsPattern("src=\"/js/reports-[0-9a-f]{32}\\.js\"")
        .contains("data-report=\"{&quot;groups&quot;:[&quot;Koh Kong&quot;]")
        .contains("data-label-threshold=\"Threshold\"");
    String khmer = page(officer, "/reports?lang=km&groupBy=province").getContentAsString();
    assertThat(khmer)
        .contains("<h1>របាយការណ៍</h1>")
        .contains("<th scope=\"row\">កោះកុង</th>")
        .contains("អាជីវកម្មបានបិទ: 1")
        .contains("data-label-threshold=\"កម្រិត\"")
        .doesNotContain("Still there at 6 months");
  }

  @Test
  void aReporterIsToldThatSmallCountsAreHidden() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor reporter =
        TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER);

    String page =
        page(reporter, "/reports?lang=en&groupBy=organisation&from=2025-03-15&to=2025-04-02")
            .getContentAsString();

    assertThat(page)
        .contains("Placements of every organisation.")
        .contains("counts from 1 to 4 are hidden")
        .contains("Started from 1 Mar 2025 to 30 Apr 2025")
        .contains(
            "href=\"/api/v1/reports/outcomes.csv?groupBy=organisation&amp;from=2025-03-01&amp;to=2025-04-30\"");
    assertThat(page(reporter, "/?lang=km").getContentAsString())
        .contains("href=\"/reports\">របាយការណ៍</a>");
  }

  @Test
  void aBadFilterIsNamedInThePagesLanguage() throws Exception {
    RequestPostProcessor officer =
        TestFixtures.signedIn(
            new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.PLANNER);

    MockHttpServletResponse bad =
        page(officer, "/reports?lang=en&groupBy=village&from=2026-02-30", 400);

    assertThat(bad.getContentAsString())
        .contains("<li data-field=\"groupBy\">Choose what to group by from the list.</li>")
        .contains("<li data-field=\"from\">Give the first start date as a date")
        .contains("value=\"2026-02-30\"")
        .doesNotContain("id=\"report\"");
    assertThat(page(officer, "/reports?lang=km&to=soon", 400).getContentAsString())
        .contains("<li data-field=\"to\">សូមផ្តល់កាលបរិច្ឆេទចាប់ផ្តើមចុងក្រោយ");
  }

  @Test
  void theChartsScriptsAreServedByTheServiceItself() throws Exception {
    for (String path :
        new String[] {"/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/reports.js"}) {
      MockHttpServletResponse script = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(script.getStatus()).as(path).isEqualTo(200);
      assertThat(script.getContentType()).as(path).contains("javascript");
    }
  }

  private MockHttpServletResponse page(RequestPostProcessor who, String path) throws Exception {
    return page(who, path, 200);
  }

  private MockHttpServletResponse page(RequestPostProcessor who, String path, int status)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(path).isEqualTo(status);
    return response;
  }
}
