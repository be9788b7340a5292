package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An online backup of the embedded database, taken while it runs, restores into an empty data
 * directory as the database was when the backup ended, password and all.
 */
class DatabaseBackupTests {

  @Test
  void aBackupTakenWhileRunningRestoresAsItWasThen(@TempDir Path dir) throws Exception {
    Path live = dir.resolve("live");
    Path zip = dir.resolve("backups").resolve("backup.zip");
    try (EmbeddedDatabase database = EmbeddedDatabase.start(live)) {
      JdbcTemplate jdbc = new JdbcTemplate(database.directDataSource());
      jdbc.execute("create table kept (n int primary key)");
      jdbc.update("insert into kept select generate_series(1, 100)");
      assertThat(DatabaseBackup.write(database.directDataSource(), live, zip)).isPositive();
      jdbc.update("insert into kept select generate_series(101, 200)"); // after the backup
    }

    Path restored = dir.resolve("restored");
    DatabaseBackup.restore(zip, restored);
    try (EmbeddedDatabase database = EmbeddedDatabase.start(restored)) {
      Integer rows =
          new JdbcTemplate(database.directDataSource())
              .queryForObject("select count(*) from kept", Integer.class);
      assertThat(rows).isEqualTo(100);
    }
    assertThatThrownBy(() -> DatabaseBackup.restore(zip, restored))
        .hasMessageContaining("already holds a database");
  }
}
