package org.livelihoodmatch.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The case codes of one organisation's clients, for readers of the audit trail: implemented by the
 * client module, which owns the codes, so that this module never reads client records itself. A
 * client of another organisation has no code here, so no reader sees another's codes.
 */
public interface ClientCodes {

  Map<UUID, String> of(UUID organisationId, Collection<UUID> clientIds);
}
