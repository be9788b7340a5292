package org.livelihoodmatch.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.organisation.store.EmployerInvitations;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and users and verifies employers: the organisation module's public
 * capability for the rest of the service. A verified employer without an account of its own is
 * invited to make one: the verifier passes on a link with a one-time token.
 */
@Service
public class OrganisationService {

  /** An invitation just made: the link's path ({@code /invitations/...}) and when it expires. */
  public record Invitation(String path, Instant expiresAt) {}

  /** An employer verified, with the invitation to pass on when it has no account yet. */
  public record Verified(Organisation organisation, Optional<Invitation> invitation) {}

  /** The invitation's token is unknown, used, replaced by a newer one or expired. */
  public static class InvitationNotValid extends RuntimeException {
    InvitationNotValid() {
      super("the invitation is no longer valid");
    }
  }

  private final Organisations organisations;
  private final StaffAccounts accounts;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final EmployerInvitations invitations;
  private final AccountAdministration administration;

  OrganisationService(
      Organisations organisations,
      StaffAccounts accounts,
      PasswordEncoder passwords,
      AuditTrail audit,
      EmployerInvitations invitations,
      AccountAdministration administration) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
    this.invitations = invitations;
    this.administration = administration;
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

  /**
   * One page of the organisations, of one kind (null: all) and verified or not (null: either),
   * those waiting for verification first, then by name.
   */
  public PageOf<Organisation> page(OrganisationKind kind, Boolean verified, Paging paging) {
    String only = kind == null ? null : kind.name();
    return new PageOf<>(
        organisations.page(only, verified, paging.size(), paging.offset()),
        paging.page(),
        paging.size(),
        organisations.count(only, verified));
  }

  /** Sets whether an organisation is verified; withdrawn, its unused invitations end. */
  @Transactional
  public Organisation setVerified(UUID id, boolean verified) {
    Organisation organisation = get(id);
    organisation.verify(verified);
    if (!verified) {
      invitations.revoke(id);
    }
    audit.record(verified ? "VERIFY" : "UNVERIFY", "ORGANISATION", id);
    return organisations.save(organisation);
  }

  /**
   * Verifies an employer (the verify-employer action of the review queue, the administrator's page,
   * the API) and, when it has no account of its own yet, invites it to make one.
   */
  @Transactional
  public Verified verifyEmployer(UUID id) {
    Organisation organisation = setVerified(id, true);
    return new Verified(organisation, inviteEmployer(id));
  }

  /**
   * A new invitation for a verified employer that has no active account (its earlier links end);
   * empty for any other organisation.
   */
  @Transactional
  public Optional<Invitation> inviteEmployer(UUID id) {
    Organisation organisation = get(id);
    if (organisation.kind() != OrganisationKind.EMPLOYER
        || !organisation.verified()
        || accounts.countEmployerAccounts(id) > 0) {
      return Optional.empty();
    }
    String by = CurrentStaff.find().map(Staff::username).orElse("(service)");
    EmployerInvitations.Issued issued = invitations.issue(id, by);
    audit.record("INVITE", "ORGANISATION", id, "expires " + issued.expiresAt());
    return Optional.of(new Invitation("/invitations/" + issued.token(), issued.expiresAt()));
  }

  /**
   * The employer follows her invitation and chooses her name and password: her account, active at
   * once, and the token used up, in one transaction. Bad input throws {@link
   * AccountAdministration.Refused} and leaves the token valid.
   */
  @Transactional
  public AccountAdministration.Account acceptInvitation(
      String token, String username, String name, String password) {
    UUID organisation = invitations.organisation(token).orElseThrow(InvitationNotValid::new);
    AccountAdministration.Account account =
        administration.createInvitedEmployer(organisation, username, name, password);
    if (!invitations.use(token, account.id())) {
      throw new InvitationNotValid(); // another post of the link came first: roll back
    }
    audit.record("INVITATION_USED", "ORGANISATION", organisation, account.username());
    return account;
  }

  /** The organisation a still valid invitation token is for. */
  public Optional<Organisation> invitedOrganisation(String token) {
    return invitations.organisation(token).flatMap(organisations::findById);
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
