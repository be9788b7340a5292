package org.livelihoodmatch.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.search.SearchFields;
import org.livelihoodmatch.search.SearchHit;
import org.livelihoodmatch.search.SearchParameters;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchResult;
import org.livelihoodmatch.search.SearchType;
import org.livelihoodmatch.training.IntakeDetails;
import org.livelihoodmatch.vacancy.VacancyDetails;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the officer's search page shows besides the hits: the facets as links that add a filter, the
 * active filters as links that remove one, and the links to the neighbouring pages. Every link
 * keeps the other parameters of the current search.
 */
final class SearchPage {

  /** One value of a facet: clicking it filters by it (or, when active, removes the filter). */
  record FacetLink(String value, String label, long count, String href, boolean active) {}

  /** One facet (type, province or occupation) with its values, largest count first. */
  record Facet(String name, List<FacetLink> links) {}

  /** An active filter and the link that removes it; a type is named by the page's messages. */
  record Filter(String parameter, String value, String label, String href) {}

  /**
   * One hit as a result card shows it, with the page it opens and, for a vacancy or an intake, what
   * the officer acts on (employer, wage, dates, whom to call).
   */
  record Card(
      SearchHit hit,
      String occupation,
      String province,
      String href,
      VacancyDetails.Offer vacancy,
      IntakeDetails.Intake intake) {}

  private static final Map<String, String> PARAMETER_OF_FACET =
      Map.of("type", "type", "province", "province", "occupation", "occupation");

  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final CatalogueLabels labels;

  SearchPage(SearchParameters current, CatalogueLabels labels) {
    this.labels = labels;
    put("q", current.q());
    put("type", current.type());
    put("province", current.province());
    put("occupation", current.occupation());
    put("lat", current.lat());
    put("lon", current.lon());
    put("radiusKm", current.radiusKm());
  }

  private void put(String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.put(name, value.strip());
    }
  }

  List<Facet> facets(SearchResult result) {
    List<Facet> facets = new ArrayList<>();
    for (String dimension : SearchFields.FACET_DIMENSIONS) {
      String parameter = PARAMETER_OF_FACET.get(dimension);
      List<FacetLink> links = new ArrayList<>();
      result
          .facets()
          .getOrDefault(dimension, Map.of())
          .forEach(
              (value, count) -> {
                boolean active = value.equals(parameters.get(parameter));
                links.add(
                    new FacetLink(
                        value,
                        label(dimension, value),
                        count,
                        link(parameter, active ? null : value, 0),
                        active));
              });
      facets.add(new Facet(dimension, links));
    }
    return facets;
  }

  List<Card> cards(
      SearchResult result,
      Map<UUID, VacancyDetails.Offer> vacancies,
      Map<UUID, IntakeDetails.Intake> intakes) {
    return result.items().stream()
        .map(
            hit ->
                new Card(
                    hit,
                    hit.occupation() == null ? null : labels.occupation(hit.occupation()),
                    hit.province() == null ? null : labels.province(hit.province()),
                    href(hit),
                    hit.type() == SearchType.VACANCY ? vacancies.get(id(hit)) : null,
                    hit.type() == SearchType.TRAINING ? intakes.get(id(hit)) : null))
        .toList();
  }

  /** The ids of the hits of one type that are records of the service (not a market's key). */
  static List<UUID> ids(SearchResult result, SearchType type) {
    return result.items().stream()
        .filter(hit -> hit.type() == type)
        .map(SearchPage::id)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The page a hit opens: the client's, the vacancy's, the intake's or the business's. */
  static String href(SearchHit hit) {
    return switch (hit.type()) {
      case CLIENT -> "/clients/" + hit.id();
      case VACANCY -> "/vacancies/" + hit.id();
      case TRAINING -> "/training-intakes/" + hit.id();
      case SELF_EMPLOYMENT -> {
        String[] market = hit.id().split(":", 2);
        yield market.length < 2
            ? null
            : UriComponentsBuilder.fromPath("/self-employment/{province}/{occupation}")
                .buildAndExpand(market[0], market[1])
                .encode()
                .toUriString();
      }
    };
  }

  private static UUID id(SearchHit hit) {
    try {
      return UUID.fromString(hit.id());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** The active filters, each with the link that removes it. */
  List<Filter> activeFilters() {
    List<Filter> active = new ArrayList<>();
    for (String parameter : List.of("type", "province", "occupation", "radiusKm")) {
      String value = parameters.get(parameter);
      if (value != null) {
        String label =
            switch (parameter) {
              case "radiusKm" -> value + " km";
              case "type" -> value.contains(",") ? value : null;
              default -> label(parameter, value);
            };
        active.add(new Filter(parameter, value, label, link(parameter, null, 0)));
      }
    }
    return active;
  }

  /** The link to {@code page} of the same search, or null when there is no such page. */
  String pageLink(int page, SearchQuery query, long total) {
    boolean exists = page >= 0 && (long) page * query.size() < total;
    return exists && page != query.page() ? link(null, null, page) : null;
  }

  private String label(String dimension, String value) {
    return switch (dimension) {
      case "province" -> labels.province(value);
      case "occupation" -> labels.occupation(value);
      default -> null; // types are named by the page's messages
    };
  }

  /** The current search with {@code parameter} set to {@code value} (null: removed). */
  private String link(String parameter, String value, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
    Map<String, String> next = new LinkedHashMap<>(parameters);
    if (parameter != null) {
      if (value == null) {
        next.remove(parameter);
      } else {
        next.put(parameter, value);
      }
    }
    next.forEach(uri::queryParam);
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }
}
