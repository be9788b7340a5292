package org.livelihoodmatch.system;

import java.util.List;

/** One page of a list, as every list of the API answers: items, page, size and total. */
public record PageOf<T>(List<T> items, int page, int size, long total) {}
