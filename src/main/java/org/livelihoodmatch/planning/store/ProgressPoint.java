package org.livelihoodmatch.planning.store;

import java.time.Instant;

/** A new best score of a plan: when, how long into its run, and how many clients it placed. */
public record ProgressPoint(
    int run, Instant at, long elapsedMs, String score, boolean feasible, int assigned) {}
