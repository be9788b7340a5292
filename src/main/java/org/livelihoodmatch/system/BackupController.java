package org.livelihoodmatch.system;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/backup} (ADMIN): an online backup of the embedded database into {@code
 * ${livelihood.data-dir}/backups/}; README "Reliability" says how to restore it. With an external
 * PostgreSQL its own tools back it up (pg_dump, WAL archiving), and this answers 409.
 */
@RestController
class BackupController {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final ObjectProvider<EmbeddedDatabase> embedded;
  private final DataSource dataSource;
  private final DataDirectory dataDirectory;
  private final Clock clock;

  BackupController(
      ObjectProvider<EmbeddedDatabase> embedded,
      DataSource dataSource,
      DataDirectory dataDirectory,
      Clock clock) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.dataDirectory = dataDirectory;
    this.clock = clock;
  }

  record Backup(String file, long bytes) {}

  @PostMapping("/api/v1/admin/backup")
  Backup backup() {
    if (embedded.getIfAvailable() == null) {
      throw new ConflictException(
          "database",
          "the service uses an external PostgreSQL: back it up with its own tools (README)");
    }
    Path target =
        dataDirectory
            .path()
            .resolve("backups")
            .resolve("livelihood-" + STAMP.format(clock.instant()) + ".zip");
    long bytes = DatabaseBackup.write(dataSource, dataDirectory.path(), target);
    return new Backup(target.toString(), bytes);
  }
}
