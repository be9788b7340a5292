package org.livelihoodmatch.system;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Its data lives in {@code
 * ${livelihood.data-dir}/postgres} and survives restarts; a second service pointed at the same data
 * directory is refused by {@link DataDirectoryLock}; {@link EmbeddedDatabaseSupervisor} starts it
 * again when it dies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  DataDirectoryLock dataDirectoryLock(DataDirectory dataDirectory) {
    return DataDirectoryLock.acquire(dataDirectory.path());
  }

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DataDirectory dataDirectory, DataDirectoryLock lock) {
    return EmbeddedDatabase.start(dataDirectory.path());
  }

  @Bean
  DataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.jdbcUrl());
    dataSource.setUsername(database.user());
    dataSource.setPassword(database.password());
    dataSource.setMaximumPoolSize(20);
    // A call while the server restarts fails in seconds with 503, not after half a minute.
    dataSource.setConnectionTimeout(5_000);
    dataSource.setPoolName("livelihood-embedded");
    return dataSource;
  }

  @Bean(destroyMethod = "close")
  EmbeddedDatabaseSupervisor embeddedDatabaseSupervisor(
      EmbeddedDatabase database, DataSource dataSource, ApplicationEventPublisher events) {
    return new EmbeddedDatabaseSupervisor(database, (HikariDataSource) dataSource, events);
  }
}
