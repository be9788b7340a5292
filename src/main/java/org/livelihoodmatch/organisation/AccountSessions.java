package org.livelihoodmatch.organisation;

import java.util.UUID;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions when the account is disabled or its password changed: those this
 * instance holds in memory, and those kept in PostgreSQL for every instance (shared sessions), so
 * the next page or API call of such a session is refused, not served from a session that outlived
 * the account's right to it.
 */
@Component
class AccountSessions {

  private final SessionRegistry registry;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  AccountSessions(SessionRegistry registry, org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.registry = registry;
    this.jdbc = jdbc;
  }

  /** Ends every session of {@code userId} but {@code keep} (the caller's own, or null). */
  void end(UUID userId, String keep) {
    jdbc.update(
        "delete from spring_session where principal_name = (select username from app_user"
            + " where id = ?) and session_id <> coalesce(?, '')",
        userId,
        keep);
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof Staff staff && staff.userId().equals(userId)) {
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
          if (!session.getSessionId().equals(keep)) {
            session.expireNow();
          }
        }
      }
    }
  }
}
