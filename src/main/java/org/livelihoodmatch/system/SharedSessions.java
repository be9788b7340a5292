package org.livelihoodmatch.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Browser sessions in PostgreSQL (Spring Session JDBC, tables of migration V65), so that an officer
 * signed in on one instance is served by any other: on with {@code livelihood.sessions.shared=true}
 * when several instances share one database. Off by default, where one instance keeps its sessions
 * in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "livelihood.sessions.shared", havingValue = "true")
@EnableJdbcHttpSession
class SharedSessions {}
