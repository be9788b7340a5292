package org.livelihoodmatch.planning;

import java.util.List;
import java.util.UUID;

/**
 * A blocking pair as the plan page shows it: the client passed over (by her case code), the pathway
 * she wants more, the one she has (null: none), and who holds its places though of lower priority
 * (empty: its places are free), by code and by id, and how many expected arrivals of lower priority
 * hold them in a plan that looks ahead; the two pathways' ids in the plan, for pages that describe
 * them in the reader's words.
 */
public record PassedOver(
    UUID clientId,
    String clientCode,
    String wanted,
    String given,
    List<String> heldBy,
    List<UUID> heldByIds,
    int heldForExpected,
    String wantedPathwayId,
    String givenPathwayId) {}
