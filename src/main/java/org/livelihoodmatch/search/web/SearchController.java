package org.livelihoodmatch.search.web;

import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.search.OfficerSearch;
import org.livelihoodmatch.search.SearchHit;
import org.livelihoodmatch.search.SearchParameters;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: vacancies, intakes, self-employment options and own clients. */
@RestController
class SearchController {

  /** One page of hits with the total and the facet counts of all matching documents. */
  record SearchAnswer(
      long total,
      int page,
      int size,
      List<SearchHit> items,
      Map<String, Map<String, Long>> facets) {}

  private final OfficerSearch search;
  private final Catalogue catalogue;

  SearchController(OfficerSearch search, Catalogue catalogue) {
    this.search = search;
    this.catalogue = catalogue;
  }

  /**
   * The parameters are bound from the query string one by one; {@link ParameterObject} tells
   * springdoc so, which would otherwise describe them as one required object named {@code
   * parameters}.
   */
  @GetMapping("/api/v1/search")
  SearchAnswer search(@ParameterObject SearchParameters parameters) {
    SearchQuery query = parameters.toQuery(catalogue);
    SearchResult result = search.search(query);
    return new SearchAnswer(
        result.total(), query.page(), query.size(), result.items(), result.facets());
  }
}
