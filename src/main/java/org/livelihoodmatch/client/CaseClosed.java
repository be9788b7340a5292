package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.UUID;

/** A client's case was closed at a provincial coordination meeting. */
public record CaseClosed(
    UUID clientId, UUID organisationId, ClosureReason reason, LocalDate meetingDate) {}
