package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fifty officers' requests at once over real HTTP for the last position of a vacancy (and the last
 * seat of an intake): PostgreSQL serves them one after the other, exactly one is placed and the
 * other 49 are {@code 409} naming what is gone; nothing is over-filled.
 */
@IntegrationTest
class LastPositionIntegrationTests {

  private static final int REQUESTS = 50;

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;
  @LocalServerPort int port;

  @Test
  void fiftyRequestsForTheLastPositionPlaceExactlyOne() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "24");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    List<Integer> answers = race(f, PlacementFixtures.job(vacancy), "vacancy");
    assertThat(answers.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(answers.stream().filter(s -> s == 409)).hasSize(REQUESTS - 1);
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(1))
        .andExpect(jsonPath("$.status").value("FILLED"));
  }

  @Test
  void fiftyRequestsForTheLastSeatPlaceExactlyOne() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "24");
    UUID intake = f.intake(1, f.today.plusDays(10), 8);
    UUID vacancy = f.vacancy(REQUESTS, "260.00", f.today.plusMonths(4));
    List<Integer> answers = race(f, PlacementFixtures.trainingThenJob(intake, vacancy), "training");
    assertThat(answers.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(answers.stream().filter(s -> s == 409)).hasSize(REQUESTS - 1);
    mvc.perform(get("/api/v1/training-intakes/" + intake).with(f.officer))
        .andExpect(jsonPath("$.seatsTaken").value(1));
    mvc.perform(get("/api/v1/vacancies/" + vacancy).with(f.officer))
        .andExpect(jsonPath("$.positionsFilled").value(1));
  }

  /** Places one new client per request, all released at once; returns the statuses. */
  private List<Integer> race(PlacementFixtures f, String pathway, String goneField)
      throws Exception {
    List<UUID> clients = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      clients.add(f.client("Racer" + i));
    }
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (f.officerName + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (UUID client : clients) {
        calls.add(
            threads.submit(
                () -> {
                  start.await();
                  return http.send(
                      HttpRequest.newBuilder(
                              URI.create(
                                  "http://127.0.0.1:"
                                      + port
                                      + "/api/v1/clients/"
                                      + client
                                      + "/placements"))
                          .header("Authorization", auth)
                          .header("Content-Type", "application/json")
                          .timeout(Duration.ofSeconds(60))
                          .POST(
                              HttpRequest.BodyPublishers.ofString("{\"pathway\": " + pathway + "}"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> answer = call.get();
        statuses.add(answer.statusCode());
        if (answer.statusCode() == 409) {
          assertThat((String) JsonPath.read(answer.body(), "$.errors[0].field"))
              .isEqualTo(goneField);
        }
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }
}
