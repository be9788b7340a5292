package org.livelihoodmatch.client;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients over the API: officers and planners of the client's own organisation only. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

  private static final Set<String> STATUSES = Set.of("ACTIVE", "PLACED", "CLOSED");

  private final ClientService service;
  private final ClientQueries queries;
  private final Catalogue catalogue;

  ClientController(ClientService service, ClientQueries queries, Catalogue catalogue) {
    this.service = service;
    this.queries = queries;
    this.catalogue = catalogue;
  }

  @PostMapping
  @ApiResponse(
      responseCode = "201",
      description = "Registered; Location names the new client",
      useReturnTypeSchema = true)
  ResponseEntity<ClientView> register(@RequestBody ClientForm form) {
    Client client = service.register(form);
    return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id))
        .body(ClientView.of(client));
  }

  @GetMapping("/{id}")
  ClientView get(@PathVariable UUID id) {
    return ClientView.of(service.read(id));
  }

  @PutMapping("/{id}")
  ClientView update(@PathVariable UUID id, @RequestBody ClientForm form) {
    return ClientView.of(service.update(id, form));
  }

  @GetMapping
  PageOf<ClientView> list(
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Paging paging = Paging.of(page, size);
    if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
      throw new InvalidInputException("status", "must be ACTIVE, PLACED or CLOSED");
    }
    catalogue.checkFilters(province, null);
    var found =
        queries.find(
            new ClientQueries.Filter(
                CurrentStaff.get().organisationId(), province, status, q, null),
            paging);
    List<ClientView> items =
        service.readAll(found.ids()).stream()
            .sorted(Comparator.comparingInt(c -> found.ids().indexOf(c.id)))
            .map(ClientView::of)
            .toList();
    return new PageOf<>(items, paging.page(), paging.size(), found.total());
  }
}
