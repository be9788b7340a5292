package org.livelihoodmatch.placement;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.client.ClientLifecycle;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.DeadlockRetry;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The placement lifecycle over the API (API.md, "Placements"): place, visit, end, close, caseload.
 */
@RestController
class PlacementController {

  private final PlacementService service;
  private final CaseClosure closure;
  private final Placements placements;
  private final Caseload caseload;
  private final ClientLifecycle clients;
  private final Validation validation;
  private final AuditTrail audit;
  private final Clock clock;

  PlacementController(
      PlacementService service,
      CaseClosure closure,
      Placements placements,
      Caseload caseload,
      ClientLifecycle clients,
      Validation validation,
      AuditTrail audit,
      Clock clock) {
    this.service = service;
    this.closure = closure;
    this.placements = placements;
    this.caseload = caseload;
    this.clients = clients;
    this.validation = validation;
    this.audit = audit;
    this.clock = clock;
  }

  @PostMapping("/api/v1/clients/{id}/placements")
  ResponseEntity<PlacementView> place(
      @PathVariable UUID id, @RequestBody(required = false) PlacementRequests.Place body) {
    validation.of(body).throwIfAny();
    Placement placement =
        service.place(
            id,
            body.pathway() == null ? null : body.pathway().asView(),
            body.startDate(),
            body.note(),
            null);
    return ResponseEntity.created(URI.create("/api/v1/placements/" + placement.id))
        .body(PlacementView.of(placement, today()));
  }

  @GetMapping("/api/v1/clients/{id}/placements")
  List<PlacementView> ofClient(@PathVariable UUID id) {
    clients.read(id, "placements");
    return placements.ofClient(id, CurrentStaff.get().organisationId()).stream()
        .map(p -> PlacementView.of(p, today()))
        .toList();
  }

  @GetMapping("/api/v1/placements/{id}")
  PlacementView get(@PathVariable UUID id) {
    Placement p =
        placements
            .find(id, CurrentStaff.get().organisationId())
            .orElseThrow(() -> new NotFoundException("placement", id));
    audit.record("READ", "CLIENT", p.clientId, "placement " + id);
    return PlacementView.of(p, today());
  }

  @GetMapping("/api/v1/placements")
  PageOf<Caseload.Item> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PlacementStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = PlacementStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("status", "must be TRAINING, WORKING or ENDED");
      }
    }
    PageOf<Caseload.Item> found =
        caseload.find(
            CurrentStaff.get().organisationId(),
            wanted,
            Boolean.TRUE.equals(overdue),
            today(),
            Paging.of(page, size));
    audit.record("LIST", "PLACEMENT", null, found.items().size() + " placements");
    return found;
  }

  @PostMapping("/api/v1/placements/{id}/follow-ups")
  ResponseEntity<PlacementView.Recorded> visit(
      @PathVariable UUID id, @RequestBody(required = false) PlacementRequests.FollowUpVisit body) {
    if (body == null) {
      validation.of(null).throwIfAny();
    }
    Visit visit = body.checked(validation);
    FollowUp followUp = DeadlockRetry.run(() -> service.recordVisit(id, visit, body.id()));
    return ResponseEntity.status(201).body(PlacementView.Recorded.of(followUp));
  }

  @PostMapping("/api/v1/placements/{id}/end")
  PlacementView end(
      @PathVariable UUID id, @RequestBody(required = false) PlacementRequests.End body) {
    validation.of(body).throwIfAny();
    return PlacementView.of(
        DeadlockRetry.run(() -> service.end(id, body.date(), body.reason(), body.note())), today());
  }

  /** The closed case, as the client's own endpoint shows it afterwards. */
  record Closed(UUID clientId, String status, String reason, LocalDate meetingDate) {}

  @PostMapping("/api/v1/clients/{id}/closure")
  Closed close(
      @PathVariable UUID id, @RequestBody(required = false) PlacementRequests.Closure body) {
    validation.of(body).throwIfAny();
    closure.close(id, body.reason(), body.meetingDate(), body.note());
    return new Closed(id, "CLOSED", body.reason().name(), body.meetingDate());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
