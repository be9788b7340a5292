package org.livelihoodmatch.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /admin/organisations}: every organisation, a new one (with the API's rules), and the
 * verify-employer action, which shows the link inviting the employer to make her own account (for
 * the administrator to pass on; it is shown once) when it has none.
 */
@Controller
class OrganisationPages {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final OrganisationService organisations;
  private final Catalogue catalogue;

  OrganisationPages(OrganisationService organisations, Catalogue catalogue) {
    this.organisations = organisations;
    this.catalogue = catalogue;
  }

  /** What the new-organisation form sends, kept as typed. */
  static final class OrganisationForm {
    public String name = "";
    public String kind = "";
    public String province = "";
    public String registrationNumber = "";
    public String phone = "";
    public String email = "";
    public String address = "";
  }

  @InitBinder("typed")
  void initBinder(WebDataBinder binder) {
    binder.initDirectFieldAccess();
  }

  /**
   * One page of the organisations, those waiting for verification first, filtered by kind and by
   * verification ({@code verified=true} or {@code false}); the filters stay in the page links.
   */
  @GetMapping("/admin/organisations")
  String showOrganisations(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String verified,
      @RequestParam(required = false) String page,
      Model model) {
    OrganisationKind only = kind(kind);
    Boolean state =
        "true".equals(verified) ? Boolean.TRUE : "false".equals(verified) ? false : null;
    var found = organisations.page(only, state, AdminPaging.of(page));
    model.addAttribute("organisationList", found);
    model.addAttribute("pages", AdminPaging.pages(found.total()));
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("kind", only == null ? "" : only.name());
    model.addAttribute("verified", state == null ? "" : state.toString());
    return "admin/organisations";
  }

  @GetMapping("/admin/organisations/new")
  String initCreationForm(Model model) {
    return form(new OrganisationForm(), Map.of(), model);
  }

  @PostMapping("/admin/organisations/new")
  String processCreationForm(
      @ModelAttribute("typed") OrganisationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Problems problems = new Problems();
    String name = Problems.blankToNull(form.name);
    if (name == null) {
      problems.add("name", "NAME_REQUIRED");
    } else if (name.length() > 200) {
      problems.add("name", "TOO_LONG");
    } else if (organisations.findByName(name).isPresent()) {
      problems.add("name", "ORGANISATION_NAME_TAKEN");
    }
    OrganisationKind kind = kind(form.kind);
    if (kind == null) {
      problems.add("kind", "KIND_REQUIRED");
    }
    String province = Problems.blankToNull(form.province);
    catalogue
        .provinceProblem(province)
        .ifPresent(p -> problems.add("province", "PROVINCE_UNKNOWN"));
    problems.length("registrationNumber", form.registrationNumber, 100);
    problems.length("phone", form.phone, 50);
    String email = Problems.blankToNull(form.email);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add("email", "EMAIL_FORM");
    }
    problems.length("email", form.email, 200);
    problems.length("address", form.address, 500);
    if (problems.any()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(form, problems.asMap(), model);
    }
    Organisation made =
        organisations.register(
            name,
            kind,
            province,
            Problems.blankToNull(form.registrationNumber),
            Problems.blankToNull(form.phone),
            email,
            Problems.blankToNull(form.address));
    redirect.addFlashAttribute("done", "admin.organisations.created");
    redirect.addFlashAttribute("doneName", made.name());
    return "redirect:/admin/organisations";
  }

  /** Verifies an employer; the invitation for its own account, if it needs one, is shown once. */
  @PostMapping("/admin/organisations/{id}/verify")
  String processVerification(@PathVariable UUID id, RedirectAttributes redirect) {
    Organisation organisation = organisations.get(id);
    if (organisation.kind() != OrganisationKind.EMPLOYER) {
      redirect.addFlashAttribute("problem", "admin.organisations.notEmployer");
      return "redirect:/admin/organisations";
    }
    OrganisationService.Verified verified = organisations.verifyEmployer(id);
    redirect.addFlashAttribute("done", "admin.organisations.verifiedDone");
    redirect.addFlashAttribute("doneName", organisation.name());
    invitation(verified.invitation(), organisation, redirect);
    return "redirect:/admin/organisations";
  }

  /** A new invitation link for a verified employer without an account (earlier links end). */
  @PostMapping("/admin/organisations/{id}/invitation")
  String processInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
    Organisation organisation = organisations.get(id);
    var invitation = organisations.inviteEmployer(id);
    if (invitation.isEmpty()) {
      redirect.addFlashAttribute("problem", "admin.organisations.noInvitation");
      redirect.addFlashAttribute("doneName", organisation.name());
    }
    invitation(invitation, organisation, redirect);
    return "redirect:/admin/organisations";
  }

  private static void invitation(
      Optional<OrganisationService.Invitation> invitation,
      Organisation organisation,
      RedirectAttributes redirect) {
    invitation.ifPresent(
        i -> {
          Map<String, Object> shown = new LinkedHashMap<>();
          shown.put("organisation", organisation.name());
          shown.put(
              "url",
              ServletUriComponentsBuilder.fromCurrentContextPath().path(i.path()).toUriString());
          shown.put("expires", i.expiresAt());
          redirect.addFlashAttribute("invitation", shown);
        });
  }

  private String form(OrganisationForm typed, Map<String, String> problems, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("problems", problems);
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("provinces", catalogue.provinces());
    return "admin/organisation-new";
  }

  private static OrganisationKind kind(String text) {
    for (OrganisationKind k : OrganisationKind.values()) {
      if (k.name().equals(text)) {
        return k;
      }
    }
    return null;
  }
}
