package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Huge bodies over real HTTP, as an employer account once sent them (16 at once, 9 MB each, a
 * vacancy with a list of 1.5 million languages): each is {@code 413} problem+json, whether its
 * length is declared or it comes in chunks, and the service answers throughout.
 */
@IntegrationTest
class BodyLimitIntegrationTests {

  private static final int MEGABYTE = 1024 * 1024;

  @LocalServerPort int port;
  @Autowired OrganisationService organisations;
  String authorization;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void employer() {
    TestFixtures fixtures = new TestFixtures(organisations);
    String username = TestFixtures.unique("employer");
    organisations.createUser(
        username,
        TestFixtures.PASSWORD,
        fixtures.organisation(OrganisationKind.EMPLOYER).id(),
        java.util.Set.of(Role.EMPLOYER));
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (username + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A vacancy whose languages list makes the body {@code megabytes} long. */
  static byte[] hugeVacancy(int megabytes) {
    StringBuilder body =
        new StringBuilder(
            "{\"title\": \"Sewing\", \"occupation\": \"sewing-machine-operator\", \"languages\": [");
    while (body.length() < megabytes * MEGABYTE) {
      body.append("\"km\",");
    }
    body.append("\"km\"]}");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/vacancies"))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyOverTwoMegabytesIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    byte[] body = hugeVacancy(3);
    HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofByteArray(body));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(declared.body()).contains("at most 2 MB");

    HttpResponse<String> chunked =
        post(
            HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("at most 2 MB");
  }

  @Test
  void aBodyJustUnderTheLimitIsReadAndJudgedOnItsFields() throws Exception {
    HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofByteArray(hugeVacancy(1)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("languages");
  }

  @Test
  void sixteenNineMegabyteBodiesAtOnceLeaveTheServiceAnswering() throws Exception {
    byte[] body = hugeVacancy(9);
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        boolean chunked = i % 2 == 1;
        answers.add(
            senders.submit(
                () -> {
                  try {
                    return post(chunked
                            ? HttpRequest.BodyPublishers.ofInputStream(
                                () -> (InputStream) new java.io.ByteArrayInputStream(body))
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                        .statusCode();
                  } catch (java.io.IOException e) {
                    return -1; // the server closed the connection after refusing: also no 500
                  }
                }));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isIn(413, -1);
      }
    } finally {
      senders.shutdownNow();
    }
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }
}
