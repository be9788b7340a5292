package org.livelihoodmatch.vacancy;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vacancies over the API: employers post their own, officers post for verified employers. */
@RestController
@RequestMapping("/api/v1/vacancies")
class VacancyController {

  private final VacancyService service;
  private final VacancyQueries queries;
  private final Validation validation;
  private final Catalogue catalogue;

  VacancyController(
      VacancyService service, VacancyQueries queries, Validation validation, Catalogue catalogue) {
    this.service = service;
    this.queries = queries;
    this.validation = validation;
    this.catalogue = catalogue;
  }

  record StatusForm(@NotNull VacancyStatus status, @Size(max = 1000) String reason) {}

  @PostMapping
  @ApiResponse(
      responseCode = "201",
      description = "Posted (or held for screening); Location names the new vacancy",
      useReturnTypeSchema = true)
  ResponseEntity<VacancyView> post(@RequestBody VacancyForm form) {
    Staff staff = CurrentStaff.get();
    UUID employerId;
    if (staff.has(Role.EMPLOYER)) {
      employerId = staff.organisationId();
    } else {
      if (form != null) {
        service.checkEmployerForOfficer(form.employerId());
      }
      employerId = form == null ? null : form.employerId();
    }
    if (form == null) {
      validation.of(null).throwIfAny();
    }
    var posted = service.post(form, form.terms(), employerId, "API", false, form.contact());
    return ResponseEntity.created(URI.create("/api/v1/vacancies/" + posted.id()))
        .body(VacancyView.of(service.get(posted.id()), posted.redFlags()));
  }

  @GetMapping("/{id}")
  VacancyView get(@PathVariable UUID id) {
    Vacancy v = visible(id);
    return VacancyView.of(v, StoredFlags.read(v.redFlags));
  }

  @PatchMapping("/{id}/status")
  VacancyView decide(@PathVariable UUID id, @RequestBody StatusForm form) {
    validation.of(form).throwIfAny();
    Vacancy v = service.decide(id, form.status(), form.reason());
    return VacancyView.of(v, StoredFlags.read(v.redFlags));
  }

  @GetMapping
  PageOf<VacancyView> list(
      @RequestParam(required = false) VacancyStatus status,
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    catalogue.checkFilters(province, occupation);
    Staff staff = CurrentStaff.get();
    UUID employer = staff.has(Role.EMPLOYER) ? staff.organisationId() : null;
    return queries.find(
        new VacancyQueries.Filter(status, province, occupation, employer), Paging.of(page, size));
  }

  private Vacancy visible(UUID id) {
    Staff staff = CurrentStaff.get();
    Vacancy v = service.get(id);
    if (staff.has(Role.EMPLOYER) && !v.employerId.equals(staff.organisationId())) {
      throw new NotFoundException("vacancy", id);
    }
    return v;
  }
}
