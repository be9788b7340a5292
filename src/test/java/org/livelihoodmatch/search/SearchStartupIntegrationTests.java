package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livelihoodmatch.LivelihoodMatchApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At start-up the index is rebuilt when it is missing or its counts differ from the database, and
 * the service's health says DOWN for search until it is ready.
 */
class SearchStartupIntegrationTests {

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplication(LivelihoodMatchApplication.class)
        .run(
            "--livelihood.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off");
  }

  private static boolean ready(ConfigurableApplicationContext app) {
    return app.getBean(SearchHealthIndicator.class).health().getStatus().getCode().equals("UP");
  }

  private static long found(ConfigurableApplicationContext app, String q) {
    return app.getBean(SearchIndex.class)
        .search(SearchQuery.text(q).withTypes(SearchType.VACANCY))
        .total();
  }

  @Test
  void aMissingOrInconsistentIndexIsRebuiltBeforeSearchIsHealthy(@TempDir Path dataDir) {
    UUID employer = UUID.randomUUID();
    try (var first = start(dataDir)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> ready(first));
      assertThat(first.getBean(SearchIndex.class).count(SearchType.SELF_EMPLOYMENT)).isEqualTo(250);
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      jdbc.update(
          "insert into organisation (id, version, name, kind, verified)"
              + " values (?, 0, 'Rithyvong Motors', 'EMPLOYER', true)",
          employer);
      // written behind the service's back: no event, so the index does not know it
      insertOpenVacancy(jdbc, employer, "Motorbike mechanic at Rithyvong Motors");
      first.getBean(SearchIndex.class).refresh();
      assertThat(found(first, "rithyvong")).isZero();
    }
    try (var second = start(dataDir)) {
      assertThat(second.getBean(SearchIndex.class).startupStatus().count(SearchType.VACANCY))
          .isZero();
      await().atMost(Duration.ofSeconds(60)).until(() -> ready(second));
      assertThat(found(second, "rithyvong")).isEqualTo(1);
    }
    IndexLocation.deleteRecursively(dataDir.resolve("index"));
    try (var third = start(dataDir)) {
      assertThat(third.getBean(SearchIndex.class).startupStatus().present()).isFalse();
      await().atMost(Duration.ofSeconds(60)).until(() -> ready(third));
      assertThat(found(third, "ជួសជុលម៉ូតូ")).isEqualTo(1);
    }
  }

  private static void insertOpenVacancy(JdbcTemplate jdbc, UUID employer, String title) {
    jdbc.update(
        "insert into vacancy (id, version, employer_id, title, occupation, province,"
            + " workplace_address, positions, monthly_wage, hours_per_week,"
            + " provides_accommodation, provides_meals, min_age, start_date, worker_pays_fees,"
            + " employer_holds_documents, cross_border, description, status, red_flags)"
            + " values (?, 0, ?, ?, 'motorcycle-mechanic', '12', 'Street 2004', 2, 250, 48,"
            + " false, false, 18, ?, false, false, false, 'Engines', 'OPEN', '{}')",
        UUID.randomUUID(),
        employer,
        title,
        LocalDate.now().plusMonths(1));
  }
}
