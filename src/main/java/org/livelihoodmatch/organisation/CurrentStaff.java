package org.livelihoodmatch.organisation;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentStaff {

  private CurrentStaff() {}

  public static Optional<Staff> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof Staff staff) {
      return Optional.of(staff);
    }
    return Optional.empty();
  }

  public static Staff get() {
    return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }
}
