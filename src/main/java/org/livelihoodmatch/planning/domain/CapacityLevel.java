package org.livelihoodmatch.planning.domain;

/**
 * A capacity seen from one priority: how many of its holders have at least this priority weight
 * decides whether a client of that weight could claim a place in it.
 */
public record CapacityLevel(CapacityKey key, int priority) {}
