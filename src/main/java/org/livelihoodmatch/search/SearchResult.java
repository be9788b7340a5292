package org.livelihoodmatch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with the total and the facet counts of all matching documents (not
 * only of the page).
 *
 * @param total how many documents match the query and its filters
 * @param items the hits of the requested page, best (or nearest) first
 * @param facets counts by facet: keys {@code "province"}, {@code "occupation"} and {@code "type"},
 *     each a map from value to count, largest count first; a facet without values is an empty map
 */
public record SearchResult(
    long total, List<SearchHit> items, Map<String, Map<String, Long>> facets) {

  public SearchResult {
    items = List.copyOf(items);
    facets = Map.copyOf(facets);
  }
}
