package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Phones on slow links (issue 11): the take-home sheet of a client's option, readable by whom her
 * page is readable; styles and scripts linked by versioned names and cached for a year while pages
 * stay uncached; everything compressed; the service worker and the manifest of the offline app.
 */
@IntegrationTest
class PhonePagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired java.time.Clock clock;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Until the new vacancy is in the search index (within a second), she has no option yet. */
  private void awaitOption(RequestPostProcessor who, String sheet) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(
            () -> mvc.perform(get(sheet).with(who)).andReturn().getResponse().getStatus() == 200);
  }

  private String page(RequestPostProcessor who, String path, String lang) throws Exception {
    return mvc.perform(get(path).param("lang", lang).with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theTakeHomeSheetShowsTheOptionItsBudgetDatesAndWhomToCallInHerLanguage() throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "14");
    f.vacancy(2, "260.00", f.today.plusDays(20));
    UUID client = f.client("Sreypov");
    RequestPostProcessor officer = signedIn(f.ngo, Role.OFFICER);
    awaitOption(officer, "/clients/" + client + "/sheet?option=1");

    String herPage = page(officer, "/clients/" + client, "en");
    assertThat(herPage).contains("/clients/" + client + "/sheet?option=1&amp;lang=km");

    String english = page(officer, "/clients/" + client + "/sheet?option=1", "en");
    assertThat(english)
        .contains("Your plan, Sreypov Test")
        .contains("Sewing machine operator")
        .contains("Your money each month (US$)")
        .contains("class=\"segment income\"")
        .contains("The job starts on " + TestFixtures.shown(f.today.plusDays(20)))
        .contains("Your officer will visit you every month for a year")
        .contains(f.ngo.name())
        .contains("/css/phone-"); // the print stylesheet, by its versioned name
    String khmer = page(officer, "/clients/" + client + "/sheet?option=1", "km");
    assertThat(khmer)
        .contains("ផែនការរបស់អ្នក Sreypov Test")
        .contains("ប្រាក់របស់អ្នកប្រចាំខែ")
        .contains("ការងារចាប់ផ្តើមនៅថ្ងៃ " + TestFixtures.shown(f.today.plusDays(20), "km"))
        .doesNotContain("Your money each month");

    mvc.perform(get("/clients/" + client + "/sheet?option=9").with(officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/clients/" + client + "/sheet?option=first").with(officer))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSheetIsNotFoundForAnotherOrganisationAndForbiddenToRolesThatSeeNoClient()
      throws Exception {
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "14");
    f.vacancy(1, "260.00", f.today.plusDays(20));
    UUID client = f.client("Dara");
    String sheet = "/clients/" + client + "/sheet?option=1";
    TestFixtures fixtures = new TestFixtures(organisations);

    awaitOption(signedIn(f.ngo, Role.PLANNER), sheet);
    mvc.perform(
            get(sheet).with(signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(sheet).with(signedIn(fixtures.organisation(OrganisationKind.NGO), Role.PLANNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get(sheet).with(signedIn(f.ngo, Role.ADMIN))).andExpect(status().isForbidden());
    mvc.perform(
            get(sheet)
                .with(signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get(sheet)
                .with(signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)))
        .andExpect(status().isForbidden());
    mvc.perform(get(sheet)).andExpect(status().is3xxRedirection()); // to the sign-in page
  }

  private HttpResponse<byte[]> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void stylesAreVersionedCachedForAYearAndCompressedWhilePagesAreNotCached() throws Exception {
    HttpResponse<byte[]> login = fetch("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    String html =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(login.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Matcher css = Pattern.compile("/css/app-([0-9a-f]{32})\\.css").matcher(html);
    assertThat(css.find()).as(html).isTrue();

    HttpResponse<byte[]> style = fetch(css.group());
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Cache-Control").orElse(""))
        .contains("max-age=31536000")
        .contains("immutable")
        .doesNotContain("no-store");
    assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
    // the Khmer font the style links is versioned too, and cached the same way
    String styles =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(style.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Matcher font =
        Pattern.compile("url\\(\"?/fonts/([^\")]+-[0-9a-f]{32}\\.woff2)").matcher(styles);
    assertThat(font.find()).as(styles).isTrue();
    HttpResponse<byte[]> woff2 = fetch("/fonts/" + font.group(1));
    assertThat(woff2.statusCode()).isEqualTo(200);
    assertThat(woff2.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    // another content, another name: an old hash is not served as the new file
    assertThat(fetch("/css/app-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
  }

  @Test
  void theServiceWorkerIsServedFromTheRootWithTheVersionedAssetsAndTheManifestInKhmer()
      throws Exception {
    mvc.perform(get("/sw.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Service-Worker-Allowed", "/"))
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .containsPattern("/css/placement-[0-9a-f]{32}\\.css")
                    .containsPattern("/fonts/noto-sans-khmer-khmer-400-normal-[0-9a-f]{32}\\.woff2")
                    .containsPattern("importScripts\\(\"/js/visit-queue-[0-9a-f]{32}\\.js\"\\)")
                    .contains("គ្មានសេវាទូរស័ព្ទ"));
    String manifest =
        mvc.perform(get("/manifest.webmanifest").param("lang", "km"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains("\"start_url\":\"/caseload\"")
        .contains("\"short_name\":\"មុខរបរ\"")
        .containsPattern("/img/icon-512-[0-9a-f]{32}\\.png");
  }
}
