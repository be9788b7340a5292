package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.vacancy.FormPage.lawful;
import static org.livelihoodmatch.vacancy.FormPage.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the form does against abuse: CSRF, one-time tokens (double clicks, replays, concurrent
 * posts), the honeypot, the per-address rate limit, markup and oversized or malformed input.
 */
@IntegrationTest
class FormAbuseIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormTokens tokens;
  @LocalServerPort int port;

  @Value("${livelihood.form.rate-limit-per-minute}")
  int limitPerMinute;

  @Test
  void aPostWithoutTheCsrfTokenIsForbiddenStoresNothingAndKeepsWhatWasTyped() throws Exception {
    String employer = TestFixtures.unique("No Csrf Co");
    FormPage page = FormPage.open(mvc, "en");
    mvc.perform(page.postWithoutCsrf(lawful(employer)))
        .andExpect(forwardedUrl("/vacancies/new/expired"));
    mvc.perform(page.postWithoutCsrf(lawful(employer)).param("_csrf", "forged"))
        .andExpect(forwardedUrl("/vacancies/new/expired"));
    assertThat(vacanciesOf(employer)).isZero();
    assertThat(organisationsNamed(employer)).isZero();

    // Over real HTTP, as a browser or a script sees it: 403, and the form again with the answers.
    String body =
        lawful(employer).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/vacancies/new"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body())
        .contains("Nothing was sent", "value=\"" + employer + "\"", "name=\"_csrf\"")
        .doesNotContain("Exception");
    assertThat(vacanciesOf(employer)).isZero();
    assertThat(organisationsNamed(employer)).isZero();
  }

  @Test
  void anOversizedPasteIsReadAndAnsweredWithTheFormNotCutOffByTheServer() throws Exception {
    // 30,000 Khmer characters URL-encode to about 270 KB: Tomcat's default limit would answer its
    // own bare 413 page and lose the form; the service reads it and answers with the form again
    String employer = TestFixtures.unique("Long Paste Co");
    String body =
        with(lawful(employer), "description", "ក".repeat(30_000)).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    assertThat(body.length()).isGreaterThan(256 * 1024);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/vacancies/new"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(403); // no CSRF token: nothing stored, form kept
    assertThat(answer.body()).contains("value=\"" + employer + "\"", "name=\"_csrf\"");
    assertThat(vacanciesOf(employer)).isZero();
  }

  @Test
  void aDoubleClickStoresOneVacancyAndBothPostsGetTheSameReference() throws Exception {
    String employer = TestFixtures.unique("Double Click Salon");
    FormPage page = FormPage.open(mvc, "en");
    String first = redirectOf(page, lawful(employer));
    String second =
        mvc.perform(page.submit(lawful(employer)))
            .andExpect(status().isFound())
            .andExpect(flash().attribute("alreadyReceived", true))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(second).isEqualTo(first);
    assertThat(vacanciesOf(employer)).isEqualTo(1);
    // A replay that changes the offer is still the same form: nothing new is stored.
    mvc.perform(page.submit(with(lawful(employer), "title", "Something else")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(first));
    assertThat(vacanciesOf(employer)).isEqualTo(1);
    String again =
        mvc.perform(get(second).session(page.session).flashAttr("alreadyReceived", true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("We had already received this vacancy");
  }

  @Test
  void postsOfOneFormAtTheSameMomentStoreOneVacancy() throws Exception {
    String employer = TestFixtures.unique("Simultaneous Garments");
    FormPage page = FormPage.open(mvc, "en");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<String>> posts = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        // Different titles: only the one-time token, not the same-offer check, can stop these.
        Map<String, String> fields = with(lawful(employer), "title", "Sewing operator " + i);
        posts.add(
            () -> mvc.perform(page.submit(fields)).andReturn().getResponse().getRedirectedUrl());
      }
      Set<String> locations = new HashSet<>();
      for (Future<String> post : pool.invokeAll(posts)) {
        locations.add(post.get());
      }
      assertThat(locations).hasSize(1).allMatch(l -> l.startsWith("/vacancies/submitted/VF-"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(vacanciesOf(employer)).isEqualTo(1);
  }

  @Test
  void theSameOfferSentAgainFromAFreshFormIsRecognised() throws Exception {
    String employer = TestFixtures.unique("Reload Tailors");
    FormPage page = FormPage.open(mvc, "en");
    String first = redirectOf(page, lawful(employer));
    FormPage reloaded = page.reopen(mvc, "en");
    assertThat(reloaded.formToken).isNotEqualTo(page.formToken);
    assertThat(redirectOf(reloaded, lawful(employer))).isEqualTo(first);
    assertThat(vacanciesOf(employer)).isEqualTo(1);
    Map<String, String> other = with(lawful(employer), "title", "Cutter");
    assertThat(redirectOf(reloaded.reopen(mvc, "en"), other)).isNotEqualTo(first);
    assertThat(vacanciesOf(employer)).isEqualTo(2);
  }

  @Test
  void aFilledHoneypotPretendsSuccessAndStoresNothing() throws Exception {
    String employer = TestFixtures.unique("Bot Recruiting");
    FormPage page = FormPage.open(mvc, "en");
    assertThat(page.html).contains("name=\"website\"", "class=\"hp\"", "tabindex=\"-1\"");
    String location =
        mvc.perform(page.submit(with(lawful(employer), "website", "http://spam.example")))
            .andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("/vacancies/submitted/VF-*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location)).andExpect(status().isOk());
    assertThat(vacanciesOf(employer)).isZero();
    assertThat(organisationsNamed(employer)).isZero();
  }

  @Test
  void tooManyPostsFromOneAddressAreAnsweredPolitelyWith429InBothLanguages() throws Exception {
    FormPage page = FormPage.open(mvc, "km");
    for (int i = 0; i < limitPerMinute; i++) {
      mvc.perform(page.submit(Map.of("lang", "km"))).andExpect(status().isOk());
    }
    String html =
        mvc.perform(page.submit(with(lawful(TestFixtures.unique("Flood")), "lang", "km")))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("បានផ្ញើការងារច្រើនពេក", "Please wait").doesNotContain("Exception");
    FormPage elsewhere = FormPage.open(mvc, "en");
    mvc.perform(elsewhere.submit(Map.of())).andExpect(status().isOk());
  }

  @Test
  void markupInAnyFieldIsStoredAsTextAndNeverRenderedAsMarkup() throws Exception {
    String employer = TestFixtures.unique("<b>Bold</b> Co");
    String title = "<script>alert('x')</script>Tailor";
    FormPage page = FormPage.open(mvc, "en");
    Map<String, String> fields = with(lawful(employer), "title", title);
    fields = with(fields, "description", "<img src=x onerror=alert(1)> sewing");
    String location = redirectOf(page, fields);
    assertThat(
            jdbc.queryForObject(
                "select v.title from vacancy v join organisation o on o.id = v.employer_id"
                    + " where o.name = ?",
                String.class,
                employer))
        .isEqualTo(title);
    String confirmation = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
    assertThat(confirmation)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Tailor")
        .doesNotContain("<script>alert");
    String invalid =
        mvc.perform(FormPage.open(mvc, "en").submit(with(fields, "positions", "")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(invalid)
        .contains("&lt;img src=x onerror=alert(1)&gt; sewing", "&lt;b&gt;Bold&lt;/b&gt; Co")
        .doesNotContain("<img src=x", "<script>alert", "<b>Bold</b>");
  }

  @Test
  void oversizedOrMalformedInputIsExplainedBesideEachFieldNeverAnError() throws Exception {
    String employer = TestFixtures.unique("Malformed");
    Map<String, String> fields = lawful(employer);
    fields = with(fields, "title", "x".repeat(201));
    fields = with(fields, "description", "y".repeat(4001));
    fields = with(fields, "positions", "99999999999");
    fields = with(fields, "monthlyWage", "1e400");
    fields = with(fields, "startDate", "2027-13-45");
    fields = with(fields, "occupation", "z".repeat(100));
    fields = with(fields, "province", "999");
    fields = with(fields, "employerEmail", "not-an-email");
    fields = with(fields, "employerPhone", "call me");
    fields = with(fields, "crossBorder", "maybe");
    String html =
        mvc.perform(FormPage.open(mvc, "en").submit(fields))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String field :
        List.of(
            "title",
            "description",
            "positions",
            "monthlyWage",
            "startDate",
            "occupation",
            "province",
            "employerEmail",
            "employerPhone",
            "crossBorder")) {
      assertThat(html).contains("id=\"" + field + "-error\"");
    }
    assertThat(vacanciesOf(employer)).isZero();
    // A NUL byte PostgreSQL cannot store is dropped rather than failing the post.
    String nul = TestFixtures.unique("Nul Byte Co");
    redirectOf(FormPage.open(mvc, "en"), with(lawful(nul), "title", "Sewing\u0000 operator"));
    assertThat(
            jdbc.queryForObject(
                "select v.title from vacancy v join organisation o on o.id = v.employer_id"
                    + " where o.name = ?",
                String.class,
                nul))
        .isEqualTo("Sewing operator");
  }

  @Test
  void anExpiredOrForgedFormTokenShowsTheFormAgainWithEverythingKept() throws Exception {
    String employer = TestFixtures.unique("Slow Typist Co");
    FormPage page = FormPage.open(mvc, "en");
    String expired = tokens.issue(Instant.now().minus(FormTokens.LIFETIME).minusSeconds(60));
    String tampered = page.formToken.substring(0, page.formToken.length() - 2) + "xx";
    for (String token : List.of(expired, tampered, "forged-token")) {
      String html =
          mvc.perform(page.submit(lawful(employer), token))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html).contains("This form had expired", "value=\"" + employer + "\"");
      String fresh = FormPage.hidden(html, "formToken");
      assertThat(fresh).isNotBlank().isNotEqualTo(token);
    }
    assertThat(vacanciesOf(employer)).isZero();
  }

  private String redirectOf(FormPage page, Map<String, String> fields) throws Exception {
    return mvc.perform(page.submit(fields))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/vacancies/submitted/VF-*"))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private int vacanciesOf(String employerName) {
    return jdbc.queryForObject(
        "select count(*) from vacancy v join organisation o on o.id = v.employer_id"
            + " where o.name = ?",
        Integer.class,
        employerName);
  }

  private int organisationsNamed(String name) {
    return jdbc.queryForObject(
        "select count(*) from organisation where name = ?", Integer.class, name);
  }
}
