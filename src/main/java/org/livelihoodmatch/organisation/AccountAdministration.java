package org.livelihoodmatch.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as an administrator manages them (the administrator's pages) and the employer's own
 * account made from an invitation: one set of rules with the API's {@link AccountService}. An
 * administrator's change that would let someone read clients with a password the administrator
 * knows or a role the administrator gave (a password reset, a client role added, an account enabled
 * again) waits, like a new account, for the approval of the organisation's own officers or planners
 * when it has others.
 */
@Service
public class AccountAdministration {

  /** An account as the pages see it, without its password. */
  public record Account(
      UUID id,
      String username,
      String name,
      UUID organisationId,
      Set<Role> roles,
      AccountStatus status) {
    static Account of(StaffAccount a) {
      return new Account(
          a.id(), a.username(), a.fullName(), a.organisationId(), a.roles(), a.status());
    }
  }

  /** An account asked for; {@code name} is the person's, and may be absent. */
  public record NewAccount(
      String username, String name, String password, UUID organisationId, Set<Role> roles) {}

  /** One field's problem: a code the pages translate, and the API's English. */
  public record Problem(String field, String code, String message) {}

  /** Refused input: {@code 400} on the API, each problem beside its field on the pages. */
  public static class Refused extends InvalidInputException {
    private final transient List<Problem> coded;

    Refused(List<Problem> coded) {
      super(coded.stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
      this.coded = List.copyOf(coded);
    }

    public List<Problem> coded() {
      return coded;
    }
  }

  private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,100}");
  private static final int MAX_NAME = 200;

  private final AccountService service;
  private final StaffAccounts accounts;
  private final Organisations organisations;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;

  AccountAdministration(
      AccountService service,
      StaffAccounts accounts,
      Organisations organisations,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      AuditTrail audit) {
    this.service = service;
    this.accounts = accounts;
    this.organisations = organisations;
    this.policy = policy;
    this.encoder = encoder;
    this.audit = audit;
  }

  /** A new account, {@code PENDING} where the organisation has someone to approve it. */
  @Transactional
  public Account create(NewAccount a) {
    requireAdministrator();
    refuseAny(problems(a));
    return Account.of(
        service.createByAdministrator(
            a.username(), a.name(), a.password(), a.organisationId(), a.roles()));
  }

  /**
   * The employer's own account, made where she follows her invitation: active at once (employers
   * have no officer to approve them, and see no client).
   */
  @Transactional
  public Account createInvitedEmployer(
      UUID organisationId, String username, String name, String password) {
    NewAccount a = new NewAccount(username, name, password, organisationId, Set.of(Role.EMPLOYER));
    refuseAny(problems(a));
    return Account.of(
        service.create(
            username, name, password, organisationId, Set.of(Role.EMPLOYER), AccountStatus.ACTIVE));
  }

  /** What is wrong with a new account, field by field. */
  public List<Problem> problems(NewAccount a) {
    List<Problem> found = new ArrayList<>();
    if (a.username() == null || !USERNAME.matcher(a.username()).matches()) {
      found.add(
          new Problem(
              "username", "USERNAME_FORM", "must be 3 to 100 letters, digits, '.', '_' or '-'"));
    } else if (accounts.findByUsername(a.username()).isPresent()) {
      found.add(new Problem("username", "USERNAME_TAKEN", "is taken"));
    }
    if (a.name() != null && a.name().strip().length() > MAX_NAME) {
      found.add(new Problem("name", "NAME_LONG", "must have at most " + MAX_NAME + " characters"));
    }
    policy
        .verdict(a.password(), a.username())
        .ifPresent(v -> found.add(new Problem("password", v.code(), v.message())));
    Optional<Organisation> organisation =
        a.organisationId() == null ? Optional.empty() : organisations.findById(a.organisationId());
    if (a.organisationId() == null) {
      found.add(new Problem("organisationId", "ORGANISATION_REQUIRED", "is required"));
    } else if (organisation.isEmpty()) {
      found.add(new Problem("organisationId", "ORGANISATION_UNKNOWN", "no such organisation"));
    }
    rolesProblem(a.roles(), organisation.map(Organisation::kind).orElse(null))
        .ifPresent(found::add);
    return found;
  }

  public Account account(UUID id) {
    requireAdministrator();
    return Account.of(find(id));
  }

  /** Accounts of one organisation or of all, of one status or of any, by user name. */
  public PageOf<Account> accounts(UUID organisationId, AccountStatus status, Paging paging) {
    requireAdministrator();
    String state = status == null ? null : status.name();
    return new PageOf<>(
        accounts.page(organisationId, state, paging.size(), paging.offset()).stream()
            .map(Account::of)
            .toList(),
        paging.page(),
        paging.size(),
        accounts.count(organisationId, state));
  }

  /**
   * New roles. The last active administrator keeps {@code ADMIN}; an organisation's last active
   * officer or planner keeps the role that approves; a client role given waits for the
   * organisation's approval. The account's sessions end: they carry the old roles.
   */
  @Transactional
  public Account changeRoles(UUID id, Set<Role> roles) {
    requireAdministrator();
    StaffAccount account = find(id);
    Organisation organisation = organisations.findById(account.organisationId()).orElseThrow();
    rolesProblem(roles, organisation.kind()).ifPresent(p -> refuseAny(List.of(p)));
    Set<Role> before = account.roles();
    boolean active = account.status() == AccountStatus.ACTIVE;
    if (active
        && before.contains(Role.ADMIN)
        && !roles.contains(Role.ADMIN)
        && accounts.countActiveAdministrators() <= 1) {
      throw new AccountConflict("LAST_ADMINISTRATOR", "This is the last active administrator.");
    }
    boolean approvesAfter = roles.contains(Role.OFFICER) || roles.contains(Role.PLANNER);
    if (account.approves() && !approvesAfter && !service.othersApprove(account)) {
      throw new AccountConflict(
          "LAST_APPROVER", "This is the organisation's last active officer or planner.");
    }
    boolean clientRoleGiven =
        (roles.contains(Role.OFFICER) && !before.contains(Role.OFFICER))
            || (roles.contains(Role.PLANNER) && !before.contains(Role.PLANNER));
    boolean wait = clientRoleGiven && service.othersApprove(account);
    account.changeRoles(roles);
    account.awaitApproval(wait);
    account = accounts.save(account);
    service.signOut(account);
    audit.recordAccount(
        "ROLES",
        id,
        account.organisationId(),
        before + " -> " + account.roles() + (wait ? " PENDING" : ""));
    return Account.of(account);
  }

  /** A disabled account signs in again, once its organisation approves it if it has approvers. */
  @Transactional
  public Account enable(UUID id) {
    requireAdministrator();
    StaffAccount account = find(id);
    if (account.status() != AccountStatus.DISABLED) {
      return Account.of(account);
    }
    boolean wait = service.othersApprove(account);
    account.enable(wait);
    account = accounts.save(account);
    audit.recordAccount("ENABLE", id, account.organisationId(), wait ? "PENDING" : null);
    return Account.of(account);
  }

  @Transactional
  public Account disable(UUID id) {
    requireAdministrator();
    return Account.of(service.disable(id));
  }

  /**
   * A new password the administrator chose and passes on; the account's sign-ins and sessions end,
   * and it waits for its organisation's approval when someone else there approves accounts.
   */
  @Transactional
  public Account resetPassword(UUID id, String password) {
    requireAdministrator();
    StaffAccount account = find(id);
    policy
        .verdict(password, account.username())
        .ifPresent(v -> refuseAny(List.of(new Problem("password", v.code(), v.message()))));
    boolean wait = service.othersApprove(account);
    account.changePassword(encoder.encode(password));
    account.awaitApproval(wait);
    account = accounts.save(account);
    service.signOut(account);
    audit.recordAccount("PASSWORD_RESET", id, account.organisationId(), wait ? "PENDING" : null);
    return Account.of(account);
  }

  private StaffAccount find(UUID id) {
    return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
  }

  private static Optional<Problem> rolesProblem(Set<Role> roles, OrganisationKind kind) {
    if (roles == null || roles.isEmpty()) {
      return Optional.of(new Problem("roles", "ROLES_REQUIRED", "choose at least one role"));
    }
    return Role.problemCode(roles, kind)
        .map(code -> new Problem("roles", code, Role.problem(roles, kind).orElseThrow()));
  }

  private static void refuseAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
  }

  private static void requireAdministrator() {
    if (!CurrentStaff.get().has(Role.ADMIN)) {
      throw new AccessDeniedException("administrators only");
    }
  }
}
