package org.livelihoodmatch.planning.domain;

/** One place a client's pathway takes, and the client's priority weight. */
public record Holding(CapacityKey key, int priority) {}
