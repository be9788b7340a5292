package org.livelihoodmatch.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user's sign-in: name, password hash, organisation, roles and whether it may sign in. */
@Table("app_user")
class StaffAccount {

  @Id private final UUID id;
  @Version private Long version;
  private final String username;
  private String passwordHash;
  private final UUID organisationId;
  private String roles;
  private AccountStatus status;
  private String fullName;

  StaffAccount(
      UUID id,
      Long version,
      String username,
      String passwordHash,
      UUID organisationId,
      String roles,
      AccountStatus status,
      String fullName) {
    this.id = id;
    this.version = version;
    this.username = username;
    this.passwordHash = passwordHash;
    this.organisationId = organisationId;
    this.roles = roles;
    this.status = status;
    this.fullName = fullName;
  }

  static StaffAccount create(
      String username,
      String passwordHash,
      UUID organisationId,
      Set<Role> roles,
      AccountStatus status) {
    return create(username, null, passwordHash, organisationId, roles, status);
  }

  /** A new account; {@code fullName} is the person's name as typed, or null. */
  static StaffAccount create(
      String username,
      String fullName,
      String passwordHash,
      UUID organisationId,
      Set<Role> roles,
      AccountStatus status) {
    return new StaffAccount(
        UUID.randomUUID(),
        null,
        username,
        passwordHash,
        organisationId,
        joined(roles),
        status,
        fullName);
  }

  private static String joined(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  UUID id() {
    return id;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  UUID organisationId() {
    return organisationId;
  }

  AccountStatus status() {
    return status;
  }

  /** A pending account may sign in from now on; an active one stays so. */
  void approve() {
    if (status == AccountStatus.DISABLED) {
      throw new AccountConflict(
          "DISABLED", "The account is disabled; a disabled account is not approved.");
    }
    status = AccountStatus.ACTIVE;
  }

  void disable() {
    status = AccountStatus.DISABLED;
  }

  /** An administrator's change that the organisation must approve, or that needs no approval. */
  void awaitApproval(boolean approvalNeeded) {
    if (approvalNeeded && status != AccountStatus.DISABLED) {
      status = AccountStatus.PENDING;
    }
  }

  /** A disabled account may sign in again, at once or once its organisation approves it. */
  void enable(boolean approvalNeeded) {
    if (status == AccountStatus.DISABLED) {
      status = approvalNeeded ? AccountStatus.PENDING : AccountStatus.ACTIVE;
    }
  }

  void changeRoles(Set<Role> next) {
    roles = joined(next);
  }

  String fullName() {
    return fullName;
  }

  /** Whether the account approves its organisation's new accounts: an active officer or planner. */
  boolean approves() {
    Set<Role> held = roles();
    return status == AccountStatus.ACTIVE
        && (held.contains(Role.OFFICER) || held.contains(Role.PLANNER));
  }

  void changePassword(String newHash) {
    passwordHash = newHash;
  }

  Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
    return set;
  }
}
