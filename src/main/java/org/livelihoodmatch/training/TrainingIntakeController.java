package org.livelihoodmatch.training;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training intakes over the API. */
@RestController
@RequestMapping("/api/v1/training-intakes")
class TrainingIntakeController {

  private final TrainingService service;
  private final TrainingIntakeQueries queries;
  private final Catalogue catalogue;

  TrainingIntakeController(
      TrainingService service, TrainingIntakeQueries queries, Catalogue catalogue) {
    this.service = service;
    this.queries = queries;
    this.catalogue = catalogue;
  }

  @PostMapping
  @ApiResponse(
      responseCode = "201",
      description = "Registered; Location names the new intake",
      useReturnTypeSchema = true)
  ResponseEntity<TrainingIntakeView> register(@RequestBody TrainingIntakeForm form) {
    TrainingIntake intake = service.register(form);
    return ResponseEntity.created(URI.create("/api/v1/training-intakes/" + intake.id))
        .body(TrainingIntakeView.of(intake));
  }

  @GetMapping("/{id}")
  TrainingIntakeView get(@PathVariable UUID id) {
    return TrainingIntakeView.of(service.get(id));
  }

  @GetMapping
  PageOf<TrainingIntakeView> list(
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String occupation,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    catalogue.checkFilters(province, occupation);
    Paging paging = Paging.of(page, size);
    return queries.find(province, occupation, paging);
  }
}
