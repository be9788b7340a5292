package org.livelihoodmatch.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.reporting.ReportIntegrationTests.assertAddsUp;
import static org.livelihoodmatch.reporting.ReportIntegrationTests.rows;
import static org.livelihoodmatch.reporting.ReportIntegrationTests.totals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees what: a government office's REPORTER reads every organisation's figures with small
 * counts suppressed (secondary suppression included) and nothing about any client; NGO staff read
 * their own organisation's figures as they are; employers and administrators read no report.
 */
@IntegrationTest
class ReportAccessIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  final List<ReportFixtures> placedBy = new ArrayList<>();

  /**
   * The placements of this class's NGOs leave the outcome tables after each test, so that the month
   * they were placed in is free again for the next run on the same database.
   */
  @AfterEach
  void freeTheMonth() {
    placedBy.forEach(f -> f.forget(jdbc));
  }

  @Test
  void aReporterSeesEveryOrganisationWithSmallCountsSuppressed() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor reporter =
        fixtures.user(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER);
    LocalDate month = freeMonth(reporter);
    ReportFixtures a = ngo();
    ReportFixtures b = ngo();
    ReportFixtures c = ngo();
    for (int i = 0; i < 3; i++) {
      a.placed("07", "F", month.withDayOfMonth(10));
    }
    UUID left = b.placed("07", "F", month.withDayOfMonth(10));
    b.end(left, month.withDayOfMonth(10).plusMonths(1), "LEFT_JOB");
    for (int i = 0; i < 6; i++) {
      b.placed("07", "F", month.withDayOfMonth(10));
      c.placed("07", "F", month.withDayOfMonth(20));
    }
    // a reporter's period is whole months: asked for the 9th to the 11th, the month is counted
    String query =
        "groupBy=organisation&from=" + month.withDayOfMonth(9) + "&to=" + month.withDayOfMonth(11);

    Map<String, Object> report = report(reporter, query);

    assertThat(report.get("scope")).isEqualTo("ALL");
    assertThat(report.get("suppression")).isEqualTo(true);
    assertThat(report.get("from")).isEqualTo(month.toString());
    assertThat(report.get("to")).isEqualTo(month.withDayOfMonth(month.lengthOfMonth()).toString());
    Map<String, Map<String, Object>> byOrganisation = new java.util.HashMap<>();
    rows(report).forEach(r -> byOrganisation.put((String) r.get("group"), r));
    assertThat(byOrganisation).containsOnlyKeys(id(a), id(b), id(c));
    Map<String, Object> rowA = byOrganisation.get(id(a));
    Map<String, Object> rowB = byOrganisation.get(id(b));
    Map<String, Object> rowC = byOrganisation.get(id(c));
    // primary: A's 3; secondary: C's 6, the smallest other count, else 16 - 7 would give A's 3 away
    assertThat(rowA.get("placed")).isNull();
    assertThat(rowA.get("suppressed")).isEqualTo(true);
    assertThat(rowA.get("medianSurplus")).isNull();
    assertThat(rowC.get("placed")).isNull();
    assertThat(rowC.get("suppressed")).isEqualTo(true);
    assertThat(rowC.get("medianSurplus")).isNull();
    assertThat(rowB.get("placed")).isEqualTo(7);
    assertThat(rowB.get("medianSurplus")).isNotNull();
    assertThat(rowB.get("ended")).isEqualTo(java.util.Collections.singletonMap("LEFT_JOB", null));
    assertThat(rowB.get("belowThreshold")).isEqualTo(0);
    Map<String, Object> totals = totals(report);
    assertThat(totals.get("placed")).isEqualTo(16);
    assertThat(totals.get("ended")).isEqualTo(java.util.Collections.singletonMap("LEFT_JOB", null));
    assertThat(totals.get("suppressed")).isEqualTo(true);
    assertNothingRecoverable(report);

    // the same month grouped by province: one row of 16, shown, its one ending hidden
    Map<String, Object> byProvince =
        report(reporter, "groupBy=province&from=" + month + "&to=" + month);
    assertThat(rows(byProvince))
        .singleElement()
        .satisfies(r -> assertThat(r.get("placed")).isEqualTo(16));
    assertNothingRecoverable(byProvince);

    // A's officer reads A's own three as they are
    Map<String, Object> own = report(a.officer, query);
    assertThat(own.get("scope")).isEqualTo("ORGANISATION");
    assertThat(own.get("suppression")).isEqualTo(false);
    assertThat(own.get("from")).isEqualTo(month.withDayOfMonth(9).toString());
    assertThat(rows(own))
        .singleElement()
        .satisfies(r -> assertThat(r.get("group")).isEqualTo(id(a)));
    assertThat(totals(own).get("placed")).isEqualTo(3);
    assertThat(totals(own).get("suppressed")).isEqualTo(false);
    assertAddsUp(own);
    // C's officer: C's placements started on the 20th, outside the 9th to the 11th
    assertThat(totals(report(c.officer, query)).get("placed")).isEqualTo(0);

    // the files hide the same cells: empty, and the row says so
    List<Map<String, String>> csv =
        ReportIntegrationTests.csv(
            mvc.perform(get(ReportController.PATH + ".csv?" + query).with(reporter))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    List<Map<String, String>> xlsx =
        ReportIntegrationTests.xlsx(
            mvc.perform(get(ReportController.PATH + ".xlsx?" + query).with(reporter))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    for (List<Map<String, String>> file : List.of(csv, xlsx)) {
      Map<String, String> fileA =
          file.stream().filter(r -> r.get("group").equals(id(a))).findFirst().orElseThrow();
      Map<String, String> fileB =
          file.stream().filter(r -> r.get("group").equals(id(b))).findFirst().orElseThrow();
      assertThat(fileA.get("placed")).isEmpty();
      assertThat(fileA.get("medianSurplus")).isEmpty();
      assertThat(fileA.get("suppressed")).isEqualTo("yes");
      assertThat(fileB.get("placed")).isEqualTo("7");
      assertThat(fileB.get("ended.LEFT_JOB")).isEmpty();
      assertThat(file.get(file.size() - 1).get("group")).isEqualTo("TOTAL");
      assertThat(file.get(file.size() - 1).get("placed")).isEqualTo("16");
    }
  }

  @Test
  void aReporterReadsNothingAboutAnyClient() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    Organisation office = fixtures.organisation(OrganisationKind.GOVERNMENT);
    RequestPostProcessor reporter = fixtures.user(office, Role.REPORTER);
    ReportFixtures ngo = ngo();
    UUID placement = ngo.placed("08", "F", ngo.today.minusMonths(2));
    String client =
        JsonPath.read(
            mvc.perform(get("/api/v1/placements/" + placement).with(ngo.officer))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.clientId");

    for (String path :
        List.of(
            "/api/v1/clients",
            "/api/v1/clients/" + client,
            "/api/v1/clients/" + client + "/matches",
            "/api/v1/clients/" + client + "/placements",
            "/api/v1/clients/export.csv",
            "/api/v1/placements",
            "/api/v1/placements/" + placement,
            "/api/v1/placements/export.xlsx",
            "/api/v1/plans",
            "/api/v1/search?q=sewing",
            "/api/v1/search?q=Report&type=CLIENT",
            "/api/v1/referrals",
            "/api/v1/audit",
            "/api/v1/users",
            "/api/v1/organisations",
            "/api/v1/vacancies",
            "/api/v1/training-intakes")) {
      assertStatus(get(path).with(reporter), 403, path);
    }
    assertStatus(
        post("/api/v1/clients")
            .with(reporter)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"),
        403,
        "POST /api/v1/clients");
    assertStatus(
        post("/api/v1/placements/" + placement + "/end")
            .with(reporter)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\": \"" + ngo.today + "\", \"reason\": \"OTHER\"}"),
        403,
        "ending a placement");
    RequestPostProcessor page = TestFixtures.signedIn(office, Role.REPORTER);
    for (String path :
        List.of(
            "/clients/" + client,
            "/placements/" + placement,
            "/caseload",
            "/search?q=sewing",
            "/plans",
            "/referrals",
            "/clients/import",
            "/audit",
            "/vacancies/review")) {
      assertStatus(get(path).with(page), 403, path);
    }

    // what a reporter may read: reports, the home page, the catalogue, its own password
    assertStatus(get(ReportController.PATH).with(reporter), 200, "report");
    assertStatus(get(ReportController.PATH + ".xlsx").with(reporter), 200, "report file");
    assertStatus(get("/reports").with(page), 200, "report page");
    assertStatus(get("/api/v1/catalogue/occupations").with(reporter), 200, "catalogue");
    assertStatus(
        put("/api/v1/users/me/password")
            .with(reporter)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"current\": \"not it\", \"new\": \"mango kite river lantern\"}"),
        400,
        "password change");
    String home =
        mvc.perform(get("/?lang=en").with(page)).andReturn().getResponse().getContentAsString();
    assertThat(home).contains("href=\"/reports\"").doesNotContain("href=\"/caseload\"");
  }

  @Test
  void employersAndAdministratorsReadNoReport() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    Organisation employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    Organisation administration = fixtures.organisation(OrganisationKind.ADMINISTRATION);
    for (RequestPostProcessor who :
        List.of(
            fixtures.user(employer, Role.EMPLOYER), fixtures.user(administration, Role.ADMIN))) {
      for (String path :
          List.of(
              ReportController.PATH,
              ReportController.PATH + ".csv",
              ReportController.PATH + ".xlsx",
              ReportController.PATH + "?groupBy=organisation")) {
        assertStatus(get(path).with(who), 403, path);
      }
    }
    assertStatus(get("/reports").with(TestFixtures.signedIn(employer, Role.EMPLOYER)), 403, "page");
    assertStatus(
        get("/reports").with(TestFixtures.signedIn(administration, Role.ADMIN)), 403, "page");
    assertStatus(get(ReportController.PATH), 401, "anonymous");
  }

  @Test
  void onlyAGovernmentOrganisationsUserHoldsReporterAndAlone() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor admin =
        fixtures.user(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
    Organisation office = fixtures.organisation(OrganisationKind.GOVERNMENT);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);

    assertRoles(admin, ngo, "\"REPORTER\"", 400);
    assertRoles(admin, office, "\"REPORTER\", \"OFFICER\"", 400);
    assertRoles(admin, office, "\"REPORTER\"", 201);
    assertRoles(admin, office, "\"OFFICER\"", 201);
  }

  private void assertRoles(RequestPostProcessor admin, Organisation o, String roles, int status)
      throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/users")
                    .with(admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"username": "%s", "password": "kampot pepper farm at dusk",
                         "organisationId": "%s", "roles": [%s]}
                        """
                            .formatted(TestFixtures.unique("reporter"), o.id(), roles)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(roles + " in " + o.kind()).isEqualTo(status);
    if (status == 400) {
      assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.errors[*].field"))
          .containsExactly("roles");
    }
  }

  /**
   * In every column of counts whose total is shown, no count from 1 to 4 is shown and no count is
   * hidden alone; in every row, no hidden count is pinned between shown counts it is bounded by
   * (the order of the report's layout).
   */
  static void assertNothingRecoverable(Map<String, Object> report) {
    List<String> reasons = JsonPath.read(report, "$.endReasons");
    List<List<Integer>> table = new ArrayList<>();
    for (Map<String, Object> row : rows(report)) {
      table.add(cells(row, reasons));
    }
    List<Integer> totals = cells(totals(report), reasons);
    for (int c = 0; c < totals.size(); c++) {
      int hidden = 0;
      for (List<Integer> row : table) {
        Integer v = row.get(c);
        if (v == null) {
          hidden++;
        } else {
          assertThat(v == 0 || v >= 5).as("column %d shows %d", c, v).isTrue();
        }
      }
      Integer total = totals.get(c);
      if (total != null) {
        assertThat(total == 0 || total >= 5).as("total %d", total).isTrue();
        assertThat(hidden).as("column %d hidden alone", c).isNotEqualTo(1);
      }
    }
    int[][] order = new ReportTable.Layout(reasons.size()).order();
    for (List<Integer> row : table) {
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          assertThat(bound(row, order, c, true))
              .as("hidden column %d pinned in %s", c, row)
              .isNotEqualTo(bound(row, order, c, false));
        }
      }
    }
  }

  /** The tightest shown bound of a hidden cell from above (or below: 0 at least), or -1. */
  private static int bound(List<Integer> row, int[][] order, int c, boolean above) {
    int best = above ? -1 : 0;
    for (int[] pair : order) {
      int from = above ? pair[1] : pair[0];
      int to = above ? pair[0] : pair[1];
      if (from != c) {
        continue;
      }
      int v = row.get(to) == null ? bound(row, order, to, above) : row.get(to);
      if (above && v >= 0 && (best < 0 || v < best)) {
        best = v;
      } else if (!above && v > best) {
        best = v;
      }
    }
    return best;
  }

  /** A row's counts in the order of the report's layout (ReportTable.Layout). */
  private static List<Integer> cells(Map<String, Object> row, List<String> reasons) {
    List<Integer> cells = new ArrayList<>();
    cells.add((Integer) row.get("placed"));
    cells.add((Integer) row.get("belowThreshold"));
    Map<?, ?> ended = (Map<?, ?>) row.get("ended");
    for (String reason : reasons) {
      cells.add(ended.containsKey(reason) ? (Integer) ended.get(reason) : Integer.valueOf(0));
    }
    for (Object v : (List<?>) row.get("eligibleByMonth")) {
      cells.add((Integer) v);
    }
    for (Object v : (List<?>) row.get("retainedByMonth")) {
      cells.add((Integer) v);
    }
    return cells;
  }

  /** A month 14 to 23 months back in which no placement of any organisation has started. */
  private LocalDate freeMonth(RequestPostProcessor reporter) throws Exception {
    LocalDate today = LocalDate.now(clock);
    for (int back = 14; back <= 23; back++) {
      LocalDate month = today.minusMonths(back).withDayOfMonth(1);
      if (totals(report(reporter, "from=" + month + "&to=" + month)).get("placed").equals(0)) {
        return month;
      }
    }
    throw new AssertionError("no free month for the test: delete target/test-data");
  }

  private ReportFixtures ngo() {
    ReportFixtures fixtures = new ReportFixtures(mvc, organisations, clock);
    placedBy.add(fixtures);
    return fixtures;
  }

  private static String id(ReportFixtures fixtures) {
    return fixtures.ngo.id().toString();
  }

  private Map<String, Object> report(RequestPostProcessor who, String query) throws Exception {
    var response =
        mvc.perform(get(ReportController.PATH + "?" + query).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return JsonPath.read(response.getContentAsString(), "$");
  }

  private void assertStatus(MockHttpServletRequestBuilder request, int status, String what)
      throws Exception {
    assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
        .as(what)
        .isEqualTo(status);
  }
}
