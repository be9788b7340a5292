package org.livelihoodmatch.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.livelihoodmatch.organisation.AccountAdministration;
import org.livelihoodmatch.organisation.AccountAdministration.Account;
import org.livelihoodmatch.organisation.AccountStatus;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: the accounts of every organisation, a new account, and for one account its
 * roles, whether it may sign in and a new password, all through {@link AccountAdministration}, so
 * by the API's rules (an account made or changed in an organisation with approvers waits for them).
 * A refused answer comes back beside its field with what was typed kept.
 */
@Controller
class UserPages {

  private final AccountAdministration accounts;
  private final OrganisationService organisations;

  UserPages(AccountAdministration accounts, OrganisationService organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @GetMapping("/admin/users")
  String showUsers(
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String page,
      Model model) {
    UUID organisationId = uuid(organisation);
    AccountStatus state = status(status);
    var found = accounts.accounts(organisationId, state, AdminPaging.of(page));
    model.addAttribute("users", found);
    model.addAttribute("pages", AdminPaging.pages(found.total()));
    model.addAttribute(
        "filter",
        Map.of(
            "organisation",
            organisationId == null ? "" : organisationId + "",
            "status",
            state == null ? "" : state.name()));
    model.addAttribute("statuses", AccountStatus.values());
    return withOrganisations(model, "admin/users");
  }

  @GetMapping("/admin/users/new")
  String initCreationForm(@RequestParam(required = false) String organisation, Model model) {
    model.addAttribute(
        "typed",
        Map.of(
            "organisationId",
            organisation == null ? "" : organisation,
            "name",
            "",
            "username",
            ""));
    model.addAttribute("chosenRoles", Set.of());
    model.addAttribute("problems", Map.of());
    return withOrganisations(model, "admin/user-new");
  }

  @PostMapping("/admin/users/new")
  String processCreationForm(
      @RequestParam(defaultValue = "") String organisationId,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Problems problems = new Problems();
    if (!organisationId.isBlank() && uuid(organisationId) == null) {
      problems.add("organisationId", "ORGANISATION_UNKNOWN");
    }
    Set<Role> chosen = roles(roles, problems);
    var request =
        new AccountAdministration.NewAccount(
            username.strip(), Problems.blankToNull(name), password, uuid(organisationId), chosen);
    problems.addAll(accounts.problems(request));
    if (!problems.any()) {
      try {
        Account made = accounts.create(request);
        redirect.addFlashAttribute("done", "admin.users.created." + made.status());
        return "redirect:/admin/users/" + made.id();
      } catch (AccountAdministration.Refused refused) { // taken meanwhile
        problems.addAll(refused.coded());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute(
        "typed", Map.of("organisationId", organisationId, "name", name, "username", username));
    model.addAttribute("chosenRoles", chosen.stream().map(Enum::name).collect(Collectors.toSet()));
    model.addAttribute("problems", problems.asMap());
    return withOrganisations(model, "admin/user-new");
  }

  private String withOrganisations(Model model, String view) {
    List<Organisation> all =
        organisations.all().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    model.addAttribute("organisations", all);
    model.addAttribute(
        "organisationNames",
        all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a)));
    model.addAttribute("roles", Role.values());
    return view;
  }

  /** The roles ticked; one that is no role at all (a crafted post) is a problem of the field. */
  static Set<Role> roles(List<String> ticked, Problems problems) {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    Map<String, Role> known =
        EnumSet.allOf(Role.class).stream()
            .collect(Collectors.toMap(Enum::name, Function.identity()));
    for (String name : ticked == null ? List.<String>of() : ticked) {
      Role role = known.get(name);
      if (role == null) {
        problems.add("roles", "ROLES_UNKNOWN");
      } else {
        chosen.add(role);
      }
    }
    return chosen;
  }

  static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AccountStatus status(String text) {
    for (AccountStatus s : AccountStatus.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    return null;
  }
}
