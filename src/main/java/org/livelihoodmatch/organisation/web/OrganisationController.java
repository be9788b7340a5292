package org.livelihoodmatch.organisation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.system.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Organisations over the API (administrators; officers verify employers). */
@RestController
class OrganisationController {

  private final OrganisationService service;
  private final Validation validation;
  private final Catalogue catalogue;

  OrganisationController(OrganisationService service, Validation validation, Catalogue catalogue) {
    this.service = service;
    this.validation = validation;
    this.catalogue = catalogue;
  }

  record OrganisationForm(
      @NotBlank @Size(max = 200) String name,
      @NotNull OrganisationKind kind,
      String province,
      @Size(max = 100) String registrationNumber,
      @Size(max = 50) String phone,
      @Email @Size(max = 200) String email,
      @Size(max = 500) String address) {}

  record OrganisationView(
      UUID id,
      long version,
      String name,
      OrganisationKind kind,
      String province,
      String registrationNumber,
      String phone,
      String email,
      boolean verified,
      @JsonInclude(JsonInclude.Include.NON_NULL) InvitationView invitation) {
    static OrganisationView of(Organisation o) {
      return of(o, null);
    }

    static OrganisationView of(Organisation o, InvitationView invitation) {
      return new OrganisationView(
          o.id(),
          o.version(),
          o.name(),
          o.kind(),
          o.province(),
          o.registrationNumber(),
          o.phone(),
          o.email(),
          o.verified(),
          invitation);
    }
  }

  /**
   * The link a verified employer follows to make her own account, for the verifier to pass on
   * (beyond API.md; present only in the answer that verified it, when it had no account yet).
   */
  record InvitationView(String url, java.time.Instant expiresAt) {}

  record VerificationForm(@NotNull Boolean verified) {}

  @PostMapping("/api/v1/organisations")
  @ApiResponse(
      responseCode = "201",
      description = "Created; Location names the new organisation",
      useReturnTypeSchema = true)
  ResponseEntity<OrganisationView> create(@RequestBody OrganisationForm form) {
    var problems = validation.of(form);
    if (form != null) {
      catalogue.provinceProblem(form.province()).ifPresent(m -> problems.add("province", m));
    }
    if (form != null && service.findByName(form.name()).isPresent()) {
      problems.add("name", "an organisation with this name exists");
    }
    problems.throwIfAny();
    Organisation o =
        service.register(
            form.name(),
            form.kind(),
            form.province(),
            form.registrationNumber(),
            form.phone(),
            form.email(),
            null);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + o.id()))
        .body(OrganisationView.of(o));
  }

  /**
   * The organisations by name, of one kind if asked ({@code ?kind=NGO}): where an officer finds the
   * NGO or government office to refer a client to (beyond API.md).
   */
  @GetMapping("/api/v1/organisations")
  org.livelihoodmatch.system.PageOf<OrganisationView> list(
      @org.springframework.web.bind.annotation.RequestParam(required = false) OrganisationKind kind,
      @org.springframework.web.bind.annotation.RequestParam(required = false) Integer page,
      @org.springframework.web.bind.annotation.RequestParam(required = false) Integer size) {
    var paging = org.livelihoodmatch.system.Paging.of(page, size);
    java.util.List<OrganisationView> all =
        service.all().stream()
            .filter(o -> kind == null || o.kind() == kind)
            .sorted(java.util.Comparator.comparing(Organisation::name))
            .map(OrganisationView::of)
            .toList();
    int from = (int) Math.min(all.size(), paging.offset());
    return new org.livelihoodmatch.system.PageOf<>(
        all.subList(from, Math.min(all.size(), from + paging.size())),
        paging.page(),
        paging.size(),
        all.size());
  }

  @GetMapping("/api/v1/organisations/{id}")
  OrganisationView get(@PathVariable UUID id) {
    return OrganisationView.of(service.get(id));
  }

  /**
   * Sets whether an organisation is verified. An officer verifies (or withdraws the verification
   * of) an employer after checking it, which is all an officer may do here: NGOs, provincial
   * offices and the administration are an administrator's to change, so that no officer can
   * un-verify another NGO.
   */
  @PatchMapping("/api/v1/organisations/{id}")
  OrganisationView verify(@PathVariable UUID id, @RequestBody VerificationForm form) {
    validation.of(form).throwIfAny();
    Organisation organisation = service.get(id);
    if (!CurrentStaff.get().has(Role.ADMIN) && organisation.kind() != OrganisationKind.EMPLOYER) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "An officer verifies employers only; ask an administrator.");
    }
    if (form.verified() && organisation.kind() == OrganisationKind.EMPLOYER) {
      OrganisationService.Verified verified = service.verifyEmployer(id);
      return OrganisationView.of(
          verified.organisation(),
          verified
              .invitation()
              .map(
                  i ->
                      new InvitationView(
                          ServletUriComponentsBuilder.fromCurrentContextPath()
                              .path(i.path())
                              .toUriString(),
                          i.expiresAt()))
              .orElse(null));
    }
    return OrganisationView.of(service.setVerified(id, form.verified()));
  }
}
