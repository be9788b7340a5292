package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator takes an online backup of the embedded database; nobody else may. */
@IntegrationTest
class BackupApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  @Test
  void theAdministratorBacksUpTheDatabaseAndOthersAreRefused() throws Exception {
    TestFixtures fixtures = new TestFixtures(organisations);
    var ngo = fixtures.organisation(OrganisationKind.NGO);
    mvc.perform(post("/api/v1/admin/backup").with(fixtures.user(ngo, Role.PLANNER)))
        .andExpect(status().isForbidden());
    String answer =
        mvc.perform(
                post("/api/v1/admin/backup")
                    .with(
                        fixtures.user(
                            fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Path file = Path.of(JsonPath.<String>read(answer, "$.file"));
    try {
      assertThat(file).exists();
      assertThat(Files.size(file))
          .isEqualTo(((Number) JsonPath.read(answer, "$.bytes")).longValue());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
