package org.livelihoodmatch.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.livelihoodmatch.TestFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import and export page in both languages: planners find the exports but no upload, a post
 * without a file or with an upload that is not kept is answered on the page, and the new endpoints
 * are in the OpenAPI description.
 */
@IntegrationTest
class ImportPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void thePageServesOfficersAndPlannersInEnglishAndKhmer() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    var officer = signedIn(a.ngo, Role.OFFICER);
    var planner = signedIn(a.ngo, Role.PLANNER);

    mvc.perform(get("/clients/import").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"upload-form\"")))
        .andExpect(content().string(containsString("/api/v1/clients/export.xlsx")));
    mvc.perform(get("/clients/import?lang=km").with(officer))
        .andExpect(content().string(containsString("នាំចូល និងនាំចេញ")))
        .andExpect(content().string(containsString("ពិនិត្យឯកសារ")));
    mvc.perform(get("/clients/import").with(planner))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/placements/export.csv")))
        .andExpect(content().string(not(containsString("id=\"upload-form\""))));
    MockMultipartFile file =
        new MockMultipartFile("file", "oscar.csv", "text/csv", ImportIntegrationTests.example());
    mvc.perform(multipart("/clients/import").file(file).with(planner).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/clients/import").with(signedIn(a.ngo, Role.EMPLOYER)))
        .andExpect(status().isForbidden());

    mvc.perform(multipart("/clients/import").with(officer).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose a file first.")));
    mvc.perform(
            multipart("/clients/import")
                .file(
                    new MockMultipartFile(
                        "file", "x.xlsx", "text/csv", "PK\u0003\u0004?".getBytes()))
                .with(officer)
                .with(csrf())
                .param("lang", "km"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("មិនអាចអានឯកសារបានទេ")));
    mvc.perform(
            post("/clients/import/" + UUID.randomUUID() + "/confirm").with(officer).with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("no longer kept")));
    // the preview names each problem in the page's language, and stores nothing
    byte[] bad =
        new String(ImportIntegrationTests.example(), java.nio.charset.StandardCharsets.UTF_8)
            .replace(",female,37622,", ",woman,37622,")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/clients/import")
                .file(new MockMultipartFile("file", "oscar.csv", "text/csv", bad))
                .with(officer)
                .with(csrf())
                .param("lang", "km"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-row=\"3\" data-column=\"gender\"")))
        .andExpect(content().string(containsString("សូមសរសេរ female, male")))
        .andExpect(content().string(not(containsString("id=\"confirm-form\""))));
    mvc.perform(get("/api/v1/clients").with(a.officer))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
                .value(0));
  }

  @Test
  void theNewEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
    String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    Map<String, Object> paths = JsonPath.read(api, "$.paths");
    assertThat(paths)
        .containsKeys(
            "/api/v1/clients/{id}/referrals",
            "/api/v1/referrals",
            "/api/v1/referrals/{id}/accept",
            "/api/v1/referrals/{id}/decline",
            "/api/v1/imports/clients",
            "/api/v1/clients/export.csv",
            "/api/v1/clients/export.xlsx",
            "/api/v1/placements/export.csv",
            "/api/v1/placements/export.xlsx");
    assertThat(
            JsonPath.<Map<String, Object>>read(
                api, "$.paths['/api/v1/clients/{id}/referrals'].post.responses"))
        .containsOnlyKeys("201");
    assertThat(
            JsonPath.<List<String>>read(
                api, "$.paths['/api/v1/imports/clients'].post.parameters[*].name"))
        .containsExactly("dryRun");
  }
}
