package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livelihoodmatch.LivelihoodMatchApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database keeps its data across restarts and is never run twice. */
class RestartIntegrationTests {

  private static ConfigurableApplicationContext start(Path dataDir) {
    SpringApplication app = new SpringApplication(LivelihoodMatchApplication.class);
    return app.run(
        "--livelihood.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off");
  }

  @Test
  void aClientSurvivesARestartOnTheSameDataDirectory(@TempDir Path dataDir) {
    UUID organisation = UUID.randomUUID();
    UUID client = UUID.randomUUID();
    try (var first = start(dataDir)) {
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      jdbc.update(
          "insert into organisation (id, version, name, kind) values (?, 0, 'Restart NGO', 'NGO')",
          organisation);
      jdbc.update(
          "insert into client (id, version, organisation_id, code, given_name, family_name, sex,"
              + " birth_date, home_province, languages, literacy, pref_occupations,"
              + " pref_provinces, pref_willing_to_relocate, pref_self_employment, hh_dependants,"
              + " hh_monthly_remittance, hh_can_live_at_home, avoid_provinces,"
              + " needs_health_clinic, status) values (?, 0, ?, 'C00001', 'Theary', 'Sok', 'F',"
              + " '2005-01-01', '20', '{km}', 'BASIC', '{}', '{}', false, false, 0, 0, true,"
              + " '{}', false, 'ACTIVE')",
          client,
          organisation);
    }
    try (var second = start(dataDir)) {
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      String name =
          jdbc.queryForObject("select given_name from client where id = ?", String.class, client);
      assertThat(name).isEqualTo("Theary");
    }
  }

  @Test
  void anExternalPostgresqlIsUsedThroughTheDatasourceUrlAlone(@TempDir Path dataDir)
      throws Exception {
    try (var external =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("external"))
            .setCleanDataDirectory(true)
            .start()) {
      SpringApplication app = new SpringApplication(LivelihoodMatchApplication.class);
      try (var context =
          app.run(
              "--livelihood.data-dir=" + dataDir.resolve("service"),
              "--server.port=0",
              "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
              "--spring.datasource.username=postgres")) {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        JdbcTemplate direct = new JdbcTemplate(external.getPostgresDatabase());
        assertThat(
                direct.queryForObject(
                    "select count(*) from catalogue_entry where catalogue = 'provinces'",
                    Integer.class))
            .isEqualTo(25);
      }
    }
    assertThat(dataDir.resolve("service").resolve("postgres")).doesNotExist();
  }

  @Test
  void aSecondServiceOnTheSameDataDirectoryIsRefusedWithAClearMessage(@TempDir Path dataDir) {
    try (var first = start(dataDir)) {
      assertThat(first.isRunning()).isTrue();
      assertThatThrownBy(() -> start(dataDir))
          .rootCause()
          .hasMessageContaining("is already used by another running Livelihood Match service");
    }
  }
}
