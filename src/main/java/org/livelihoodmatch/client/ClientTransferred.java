package org.livelihoodmatch.client;

import java.util.UUID;

/**
 * A client now belongs to another organisation (a referral was accepted), under a new case code.
 * Published inside the transaction that moved her, so that what other modules keep of her (her
 * placements, her place in plans) moves with her in the same transaction.
 */
public record ClientTransferred(
    UUID clientId,
    UUID fromOrganisationId,
    UUID toOrganisationId,
    String fromCode,
    String toCode) {}
