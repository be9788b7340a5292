package org.livelihoodmatch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's list of her organisation's clients: hers only, newest first, 25 a page with the
 * filters kept in the page links, narrowed by status, province, name and overdue follow-up, each
 * page one audited read; closed to employers, administrators and reporters.
 */
@IntegrationTest
class ClientListIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  @Test
  void herOrganisationsClientsFilteredPagedAndAudited() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    List<UUID> kampongSpeu = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      kampongSpeu.add(f.client("Listed" + (char) ('A' + i), "05"));
    }
    UUID sokha = f.client("Sokha", "20");
    RequestPostProcessor officer = f.officer;

    int auditedBefore = audit.countFor("CLIENT", sokha);
    mvc.perform(get("/clients").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("27 clients")))
        .andExpect(content().string(containsString("Page 1 of 2")))
        .andExpect(content().string(containsString("href=\"/clients?page=1\"")))
        .andExpect(content().string(containsString("data-client=\"" + sokha + "\"")))
        .andExpect(content().string(containsString("href=\"/clients/new\"")));
    assertThat(audit.countFor("CLIENT", sokha)).isGreaterThan(auditedBefore);

    // the province filter is kept in the link to the next page, which holds the first registered
    mvc.perform(get("/clients").param("province", "05").with(officer))
        .andExpect(content().string(containsString("26 clients")))
        .andExpect(content().string(containsString("href=\"/clients?province=05&amp;page=1\"")))
        .andExpect(content().string(not(containsString("data-client=\"" + sokha + "\""))))
        .andExpect(
            content().string(not(containsString("data-client=\"" + kampongSpeu.get(0) + "\""))));
    mvc.perform(get("/clients").param("province", "05").param("page", "1").with(officer))
        .andExpect(content().string(containsString("Page 2 of 2")))
        .andExpect(content().string(containsString("data-client=\"" + kampongSpeu.get(0) + "\"")))
        .andExpect(content().string(containsString("href=\"/clients?province=05\"")));
    mvc.perform(get("/clients").param("q", "sokh").with(officer))
        .andExpect(content().string(containsString("1 client")))
        .andExpect(content().string(containsString("data-client=\"" + sokha + "\"")));

    mvc.perform(
            post("/api/v1/clients/" + sokha + "/closure")
                .with(f.officerApi)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reason\": \"RAN_AWAY\", \"meetingDate\": \""
                        + LocalDate.now(clock)
                        + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/clients").param("status", "CLOSED").with(officer))
        .andExpect(content().string(containsString("1 client")))
        .andExpect(content().string(containsString("Case closed")))
        .andExpect(content().string(containsString("data-client=\"" + sokha + "\"")));
    mvc.perform(get("/clients").param("status", "CLOSED").param("lang", "km").with(officer))
        .andExpect(content().string(containsString("អតិថិជន ១ នាក់")))
        .andExpect(content().string(containsString("ចុះឈ្មោះអតិថិជន")))
        .andExpect(content().string(containsString("តម្រង")));

    mvc.perform(get("/clients").param("status", "GONE").with(officer))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose the status and the province")));
    mvc.perform(get("/clients").param("province", "99").with(officer))
        .andExpect(status().isBadRequest());

    // another organisation sees none of them; the other roles are refused
    TestFixtures fixtures = new TestFixtures(organisations);
    var stranger = TestFixtures.signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/clients").with(stranger))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Sokha"))))
        .andExpect(content().string(containsString("Your organisation has no client yet.")));
    mvc.perform(get("/clients").with(TestFixtures.signedIn(f.ngo, Role.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sokha")));
    for (var outsider :
        new RequestPostProcessor[] {
          TestFixtures.signedIn(f.employerOrganisation, Role.EMPLOYER),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          TestFixtures.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get("/clients").with(outsider)).andExpect(status().isForbidden());
    }
  }

  @Test
  void followUpDueShowsOnlyTheClientsWhoseVisitIsOverdue() throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate today = LocalDate.now(clock);
    UUID vacancy = f.vacancy("Hairdresser", "hairdresser", "14", "260.00", today.plusDays(10), "");
    UUID visited = f.client("Chanthy", "14");
    UUID waiting = f.client("Bopha", "14");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(
                        post("/api/v1/clients/" + waiting + "/placements")
                            .with(f.officerApi)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                """
                                {"pathway": {"kind": "JOB", "vacancy": {"id": "%s"}},
                                 "startDate": "%s"}
                                """
                                    .formatted(vacancy, today.minusMonths(2))))
                    .andExpect(status().isCreated()));

    mvc.perform(get("/clients").param("due", "true").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 client")))
        .andExpect(content().string(containsString("data-client=\"" + waiting + "\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Visit overdue since " + TestFixtures.shown(today.minusMonths(1)))))
        .andExpect(content().string(not(containsString("data-client=\"" + visited + "\""))));
    // without the filter both are listed, the one waiting marked
    mvc.perform(get("/clients").with(f.officer))
        .andExpect(content().string(containsString("data-client=\"" + visited + "\"")))
        .andExpect(content().string(containsString("class=\"client-row overdue\"")));
    mvc.perform(get("/clients").param("due", "true").param("page", "1").with(f.officer))
        .andExpect(content().string(containsString("href=\"/clients?due=true\"")));
  }
}
