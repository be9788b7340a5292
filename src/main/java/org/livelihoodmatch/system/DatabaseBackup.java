package org.livelihoodmatch.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * An online backup of the embedded database while the service runs: PostgreSQL's own low-level base
 * backup ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}), with the
 * write-ahead log written meanwhile and the database's password file, in one zip. Unzipped into an
 * empty data directory it starts as the database was when the backup ended (PostgreSQL replays the
 * log it carries). No pg_dump is needed: the embedded binaries carry none.
 */
public final class DatabaseBackup {

  /** What a running server keeps in its directory that a copy must not carry. */
  private static final Set<String> LEFT_OUT =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

  private static final List<String> EMPTIED =
      List.of(
          "pg_wal",
          "pg_replslot",
          "pg_stat_tmp",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_subtrans");

  private DatabaseBackup() {}

  /** Writes the backup of the database in {@code dataDir/postgres} to {@code target}. */
  public static long write(DataSource database, Path dataDir, Path target) {
    Path pgData = dataDir.resolve("postgres");
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (Connection c = database.getConnection();
          Statement s = c.createStatement();
          OutputStream file = Files.newOutputStream(target);
          ZipOutputStream zip = new ZipOutputStream(file)) {
        s.execute("select pg_backup_start('livelihood-match', true)");
        String label;
        try {
          copyTree(pgData, pgData, zip, false);
        } finally {
          try (ResultSet rs = s.executeQuery("select labelfile from pg_backup_stop(false)")) {
            rs.next();
            label = rs.getString(1);
          }
        }
        put(zip, "postgres/backup_label", label.getBytes(StandardCharsets.UTF_8));
        // The log written while the files were copied, read after the backup's end was logged.
        copyTree(pgData, pgData.resolve("pg_wal"), zip, true);
        Path password = dataDir.resolve(DatabasePassword.FILE_NAME);
        if (Files.exists(password)) {
          put(zip, DatabasePassword.FILE_NAME, Files.readAllBytes(password));
        }
      }
      return Files.size(target);
    } catch (SQLException e) {
      throw new IllegalStateException("The database refused the backup: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the backup to " + target, e);
    }
  }

  private static void copyTree(Path pgData, Path from, ZipOutputStream zip, boolean wal)
      throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path path : (Iterable<Path>) files::iterator) {
        Path relative = pgData.relativize(path);
        String name = "postgres/" + relative.toString().replace('\\', '/');
        if (Files.isDirectory(path)) {
          if (!wal && !relative.toString().isEmpty()) {
            zip.putNextEntry(new ZipEntry(name + "/"));
            zip.closeEntry();
          }
          continue;
        }
        if (!wal && (LEFT_OUT.contains(path.getFileName().toString()) || inEmptied(relative))) {
          continue;
        }
        try {
          put(zip, name, Files.readAllBytes(path));
        } catch (java.nio.file.NoSuchFileException gone) {
          // removed by the server while copying (a temporary file): the log covers it
        }
      }
    }
  }

  /**
   * Unzips a backup into {@code dataDir}, which must hold no database yet, with the permissions
   * PostgreSQL insists on (the data directory and the password file its owner's alone).
   */
  public static void restore(Path backup, Path dataDir) {
    try {
      if (Files.exists(dataDir.resolve("postgres"))) {
        throw new IllegalStateException(
            dataDir + " already holds a database: restore into an empty one");
      }
      Files.createDirectories(dataDir);
      try (java.util.zip.ZipInputStream zip =
          new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          Path to = dataDir.resolve(entry.getName()).normalize();
          if (!to.startsWith(dataDir)) {
            throw new IllegalStateException("a backup entry leaves the data directory: " + entry);
          }
          if (entry.isDirectory()) {
            Files.createDirectories(to);
          } else {
            Files.createDirectories(to.getParent());
            Files.copy(zip, to);
          }
        }
      }
      var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
      Files.setPosixFilePermissions(dataDir.resolve("postgres"), ownerOnly);
      Path password = dataDir.resolve(DatabasePassword.FILE_NAME);
      if (Files.exists(password)) {
        Files.setPosixFilePermissions(
            password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restore " + backup + " into " + dataDir, e);
    }
  }

  private static boolean inEmptied(Path relative) {
    return relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString());
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
