package org.livelihoodmatch.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AccountCalls.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/v1/audit: who reads what of the trail, and what the trail holds. */
@IntegrationTest
class AuditApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  AccountCalls calls;
  TestFixtures fixtures;
  Organisation ngo;
  User officer;
  User planner;
  User otherOfficer;
  User otherPlanner;
  User admin;

  @BeforeEach
  void setUp() {
    calls = new AccountCalls(mvc, organisations);
    fixtures = new TestFixtures(organisations);
    ngo = fixtures.organisation(OrganisationKind.NGO);
    officer = calls.user(ngo, Role.OFFICER);
    planner = calls.user(ngo, Role.PLANNER);
    Organisation other = fixtures.organisation(OrganisationKind.NGO);
    otherOfficer = calls.user(other, Role.OFFICER);
    otherPlanner = calls.user(other, Role.PLANNER);
    admin = calls.user(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
  }

  private String audit(RequestPostProcessor who, String query) throws Exception {
    return mvc.perform(get("/api/v1/audit?size=200&" + query).with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void planersReadTheirOrganisationsEntriesWithClientCodesAndOthersNone() throws Exception {
    String client = calls.client(officer);
    mvc.perform(get("/api/v1/clients/" + client).with(officer.basic())).andExpect(status().isOk());
    String own = audit(planner.basic(), "clientId=" + client);
    List<String> actions = JsonPath.read(own, "$.items[*].action");
    assertThat(actions).contains("CREATE", "READ");
    List<String> codes = JsonPath.read(own, "$.items[*].clientCode");
    assertThat(codes).allSatisfy(code -> assertThat(code).startsWith("C"));
    List<String> users = JsonPath.read(own, "$.items[*].username");
    assertThat(users).contains(officer.username());
    assertThat(JsonPath.<Integer>read(own, "$.total")).isGreaterThanOrEqualTo(2);

    mvc.perform(get("/api/v1/audit?clientId=" + client).with(otherPlanner.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/audit?username=" + officer.username()).with(otherPlanner.basic()))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void anotherOrganisationsAttemptOnAClientIsRefusedAndBothPlannersSeeIt() throws Exception {
    String client = calls.client(officer);
    mvc.perform(get("/api/v1/clients/" + client).with(otherOfficer.basic()))
        .andExpect(status().isNotFound());
    String seenByOwner = audit(planner.basic(), "action=denied&clientId=" + client);
    assertThat(JsonPath.<List<String>>read(seenByOwner, "$.items[*].username"))
        .containsExactly(otherOfficer.username());
    assertThat(JsonPath.<List<String>>read(seenByOwner, "$.items[*].clientCode"))
        .allSatisfy(code -> assertThat(code).startsWith("C"));
    String seenByTheirs = audit(otherPlanner.basic(), "action=DENIED&clientId=" + client);
    assertThat(JsonPath.<Integer>read(seenByTheirs, "$.total")).isEqualTo(1);
    // the code of another organisation's client is never shown
    assertThat(JsonPath.<List<Object>>read(seenByTheirs, "$.items[*].clientCode"))
        .containsOnlyNulls();
  }

  @Test
  void aRefusalForTheRoleIsAnAuditEvent() throws Exception {
    mvc.perform(get("/api/v1/plans").with(officer.basic())).andExpect(status().isForbidden());
    String denied = audit(planner.basic(), "action=DENIED&username=" + officer.username());
    assertThat(JsonPath.<List<String>>read(denied, "$.items[*].detail"))
        .contains("GET /api/v1/plans");
  }

  @Test
  void administratorsReadSecurityEventsOnlyAndNeverAClientCode() throws Exception {
    String client = calls.client(officer);
    mvc.perform(get("/api/v1/clients/" + client).with(officer.basic()));
    mvc.perform(get("/api/v1/clients").with(calls.user(ngo, Role.OFFICER).basic("wrong-one-1")));
    String events = audit(admin.basic(), "");
    assertThat(JsonPath.<List<String>>read(events, "$.items[*].entityType"))
        .isNotEmpty()
        .allSatisfy(type -> assertThat(type).isIn("SIGN_IN", "USER"));
    assertThat(JsonPath.<List<Object>>read(events, "$.items[*].clientCode")).containsOnlyNulls();
    assertThat(JsonPath.<Integer>read(audit(admin.basic(), "clientId=" + client), "$.total"))
        .isZero();
    String mine = audit(admin.basic(), "username=" + officer.username());
    assertThat(JsonPath.<List<String>>read(mine, "$.items[*].action"))
        .contains("SIGN_IN")
        .doesNotContain("READ", "CREATE");
    assertThat(
            JsonPath.<Integer>read(
                audit(admin.basic(), "action=SIGN_IN_FAILED&from=2000-01-01"), "$.total"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void onlyPlannersAndAdministratorsReadTheTrail() throws Exception {
    mvc.perform(get("/api/v1/audit").with(officer.basic())).andExpect(status().isForbidden());
    User employer = calls.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/api/v1/audit").with(employer.basic())).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
  }

  @Test
  void badFiltersAreNamed() throws Exception {
    mvc.perform(
            get("/api/v1/audit?clientId=nope&from=yesterday&to=2027-13-01&size=0")
                .with(planner.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("clientId", "from", "to")));
    mvc.perform(get("/api/v1/audit?from=2027-01-02&to=2027-01-01").with(planner.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(get("/api/v1/audit?from=2000-01-01&to=2000-01-01").with(planner.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aListOrASearchIsOneRowNamingEveryClientItShowed() throws Exception {
    String name = "Bopha" + UUID.randomUUID().toString().substring(0, 6);
    List<String> ids =
        List.of(
            calls.client(officer, name), calls.client(officer, name), calls.client(officer, name));
    await().atMost(Duration.ofSeconds(10)).until(() -> searched(name).containsAll(ids));
    int before = rowsNaming(ids.get(0));
    int beforeLast = rowsNaming(ids.get(2));
    assertThat(searched(name)).hasSize(3);
    assertThat(rowsNaming(ids.get(0))).isEqualTo(before + 1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "select detail, cardinality(client_ids) as n from audit_event"
                + " where client_ids @> array[?]::uuid[] order by id desc limit 1",
            UUID.fromString(ids.get(0)));
    assertThat(row).containsEntry("detail", "search: 3 clients").containsEntry("n", 3);

    mvc.perform(get("/api/v1/clients?size=200").with(officer.basic())).andExpect(status().isOk());
    assertThat(rowsNaming(ids.get(0))).isEqualTo(before + 2);
    assertThat(rowsNaming(ids.get(2))).isEqualTo(beforeLast + 2);
  }

  private List<String> searched(String name) throws Exception {
    String body =
        mvc.perform(get("/api/v1/search?type=CLIENT&q=" + name).with(officer.basic()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[*].id");
  }

  private int rowsNaming(String client) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from audit_event where action = 'READ'"
                + " and client_ids @> array[?]::uuid[]",
            Integer.class,
            UUID.fromString(client));
    return n == null ? 0 : n;
  }
}
