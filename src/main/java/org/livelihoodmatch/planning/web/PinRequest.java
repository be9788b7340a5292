package org.livelihoodmatch.planning.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * The body of {@code PUT /api/v1/plans/{id}/assignments/{clientId}/pin}. API.md asks for "a pathway
 * to keep", so the body may be the pathway itself as matches and assignments show it (its {@code
 * kind}, {@code training}, {@code vacancy}, ... at the top level); the wrappers {@code
 * {"pathwayId": "p17"}}, {@code {"key": ...}} and {@code {"pathway": {...}}} name it too. Only the
 * fields that tell pathways apart are read from a bare pathway; its budget, score and reasons are
 * ignored, as they are in the wrapper. No body (or an empty one) keeps the current pathway; a body
 * of other fields only is refused rather than read as none.
 */
@Schema(
    description =
        "The pathway to keep: a pathway as matches show it (kind, training, vacancy, ...), or"
            + " {\"pathwayId\": \"p17\"}, {\"key\": ...} or {\"pathway\": {...}}; no body"
            + " keeps the current one")
record PinRequest(
    String pathwayId,
    String key,
    PathwayView pathway,
    String kind,
    PathwayView.Training training,
    PathwayView.Vacancy vacancy,
    PathwayView.SelfEmployment selfEmployment,
    PathwayView.Loan loan,
    PathwayView.FamilyLivelihood familyLivelihood,
    @JsonAnySetter Map<String, Object> unknown) {

  /** The reference the body names and the field to blame when it names none of her pathways. */
  record Reference(String field, String value) {

    /** No pathway named: keep the current one. */
    static final Reference CURRENT = new Reference("pathwayId", null);
  }

  /** What the body names: a pathway id, a key, or a pathway (as its key); CURRENT for none. */
  Reference reference() {
    if (pathwayId != null) {
      return new Reference("pathwayId", pathwayId);
    }
    if (key != null) {
      return new Reference("key", key);
    }
    if (pathway != null) {
      return new Reference("pathway", PlannedOption.keyOf(pathway));
    }
    if (isBarePathway()) {
      return new Reference("pathway", PlannedOption.keyOf(barePathway()));
    }
    if (unknown != null && !unknown.isEmpty()) {
      throw new InvalidInputException(
          "body",
          "names no pathway: send one as matches show it, or pathwayId, key or pathway (not "
              + String.join(", ", new java.util.TreeSet<>(unknown.keySet()))
              + ")");
    }
    return Reference.CURRENT;
  }

  static Reference referenceOf(PinRequest request) {
    return request == null ? Reference.CURRENT : request.reference();
  }

  private boolean isBarePathway() {
    return kind != null
        || training != null
        || vacancy != null
        || selfEmployment != null
        || loan != null
        || familyLivelihood != null;
  }

  private PathwayView barePathway() {
    return new PathwayView(
        kind, training, vacancy, selfEmployment, loan, familyLivelihood, null, 0, 0, null);
  }
}
