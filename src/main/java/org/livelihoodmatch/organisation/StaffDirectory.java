package org.livelihoodmatch.organisation;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds a signing-in user with their organisation, for Spring Security. */
@Service
class StaffDirectory implements UserDetailsService {

  private final StaffAccounts accounts;
  private final Organisations organisations;

  StaffDirectory(StaffAccounts accounts, Organisations organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @Override
  public Staff loadUserByUsername(String username) {
    StaffAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    Organisation organisation =
        organisations
            .findById(account.organisationId())
            .orElseThrow(() -> new UsernameNotFoundException("no organisation"));
    return new Staff(
        account.id(),
        account.username(),
        organisation.id(),
        organisation.kind(),
        account.roles(),
        account.passwordHash(),
        account.status() == AccountStatus.ACTIVE);
  }
}
