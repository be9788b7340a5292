package org.livelihoodmatch.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.livelihoodmatch.organisation.AccountAdministration;
import org.livelihoodmatch.organisation.AccountAdministration.Account;
import org.livelihoodmatch.organisation.AccountConflict;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users/{id}}: one account, its roles, whether it may sign in, and a new password,
 * through {@link AccountAdministration}: a change that would let someone read clients waits for the
 * organisation's approval, and one a rule forbids (the last administrator, the organisation's last
 * approver) is said in the reader's language, as a refused answer is beside its field.
 */
@Controller
class AccountPages {

  private static final String DETAIL = "admin/user";

  private final AccountAdministration accounts;
  private final OrganisationService organisations;

  AccountPages(AccountAdministration accounts, OrganisationService organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @GetMapping("/admin/users/{id}")
  String showUser(@PathVariable UUID id, Model model) {
    return detail(accounts.account(id), Map.of(), null, model);
  }

  @PostMapping("/admin/users/{id}/roles")
  String processRoles(
      @PathVariable UUID id,
      @RequestParam(required = false) List<String> roles,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Problems problems = new Problems();
    Set<Role> chosen = UserPages.roles(roles, problems);
    return change(
        id,
        problems,
        () -> accounts.changeRoles(id, chosen),
        "admin.users.rolesChanged",
        model,
        response,
        redirect);
  }

  @PostMapping("/admin/users/{id}/password")
  String processPassword(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        new Problems(),
        () -> accounts.resetPassword(id, password),
        "admin.users.passwordReset",
        model,
        response,
        redirect);
  }

  @PostMapping("/admin/users/{id}/disable")
  String processDisabling(
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        new Problems(),
        () -> accounts.disable(id),
        "admin.users.disabled",
        model,
        response,
        redirect);
  }

  @PostMapping("/admin/users/{id}/enable")
  String processEnabling(
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        new Problems(),
        () -> accounts.enable(id),
        "admin.users.enabled",
        model,
        response,
        redirect);
  }

  /** Runs one change; a refusal or a conflict shows the account again, saying why. */
  private String change(
      UUID id,
      Problems problems,
      Supplier<Account> action,
      String done,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String conflict = null;
    if (!problems.any()) {
      try {
        Account changed = action.get();
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("status", changed.status().name());
        return "redirect:/admin/users/" + id;
      } catch (AccountAdministration.Refused refused) {
        problems.addAll(refused.coded());
      } catch (AccountConflict e) {
        conflict = "admin.conflict." + e.code();
      }
    }
    response.setStatus(
        conflict == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
    return detail(accounts.account(id), problems.asMap(), conflict, model);
  }

  private String detail(
      Account account, Map<String, String> problems, String conflict, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("organisation", organisations.find(account.organisationId()).orElse(null));
    model.addAttribute(
        "chosenRoles", account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    model.addAttribute("roles", Role.values());
    model.addAttribute("problems", problems);
    model.addAttribute("conflict", conflict);
    return DETAIL;
  }
}
