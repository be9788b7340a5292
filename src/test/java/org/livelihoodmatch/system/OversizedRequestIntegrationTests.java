package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A URL too long for Tomcat is answered as problem details, not with Tomcat's HTML page. */
@IntegrationTest
class OversizedRequestIntegrationTests {

  @LocalServerPort int port;

  @Test
  void aUrlTooLongIsA400ProblemNotTomcatsPage() throws Exception {
    String query = "a".repeat(20_000);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/clients?q=" + query))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"status\":400").doesNotContain("Tomcat");
  }
}
