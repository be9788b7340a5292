package org.livelihoodmatch.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Its data lives in {@code
 * ${livelihood.data-dir}/postgres} and survives restarts; a second service pointed at the same data
 * directory is refused by {@link DataDirectoryLock}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  DataDirectoryLock dataDirectoryLock(DataDirectory dataDirectory) {
    return DataDirectoryLock.acquire(dataDirectory.path());
  }

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory, DataDirectoryLock lock) {
    Path pgData = dataDirectory.path().resolve("postgres");
    try {
      Files.createDirectories(pgData);
      long started = System.nanoTime();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(true)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "60")
              .setServerConfig("fsync", "on")
              .start();
      log.info(
          "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
          postgres.getPort(),
          pgData.toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(20);
    dataSource.setPoolName("livelihood-embedded");
    return dataSource;
  }
}
