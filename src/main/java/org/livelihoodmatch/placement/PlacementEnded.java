package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.UUID;

/** A placement ended; the client looks for a livelihood again. */
public record PlacementEnded(
    UUID placementId, UUID clientId, UUID organisationId, EndReason reason, LocalDate endedOn) {}
