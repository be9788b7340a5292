package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.search.FullRebuild;
import org.livelihoodmatch.search.IndexStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalogues as loaded (every row with its source, and which file version was loaded when) and
 * the search index (documents, a rebuild and its progress), read-only but for the rebuild.
 */
@IntegrationTest
class AdminCatalogueAndIndexPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired FullRebuild fullRebuild;

  private RequestPostProcessor admin() {
    return TestFixtures.signedIn(
        new TestFixtures(organisations).organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
  }

  @Test
  void everyRowOfACatalogueIsShownWithItsSourceAndTheLoadIsRecorded() throws Exception {
    byte[] file = Files.readAllBytes(Path.of("catalogues/wage_floors.csv"));
    String sha256 =
        HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
    long rows =
        new String(file, java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .count()
            - 1;
    assertThat(
            jdbc.queryForObject(
                "select row_count from catalogue_load where file = 'wage_floors.csv'"
                    + " and sha256 = ? order by loaded_at desc limit 1",
                Integer.class,
                sha256))
        .isEqualTo((int) rows);

    String html =
        mvc.perform(get("/admin/catalogues/wage-floors").with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html.split("<tr data-line=", -1)).hasSize((int) rows + 1);
    assertThat(html)
        .contains("Legal minimum wages", "<code>source</code>", sha256)
        .contains("CLEC, &quot;Study on Minimum Wage for Cambodia&#39;s Garment Industry&quot;");
    String list =
        mvc.perform(get("/admin/catalogues").param("lang", "km").with(admin()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list)
        .contains("ប្រាក់ឈ្នួលអប្បបរមាស្របច្បាប់", "wage_floors.csv", "clinics.csv")
        .contains(sha256.substring(0, 12));
    mvc.perform(get("/admin/catalogues/no-such").with(admin())).andExpect(status().isNotFound());
  }

  @Test
  void theIndexIsRebuiltAndItsProgressFollowed() throws Exception {
    RequestPostProcessor admin = admin();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                JsonPath.read(
                    mvc.perform(get("/admin/index/progress").with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    "$.ready"));
    String before =
        mvc.perform(get("/admin/index").with(admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(before).contains("Vacancies", "Training intakes", "data-type=\"VACANCY\"");
    mvc.perform(post("/admin/index/rebuild").with(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/index"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () -> {
              String json =
                  mvc.perform(get("/admin/index/progress").with(admin))
                      .andReturn()
                      .getResponse()
                      .getContentAsString();
              return !(Boolean) JsonPath.read(json, "$.rebuilding")
                  && JsonPath.read(json, "$.lastRebuild") != null;
            });
    mvc.perform(get("/admin/index/progress").with(admin))
        .andExpect(jsonPath("$.ready").value(true))
        .andExpect(jsonPath("$.documents.VACANCY").isNumber())
        .andExpect(jsonPath("$.lastRebuild.finishedAt").exists());
    assertThat(
            mvc.perform(get("/admin/index").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"last-rebuild\"", "Started ");
  }

  @Test
  void aRebuildCountsEveryDocumentItIndexes() {
    java.util.concurrent.atomic.AtomicLong indexed = new java.util.concurrent.atomic.AtomicLong();
    IndexStatus built =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .ignoreExceptionsInstanceOf(IllegalStateException.class) // a rebuild still running
            .until(() -> fullRebuild.run(() -> false, indexed::incrementAndGet), s -> true);
    long total = built.counts().values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isPositive();
    assertThat(indexed.get()).isEqualTo(total);
  }
}
