package org.livelihoodmatch.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API: administrators make them; the organisation's officers and planners approve
 * them and see them; administrators and the organisation's planners disable them; every user
 * changes their own password (API.md "Accounts, audit and limits").
 */
@RestController
class AccountController {

  private final AccountService accounts;
  private final AccountAdministration administration;
  private final Validation validation;

  AccountController(
      AccountService accounts, AccountAdministration administration, Validation validation) {
    this.accounts = accounts;
    this.administration = administration;
    this.validation = validation;
  }

  /** A new account; {@code name}, the person's own name, is optional (beyond API.md). */
  record UserForm(
      @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,100}") String username,
      @NotNull String password,
      @NotNull UUID organisationId,
      @NotNull @Size(min = 1) Set<@NotNull Role> roles,
      @Size(max = 200) String name) {}

  record UserView(
      UUID id,
      String username,
      String name,
      UUID organisationId,
      Set<Role> roles,
      AccountStatus status) {
    static UserView of(StaffAccount a) {
      return new UserView(
          a.id(), a.username(), a.fullName(), a.organisationId(), a.roles(), a.status());
    }
  }

  /** The current password and the new one ({@code "new"} in JSON, a reserved word in Java). */
  record PasswordChange(String current, @JsonProperty("new") String next) {}

  @PostMapping("/api/v1/users")
  @ApiResponse(
      responseCode = "201",
      description =
          "Created; Location names the new user. PENDING until the organisation approves it when"
              + " it has an active officer or planner",
      useReturnTypeSchema = true)
  ResponseEntity<UserView> create(@RequestBody UserForm form) {
    var problems = validation.of(form);
    if (form != null) {
      // the annotations name what is missing or malformed; the rules shared with the pages add
      // what they do not (a name taken, a weak password, an unknown organisation, roles)
      administration
          .problems(
              new AccountAdministration.NewAccount(
                  form.username(),
                  form.name(),
                  form.password(),
                  form.organisationId(),
                  form.roles()))
          .stream()
          .filter(p -> !problems.has(p.field()))
          .forEach(p -> problems.add(p.field(), p.message()));
    }
    problems.throwIfAny();
    StaffAccount account =
        accounts.createByAdministrator(
            form.username(), form.name(), form.password(), form.organisationId(), form.roles());
    return ResponseEntity.created(URI.create("/api/v1/users/" + account.id()))
        .body(UserView.of(account));
  }

  @GetMapping("/api/v1/users")
  PageOf<UserView> list(
      @RequestParam(required = false) AccountStatus status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageOf<StaffAccount> found = accounts.list(status, Paging.of(page, size));
    return new PageOf<>(
        found.items().stream().map(UserView::of).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @PostMapping("/api/v1/users/{id}/approve")
  UserView approve(@PathVariable UUID id) {
    return UserView.of(accounts.approve(id));
  }

  @PostMapping("/api/v1/users/{id}/disable")
  UserView disable(@PathVariable UUID id) {
    return UserView.of(accounts.disable(id));
  }

  @PutMapping("/api/v1/users/me/password")
  @ApiResponse(responseCode = "204", description = "Changed; the user's other sessions end")
  ResponseEntity<Void> changePassword(
      @RequestBody PasswordChange change, HttpServletRequest request) {
    validation.of(change).throwIfAny();
    HttpSession session = request.getSession(false);
    accounts.changePassword(
        change.current(), change.next(), session == null ? null : session.getId());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(AccountConflict.class)
  ResponseEntity<ProblemDetail> conflict(AccountConflict e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    body.setTitle("Account state conflict");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }
}
