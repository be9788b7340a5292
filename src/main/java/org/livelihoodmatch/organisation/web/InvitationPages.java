package org.livelihoodmatch.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.livelihoodmatch.organisation.AccountAdministration;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.store.EmployerInvitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /invitations/{token}}: where a verified employer follows the link her verifier passed on
 * and makes her own account (no sign-in needed; the token is the key). A used, replaced or expired
 * link is refused with {@code 410}, an unknown one with {@code 404}; a bad answer comes back beside
 * its field with what was typed kept (passwords excepted) and the link still valid.
 */
@Controller
class InvitationPages {

  private static final String FORM = "organisation/invitation";
  private static final String INVALID = "organisation/invitation-invalid";

  private final OrganisationService organisations;
  private final EmployerInvitations invitations;

  InvitationPages(OrganisationService organisations, EmployerInvitations invitations) {
    this.organisations = organisations;
    this.invitations = invitations;
  }

  @GetMapping("/invitations/accepted")
  String showAccepted() {
    return "organisation/invitation-accepted";
  }

  @GetMapping("/invitations/{token}")
  String showInvitation(@PathVariable String token, Model model, HttpServletResponse response) {
    return organisations
        .invitedOrganisation(token)
        .map(
            o -> {
              model.addAttribute("token", token);
              model.addAttribute("organisation", o);
              model.addAttribute("typed", Map.of("username", "", "name", ""));
              model.addAttribute("problems", Map.of());
              return FORM;
            })
        .orElseGet(() -> invalid(token, model, response));
  }

  @PostMapping("/invitations/{token}")
  String processInvitation(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirm,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var organisation = organisations.invitedOrganisation(token);
    if (organisation.isEmpty()) {
      return invalid(token, model, response);
    }
    Map<String, String> problems = new LinkedHashMap<>();
    try {
      if (!password.equals(confirm)) {
        problems.put("confirm", "CONFIRM_DIFFERS");
      } else {
        var account = organisations.acceptInvitation(token, username.strip(), name, password);
        redirect.addFlashAttribute("username", account.username());
        return "redirect:/invitations/accepted";
      }
    } catch (AccountAdministration.Refused refused) {
      refused.coded().forEach(p -> problems.putIfAbsent(p.field(), p.code()));
    } catch (OrganisationService.InvitationNotValid gone) {
      return invalid(token, model, response);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("token", token);
    model.addAttribute("organisation", organisation.get());
    model.addAttribute("typed", Map.of("username", username, "name", name));
    model.addAttribute("problems", problems);
    return FORM;
  }

  private String invalid(String token, Model model, HttpServletResponse response) {
    EmployerInvitations.State state = invitations.state(token);
    response.setStatus(
        state == EmployerInvitations.State.UNKNOWN
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_GONE);
    model.addAttribute("state", state.name());
    return INVALID;
  }
}
