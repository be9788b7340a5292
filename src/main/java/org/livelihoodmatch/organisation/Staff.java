package org.livelihoodmatch.organisation;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the service sees them: who, which organisation, which roles.
 */
public record Staff(
    UUID userId,
    String username,
    UUID organisationId,
    OrganisationKind organisationKind,
    Set<Role> roles,
    String passwordHash,
    boolean enabled)
    implements UserDetails {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Officers and planners work with clients; employers and administrators never see them. */
  public boolean worksWithClients() {
    return has(Role.OFFICER) || has(Role.PLANNER);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    return "Staff[" + username + ", organisation " + organisationId + ", " + roles + "]";
  }
}
