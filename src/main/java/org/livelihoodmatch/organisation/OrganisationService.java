package org.livelihoodmatch.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and users and verifies employers: the organisation module's public
 * capability for the rest of the service.
 */
@Service
public class OrganisationService {

  private final Organisations organisations;
  private final StaffAccounts accounts;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;

  OrganisationService(
      Organisations organisations,
      StaffAccounts accounts,
      PasswordEncoder passwords,
      AuditTrail audit) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
  }

  @Transactional
  public Organisation register(
      String name,
      OrganisationKind kind,
      String province,
      String registrationNumber,
      String phone,
      String email,
      String address) {
    Organisation organisation =
        organisations.save(
            Organisation.register(name, kind, province, registrationNumber, phone, email, address));
    audit.record("CREATE", "ORGANISATION", organisation.id());
    return organisation;
  }

  public Optional<Organisation> find(UUID id) {
    return organisations.findById(id);
  }

  public Optional<Organisation> findByName(String name) {
    return organisations.findByName(name);
  }

  public Organisation get(UUID id) {
    return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
  }

  public List<Organisation> all() {
    return organisations.findAll();
  }

  @Transactional
  public Organisation setVerified(UUID id, boolean verified) {
    Organisation organisation = get(id);
    organisation.verify(verified);
    audit.record(verified ? "VERIFY" : "UNVERIFY", "ORGANISATION", id);
    return organisations.save(organisation);
  }

  /**
   * An active user, for the service's own start-up (the first administrator, demo users) and for
   * tests. Accounts that an administrator asks for over the API go through the organisation's
   * approval instead (API.md "Accounts, audit and limits").
   */
  @Transactional
  public UUID createUser(String username, String password, UUID organisationId, Set<Role> roles) {
    Role.problem(roles, get(organisationId).kind())
        .ifPresent(
            problem -> {
              throw new InvalidInputException("roles", problem);
            });
    StaffAccount account =
        accounts.save(
            StaffAccount.create(
                username,
                passwords.encode(password),
                organisationId,
                EnumSet.copyOf(roles),
                AccountStatus.ACTIVE));
    audit.recordAccount("CREATE", account.id(), organisationId, "ACTIVE " + account.roles());
    return account.id();
  }

  public boolean userExists(String username) {
    return accounts.findByUsername(username).isPresent();
  }

  public boolean anyAdministrator() {
    return accounts.anyAdministrator();
  }
}
