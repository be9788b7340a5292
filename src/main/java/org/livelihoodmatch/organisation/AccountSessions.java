package org.livelihoodmatch.organisation;

import java.util.UUID;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions on this instance when the account is disabled or its password
 * changed: the next page or API call of such a session is refused, not served from a session that
 * outlived the account's right to it.
 */
@Component
class AccountSessions {

  private final SessionRegistry registry;

  AccountSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Ends every session of {@code userId} but {@code keep} (the caller's own, or null). */
  void end(UUID userId, String keep) {
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
