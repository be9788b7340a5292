package org.livelihoodmatch.client;

import java.util.List;
import java.util.UUID;

/**
 * Many clients were registered or changed at once (an import): one event for all of them, so that
 * the search index takes them in one batch after the commit rather than one by one.
 */
public record ClientsChanged(List<UUID> clientIds, UUID organisationId) {}
