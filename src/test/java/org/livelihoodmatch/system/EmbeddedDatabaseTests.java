package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database as the service runs it, killed the ways a bad day kills it: every
 * acknowledged write survives {@code kill -9} of the service and the database together; a server
 * left behind by a killed service is stopped at the next start; a server that dies under the
 * running service is started again; nobody without the password gets in.
 */
class EmbeddedDatabaseTests {

  /** Starts {@link DatabaseChild} in a JVM of its own, returning once it says {@code ready}. */
  private static Child child(Path dataDir, String... mode) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DatabaseChild.class.getName(),
                dataDir.toString()));
    command.addAll(List.of(mode));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = out.readLine(); // the child's log lines come first
    } while (line != null && !line.startsWith("ready"));
    assertThat(line).as("the child says it is ready").isNotNull();
    return new Child(process, out);
  }

  private record Child(Process process, BufferedReader out) {}

  private static void killEverything(Child child, Path dataDir) {
    child.process().destroyForcibly();
    new PostgresProcesses(dataDir.resolve("postgres"))
        .all()
        .forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillingTheServiceAndItsDatabase(@TempDir Path dataDir)
      throws Exception {
    Child child = child(dataDir, "burst");
    Set<Long> acknowledged = new HashSet<>();
    String line;
    while (acknowledged.size() < 1500 && (line = child.out().readLine()) != null) {
      if (line.startsWith("ack ")) {
        acknowledged.add(Long.parseLong(line.substring(4)));
      }
    }
    killEverything(child, dataDir); // mid-burst: writers are still committing
    child.process().waitFor();

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      JdbcTemplate jdbc = new JdbcTemplate(database.directDataSource());
      Set<Long> stored = new HashSet<>(jdbc.queryForList("select n from burst", Long.class));
      assertThat(acknowledged).hasSize(1500);
      Set<Long> lost = new HashSet<>(acknowledged);
      lost.removeAll(stored);
      assertThat(lost).as("acknowledged writes lost").isEmpty();
    }
  }

  @Test
  void aServerLeftRunningByAKilledServiceIsStoppedAtTheNextStart(@TempDir Path dataDir)
      throws Exception {
    Child child = child(dataDir);
    child.process().destroyForcibly().waitFor();
    PostgresProcesses processes = new PostgresProcesses(dataDir.resolve("postgres"));
    ProcessHandle orphan = processes.postmaster().orElseThrow();
    assertThat(orphan.isAlive()).as("the database outlives its killed service").isTrue();

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      assertThat(database.isRunning()).isTrue();
      await().atMost(Duration.ofSeconds(10)).until(() -> !orphan.isAlive()); // stopped, then reaped
      assertThat(new JdbcTemplate(database.directDataSource()).queryForList("select n from burst"))
          .isEmpty();
    }
  }

  @Test
  void aServerThatDiesUnderTheServiceIsStartedAgainWhileReadinessIsOff(@TempDir Path dataDir)
      throws Exception {
    List<Object> readiness = new CopyOnWriteArrayList<>();
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(database.jdbcUrl());
      pool.setUsername(database.user());
      pool.setPassword(database.password());
      pool.setConnectionTimeout(2_000);
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      jdbc.execute("create table kept (n int)");
      jdbc.update("insert into kept values (42)");
      try (EmbeddedDatabaseSupervisor supervisor =
          new EmbeddedDatabaseSupervisor(
              database,
              pool,
              event -> {
                if (event instanceof AvailabilityChangeEvent<?> change) {
                  readiness.add(change.getState());
                }
              })) {
        assertThat(supervisor.health().getStatus()).isEqualTo(Status.UP);
        new PostgresProcesses(dataDir.resolve("postgres"))
            .postmaster()
            .orElseThrow()
            .destroyForcibly();

        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(() -> assertThat(supervisor.restarts()).isEqualTo(1));
        assertThat(readiness)
            .containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(supervisor.health().getStatus()).isEqualTo(Status.UP);
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions() // the pool may still hold an attempt made while it was down
            .untilAsserted(
                () ->
                    assertThat(jdbc.queryForObject("select n from kept", Integer.class))
                        .isEqualTo(42));
      }
    }
  }

  @Test
  void nobodyWithoutThePasswordGetsIn(@TempDir Path dataDir) throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres";
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
          .hasMessageContaining("password");
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close())
          .hasMessageContaining("password authentication failed");
      DriverManager.getConnection(url, "postgres", database.password()).close();
      File file = dataDir.resolve(DatabasePassword.FILE_NAME).toFile();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())))
          .isEqualTo("rw-------");
    }
    // The same password opens it again after a restart.
    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
      new JdbcTemplate(again.directDataSource()).queryForObject("select 1", Integer.class);
    }
  }
}
