package org.livelihoodmatch.organisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an account after an administrator makes it: the organisation approves it, an
 * administrator or the organisation's planner disables it, its user changes the password. Each step
 * is an audit event that the organisation's planners see. An account of another organisation is
 * answered as not found, except to administrators, who manage every organisation's accounts but
 * never approve one.
 */
@Service
class AccountService {

  private final StaffAccounts accounts;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final SignInAttempts attempts;
  private final CachedSignIns signIns;
  private final AccountSessions sessions;
  private final AuditTrail audit;

  AccountService(
      StaffAccounts accounts,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      SignInAttempts attempts,
      CachedSignIns signIns,
      AccountSessions sessions,
      AuditTrail audit) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.policy = policy;
    this.attempts = attempts;
    this.signIns = signIns;
    this.sessions = sessions;
    this.audit = audit;
  }

  /**
   * An account made by an administrator: {@code PENDING} when the organisation has an active
   * officer or planner to approve it, otherwise (a new organisation, an employer) active at once.
   */
  @Transactional
  StaffAccount createByAdministrator(
      String username, String fullName, String password, UUID organisationId, Set<Role> roles) {
    AccountStatus status =
        accounts.countApprovers(organisationId) > 0 ? AccountStatus.PENDING : AccountStatus.ACTIVE;
    return create(username, fullName, password, organisationId, roles, status);
  }

  /** A new account of the given status; {@code fullName} may be absent. */
  @Transactional
  StaffAccount create(
      String username,
      String fullName,
      String password,
      UUID organisationId,
      Set<Role> roles,
      AccountStatus status) {
    String name = fullName == null || fullName.isBlank() ? null : fullName.strip();
    StaffAccount account =
        accounts.save(
            StaffAccount.create(
                username,
                name,
                encoder.encode(password),
                organisationId,
                EnumSet.copyOf(roles),
                status));
    audit.recordAccount(
        "CREATE", account.id(), organisationId, status + " " + account.roles().toString());
    return account;
  }

  /** An officer or planner approves a pending account of their own organisation. */
  @Transactional
  StaffAccount approve(UUID id) {
    Staff staff = CurrentStaff.get();
    StaffAccount account = ownOrganisations(id, staff);
    if (account.status() != AccountStatus.ACTIVE) {
      account.approve();
      account = accounts.save(account);
      audit.recordAccount("APPROVE", id, account.organisationId(), null);
    }
    return account;
  }

  /**
   * Disables an account at once: its remembered sign-ins are forgotten and its browser sessions
   * ended. No one disables the last active administrator; an administrator does not disable the
   * last active officer or planner of an organisation, whose next account would then be active
   * without anyone's approval.
   */
  @Transactional
  StaffAccount disable(UUID id) {
    Staff staff = CurrentStaff.get();
    StaffAccount account =
        staff.has(Role.ADMIN)
            ? accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id))
            : ownOrganisations(id, staff);
    if (account.status() == AccountStatus.DISABLED) {
      return account;
    }
    boolean active = account.status() == AccountStatus.ACTIVE;
    if (active
        && account.roles().contains(Role.ADMIN)
        && accounts.countActiveAdministrators() <= 1) {
      throw new AccountConflict("LAST_ADMINISTRATOR", "This is the last active administrator.");
    }
    if (active
        && !staff.organisationId().equals(account.organisationId())
        && approves(account)
        && accounts.countApprovers(account.organisationId()) <= 1) {
      throw new AccountConflict(
          "LAST_APPROVER",
          "This is the organisation's last active officer or planner; its planner may disable it.");
    }
    account.disable();
    account = accounts.save(account);
    signOut(account);
    audit.recordAccount("DISABLE", id, account.organisationId(), null);
    return account;
  }

  /**
   * The signed-in user's new password. A wrong current password counts as a failed sign-in, so the
   * form cannot be used to guess it; the other sessions of the user end.
   */
  @Transactional(noRollbackFor = InvalidInputException.class)
  void changePassword(String current, String next, String keepSession) {
    Staff staff = CurrentStaff.get();
    StaffAccount account =
        accounts.findById(staff.userId()).orElseThrow(() -> new NotFoundException("user", null));
    if (attempts.lockedUntil(account.username()).isPresent()) {
      throw new InvalidInputException(
          "current", "too many failed attempts for this user name: try again later");
    }
    if (current == null || !encoder.matches(current, account.passwordHash())) {
      attempts.failed(account.username());
      audit.recordAccount(
          "PASSWORD_CHANGE_FAILED", account.id(), account.organisationId(), "wrong password");
      throw new InvalidInputException("current", "is not your current password");
    }
    policy
        .problem(next, account.username())
        .ifPresent(
            problem -> {
              throw new InvalidInputException("new", problem);
            });
    if (next.equals(current)) {
      throw new InvalidInputException("new", "must differ from the current password");
    }
    account.changePassword(encoder.encode(next));
    accounts.save(account);
    signIns.forget(account.username());
    sessions.end(account.id(), keepSession);
    audit.recordAccount("PASSWORD_CHANGE", account.id(), account.organisationId(), null);
  }

  /** Users of the caller's organisation, or of every organisation for an administrator. */
  PageOf<StaffAccount> list(AccountStatus status, Paging paging) {
    Staff staff = CurrentStaff.get();
    UUID organisation = staff.has(Role.ADMIN) ? null : staff.organisationId();
    String state = status == null ? null : status.name();
    return new PageOf<>(
        accounts.page(organisation, state, paging.size(), paging.offset()),
        paging.page(),
        paging.size(),
        accounts.count(organisation, state));
  }

  /**
   * Whether someone other than {@code account} approves its organisation's accounts, so that an
   * administrator's change to it waits for their approval, as a new account does.
   */
  boolean othersApprove(StaffAccount account) {
    return accounts.countApprovers(account.organisationId()) - (account.approves() ? 1 : 0) > 0;
  }

  /** Ends the account's remembered sign-ins and browser sessions: what it may do has changed. */
  void signOut(StaffAccount account) {
    signIns.forget(account.username());
    sessions.end(account.id(), null);
  }

  private StaffAccount ownOrganisations(UUID id, Staff staff) {
    return accounts
        .findById(id)
        .filter(a -> a.organisationId().equals(staff.organisationId()))
        .orElseThrow(() -> new NotFoundException("user", id));
  }

  private static boolean approves(StaffAccount account) {
    return account.roles().contains(Role.OFFICER) || account.roles().contains(Role.PLANNER);
  }
}
