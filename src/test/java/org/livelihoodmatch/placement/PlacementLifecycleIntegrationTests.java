package org.livelihoodmatch.placement;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client carried from the decision to the closed case through the API: placed (a position taken,
 * she is PLACED, placing her twice is refused), visited (the actual budget by the one
 * LivelihoodBudget, alerts), her placement ended (the position free again, she is ACTIVE), her case
 * closed (only for the ministry's reasons, with the meeting's date; then in no caseload or match).
 */
@IntegrationTest
class PlacementLifecycleIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;

  static String visit(int month, String date, String extra) {
    return """
        {"month": %d, "visitDate": "%s", "stillInPlacement": true, "monthlyIncome": 190.00,
         "livingCosts": {"food": 55.00, "accommodation": 40.00, "transport": 10.00, "other": 10.00},
         "remittance": 20.00, "loanRepaid": true%s}
        """
        .formatted(month, date, extra);
  }

  @Test
  void aClientIsPlacedVisitedEndedAndHerCaseClosed() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "21");
    UUID vacancy = f.vacancy(2, "260.00", f.today.plusDays(10));
    UUID client = f.client("Theary");
    String started = f.today.minusMonths(2).toString();

    var placed =
        f.place(client, PlacementFixtures.job(vacancy), ", \"startDate\": \"" + started + "\"")
            .andExpect(status().isCreated())
            .andExpect(
                header()
                    .string("Location", org.hamcrest.Matchers.startsWith("/api/v1/placements/")))
            .andExpect(jsonPath("$.clientId").value(client.toString()))
            .andExpect(jsonPath("$.status").value("WORKING"))
            .andExpect(jsonPath("$.pathway.kind").value("JOB"))
            .andExpect(jsonPath("$.pathway.budget.meetsThreshold").value(true))
            .andExpect(jsonPath("$.followUps.length()").value(12))
            .andExpect(jsonPath("$.followUps[0].due").value(f.today.minusMonths(1).toString()))
            .andExpect(jsonPath("$.followUps[0].overdue").value(true));
    UUID placement = PlacementFixtures.id(placed);
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(1));
    mvc.perform(get("/api/v1/clients/" + client).with(f.officer))
        .andExpect(jsonPath("$.status").value("PLACED"));
    f.place(client, PlacementFixtures.job(vacancy), "")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("client"));

    // The caseload puts the overdue visit first.
    mvc.perform(get("/api/v1/placements?overdue=true").with(f.officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].clientId").value(client.toString()))
        .andExpect(jsonPath("$.items[0].nextFollowUp.month").value(1))
        .andExpect(jsonPath("$.items[0].overdue").value(true));

    // 190 income - (55 + 40 + 10 + 10) living - 20 remittance = 55.00
    f.visit(placement, visit(1, f.today.minusMonths(1).toString(), ""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.month").value(1))
        .andExpect(jsonPath("$.actualBudget.livingCosts.total").value(115.00))
        .andExpect(jsonPath("$.actualBudget.surplus").value(55.00))
        .andExpect(jsonPath("$.alerts.length()").value(0));
    f.visit(placement, visit(1, f.today.toString(), ""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    f.visit(placement, visit(2, f.today.plusDays(1).toString(), ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("visitDate"));
    f.visit(placement, visit(2, f.today.minusMonths(3).toString(), ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("visitDate"));
    f.visit(placement, visit(2, f.today.toString(), ", \"concerns\": [\"BRIBED\"]"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("concerns")));
    // An early visit for month 3, money short and a debt: below the threshold and at risk.
    f.visit(
            placement,
            visit(3, f.today.toString(), ", \"concerns\": [\"DEBT\"]").replace("190.00", "100.00"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.actualBudget.surplus").value(-35.00))
        .andExpect(jsonPath("$.alerts", hasItem("BELOW_THRESHOLD")))
        .andExpect(jsonPath("$.alerts", hasItem("AT_RISK")));
    mvc.perform(get("/api/v1/placements/" + placement).with(f.officer))
        .andExpect(jsonPath("$.followUps[0].done").value(true))
        .andExpect(jsonPath("$.followUps[2].done").value(true))
        .andExpect(jsonPath("$.nextFollowUp.month").value(2))
        .andExpect(jsonPath("$.alerts", hasItem("AT_RISK")));

    // Ending: the position is free again and she is looking again.
    mvc.perform(
            post("/api/v1/placements/" + placement + "/end")
                .with(f.officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"" + f.today + "\", \"reason\": \"LEFT_JOB\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ENDED"))
        .andExpect(jsonPath("$.endReason").value("LEFT_JOB"));
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(0));
    mvc.perform(get("/api/v1/clients/" + client).with(f.officer))
        .andExpect(jsonPath("$.status").value("ACTIVE"));

    // Closing: the meeting's date is required; a year's stay must have happened.
    close(f, client, "{\"reason\": \"RAN_AWAY\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
    close(
            f,
            client,
            "{\"reason\": \"STAYED_BEYOND_ONE_YEAR\", \"meetingDate\": \"" + f.today + "\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    close(f, client, "{\"reason\": \"RAN_AWAY\", \"meetingDate\": \"" + f.today + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    mvc.perform(get("/api/v1/clients/" + client).with(f.officer))
        .andExpect(jsonPath("$.status").value("CLOSED"));
    mvc.perform(get("/api/v1/clients/" + client + "/matches").with(f.officer))
        .andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(get("/api/v1/placements").with(f.officer))
        .andExpect(jsonPath("$.items[*].clientId", not(hasItem(client.toString()))));
    f.place(client, PlacementFixtures.job(vacancy), "")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("client"));
  }

  @Test
  void stayedBeyondOneYearNeedsTheMonthTwelveVisit() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "21");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Sreymom");
    UUID placement =
        PlacementFixtures.id(
            f.place(
                    client,
                    PlacementFixtures.job(vacancy),
                    ", \"startDate\": \"" + f.today.minusMonths(13) + "\"")
                .andExpect(status().isCreated()));
    String closure =
        "{\"reason\": \"STAYED_BEYOND_ONE_YEAR\", \"meetingDate\": \"" + f.today + "\"}";
    f.visit(placement, visit(11, f.today.minusMonths(2).toString(), ""))
        .andExpect(status().isCreated());
    close(f, client, closure).andExpect(status().isConflict());
    f.visit(placement, visit(12, f.today.minusMonths(1).toString(), ""))
        .andExpect(status().isCreated());
    close(f, client, closure).andExpect(status().isOk());
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(1)); // she stays in her job
  }

  @Test
  void aPathwayThatIsNotHersOrNamesNothingIsRefusedNamingIt() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "21");
    UUID lowPay = f.vacancy(1, "210.00", f.today.plusDays(10)); // placed in another province
    UUID client = f.client("Dara");
    f.place(client, PlacementFixtures.job(UUID.randomUUID()), "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway.vacancy.id"));
    f.place(client, "{\"kind\": \"SWIMMING\"}", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway.kind"));
    PlacementFixtures elsewhere = new PlacementFixtures(mvc, organisations, clock, "23");
    UUID far = elsewhere.vacancy(1, "260.00", f.today.plusDays(10));
    f.place(client, PlacementFixtures.job(far), "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pathway"));
    f.place(
            client,
            PlacementFixtures.job(lowPay),
            ", \"startDate\": \"" + f.today.minusYears(3) + "\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("startDate"));
    mvc.perform(get("/api/v1/vacancies/" + lowPay).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(0)); // a refusal takes nothing
  }

  private static org.springframework.test.web.servlet.ResultActions close(
      PlacementFixtures f, UUID client, String body) throws Exception {
    return f.mvc.perform(
        post("/api/v1/clients/" + client + "/closure")
            .with(f.officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
