package org.livelihoodmatch.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AccountCalls.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The {@code /audit} page: the same readers and filters as the API, in English and Khmer. */
@IntegrationTest
class AuditPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  AccountCalls calls;
  TestFixtures fixtures;
  Organisation ngo;
  User officer;

  @BeforeEach
  void setUp() {
    calls = new AccountCalls(mvc, organisations);
    fixtures = new TestFixtures(organisations);
    ngo = fixtures.organisation(OrganisationKind.NGO);
    officer = calls.user(ngo, Role.OFFICER);
  }

  @Test
  void aPlannerSeesTheOrganisationsEntriesWithClientCodes() throws Exception {
    String client = calls.client(officer);
    mvc.perform(get("/api/v1/clients/" + client).with(officer.basic()));
    mvc.perform(
            get("/audit").param("clientId", client).with(TestFixtures.signedIn(ngo, Role.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Audit trail")))
        .andExpect(content().string(containsString(officer.username())))
        .andExpect(content().string(containsString("data-action=\"READ\"")))
        .andExpect(content().string(containsString("<code>C0")));
    mvc.perform(
            get("/audit")
                .param("clientId", client)
                .param("lang", "km")
                .with(TestFixtures.signedIn(ngo, Role.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("កំណត់ត្រាសវនកម្ម")))
        .andExpect(content().string(containsString("បានអាន")));
  }

  @Test
  void anotherOrganisationsPlannerSeesNoneOfIt() throws Exception {
    String client = calls.client(officer);
    mvc.perform(
            get("/audit")
                .param("username", officer.username())
                .with(
                    TestFixtures.signedIn(
                        fixtures.organisation(OrganisationKind.NGO), Role.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(client))))
        .andExpect(content().string(containsString("No entries.")));
  }

  @Test
  void administratorsSeeSecurityEventsAndOthersAreRefused() throws Exception {
    mvc.perform(
            get("/audit")
                .param("action", "sign_in")
                .with(
                    TestFixtures.signedIn(
                        fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-action=\"SIGN_IN\"")));
    mvc.perform(get("/audit").with(TestFixtures.signedIn(ngo, Role.OFFICER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/audit")
                .with(
                    TestFixtures.signedIn(
                        fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aFilterOfTheWrongFormIsNamedInThePagesLanguageWithWhatWasTypedKept() throws Exception {
    mvc.perform(
            get("/audit")
                .param("from", "last week")
                .param("username", "sokha")
                .param("lang", "km")
                .with(TestFixtures.signedIn(ngo, Role.PLANNER)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("សូមផ្តល់ថ្ងៃចាប់ផ្តើមជាកាលបរិច្ឆេទ")))
        .andExpect(content().string(containsString("value=\"sokha\"")));
  }
}
