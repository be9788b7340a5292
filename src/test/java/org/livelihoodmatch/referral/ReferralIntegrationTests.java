package org.livelihoodmatch.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.interchange.Casework;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Referrals between organisations (API.md): consent, the clear errors that change nothing, and a
 * client moved with her whole history, the sender no longer seeing her and the receiver seeing all.
 */
@IntegrationTest
class ReferralIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void noReferralWithoutConsentAndClearErrorsThatChangeNothing() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    UUID client = a.client("Kimlang", "20");
    TestFixtures fixtures = new TestFixtures(organisations);
    UUID employer = fixtures.organisation(OrganisationKind.EMPLOYER).id();

    refer(a.officer, client, b.ngo.id(), "She moves to Siem Reap", "false")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("consent")));
    refer(a.officer, client, b.ngo.id(), "She moves to Siem Reap", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("consent")));
    refer(a.officer, client, a.ngo.id(), "to ourselves", "true")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
    refer(a.officer, client, UUID.randomUUID(), "to nobody", "true")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
    refer(a.officer, client, employer, "to a factory", "true")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
    refer(a.officer, client, b.ngo.id(), "  ", "true")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    // another organisation's client is not found, as if she did not exist
    refer(b.officer, client, b.ngo.id(), "She moves", "true").andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/referrals?direction=outgoing").with(a.officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/referrals?direction=incoming").with(b.officer))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/referrals?direction=sideways").with(a.officer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("direction"));
    // the organisations to refer to are listed for officers
    // (page by page: the shared test database holds more NGOs than one page as the suite grows)
    java.util.List<String> ngoIds = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      String body =
          mvc.perform(get("/api/v1/organisations?kind=NGO&size=200&page=" + page).with(a.officer))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.items[*].kind", not(hasItem("EMPLOYER"))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].id");
      ngoIds.addAll(ids);
      if (ids.isEmpty()
          || ngoIds.size()
              >= com.jayway.jsonpath.JsonPath.<Number>read(body, "$.total").intValue()) {
        break;
      }
    }
    org.assertj.core.api.Assertions.assertThat(ngoIds).contains(b.ngo.id().toString());
    // to a government office is fine
    Casework province = new Casework(mvc, organisations, clock, OrganisationKind.GOVERNMENT);
    refer(a.officer, client, province.ngo.id(), "The provincial office follows her up", "true")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING"));
    // one pending referral at a time
    refer(a.officer, client, b.ngo.id(), "She moves to Siem Reap", "true")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("client"));
  }

  @Test
  void anAcceptedReferralMovesHerAndHerHistoryInOneGo() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    String name = "Sreyneang" + UUID.randomUUID().toString().substring(0, 4);
    UUID client = a.client(name, "21");
    UUID placement = a.placeAndVisit(client, a.vacancy("21"));

    // before: the receiver sees nothing of her
    mvc.perform(get("/api/v1/clients/" + client).with(b.officer)).andExpect(status().isNotFound());
    UUID referral =
        id(
            refer(a.officer, client, b.ngo.id(), "The family moves to Takeo", "true")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING")));
    mvc.perform(get("/api/v1/clients/" + client).with(b.officer)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/placements/" + placement).with(b.officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/referrals?direction=incoming").with(b.officer))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(referral.toString()))
        .andExpect(jsonPath("$.items[0].reason").value("The family moves to Takeo"))
        .andExpect(jsonPath("$.items[0].fromOrganisation.name").value(a.ngo.name()));
    // the sender cannot accept its own referral, nor can anyone but the receiver
    Casework third = new Casework(mvc, organisations, clock);
    decide(a.officer, referral, "accept", "").andExpect(status().isNotFound());
    decide(third.officer, referral, "accept", "").andExpect(status().isNotFound());
    decide(third.officer, referral, "decline", "{\"reason\": \"no\"}")
        .andExpect(status().isNotFound());

    decide(b.officer, referral, "accept", "{\"reason\": \"We know the family\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"));

    // after: the sender gets 404 on her and her placement; the receiver reads all of it
    mvc.perform(get("/api/v1/clients/" + client).with(a.officer)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/placements/" + placement).with(a.officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/clients/" + client + "/placements").with(a.officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/clients/" + client).with(b.officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisation").value(b.ngo.id().toString()))
        .andExpect(jsonPath("$.status").value("PLACED"));
    mvc.perform(get("/api/v1/clients/" + client + "/placements").with(b.officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(placement.toString()))
        .andExpect(jsonPath("$[0].followUps[0].done").value(true));
    mvc.perform(get("/api/v1/placements?size=200").with(b.officer))
        .andExpect(jsonPath("$.items[*].placementId", hasItem(placement.toString())));
    mvc.perform(get("/api/v1/placements?size=200").with(a.officer))
        .andExpect(jsonPath("$.total").value(0));
    // both audit trails record the move
    for (Casework side : List.of(a, b)) {
      mvc.perform(get("/api/v1/audit?action=TRANSFER&clientId=" + client).with(side.officer))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.total").value(1));
    }
    // decided twice: 409, nothing changes
    decide(b.officer, referral, "accept", "").andExpect(status().isConflict());
    decide(b.officer, referral, "decline", "{\"reason\": \"changed our mind\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    mvc.perform(get("/api/v1/referrals?direction=outgoing").with(a.officer))
        .andExpect(jsonPath("$.items[0].status").value("ACCEPTED"));
    // search follows at once: hers to find for the receiver, gone for the sender
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              mvc.perform(get("/api/v1/search?type=CLIENT&q=" + name).with(b.officer))
                  .andExpect(jsonPath("$.items[*].id", hasItem(client.toString())));
              mvc.perform(get("/api/v1/search?type=CLIENT&q=" + name).with(a.officer))
                  .andExpect(jsonPath("$.items[*].id", not(hasItem(client.toString()))));
            });

    // and back again: the receiver refers her to the first organisation, which accepts
    UUID back = id(refer(b.officer, client, a.ngo.id(), "She returns home", "true"));
    decide(a.officer, back, "accept", "").andExpect(status().isOk());
    mvc.perform(get("/api/v1/clients/" + client).with(a.officer)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/placements/" + placement).with(a.officer)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/clients/" + client).with(b.officer)).andExpect(status().isNotFound());
  }

  @Test
  void herFormerOrganisationsPlansLetHerGoAtOnce() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    a.vacancy("13");
    UUID leaving = a.client("Channary", "13");
    UUID staying = a.client("Malis", "13");
    String plan = a.json(a.officer, "/api/v1/plans?size=1"); // none yet
    assertThat(JsonPath.<Integer>read(plan, "$.total")).isZero();
    UUID planId =
        UUID.fromString(
            JsonPath.read(
                mvc.perform(
                        post("/api/v1/plans")
                            .with(a.officer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                "{\"name\": \"Leavers\", \"clientIds\": [\"%s\", \"%s\"],"
                                        .formatted(leaving, staying)
                                    + " \"timeLimitSeconds\": 1}"))
                    .andExpect(status().isAccepted())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.id"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !"SOLVING"
                    .equals(
                        JsonPath.read(a.json(a.officer, "/api/v1/plans/" + planId), "$.status")));

    UUID referral = id(refer(a.officer, leaving, b.ngo.id(), "She moves to Kratie", "true"));
    decide(b.officer, referral, "accept", "").andExpect(status().isOk());

    mvc.perform(get("/api/v1/plans/" + planId).with(a.officer))
        .andExpect(jsonPath("$.clients").value(1));
    mvc.perform(get("/api/v1/plans/" + planId + "/assignments").with(a.officer))
        .andExpect(jsonPath("$.items[*].clientId", hasItem(staying.toString())))
        .andExpect(jsonPath("$.items[*].clientId", not(hasItem(leaving.toString()))));
    mvc.perform(get("/api/v1/plans/" + planId + "/assignments/" + leaving).with(a.officer))
        .andExpect(status().isNotFound());
  }

  @Test
  void aDeclineNeedsAReasonAndLeavesHerWithTheSender() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    UUID client = a.client("Thida", "12");
    UUID referral = id(refer(a.officer, client, b.ngo.id(), "Closer to her market", "true"));

    decide(b.officer, referral, "decline", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    decide(b.officer, referral, "decline", "{\"reason\": \"No officer in that district\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECLINED"))
        .andExpect(jsonPath("$.decisionReason").value("No officer in that district"));
    decide(b.officer, referral, "accept", "").andExpect(status().isConflict());
    mvc.perform(get("/api/v1/clients/" + client).with(a.officer)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/clients/" + client).with(b.officer)).andExpect(status().isNotFound());
    // declined, she may be referred again
    refer(a.officer, client, b.ngo.id(), "Now there is an officer", "true")
        .andExpect(status().isCreated());
  }

  @Test
  void employersAdministratorsAndPlannersWhoAreNoOfficersMayNotReferOrDecide() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    Casework b = new Casework(mvc, organisations, clock);
    UUID client = a.client("Pheada", "20");
    UUID referral = id(refer(a.officer, client, b.ngo.id(), "School nearer home", "true"));
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor employer =
        fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    RequestPostProcessor admin = fixtures.user(a.ngo, Role.ADMIN);
    for (RequestPostProcessor forbidden : List.of(employer, admin)) {
      refer(forbidden, client, b.ngo.id(), "x", "true").andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/referrals").with(forbidden)).andExpect(status().isForbidden());
      decide(forbidden, referral, "accept", "").andExpect(status().isForbidden());
      decide(forbidden, referral, "decline", "{\"reason\": \"x\"}")
          .andExpect(status().isForbidden());
    }
    // a planner reads the inbox but decides nothing
    RequestPostProcessor planner = b.user(Role.PLANNER);
    mvc.perform(get("/api/v1/referrals").with(planner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1));
    decide(planner, referral, "accept", "").andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/referrals?direction=incoming").with(b.officer))
        .andExpect(jsonPath("$.items[0].status").value("PENDING"));
  }

  private ResultActions refer(
      RequestPostProcessor who, UUID client, UUID to, String reason, String consent)
      throws Exception {
    String body =
        "{\"toOrganisationId\": \"%s\", \"reason\": \"%s\"%s}"
            .formatted(to, reason, consent == null ? "" : ", \"consent\": " + consent);
    return mvc.perform(
        post("/api/v1/clients/" + client + "/referrals")
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions decide(RequestPostProcessor who, UUID referral, String what, String body)
      throws Exception {
    var request = post("/api/v1/referrals/" + referral + "/" + what).with(who);
    if (!body.isEmpty()) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private static UUID id(ResultActions result) throws Exception {
    String body = result.andReturn().getResponse().getContentAsString();
    assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(201);
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }
}
