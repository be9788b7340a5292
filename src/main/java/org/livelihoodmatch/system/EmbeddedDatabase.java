package org.livelihoodmatch.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as a supervised part of the service: durable (every acknowledged commit
 * is on disk: {@code synchronous_commit} and {@code fsync} on, which zonky's defaults turn off),
 * closed to other users of the machine (scram passwords on loopback, an owner-only socket), a
 * server left behind by a crashed run stopped before starting, and restarted on the same port when
 * it dies under the running service.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** Loopback only, by password; the Unix socket is the owner's alone (see the server config). */
  static final String SCRAM_HBA =
      """
      # Written by Livelihood Match: the password is in ../%s (owner-only).
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """
          .formatted(DatabasePassword.FILE_NAME);

  private static final String FIRST_START_HBA =
      """
      # First start: replaced by password authentication as soon as the password is set.
      local all all trust
      host all all 127.0.0.1/32 trust
      host all all ::1/128 trust
      """;

  private final Path pgData;
  private final PostgresProcesses processes;
  private final String password;
  private final int port;
  private volatile EmbeddedPostgres server;

  private EmbeddedDatabase(Path pgData, String password, int port) {
    this.pgData = pgData;
    this.processes = new PostgresProcesses(pgData);
    this.password = password;
    this.port = port;
  }

  /** Starts the database kept in {@code dataDir/postgres}; the caller holds the directory lock. */
  public static EmbeddedDatabase start(Path dataDir) {
    Path pgData = dataDir.resolve("postgres");
    try {
      Files.createDirectories(pgData);
      new PostgresProcesses(pgData).stopLeftover(Duration.ofSeconds(30));
      DatabasePassword.Secret secret = DatabasePassword.readOrCreate(dataDir);
      if (secret.isNew() && Files.exists(pgData.resolve("pg_hba.conf"))) {
        // A database made before passwords (or whose password file was lost): let the owner in
        // once, on loopback, to set the new password.
        Files.writeString(pgData.resolve("pg_hba.conf"), FIRST_START_HBA);
      }
      EmbeddedDatabase database = new EmbeddedDatabase(pgData, secret.value(), freePort());
      database.server = database.launch();
      database.requirePasswords();
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
    }
  }

  private EmbeddedPostgres launch() throws IOException {
    long started = System.nanoTime();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "60")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("unix_socket_permissions", "0700")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setConnectConfig("password", password)
            .setDataDirectoryCustomizer(dir -> firstStartAccess(dir.toPath()))
            .start();
    log.info(
        "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
        port,
        pgData.toAbsolutePath(),
        (System.nanoTime() - started) / 1_000_000);
    return postgres;
  }

  /** Right after initdb (trust for everyone), only this machine's loopback may come in. */
  private static void firstStartAccess(Path dir) {
    try {
      String hba = Files.readString(dir.resolve("pg_hba.conf"));
      if (!hba.startsWith("# Written by Livelihood Match")) {
        Files.writeString(dir.resolve("pg_hba.conf"), FIRST_START_HBA);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the password and turns password authentication on, once per data directory. */
  private void requirePasswords() throws IOException {
    Path hba = pgData.resolve("pg_hba.conf");
    if (Files.readString(hba).equals(SCRAM_HBA)) {
      return;
    }
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("set password_encryption = 'scram-sha-256'");
      s.execute("alter user " + USER + " password '" + password.replace("'", "''") + "'");
      Files.writeString(hba, SCRAM_HBA);
      s.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("Could not set the embedded database's password", e);
    }
    log.info("Embedded PostgreSQL now requires its password (kept in the data directory)");
  }

  public String jdbcUrl() {
    return server.getJdbcUrl(USER, "postgres");
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** A plain data source, outside the pool (for tests and maintenance). */
  public DataSource directDataSource() {
    return server.getPostgresDatabase();
  }

  /** Whether the server's postmaster is alive. */
  public boolean isRunning() {
    return processes.postmaster().isPresent();
  }

  /**
   * Starts the server again on the same port after it died, so the pool's connections find it where
   * they left it. What it had committed is recovered from its write-ahead log.
   */
  public synchronized void restart() throws IOException {
    if (isRunning()) {
      return;
    }
    try {
      server.close(); // releases zonky's lock; the server itself is already gone
    } catch (IOException | RuntimeException e) {
      log.debug("Closing the dead server's handle", e);
    }
    processes.awaitNone(Duration.ofSeconds(10));
    server = launch();
  }

  @Override
  public synchronized void close() throws IOException {
    server.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
