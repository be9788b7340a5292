package org.livelihoodmatch.referral;

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

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.interchange.Casework;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The referral pages: the form on a client's page (consent required, refusals back on her page in
 * its language), the count on the receiver's home page, and the inbox's accept and decline forms.
 */
@IntegrationTest
class ReferralPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void anOfficerRefersFromHerPageAndTheReceiverDecidesInTheInbox() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    UUID client = a.client("Sreyleak", "12");
    RequestPostProcessor sender = signedIn(a.ngo, Role.OFFICER);
    RequestPostProcessor receiver = signedIn(b.ngo, Role.OFFICER);

    mvc.perform(get("/clients/" + client).with(sender))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"refer-form\"")))
        .andExpect(content().string(containsString("value=\"" + b.ngo.id() + "\"")));
    // no consent ticked: back on her page, in Khmer when she reads Khmer, nothing stored
    mvc.perform(refer(client, sender, b.ngo.id(), "She moves", null).param("lang", "km"))
        .andExpect(redirectedUrl("/clients/" + client))
        .andExpect(flash().attribute("problem", containsString("ការយល់ព្រម")))
        .andExpect(flash().attribute("referralReason", "She moves"));
    mvc.perform(get("/api/v1/referrals?direction=outgoing").with(a.officer))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(refer(client, sender, b.ngo.id(), "She moves to Phnom Penh", "true"))
        .andExpect(redirectedUrl("/clients/" + client))
        .andExpect(flash().attribute("notice", containsString("Referred")));
    mvc.perform(get("/clients/" + client).with(sender))
        .andExpect(content().string(containsString("waiting for their decision")))
        .andExpect(content().string(not(containsString("id=\"refer-form\""))));

    mvc.perform(get("/").with(receiver))
        .andExpect(content().string(containsString("Referrals waiting for your decision: 1")));
    String inbox =
        mvc.perform(get("/referrals").with(receiver))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("She moves to Phnom Penh")))
            .andExpect(content().string(containsString("class=\"accept-form\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String referral = inbox.replaceAll("(?s).*data-referral=\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(post("/referrals/" + referral + "/decline").with(receiver).with(csrf()))
        .andExpect(redirectedUrl("/referrals"))
        .andExpect(flash().attribute("problem", containsString("Say why you decline")));
    // without the CSRF token a form post is refused and decides nothing
    mvc.perform(post("/referrals/" + referral + "/accept").with(receiver))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/referrals/" + referral + "/accept")
                .with(receiver)
                .with(csrf())
                .param("reason", "We have room"))
        .andExpect(redirectedUrl("/referrals"))
        .andExpect(flash().attribute("notice", containsString("She is your client now")));
    mvc.perform(get("/clients/" + client).with(receiver)).andExpect(status().isOk());
    mvc.perform(get("/clients/" + client).with(sender)).andExpect(status().isNotFound());
    mvc.perform(get("/referrals").with(sender))
        .andExpect(content().string(containsString("Accepted")));
    mvc.perform(get("/").with(receiver))
        .andExpect(content().string(containsString("Referrals waiting for your decision: 0")));
    // a planner sees the inbox but no forms; an employer not even the inbox
    mvc.perform(get("/referrals").with(signedIn(b.ngo, Role.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("class=\"accept-form\""))));
    mvc.perform(get("/referrals").with(signedIn(b.ngo, Role.EMPLOYER)))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder refer(
      UUID client, RequestPostProcessor who, UUID to, String reason, String consent) {
    var request =
        post("/clients/" + client + "/referrals")
            .with(who)
            .with(csrf())
            .param("toOrganisationId", to.toString())
            .param("reason", reason);
    return consent == null ? request : request.param("consent", consent);
  }
}
