package org.livelihoodmatch.client;

import java.util.UUID;

/** A client was registered or changed (published inside the transaction; index after commit). */
public record ClientChanged(UUID clientId, UUID organisationId) {}
