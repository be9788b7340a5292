package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.UUID;

/** A client was placed on a pathway (after commit: search, outcomes and reports follow). */
public record ClientPlaced(
    UUID placementId, UUID clientId, UUID organisationId, String kind, LocalDate startDate) {}
