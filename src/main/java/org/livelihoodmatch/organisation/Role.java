package org.livelihoodmatch.organisation;

import java.util.Optional;
import java.util.Set;

/** What a user may do; see API.md "Users, organisations, roles". */
public enum Role {
  OFFICER,
  PLANNER,
  EMPLOYER,
  ADMIN,
  /**
   * A provincial office's or the ministry's reader of reports: every organisation's figures, with
   * small counts suppressed, and nothing about any single client. Only users of {@code GOVERNMENT}
   * organisations hold it, and they hold no other role with it.
   */
  REPORTER;

  /** Why a user of an organisation of {@code kind} may not hold {@code roles}, if so. */
  static Optional<String> problem(Set<Role> roles, OrganisationKind kind) {
    return problemCode(roles, kind)
        .map(
            code ->
                code.equals("REPORTER_ALONE")
                    ? "REPORTER is held alone, without other roles"
                    : "REPORTER is only for users of GOVERNMENT organisations");
  }

  /**
   * The same as a code the pages translate: {@code REPORTER_ALONE}, {@code REPORTER_GOVERNMENT}.
   */
  static Optional<String> problemCode(Set<Role> roles, OrganisationKind kind) {
    if (roles == null || !roles.contains(REPORTER)) {
      return Optional.empty();
    }
    if (roles.size() > 1) {
      return Optional.of("REPORTER_ALONE");
    }
    if (kind != OrganisationKind.GOVERNMENT) {
      return Optional.of("REPORTER_GOVERNMENT");
    }
    return Optional.empty();
  }
}
