package org.livelihoodmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC loader against a bare embedded PostgreSQL migrated by Flyway, without Spring Boot. */
class DemoLoaderTests {

  static EmbeddedPostgres postgres;
  static JdbcTemplate jdbc;
  static DemoLoader loader;
  static SyntheticPopulation synthetic;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    DataSource dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    loader =
        new DemoLoader(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    synthetic = new SyntheticPopulation(CatalogueLoader.loadPackaged(), LocalDate.now());
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void loadsAPopulationWithUniqueCodesPerOrganisation() {
    UUID ngoA = ngo("Loader NGO A");
    UUID ngoB = ngo("Loader NGO B");
    assertThat(loader.loadClients(synthetic.personas(), ngoA)).isEqualTo(17);
    var population = synthetic.generate(11, new SyntheticPopulation.Size(3000, 100, 20_000, 40));
    DemoLoader.Loaded loaded = loader.load(population, ngoA, ngoB);

    assertThat(loaded).isEqualTo(new DemoLoader.Loaded(3000, 100, 40, 20_000));
    assertThat(count("select count(*) from client where organisation_id = ?", ngoA))
        .isEqualTo(17 + 2000);
    assertThat(count("select count(*) from client where organisation_id = ?", ngoB))
        .isEqualTo(1000);
    assertThat(count("select next_client_number from organisation where id = ?", ngoA))
        .isEqualTo(2018);
    assertThat(
            jdbc.queryForObject(
                "select max(code) from client where organisation_id = ?", String.class, ngoA))
        .isEqualTo("C02017");
    assertThat(count("select count(*) from client_skill", null))
        .isEqualTo(
            population.clients().stream().mapToInt(c -> c.skills().size()).sum()
                + synthetic.personas().stream().mapToInt(c -> c.skills().size()).sum());
    assertThat(
            count(
                "select count(*) from vacancy where status = 'OPEN' and source = 'DEMO'"
                    + " and cardinality(red_flags) = 0",
                null))
        .isEqualTo(20_000);
    assertThat(
            count("select count(*) from organisation where kind = 'EMPLOYER' and verified", null))
        .isEqualTo(40);
    assertThat(count("select count(*) from training_intake where organisation_id = ?", ngoB))
        .isEqualTo(33);

    List<String> languages =
        jdbc.queryForList(
            "select array_to_string(languages, ',') from client where given_name = 'Chhieng'",
            String.class);
    assertThat(languages).containsExactly("tpu");
    assertThat(
            jdbc.queryForObject(
                "select array_to_string(pref_occupations, ',') from client where family_name = 'Tep'"
                    + " and given_name = 'Visal' and organisation_id = ?",
                String.class,
                ngoA))
        .isEqualTo("electronics-repairer,motorcycle-mechanic");

    // Loading again reuses the employers by name and numbers the clients on.
    var more = synthetic.generate(12, new SyntheticPopulation.Size(3, 0, 10, 40));
    loader.load(more, ngoA, ngoB);
    assertThat(count("select count(*) from organisation where kind = 'EMPLOYER'", null))
        .isLessThanOrEqualTo(80);
    assertThat(
            jdbc.queryForObject(
                "select max(code) from client where organisation_id = ?", String.class, ngoA))
        .isEqualTo("C02019");
  }

  private static UUID ngo(String name) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into organisation (id, version, name, kind) values (?, 0, ?, 'NGO')", id, name);
    return id;
  }

  private static int count(String sql, UUID arg) {
    Integer n =
        arg == null
            ? jdbc.queryForObject(sql, Integer.class)
            : jdbc.queryForObject(sql, Integer.class, arg);
    return n == null ? 0 : n;
  }
}
